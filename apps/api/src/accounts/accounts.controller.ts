import type { InvitationCreated, Page, Team, UserSummary } from '@koers/contracts';
import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { PageQueryDto } from '../platform/database/page-query.dto';
import { CreateInvitationDto, CreateStaffUserDto, CreateTeamDto, IdParamDto, ListUsersQueryDto } from './accounts.dto';
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

  @Post('invitations')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Een jongere uitnodigen: geeft een eenmalige activatielink' })
  invite(@Body() body: CreateInvitationDto, @CurrentAuthUser() actor: AuthUser): Promise<InvitationCreated> {
    return this.accounts.createInvitation(body, actor);
  }
}
