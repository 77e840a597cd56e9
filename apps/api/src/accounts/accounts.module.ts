import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { HandoversModule } from '../handovers/handovers.module';
import { AuthModule } from '../platform/auth/auth.module';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';
import { CaseInvitationController } from './case-invitation.controller';
import { CaseInvitationService } from './case-invitation.service';
import { PasswordResetController } from './password-reset.controller';
import { PasswordResetService } from './password-reset.service';

@Module({
  imports: [AuthModule, CasesModule, HandoversModule],
  controllers: [AccountsController, CaseInvitationController, PasswordResetController],
  providers: [AccountsService, CaseInvitationService, PasswordResetService],
})
export class AccountsModule {}
