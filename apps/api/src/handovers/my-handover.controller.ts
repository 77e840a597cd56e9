import type { MyHandover, MyHandoverResponse } from '@koers/contracts';
import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { ConfirmMyHandoverMeetingDto, GiveMyHandoverPreferenceDto, MyHandoverMeetingIdParamDto } from './my-handover.dto';
import { MyHandoverService } from './my-handover.service';

/** The jongere's own part in a warme overdracht. Always their own case; anything else is 404. Staff: 403. */
@ApiTags('overdracht')
@Controller()
export class MyHandoverController {
  constructor(private readonly myHandover: MyHandoverService) {}

  @Get('me/handover')
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Jongere: mijn lopende overdracht (wie, wanneer, mijn voorkeur, de kennismakingen), of null' })
  get(@CurrentAuthUser() user: AuthUser): Promise<MyHandoverResponse> {
    return this.myHandover.get(user);
  }

  @Post('me/handover/preference')
  @HttpCode(200)
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Jongere: zelf een voorkeur geven voor de nieuwe klantmanager (eigen login)' })
  preference(@CurrentAuthUser() user: AuthUser, @Body() body: GiveMyHandoverPreferenceDto): Promise<MyHandover> {
    return this.myHandover.givePreference(user, body);
  }

  @Post('me/handover/meetings/:meetingId/confirm')
  @HttpCode(200)
  @Access.roles('jongere')
  @ApiOperation({ summary: 'Jongere: bevestigen dat een kennismakingsgesprek is geweest' })
  confirm(@CurrentAuthUser() user: AuthUser, @Param() params: MyHandoverMeetingIdParamDto, @Body() body: ConfirmMyHandoverMeetingDto): Promise<MyHandover> {
    return this.myHandover.confirmMeeting(user, params.meetingId, body);
  }
}
