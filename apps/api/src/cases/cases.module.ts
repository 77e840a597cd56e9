import { Module } from '@nestjs/common';
import { CaseAccessService } from './case-access.service';
import { CasesController } from './cases.controller';
import { CasesService } from './cases.service';

@Module({
  controllers: [CasesController],
  providers: [CaseAccessService, CasesService],
  exports: [CaseAccessService, CasesService],
})
export class CasesModule {}
