import type { Consent, DiversityInfo, IntakeDetail, IntakeWish, LifeAreaHistory, LifeAreaSet, UrgentObstacle } from '@koers/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseIdParamDto } from '../cases/cases.dto';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import {
  CompleteIntakeDto,
  ConsentParamDto,
  CreateUrgentObstacleDto,
  CreateWishDto,
  ObstacleParamDto,
  RecordConsentDto,
  RecordLifeAreasDto,
  UpdateDiversityDto,
  UpdateIntakeDto,
  WishParamDto,
} from './intake.dto';
import { IntakeService } from './intake.service';

@ApiTags('intake')
@Controller('cases/:caseId')
export class IntakeController {
  constructor(private readonly intake: IntakeService) {}

  @Get('intake')
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiOperation({ summary: 'De intake: leefsituatie, behoeften en wensen, urgente obstakels, leefgebieden, toestemming (diversiteitsfactoren alleen voor contactpersoon en jongere)' })
  get(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto): Promise<IntakeDetail> {
    return this.intake.get(user, params.caseId);
  }

  @Put('intake')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Intake opslaan (ook tussentijds): alleen de meegestuurde velden, met version; verouderd → 409 met de huidige intake' })
  update(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: UpdateIntakeDto): Promise<IntakeDetail> {
    return this.intake.update(user, params.caseId, body);
  }

  @Post('intake/complete')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Intake afronden (blijft daarna te wijzigen)' })
  complete(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: CompleteIntakeDto): Promise<IntakeDetail> {
    return this.intake.complete(user, params.caseId, body.version);
  }

  @Post('intake/wishes')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Behoefte of wens toevoegen' })
  addWish(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: CreateWishDto): Promise<IntakeWish> {
    return this.intake.addWish(user, params.caseId, body);
  }

  @Delete('intake/wishes/:wishId')
  @HttpCode(204)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Behoefte of wens verwijderen' })
  removeWish(@CurrentAuthUser() user: AuthUser, @Param() params: WishParamDto): Promise<void> {
    return this.intake.removeWish(user, params.caseId, params.wishId);
  }

  @Post('intake/urgent-obstacles')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Urgent obstakel vastleggen (eerst oplossen)' })
  addObstacle(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: CreateUrgentObstacleDto): Promise<UrgentObstacle> {
    return this.intake.addObstacle(user, params.caseId, body);
  }

  @Post('intake/urgent-obstacles/:obstacleId/resolve')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Urgent obstakel is opgelost' })
  resolveObstacle(@CurrentAuthUser() user: AuthUser, @Param() params: ObstacleParamDto): Promise<UrgentObstacle> {
    return this.intake.resolveObstacle(user, params.caseId, params.obstacleId);
  }

  @Get('life-areas')
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiOperation({ summary: 'Leefgebieden: alle scores door de tijd (oudste eerst)' })
  lifeAreas(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto): Promise<LifeAreaHistory> {
    return this.intake.lifeAreaHistory(user, params.caseId);
  }

  @Post('life-areas')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Leefgebieden scoren (intake of evaluatie): score van de klantmanager en van de jongere, 1–5' })
  recordLifeAreas(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: RecordLifeAreasDto): Promise<LifeAreaSet> {
    return this.intake.recordLifeAreas(user, params.caseId, body);
  }

  @Post('consents')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Toestemming van de jongere vastleggen (gegeven in een gesprek)' })
  recordConsent(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: RecordConsentDto): Promise<Consent> {
    return this.intake.recordConsent(user, params.caseId, body);
  }

  @Post('consents/:consentId/withdraw')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Toestemming intrekken: de gegevens die ermee zijn vastgelegd worden gewist' })
  withdrawConsent(@CurrentAuthUser() user: AuthUser, @Param() params: ConsentParamDto): Promise<Consent> {
    return this.intake.withdrawConsent(user, params.caseId, params.consentId);
  }

  @Get('diversity')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Diversiteitsfactoren (alleen de contactpersoon, alleen met toestemming)' })
  diversity(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto): Promise<DiversityInfo> {
    return this.intake.getDiversity(user, params.caseId);
  }

  @Put('diversity')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Diversiteitsfactoren opslaan (alleen de contactpersoon, alleen met toestemming, met version)' })
  updateDiversity(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: UpdateDiversityDto): Promise<DiversityInfo> {
    return this.intake.updateDiversity(user, params.caseId, body);
  }
}
