import type { PlanAgreement, PlanDiff, PlanEvaluationResult, PlanGoal, PlanOverview, PlanRevisionPage, PlanStep, PlanVersionDetail } from '@koers/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CaseIdParamDto } from '../cases/cases.dto';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { pdfHeaders } from '../platform/pdf/pdf';
import {
  AgreementIdParamDto,
  AgreePlanDto,
  CaseObstacleParamDto,
  CaseVersionNumberParamDto,
  ChangeGoalStatusDto,
  CreateAgreementDto,
  CreateGoalDto,
  CreateStepDto,
  GoalIdParamDto,
  MarkStepDoneDto,
  PlanDiffQueryDto,
  PlanPdfQueryDto,
  PlanRevisionQueryDto,
  PlanVersionIdParamDto,
  ProposePlanDto,
  RecordEvaluationDto,
  StepIdParamDto,
  UpdateAgreementDto,
  UpdateGoalDto,
  UpdatePlanVersionDto,
  UpdateStepDto,
  VersionQueryDto,
} from './plan.dto';
import { PlanService } from './plan.service';

/**
 * The plan van aanpak. Reading: the contact person, the team's teamleider and the jongere
 * themselves. Writing: the contact person (klantmanager); the jongere co-writes in a later step.
 * Which case a user may touch is checked per record by the service (404 otherwise).
 */
@ApiTags('plan van aanpak')
@Controller()
export class PlanController {
  constructor(private readonly plan: PlanService) {}

  // --- the plan of a case ---------------------------------------------------------------------

  @Get('cases/:caseId/plan')
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiOperation({ summary: 'Het plan: de huidige versie met doelen, stappen, afspraken en instemming, en de lijst van alle versies' })
  overview(@CurrentAuthUser() user: AuthUser, @Param() p: CaseIdParamDto): Promise<PlanOverview> {
    return this.plan.overview(user, p.caseId);
  }

  @Post('cases/:caseId/plan')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Versie 1 (concept) van het plan beginnen' })
  create(@CurrentAuthUser() user: AuthUser, @Param() p: CaseIdParamDto): Promise<PlanVersionDetail> {
    return this.plan.create(user, p.caseId);
  }

  @Get('cases/:caseId/plan/versions/:number')
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiOperation({ summary: 'Eén versie van het plan' })
  version(@CurrentAuthUser() user: AuthUser, @Param() p: CaseVersionNumberParamDto): Promise<PlanVersionDetail> {
    return this.plan.versionByNumber(user, p.caseId, p.number);
  }

  @Get('cases/:caseId/plan/diff')
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiOperation({ summary: 'Wat er veranderd is tussen twee versies' })
  diff(@CurrentAuthUser() user: AuthUser, @Param() p: CaseIdParamDto, @Query() q: PlanDiffQueryDto): Promise<PlanDiff> {
    return this.plan.diff(user, p.caseId, q.from, q.to);
  }

  @Get('cases/:caseId/plan/revisions')
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiOperation({ summary: 'Wijzigingsgeschiedenis van één onderdeel van het plan (nieuwste eerst)' })
  revisions(@CurrentAuthUser() user: AuthUser, @Param() p: CaseIdParamDto, @Query() q: PlanRevisionQueryDto): Promise<PlanRevisionPage> {
    return this.plan.revisions(user, p.caseId, q);
  }

  @Get('cases/:caseId/plan/pdf')
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiProduces('application/pdf')
  @ApiOperation({ summary: 'Het plan om te printen, in gewone taal voor de jongere' })
  async pdf(@CurrentAuthUser() user: AuthUser, @Param() p: CaseIdParamDto, @Query() q: PlanPdfQueryDto, @Res({ passthrough: true }) res: Response): Promise<StreamableFile> {
    const { file, fileName } = await this.plan.pdf(user, p.caseId, q.number);
    res.set(pdfHeaders(fileName));
    return new StreamableFile(file);
  }

  @Post('cases/:caseId/plan/evaluations')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Evaluatie vastleggen (vanaf de evaluatiedatum); begint de volgende versie als concept' })
  evaluate(@CurrentAuthUser() user: AuthUser, @Param() p: CaseIdParamDto, @Body() body: RecordEvaluationDto): Promise<PlanEvaluationResult> {
    return this.plan.evaluate(user, p.caseId, body);
  }

  @Post('cases/:caseId/urgent-obstacles/:obstacleId/goal')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Van een urgent obstakel uit de intake het eerste doel maken' })
  goalFromObstacle(@CurrentAuthUser() user: AuthUser, @Param() p: CaseObstacleParamDto): Promise<PlanGoal> {
    return this.plan.goalFromObstacle(user, p.caseId, p.obstacleId);
  }

  // --- a version -------------------------------------------------------------------------------

