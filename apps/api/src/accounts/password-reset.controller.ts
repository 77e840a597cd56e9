import type { PasswordResetCreated } from '@koers/contracts';
import { Controller, Param, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { CaseIdParamDto } from '../cases/cases.dto';
import { Access } from '../platform/auth/access.decorator';
import { type AuthUser, CurrentAuthUser } from '../platform/auth/auth-user';
import { IdParamDto } from './accounts.dto';
import { PasswordResetService } from './password-reset.service';

@ApiTags('beheer')
@Controller()
export class PasswordResetController {
  constructor(private readonly resets: PasswordResetService) {}

  @Post('cases/:caseId/password-reset')
  @Access.roles('klantmanager')
  @ApiOperation({
    summary: 'Een eenmalige link "nieuw wachtwoord kiezen" voor de jongere van dit traject (account actief); oudere links werken niet meer. Het huidige wachtwoord blijft werken tot de link is gebruikt.',
  })
  forCase(@Param() params: CaseIdParamDto, @CurrentAuthUser() actor: AuthUser): Promise<PasswordResetCreated> {
    return this.resets.forCase(actor, params.caseId);
  }

  @Post('users/:id/password-reset')
  @Access.roles('beheerder')
  @ApiOperation({
    summary: 'Een eenmalige link "nieuw wachtwoord kiezen" voor een medewerker; oudere links werken niet meer. Het huidige wachtwoord blijft werken tot de link is gebruikt.',
  })
  forStaff(@Param() params: IdParamDto, @CurrentAuthUser() actor: AuthUser): Promise<PasswordResetCreated> {
    return this.resets.forStaff(actor, params.id);
  }
}
