import type { NetworkMember, NetworkMemberList } from '@koers/contracts';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseIdParamDto } from '../cases/cases.dto';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { CreateNetworkMemberDto, NetworkMemberParamsDto, UpdateNetworkMemberDto } from './network.dto';
import { NetworkService } from './network.service';

@ApiTags('netwerk')
@Controller('cases/:caseId/network')
export class NetworkController {
  constructor(private readonly network: NetworkService) {}

  @Get()
  @Access.roles('klantmanager', 'teamleider', 'jongere')
  @ApiOperation({ summary: 'Het netwerk van de jongere: eindverantwoordelijke eerst, dan op naam' })
  list(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto): Promise<NetworkMemberList> {
    return this.network.list(user, params.caseId);
  }

  @Post()
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Iemand aan het netwerk toevoegen (contactpersoon)' })
  create(@CurrentAuthUser() user: AuthUser, @Param() params: CaseIdParamDto, @Body() body: CreateNetworkMemberDto): Promise<NetworkMember> {
    return this.network.create(user, params.caseId, body);
  }

  @Patch(':memberId')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Gegevens wijzigen; isLead: true maakt deze persoon eindverantwoordelijke (in plaats van wie het was)' })
  update(@CurrentAuthUser() user: AuthUser, @Param() params: NetworkMemberParamsDto, @Body() body: UpdateNetworkMemberDto): Promise<NetworkMember> {
    return this.network.update(user, params.caseId, params.memberId, body);
  }

  @Delete(':memberId')
  @HttpCode(204)
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Iemand uit het netwerk halen; niet zolang die nog open stappen in het plan heeft (409)' })
  async remove(@CurrentAuthUser() user: AuthUser, @Param() params: NetworkMemberParamsDto): Promise<void> {
    await this.network.remove(user, params.caseId, params.memberId);
  }
}
