import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { IntakeController } from './intake.controller';
import { IntakeService } from './intake.service';
import { MyConsentsController } from './my-consents.controller';

@Module({
  imports: [CasesModule],
  controllers: [IntakeController, MyConsentsController],
  providers: [IntakeService],
})
export class IntakeModule {}
