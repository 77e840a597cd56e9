import type { InvitationCreated } from '@koers/contracts';
import { Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseIdParamDto } from '../cases/cases.dto';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { CaseInvitationService } from './case-invitation.service';

@ApiTags('trajecten')
@Controller('cases')
export class CaseInvitationController {
  constructor(private readonly invitations: CaseInvitationService) {}

  @Post(':caseId/invitation')
  @Access.roles('klantmanager')
  @ApiOperation({ summary: 'Een nieuwe activatielink voor de jongere van dit traject (account nog niet geactiveerd); oudere links werken niet meer' })
  renew(@Param() params: CaseIdParamDto, @CurrentAuthUser() actor: AuthUser): Promise<InvitationCreated> {
    return this.invitations.renew(actor, params.caseId);
  }
}
