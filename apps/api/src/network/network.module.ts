import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { NetworkController } from './network.controller';
import { NetworkService } from './network.service';

@Module({
  imports: [CasesModule],
  controllers: [NetworkController],
  providers: [NetworkService],
})
export class NetworkModule {}
