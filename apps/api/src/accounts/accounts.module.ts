import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { HandoversModule } from '../handovers/handovers.module';
import { AuthModule } from '../platform/auth/auth.module';
import { AccountsController } from './accounts.controller';
import { AccountsService } from './accounts.service';

@Module({
  imports: [AuthModule, CasesModule, HandoversModule],
  controllers: [AccountsController],
  providers: [AccountsService],
})
export class AccountsModule {}
