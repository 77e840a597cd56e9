import type { InvitationCreated, Page, StaffProfile, Team, UserSummary } from '@koers/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { PageQueryDto } from '../platform/database/page-query.dto';
import { CreateInvitationDto, CreateStaffUserDto, CreateTeamDto, IdParamDto, ListUsersQueryDto, UpdateWorkPhoneDto } from './accounts.dto';
import { AccountsService } from './accounts.service';

@ApiTags('beheer')
@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountsService) {}

  @Get('teams')
  @Access.roles('beheerder')
  @ApiOperation({ summary: 'Teams, op naam' })
  listTeams(@Query() query: PageQueryDto): Promise<Page<Team>> {
    return this.accounts.listTeams(query);
  }

  @Post('teams')
  @Access.roles('beheerder')
  @ApiOperation({ summary: 'Een team aanmaken' })
  createTeam(@Body() body: CreateTeamDto): Promise<Team> {
    return this.accounts.createTeam(body);
  }

  @Get('users')
  @Access.roles('beheerder')
  @ApiOperation({ summary: 'Accounts, op naam, te filteren op rol en team' })
  listUsers(@Query() query: ListUsersQueryDto): Promise<Page<UserSummary>> {
    return this.accounts.listUsers(query);
  }

  @Post('users')
  @Access.roles('beheerder')
  @ApiOperation({ summary: 'Een medewerkeraccount aanmaken' })
  createUser(@Body() body: CreateStaffUserDto): Promise<UserSummary> {
    return this.accounts.createStaffUser(body);
  }

  @Post('users/:id/deactivate')
  @HttpCode(200)
  @Access.roles('beheerder')
  @ApiOperation({ summary: 'Een account uitschakelen; beëindigt direct alle sessies' })
  deactivate(@Param() params: IdParamDto, @CurrentAuthUser() actor: AuthUser): Promise<UserSummary> {
    return this.accounts.setActive(params.id, false, actor);
  }

  @Post('users/:id/activate')
  @HttpCode(200)
  @Access.roles('beheerder')
  @ApiOperation({ summary: 'Een uitgeschakeld account weer inschakelen' })
  reactivate(@Param() params: IdParamDto, @CurrentAuthUser() actor: AuthUser): Promise<UserSummary> {
    return this.accounts.setActive(params.id, true, actor);
  }

  @Put('users/:id/work-phone')
  @Access.roles('beheerder')
  @ApiOperation({ summary: 'Het werktelefoonnummer van een medewerker zetten of weghalen' })
  setWorkPhone(@Param() params: IdParamDto, @Body() body: UpdateWorkPhoneDto, @CurrentAuthUser() actor: AuthUser): Promise<UserSummary> {
    return this.accounts.setWorkPhone(params.id, body.workPhone, actor);
  }

  @Get('me/profile')
  @Access.roles('klantmanager', 'teamleider', 'beheerder')
  @ApiOperation({ summary: 'Mijn gegevens (medewerker)' })
  profile(@CurrentAuthUser() actor: AuthUser): Promise<StaffProfile> {
    return this.accounts.profile(actor);
  }

  @Put('me/profile')
  @Access.roles('klantmanager', 'teamleider', 'beheerder')
  @ApiOperation({ summary: 'Mijn werktelefoonnummer zetten of weghalen (medewerker, alleen het eigen account)' })
  setOwnWorkPhone(@Body() body: UpdateWorkPhoneDto, @CurrentAuthUser() actor: AuthUser): Promise<StaffProfile> {
    return this.accounts.setOwnWorkPhone(actor, body.workPhone);
  }

  @Post('invitations')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Een jongere uitnodigen: geeft een eenmalige activatielink' })
  invite(@Body() body: CreateInvitationDto, @CurrentAuthUser() actor: AuthUser): Promise<InvitationCreated> {
    return this.accounts.createInvitation(body, actor);
  }
}
