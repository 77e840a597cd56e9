import type { TeamSettings } from '@koers/contracts';
import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { TeamIdParamDto, UpdateTeamSettingsDto } from './contacts.dto';
import { ContactsService } from './contacts.service';

/** Team settings for the contact signal ("lang geen contact" after N weeks), next to the contactmomenten it is about. */
@ApiTags('contactmomenten')
@Controller('teams/:teamId/settings')
export class TeamSettingsController {
  constructor(private readonly contacts: ContactsService) {}

  @Get()
  @Access.roles('teamleider', 'beheerder')
  @ApiOperation({ summary: 'Teaminstellingen voor signalen (teamleider van dit team, beheerder)' })
  get(@CurrentAuthUser() user: AuthUser, @Param() params: TeamIdParamDto): Promise<TeamSettings> {
    return this.contacts.teamSettings(user, params.teamId);
  }

  @Patch()
  @Access.roles('teamleider', 'beheerder')
  @ApiOperation({ summary: 'Na hoeveel weken zonder contact een traject het signaal "lang geen contact" krijgt' })
  update(@CurrentAuthUser() user: AuthUser, @Param() params: TeamIdParamDto, @Body() body: UpdateTeamSettingsDto): Promise<TeamSettings> {
    return this.contacts.updateTeamSettings(user, params.teamId, body.noContactWeeks);
  }
}