  @Patch('plan-versions/:id')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Evaluatiedatum of gevolgen wijzigen (concept; een voorgelegde versie gaat terug naar concept)' })
  updateVersion(@CurrentAuthUser() user: AuthUser, @Param() p: PlanVersionIdParamDto, @Body() body: UpdatePlanVersionDto): Promise<PlanVersionDetail> {
    return this.plan.updateVersion(user, p.id, body);
  }

  @Post('plan-versions/:id/propose')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Het plan voorleggen (concept → voorgesteld)' })
  propose(@CurrentAuthUser() user: AuthUser, @Param() p: PlanVersionIdParamDto, @Body() body: ProposePlanDto): Promise<PlanVersionDetail> {
    return this.plan.propose(user, p.id, body.version);
  }

  @Post('plan-versions/:id/agree')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Instemming vastleggen: van de klantmanager, of van de jongere in een gesprek' })
  agree(@CurrentAuthUser() user: AuthUser, @Param() p: PlanVersionIdParamDto, @Body() body: AgreePlanDto): Promise<PlanVersionDetail> {
    return this.plan.agree(user, p.id, body);
  }

  @Post('plan-versions/:id/goals')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Doel toevoegen' })
  createGoal(@CurrentAuthUser() user: AuthUser, @Param() p: PlanVersionIdParamDto, @Body() body: CreateGoalDto): Promise<PlanGoal> {
    return this.plan.createGoal(user, p.id, body);
  }

  @Post('plan-versions/:id/agreements')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Afspraak toevoegen (werk zoeken, verplichting of ondersteuning)' })
  createAgreement(@CurrentAuthUser() user: AuthUser, @Param() p: PlanVersionIdParamDto, @Body() body: CreateAgreementDto): Promise<PlanAgreement> {
    return this.plan.createAgreement(user, p.id, body);
  }

  // --- goals -----------------------------------------------------------------------------------

  @Patch('goals/:goalId')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Doel wijzigen' })
  updateGoal(@CurrentAuthUser() user: AuthUser, @Param() p: GoalIdParamDto, @Body() body: UpdateGoalDto): Promise<PlanGoal> {
    return this.plan.updateGoal(user, p.goalId, body);
  }

  @Post('goals/:goalId/status')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Status van een doel (ook in een vastgesteld plan)' })
  goalStatus(@CurrentAuthUser() user: AuthUser, @Param() p: GoalIdParamDto, @Body() body: ChangeGoalStatusDto): Promise<PlanGoal> {
    return this.plan.changeGoalStatus(user, p.goalId, body);
  }

  @Delete('goals/:goalId')
  @HttpCode(204)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Doel (met stappen) verwijderen uit een concept' })
  async deleteGoal(@CurrentAuthUser() user: AuthUser, @Param() p: GoalIdParamDto, @Query() q: VersionQueryDto): Promise<void> {
    await this.plan.deleteGoal(user, p.goalId, q.version);
  }

  @Post('goals/:goalId/steps')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Stap toevoegen aan een doel' })
  createStep(@CurrentAuthUser() user: AuthUser, @Param() p: GoalIdParamDto, @Body() body: CreateStepDto): Promise<PlanStep> {
    return this.plan.createStep(user, p.goalId, body);
  }

  // --- steps -----------------------------------------------------------------------------------

  @Patch('steps/:stepId')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Stap wijzigen' })
  updateStep(@CurrentAuthUser() user: AuthUser, @Param() p: StepIdParamDto, @Body() body: UpdateStepDto): Promise<PlanStep> {
    return this.plan.updateStep(user, p.stepId, body);
  }

  @Post('steps/:stepId/done')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Stap afvinken of weer openzetten (ook in een vastgesteld plan)' })
  stepDone(@CurrentAuthUser() user: AuthUser, @Param() p: StepIdParamDto, @Body() body: MarkStepDoneDto): Promise<PlanStep> {
    return this.plan.markStepDone(user, p.stepId, body.done, body.version);
  }

  @Delete('steps/:stepId')
  @HttpCode(204)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Stap verwijderen uit een concept' })
  async deleteStep(@CurrentAuthUser() user: AuthUser, @Param() p: StepIdParamDto, @Query() q: VersionQueryDto): Promise<void> {
    await this.plan.deleteStep(user, p.stepId, q.version);
  }

  // --- agreements ------------------------------------------------------------------------------

  @Patch('agreements/:id')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Afspraak wijzigen' })
  updateAgreement(@CurrentAuthUser() user: AuthUser, @Param() p: AgreementIdParamDto, @Body() body: UpdateAgreementDto): Promise<PlanAgreement> {
    return this.plan.updateAgreement(user, p.id, body);
  }

  @Delete('agreements/:id')
  @HttpCode(204)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Afspraak verwijderen uit een concept' })
  async deleteAgreement(@CurrentAuthUser() user: AuthUser, @Param() p: AgreementIdParamDto, @Query() q: VersionQueryDto): Promise<void> {
    await this.plan.deleteAgreement(user, p.id, q.version);
  }
}
