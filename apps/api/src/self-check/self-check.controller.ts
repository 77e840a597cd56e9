import type {
  ImprovementAction,
  ImprovementActionList,
  MySelfCheckAnswers,
  SelfCheckAnswer,
  SelfCheckInvite,
  SelfCheckResults,
  SelfCheckRound,
  SelfCheckRoundList,
  SelfCheckYouthInvitation,
} from '@koers/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import {
  ActionIdParamDto,
  AnswerParamsDto,
  CreateActionDto,
  InviteAnswerParamsDto,
  InviteTokenParamDto,
  OpenRoundDto,
  ResultsQueryDto,
  RoundIdParamDto,
  SaveAnswerDto,
  UpdateActionDto,
  VersionQueryDto,
} from './self-check.dto';
import { SelfCheckService } from './self-check.service';

@ApiTags('doe de check')
@Controller('self-check')
export class SelfCheckController {
  constructor(private readonly selfCheck: SelfCheckService) {}

  @Get('rounds')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'De rondes van "Doe de check" van het eigen team, nieuwste eerst' })
  rounds(@CurrentAuthUser() user: AuthUser): Promise<SelfCheckRoundList> {
    return this.selfCheck.listRounds(user);
  }

  @Post('rounds')
  @Access.roles('teamleider')
  @ApiOperation({ summary: 'Een nieuwe ronde openen voor het eigen team (sluit de vorige open ronde)' })
  open(@CurrentAuthUser() user: AuthUser, @Body() body: OpenRoundDto): Promise<SelfCheckRound> {
    return this.selfCheck.openRound(user, body.title);
  }

  @Get('rounds/:roundId/my-answers')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Alleen de eigen antwoorden in een ronde' })
  myAnswers(@CurrentAuthUser() user: AuthUser, @Param() params: RoundIdParamDto): Promise<MySelfCheckAnswers> {
    return this.selfCheck.myAnswers(user, params.roundId);
  }

  @Put('rounds/:roundId/answers/:factor')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Het eigen antwoord op één succesfactor opslaan (1–10 of null voor n.v.t.)' })
  save(@CurrentAuthUser() user: AuthUser, @Param() params: AnswerParamsDto, @Body() body: SaveAnswerDto): Promise<SelfCheckAnswer> {
    return this.selfCheck.saveAnswer(user, params.roundId, params.factor, body.score);
  }

  @Delete('rounds/:roundId/answers/:factor')
  @HttpCode(204)
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Het eigen antwoord op één succesfactor weghalen' })
  async clear(@CurrentAuthUser() user: AuthUser, @Param() params: AnswerParamsDto): Promise<void> {
    await this.selfCheck.clearAnswer(user, params.roundId, params.factor);
  }

  @Get('rounds/:roundId/results')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'De uitkomst per thema (alleen totalen, vanaf 3 deelnemers), eventueel naast een eerdere ronde' })
  results(@CurrentAuthUser() user: AuthUser, @Param() params: RoundIdParamDto, @Query() query: ResultsQueryDto): Promise<SelfCheckResults> {
    return this.selfCheck.results(user, params.roundId, query.compareTo);
  }

  @Get('rounds/:roundId/actions')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Het verbeterplan van een ronde: acties per thema' })
  actions(@CurrentAuthUser() user: AuthUser, @Param() params: RoundIdParamDto): Promise<ImprovementActionList> {
    return this.selfCheck.listActions(user, params.roundId);
  }

  @Post('rounds/:roundId/actions')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Een verbeteractie toevoegen (thema, actie, wie, wanneer)' })
  createAction(@CurrentAuthUser() user: AuthUser, @Param() params: RoundIdParamDto, @Body() body: CreateActionDto): Promise<ImprovementAction> {
    return this.selfCheck.createAction(user, params.roundId, body);
  }

  @Patch('actions/:actionId')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Een verbeteractie wijzigen of afvinken (met version)' })
  updateAction(@CurrentAuthUser() user: AuthUser, @Param() params: ActionIdParamDto, @Body() body: UpdateActionDto): Promise<ImprovementAction> {
    return this.selfCheck.updateAction(user, params.actionId, body);
  }

  @Delete('actions/:actionId')
  @HttpCode(204)
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Een verbeteractie verwijderen (met version)' })
  async deleteAction(@CurrentAuthUser() user: AuthUser, @Param() params: ActionIdParamDto, @Query() query: VersionQueryDto): Promise<void> {
    await this.selfCheck.deleteAction(user, params.actionId, query.version);
  }

  @Post('rounds/:roundId/youth-invitations')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Een uitnodigingslink voor één jongere maken (de link wordt één keer getoond)' })
  inviteYouth(@CurrentAuthUser() user: AuthUser, @Param() params: RoundIdParamDto): Promise<SelfCheckYouthInvitation> {
    return this.selfCheck.inviteYouth(user, params.roundId);
  }

  @Get('invite/:token')
  @Access.public()
  @ApiOperation({ summary: 'De check via een uitnodigingslink: de succesfactoren en alleen de eigen antwoorden' })
  invite(@Param() params: InviteTokenParamDto): Promise<SelfCheckInvite> {
    return this.selfCheck.invite(params.token);
  }

  @Put('invite/:token/answers/:factor')
  @Access.public()
  @ApiOperation({ summary: 'Een antwoord opslaan via een uitnodigingslink (1–10 of null voor n.v.t.)' })
  saveInvite(@Param() params: InviteAnswerParamsDto, @Body() body: SaveAnswerDto): Promise<SelfCheckAnswer> {
    return this.selfCheck.saveInviteAnswer(params.token, params.factor, body.score);
  }
}
