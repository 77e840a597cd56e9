import type { CaseDetail, CaseloadPage } from '@koers/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { CaseIdParamDto, CaseloadQueryDto, ChangePhaseDto, CloseCaseDto, RegisterYouthDto, ReopenCaseDto, TimeOutDto } from './cases.dto';
import { CasesService } from './cases.service';

@ApiTags('trajecten')
@Controller('cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Get()
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Caseload: eigen trajecten (klantmanager) of die van het team (teamleider), gesorteerd op aandacht' })
  caseload(@CurrentAuthUser() user: AuthUser, @Query() query: CaseloadQueryDto): Promise<CaseloadPage> {
    return this.cases.caseload(user, query);
  }

  @Post()
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Nieuwe jongere aanmelden: jongere + traject, met u als contactpersoon' })
  register(@CurrentAuthUser() user: AuthUser, @Body() body: RegisterYouthDto): Promise<CaseDetail> {
    return this.cases.register(user, body);
  }

  @Get(':caseId')
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiOperation({ summary: 'Een traject: jongere, fase, contactpersoon, signalen' })
  detail(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto): Promise<CaseDetail> {
    return this.cases.detail(user, params.caseId);
  }

  @Post(':caseId/phase')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Fase wijzigen (ook: terug uit time-out)' })
  phase(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: ChangePhaseDto): Promise<CaseDetail> {
    return this.cases.changePhase(user, params.caseId, body.phase, body.version);
  }

  @Post(':caseId/time-out')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Time-out: pauze met reden en verwachte terugkeerdatum' })
  timeOut(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: TimeOutDto): Promise<CaseDetail> {
    return this.cases.timeOut(user, params.caseId, body.reason, body.until, body.version);
  }

  @Post(':caseId/close')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Traject afsluiten (met reden)' })
  close(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: CloseCaseDto): Promise<CaseDetail> {
    return this.cases.close(user, params.caseId, body.reason, body.version);
  }

  @Post(':caseId/reopen')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Afgesloten traject heropenen' })
  reopen(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: ReopenCaseDto): Promise<CaseDetail> {
    return this.cases.reopen(user, params.caseId, body.phase, body.version);
  }
}
