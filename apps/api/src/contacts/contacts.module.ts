import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';
import { TeamSettingsController } from './team-settings.controller';

@Module({
  imports: [CasesModule],
  controllers: [ContactsController, TeamSettingsController],
  providers: [ContactsService],
})
export class ContactsModule {}
