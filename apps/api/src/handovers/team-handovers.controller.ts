import type {
  CaseloadCounts,
  CasesWithoutContactPage,
  CompletedHandoversPage,
  HandoverCandidateOptions,
  HandoverPage,
  HandoverSettings,
  LeavingCasesPage,
  PlanBulkHandoversResult,
  SpreadCasesResult,
  WarmShareMonth,
} from '@koers/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseIdParamDto } from '../cases/cases.dto';
import { TeamIdParamDto } from '../contacts/contacts.dto';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import {
  CaseloadCountsQueryDto,
  CompletedHandoversQueryDto,
  KlantmanagerIdParamDto,
  LeavingCasesQueryDto,
  PlanBulkHandoversDto,
  SpreadCasesDto,
  TeamHandoverListQueryDto,
  UpdateHandoverSettingsDto,
  WarmShareQueryDto,
} from './handovers.dto';
import { TeamHandoversService } from './team-handovers.service';

/** The teamleider's view of handovers and caseload, always of their own team. */
@ApiTags('overdracht')
@Controller('team')
export class TeamHandoversController {
  constructor(private readonly team: TeamHandoversService) {}

  @Get('handovers')
  @Access.roles('teamleider')
  @ApiOperation({ summary: 'Lopende overdrachten van het team: welke stap ontbreekt, dagen tot de overdracht' })
  inProgress(@CurrentAuthUser() user: AuthUser, @Query() query: TeamHandoverListQueryDto): Promise<HandoverPage> {
    return this.team.inProgress(user, query);
  }

  @Get('handovers/completed')
  @Access.roles('teamleider')
  @ApiOperation({ summary: 'Afgeronde overdrachten (warm/koud) in een periode, met totalen' })
  completed(@CurrentAuthUser() user: AuthUser, @Query() query: CompletedHandoversQueryDto): Promise<CompletedHandoversPage> {
    return this.team.completed(user, query);
  }

  @Get('handovers/warm-share')
  @Access.roles('teamleider')
  @ApiOperation({ summary: 'Aandeel warme overdrachten per maand' })
  warmShare(@CurrentAuthUser() user: AuthUser, @Query() query: WarmShareQueryDto): Promise<WarmShareMonth[]> {
    return this.team.warmShare(user, query.months);
  }

  @Post('handovers/spread')
  @HttpCode(200)
  @Access.roles('teamleider')
  @ApiOperation({ summary: 'Voorstel: trajecten verdelen over collega’s naar caseload (slaat niets op)' })
  spread(@CurrentAuthUser() user: AuthUser, @Body() body: SpreadCasesDto): Promise<SpreadCasesResult> {
    return this.team.spread(user, body);
  }

  @Post('handovers')
  @Access.roles('teamleider')
  @ApiOperation({ summary: 'Overdrachten plannen voor veel trajecten tegelijk (alles of niets)' })
  planBulk(@CurrentAuthUser() user: AuthUser, @Body() body: PlanBulkHandoversDto): Promise<PlanBulkHandoversResult> {
    return this.team.planBulk(user, body);
  }

  @Get('cases-without-contact')
  @Access.roles('teamleider')
  @ApiOperation({ summary: 'Trajecten zonder contactpersoon, langst wachtend eerst' })
  withoutContact(@CurrentAuthUser() user: AuthUser, @Query() query: TeamHandoverListQueryDto): Promise<CasesWithoutContactPage> {
    return this.team.withoutContact(user, query);
  }

  @Get('caseload')
  @Access.roles('teamleider')
  @ApiOperation({ summary: 'Caseload per klantmanager van het eigen team: actief, time-out, evaluatie verlopen, lang geen contact, overdrachten' })
  caseload(@CurrentAuthUser() user: AuthUser, @Query() query: CaseloadCountsQueryDto): Promise<CaseloadCounts> {
    return this.team.caseload(user, query);
  }

  @Get('klantmanagers/:userId/cases')
  @Access.roles('teamleider')
  @ApiOperation({ summary: 'Iemand vertrekt: de lopende trajecten van een klantmanager van het team, op naam, met een eventuele lopende overdracht' })
  leavingCases(@CurrentAuthUser() user: AuthUser, @Param() params: KlantmanagerIdParamDto, @Query() query: LeavingCasesQueryDto): Promise<LeavingCasesPage> {
    return this.team.leavingCases(user, params.userId, query);
  }
}

/** Who can take over one case: for its contact person and the teamleider, who may start a handover. */
@ApiTags('overdracht')
@Controller('cases/:caseId/handover-candidates')
export class HandoverCandidatesController {
  constructor(private readonly team: TeamHandoversService) {}

  @Get()
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Mogelijke opvolgers: actieve klantmanagers van het team van dit traject (niet de contactpersoon), met hun caseload' })
  list(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto): Promise<HandoverCandidateOptions> {
    return this.team.candidates(user, params.caseId);
  }
}

/** The team's handover rules, next to its other settings. */
@ApiTags('overdracht')
@Controller('teams/:teamId/handover-settings')
export class HandoverSettingsController {
  constructor(private readonly team: TeamHandoversService) {}

  @Get()
  @Access.roles('teamleider', 'beheerder')
  @ApiOperation({ summary: 'Regels voor warme overdracht van dit team (teamleider van dit team, beheerder)' })
  get(@CurrentAuthUser() user: AuthUser, @Param() params: TeamIdParamDto): Promise<HandoverSettings> {
    return this.team.settings(user, params.teamId);
  }

  @Patch()
  @Access.roles('teamleider', 'beheerder')
  @ApiOperation({ summary: 'Minimale aankondigingstermijn, minimaal aantal kennismakingen, leestermijn van de vorige contactpersoon' })
  update(@CurrentAuthUser() user: AuthUser, @Param() params: TeamIdParamDto, @Body() body: UpdateHandoverSettingsDto): Promise<HandoverSettings> {
    return this.team.updateSettings(user, params.teamId, body);
  }
}
