import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { ContactPersonService } from './contact-person.service';
import { HandoverRemindersService } from './handover-reminders.service';
import { HandoversController } from './handovers.controller';
import { HandoversService } from './handovers.service';
import { MyHandoverController } from './my-handover.controller';
import { MyHandoverService } from './my-handover.service';
import { HandoverCandidatesController, HandoverSettingsController, TeamHandoversController } from './team-handovers.controller';
import { TeamHandoversService } from './team-handovers.service';

/**
 * Contactpersoon and warme overdracht. Exports ContactPersonService for account deactivation
 * (its cases go to the teamleider's "zonder contactpersoon" list in the same transaction).
 */
@Module({
  imports: [CasesModule, NotificationsModule],
  controllers: [HandoversController, TeamHandoversController, HandoverSettingsController, HandoverCandidatesController, MyHandoverController],
  providers: [HandoversService, MyHandoverService, ContactPersonService, TeamHandoversService, HandoverRemindersService],
  exports: [ContactPersonService],
})
export class HandoversModule {}
