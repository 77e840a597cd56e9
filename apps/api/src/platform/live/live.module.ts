import { Global, Module } from '@nestjs/common';
import { CasesModule } from '../../cases/cases.module';
import { LiveController } from './live.controller';
import { LiveEventsService } from './live-events.service';

/** Live updates (LISTEN/NOTIFY + server-sent events); global so every domain's writes can publish. */
@Global()
@Module({
  imports: [CasesModule],
  controllers: [LiveController],
  providers: [LiveEventsService],
  exports: [LiveEventsService],
})
export class LiveModule {}
