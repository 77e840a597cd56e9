import type { ContactPersonInfo, HandoverDetail, HandoverPage, HandoverSummary } from '@koers/contracts';
import { Body, Controller, Get, HttpCode, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseIdParamDto } from '../cases/cases.dto';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { ContactPersonService } from './contact-person.service';
import {
  AbortHandoverDto,
  AddHandoverCandidateDto,
  AnnounceHandoverDto,
  AssignContactPersonDto,
  ChooseSuccessorDto,
  DeclineHandoverDto,
  HandoverIdParamDto,
  HandoverVersionDto,
  LogHandoverMeetingDto,
  MyHandoversQueryDto,
  ProposeHandoverDto,
  RecordYouthPreferenceDto,
  SwitchHandoverDto,
  UpdateHandoverDto,
  WriteHandoverNoteDto,
} from './handovers.dto';
import { HandoversService } from './handovers.service';

/** The contact person of a case and the warme overdracht, step by step. */
@ApiTags('overdracht')
@Controller()
export class HandoversController {
  constructor(
    private readonly handovers: HandoversService,
    private readonly contactPerson: ContactPersonService,
  ) {}

  @Get('cases/:caseId/contact-person')
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiOperation({ summary: 'Wie de contactpersoon is en hoe je die bereikt (ook voor de jongere)' })
  contact(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto): Promise<ContactPersonInfo> {
    return this.contactPerson.info(user, params.caseId);
  }

  @Post('cases/:caseId/contact-person')
  @HttpCode(200)
  @Access.roles('teamleider')
  @ApiOperation({ summary: 'Teamleider: een contactpersoon toewijzen aan een traject zonder contactpersoon (koude overdracht)' })
  assign(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: AssignContactPersonDto): Promise<HandoverDetail> {
    return this.contactPerson.assign(user, params.caseId, body.userId, body.version);
  }

  @Get('cases/:caseId/handovers')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'De overdrachten van een traject, nieuwste eerst' })
  listForCase(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto): Promise<HandoverSummary[]> {
    return this.handovers.listForCase(user, params.caseId);
  }

  @Post('cases/:caseId/handovers')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Overdracht voorstellen: kandidaten, reden en geplande datum (contactpersoon of teamleider)' })
  propose(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: ProposeHandoverDto): Promise<HandoverDetail> {
    return this.handovers.propose(user, params.caseId, body);
  }

  @Get('handovers')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Mijn lopende overdrachten: uitgaand (mijn trajecten) en inkomend (ik ben de opvolger)' })
  mine(@CurrentAuthUser() user: AuthUser, @Query() query: MyHandoversQueryDto): Promise<HandoverPage> {
    return this.handovers.mine(user, query);
  }

  @Get('handovers/:handoverId')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Een overdracht met kandidaten, voorkeur van de jongere, kennismakingen en overdrachtsnotitie' })
  get(@CurrentAuthUser() user: AuthUser, @Param() params: HandoverIdParamDto): Promise<HandoverDetail> {
    return this.handovers.get(user, params.handoverId);
  }

  @Patch('handovers/:handoverId')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Reden of geplande datum wijzigen' })
  update(@CurrentAuthUser() user: AuthUser, @Param() params: HandoverIdParamDto, @Body() body: UpdateHandoverDto): Promise<HandoverDetail> {
    return this.handovers.update(user, params.handoverId, body);
  }

  @Post('handovers/:handoverId/candidates')
  @HttpCode(200)
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Een mogelijke opvolger toevoegen (bijvoorbeeld na een afwijzing)' })
  addCandidate(@CurrentAuthUser() user: AuthUser, @Param() params: HandoverIdParamDto, @Body() body: AddHandoverCandidateDto): Promise<HandoverDetail> {
    return this.handovers.addCandidate(user, params.handoverId, body);
  }

  @Post('handovers/:handoverId/youth-preference')
  @HttpCode(200)
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'De voorkeur van de jongere vastleggen (uit een gesprek)' })
  preference(@CurrentAuthUser() user: AuthUser, @Param() params: HandoverIdParamDto, @Body() body: RecordYouthPreferenceDto): Promise<HandoverDetail> {
    return this.handovers.recordPreference(user, params.handoverId, body);
  }

  @Post('handovers/:handoverId/choose')
  @HttpCode(200)
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'De opvolger kiezen uit de kandidaten' })
  choose(@CurrentAuthUser() user: AuthUser, @Param() params: HandoverIdParamDto, @Body() body: ChooseSuccessorDto): Promise<HandoverDetail> {
    return this.handovers.choose(user, params.handoverId, body);
  }

  @Post('handovers/:handoverId/accept')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Opvolger: de overdracht accepteren' })
  accept(@CurrentAuthUser() user: AuthUser, @Param() params: HandoverIdParamDto, @Body() body: HandoverVersionDto): Promise<HandoverDetail> {
    return this.handovers.accept(user, params.handoverId, body.version);
  }

  @Post('handovers/:handoverId/decline')
  @HttpCode(200)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Opvolger: de overdracht afwijzen, met reden' })
  decline(@CurrentAuthUser() user: AuthUser, @Param() params: HandoverIdParamDto, @Body() body: DeclineHandoverDto): Promise<HandoverDetail> {
    return this.handovers.decline(user, params.handoverId, body);
  }

  @Post('handovers/:handoverId/announce')
  @HttpCode(200)
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Vastleggen dat de jongere het weet: wanneer en hoe' })
  announce(@CurrentAuthUser() user: AuthUser, @Param() params: HandoverIdParamDto, @Body() body: AnnounceHandoverDto): Promise<HandoverDetail> {
    return this.handovers.announce(user, params.handoverId, body);
  }

  @Post('handovers/:handoverId/meetings')
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Een kennismaking vastleggen: datum, wie er waren, notitie' })
  meeting(@CurrentAuthUser() user: AuthUser, @Param() params: HandoverIdParamDto, @Body() body: LogHandoverMeetingDto): Promise<HandoverDetail> {
    return this.handovers.logMeeting(user, params.handoverId, body);
  }

  @Put('handovers/:handoverId/note')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'De overdrachtsnotitie schrijven of bijwerken (alleen voor medewerkers)' })
  note(@CurrentAuthUser() user: AuthUser, @Param() params: HandoverIdParamDto, @Body() body: WriteHandoverNoteDto): Promise<HandoverDetail> {
    return this.handovers.writeNote(user, params.handoverId, body);
  }

  @Post('handovers/:handoverId/switch')
  @HttpCode(200)
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'Overdragen: de opvolger wordt de contactpersoon (koud alleen met reden)' })
  switch(@CurrentAuthUser() user: AuthUser, @Param() params: HandoverIdParamDto, @Body() body: SwitchHandoverDto): Promise<HandoverDetail> {
    return this.handovers.switch(user, params.handoverId, body);
  }

  @Post('handovers/:handoverId/abort')
  @HttpCode(200)
  @Access.roles('klantmanager', 'teamleider')
  @ApiOperation({ summary: 'De overdracht afbreken, met reden' })
  abort(@CurrentAuthUser() user: AuthUser, @Param() params: HandoverIdParamDto, @Body() body: AbortHandoverDto): Promise<HandoverDetail> {
    return this.handovers.abort(user, params.handoverId, body);
  }
}
