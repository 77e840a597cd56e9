import type { WerkwijzerContent, WerkwijzerPanel, WerkwijzerPanelFactor } from '@koers/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseIdParamDto } from '../cases/cases.dto';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { FactorParamsDto, MarkFactorDto } from './werkwijzer.dto';
import { WerkwijzerService } from './werkwijzer.service';

@ApiTags('werkwijzer')
@Controller()
export class WerkwijzerController {
  constructor(private readonly werkwijzer: WerkwijzerService) {}

  @Get('werkwijzer')
  @Access.roles('klantmanager', 'teamleider', 'beheerder')
  @ApiOperation({ summary: "De werkwijzer: thema's en succesfactoren met tips, intakevragen en de uitleg van de planchecks" })
  content(): WerkwijzerContent {
    return this.werkwijzer.content();
  }

  @Get('cases/:caseId/werkwijzer')
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiOperation({ summary: 'Werkwijzer van een traject: per thema de succesfactoren met bewijs uit de gegevens, markeringen en de kwaliteit van het plan' })
  panel(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto): Promise<WerkwijzerPanel> {
    return this.werkwijzer.panel(user, params.caseId);
  }

  @Put('cases/:caseId/werkwijzer/:factor')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Een succesfactor die Koers niet zelf berekent markeren als toegepast (met korte toelichting) of n.v.t. (contactpersoon)' })
  mark(@CurrentAuthUser() user: AuthUser, @Param() params: FactorParamsDto, @Body() body: MarkFactorDto): Promise<WerkwijzerPanelFactor> {
    return this.werkwijzer.mark(user, params.caseId, params.factor, body);
  }

  @Delete('cases/:caseId/werkwijzer/:factor')
  @HttpCode(204)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'De markering van een succesfactor weghalen (contactpersoon)' })
  async unmark(@CurrentAuthUser() user: AuthUser, @Param() params: FactorParamsDto): Promise<void> {
    await this.werkwijzer.unmark(user, params.caseId, params.factor);
  }
}
