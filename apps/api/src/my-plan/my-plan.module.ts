import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { PlanModule } from '../plan/plan.module';
import { MyPlanController } from './my-plan.controller';
import { MyPlanService } from './my-plan.service';

@Module({
  imports: [CasesModule, PlanModule],
  controllers: [MyPlanController],
  providers: [MyPlanService],
})
export class MyPlanModule {}
