import { Module } from '@nestjs/common';
import { InAppNotificationSender } from './in-app-notification.sender';
import { NotificationSender } from './notification-sender';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/**
 * Notifications. Domains send through `NotificationSender` (in-app now; e-mail can be added
 * behind the same interface) and register time-based reminders as a DueNotificationSource.
 */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsService, { provide: NotificationSender, useClass: InAppNotificationSender }],
  exports: [NotificationsService, NotificationSender],
})
export class NotificationsModule {}
