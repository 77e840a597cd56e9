import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { InzageController } from './inzage.controller';
import { InzageService } from './inzage.service';

@Module({
  imports: [CasesModule],
  controllers: [InzageController],
  providers: [InzageService],
})
export class InzageModule {}
