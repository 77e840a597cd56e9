import { resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { AuthModule } from '../platform/auth/auth.module';
import { AppConfig } from '../platform/config/app-config';
import { loadWerkwijzerContent } from '../werkwijzer/werkwijzer-content';
import { WerkwijzerContentStore } from '../werkwijzer/werkwijzer.service';
import { SelfCheckController } from './self-check.controller';
import { SelfCheckService } from './self-check.service';

@Module({
  // TokenHasher: the jongeren's invitation links are stored as hashes.
  imports: [AuthModule],
  controllers: [SelfCheckController],
  providers: [
    // The werkwijzer's content loader: factor numbers, titles and tips for the lowest-scoring factors.
    { provide: WerkwijzerContentStore, inject: [AppConfig], useFactory: (config: AppConfig) => new WerkwijzerContentStore(loadWerkwijzerContent(resolve(config.CONTENT_DIR))) },
    SelfCheckService,
  ],
})
export class SelfCheckModule {}
