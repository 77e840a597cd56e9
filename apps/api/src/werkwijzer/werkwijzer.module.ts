import { resolve } from 'node:path';
import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { AppConfig } from '../platform/config/app-config';
import { loadWerkwijzerContent } from './werkwijzer-content';
import { WerkwijzerController } from './werkwijzer.controller';
import { WerkwijzerContentStore, WerkwijzerService } from './werkwijzer.service';

@Module({
  imports: [CasesModule],
  controllers: [WerkwijzerController],
  providers: [
    // Loaded and validated once, at start: a broken content file stops the start with its name and the problem.
    { provide: WerkwijzerContentStore, inject: [AppConfig], useFactory: (config: AppConfig) => new WerkwijzerContentStore(loadWerkwijzerContent(resolve(config.CONTENT_DIR))) },
    WerkwijzerService,
  ],
  // Doe de check uses the same loaded content (factor titles and tips).
  exports: [WerkwijzerContentStore],
})
export class WerkwijzerModule {}
