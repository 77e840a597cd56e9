import { Module } from '@nestjs/common';
import { AuthModule } from '../platform/auth/auth.module';
import { WerkwijzerModule } from '../werkwijzer/werkwijzer.module';
import { SelfCheckController } from './self-check.controller';
import { SelfCheckService } from './self-check.service';

@Module({
  // TokenHasher: the jongeren's invitation links are stored as hashes.
  // WerkwijzerModule: the content loaded once at start (factor numbers, titles and tips).
  imports: [AuthModule, WerkwijzerModule],
  controllers: [SelfCheckController],
  providers: [SelfCheckService],
})
export class SelfCheckModule {}
