import type { GoalComment, GoalCommentPage, MyChangeResult, MyComment, MyCommentPage, MyPlan, MyPlanVersion, MyProposal, MyProposalPage, MyStep, MyWish, YouthProposal, YouthProposalPage } from '@koers/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseIdParamDto } from '../cases/cases.dto';
import { GoalIdParamDto, PlanVersionIdParamDto, StepIdParamDto } from '../plan/plan.dto';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { PageQueryDto } from '../platform/database/page-query.dto';
import { CaseGoalParamDto, CaseLineageParamDto, DecideProposalDto, LineageIdParamDto, ProposalPageQueryDto, StaffGoalCommentDto, MyAgreeDto, MyGoalDto, MyGoalWordingDto, MyStepDoneDto, MyStepDto, MyStepWordingDto, MyTextDto, ProposalIdParamDto } from './my-plan.dto';
import { MyPlanService } from './my-plan.service';

/** "Mijn plan": the jongere's own plan. Always their own case; anything else is 404. */
@ApiTags('mijn plan')
@Controller()
export class MyPlanController {
  constructor(private readonly myPlan: MyPlanService) {}

  @Get('me/plan')
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Mijn plan: contactpersoon, het plan dat geldt, een plan om mee in te stemmen, mijn voorstellen' })
  get(@CurrentAuthUser() user: AuthUser): Promise<MyPlan> {
    return this.myPlan.get(user);
  }

  @Get('me/plan/proposals')
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Mijn voorstellen, nieuwste eerst (per pagina; eventueel alleen één status)' })
  ownProposals(@CurrentAuthUser() user: AuthUser, @Query() query: ProposalPageQueryDto): Promise<MyProposalPage> {
    return this.myPlan.ownProposals(user, query);
  }

  @Get('me/plan/goals/:lineageId/comments')
  @Access.roles('jongere')
  @ApiOperation({ summary: 'De reacties op een doel van mijn plan (op lineage), nieuwste eerst, per pagina' })
  ownComments(@CurrentAuthUser() user: AuthUser, @Param() p: LineageIdParamDto, @Query() query: PageQueryDto): Promise<MyCommentPage> {
    return this.myPlan.ownComments(user, p.lineageId, query);
  }

  @Post('me/plan/goals')
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Een doel in eigen woorden (in het concept, of als voorstel voor de volgende versie)' })
  addGoal(@CurrentAuthUser() user: AuthUser, @Body() body: MyGoalDto): Promise<MyChangeResult> {
    return this.myPlan.addGoal(user, body.title);
  }

  @Patch('me/plan/goals/:goalId')
  @Access.roles('jongere')
  @ApiOperation({ summary: 'De woorden van een eigen doel veranderen (of voorstellen)' })
  editGoal(@CurrentAuthUser() user: AuthUser, @Param() p: GoalIdParamDto, @Body() body: MyGoalWordingDto): Promise<MyChangeResult> {
    return this.myPlan.editGoal(user, p.goalId, body.title, body.version);
  }

  @Post('me/plan/goals/:goalId/comments')
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Een reactie op een doel' })
  comment(@CurrentAuthUser() user: AuthUser, @Param() p: GoalIdParamDto, @Body() body: MyTextDto): Promise<MyComment> {
    return this.myPlan.comment(user, p.goalId, body.text);
  }

  @Post('me/plan/goals/:goalId/steps')
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Een eigen stap bij een doel (in het concept, of als voorstel voor de volgende versie)' })
  addStep(@CurrentAuthUser() user: AuthUser, @Param() p: GoalIdParamDto, @Body() body: MyStepDto): Promise<MyChangeResult> {
    return this.myPlan.addStep(user, p.goalId, body.text);
  }

  @Patch('me/plan/steps/:stepId')
  @Access.roles('jongere')
  @ApiOperation({ summary: 'De woorden van een eigen stap veranderen (of voorstellen)' })
  editStep(@CurrentAuthUser() user: AuthUser, @Param() p: StepIdParamDto, @Body() body: MyStepWordingDto): Promise<MyChangeResult> {
    return this.myPlan.editStep(user, p.stepId, body.text, body.version);
  }

  @Post('me/plan/steps/:stepId/done')
  @HttpCode(200)
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Een eigen stap afvinken of weer openzetten' })
  stepDone(@CurrentAuthUser() user: AuthUser, @Param() p: StepIdParamDto, @Body() body: MyStepDoneDto): Promise<MyStep> {
    return this.myPlan.markStepDone(user, p.stepId, body.done, body.version);
  }

  @Post('me/plan/wishes')
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Een wens toevoegen' })
  addWish(@CurrentAuthUser() user: AuthUser, @Body() body: MyTextDto): Promise<MyWish> {
    return this.myPlan.addWish(user, body.text);
  }

  @Post('me/plan/versions/:id/agree')
  @HttpCode(200)
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Instemmen met een voorgelegd plan (eigen login)' })
  agree(@CurrentAuthUser() user: AuthUser, @Param() p: PlanVersionIdParamDto, @Body() body: MyAgreeDto): Promise<MyPlanVersion> {
    return this.myPlan.agree(user, p.id, body.version);
  }

  @Post('me/plan/versions/:id/disagree')
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Zeggen waar je het niet mee eens bent' })
  disagree(@CurrentAuthUser() user: AuthUser, @Param() p: PlanVersionIdParamDto, @Body() body: MyTextDto): Promise<MyProposal> {
    return this.myPlan.disagree(user, p.id, body.text);
  }

  @Get('cases/:caseId/youth-proposals')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Voorstellen van de jongere voor de volgende versie van het plan, nieuwste eerst, per pagina (filter: status)' })
  proposals(@CurrentAuthUser() user: AuthUser, @Param() p: CaseIdParamDto, @Query() query: ProposalPageQueryDto): Promise<YouthProposalPage> {
    return this.myPlan.proposalsForStaff(user, p.caseId, query);
  }

  @Post('youth-proposals/:id/decision')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Een voorstel van de jongere afhandelen: overgenomen in het plan, of besproken' })
  decide(@CurrentAuthUser() user: AuthUser, @Param() p: ProposalIdParamDto, @Body() body: DecideProposalDto): Promise<YouthProposal> {
    return this.myPlan.decide(user, p.id, body);
  }

  @Post('cases/:caseId/goals/:goalId/comments')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Een reactie van de klantmanager op een doel (de jongere ziet die in Mijn plan)' })
  staffComment(@CurrentAuthUser() user: AuthUser, @Param() p: CaseGoalParamDto, @Body() body: StaffGoalCommentDto): Promise<GoalComment> {
    return this.myPlan.staffComment(user, p.caseId, p.goalId, body.text);
  }

  @Get('cases/:caseId/goals/:lineageId/comments')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'De reacties op een doel (op lineage: over de versies heen), nieuwste eerst, per pagina' })
  comments(@CurrentAuthUser() user: AuthUser, @Param() p: CaseLineageParamDto, @Query() query: PageQueryDto): Promise<GoalCommentPage> {
    return this.myPlan.commentsForStaff(user, p.caseId, p.lineageId, query);
  }
}
