import { todayInNl } from '@koers/domain';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { NotificationSender, type DueNotificationSource, type OutgoingNotification } from '../notifications/notification-sender';
import { NotificationsService } from '../notifications/notifications.service';
import { HandoverMessages } from './handover-messages';
import { dueStep, turningCold, warnings } from './handover.rules';
import { factsOf, HANDOVER_SELECT, type HandoverRow, OPEN_SQL } from './handovers.queries';

/**
 * Time-based handover notifications, found when the user looks at the bell (no scheduler needed):
 * - to the current contact person when a step is due (announce, meet, write the note, switch);
 * - to the teamleider when a handover is turning cold (the notice can no longer be met, or the
 *   planned day came with something still missing).
 * Each is sent once per handover, step and planned date (dedupe key); a new date re-arms them.
 */
@Injectable()
export class HandoverRemindersService implements DueNotificationSource, OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly notifications: NotificationsService,
    private readonly sender: NotificationSender,
  ) {}

  onModuleInit(): void {
    this.notifications.registerSource(this);
  }

  async sweep(user: { id: string; role: string; teamId: string | null }): Promise<void> {
    if (user.role !== 'klantmanager' && user.role !== 'teamleider') return;
    const where = user.role === 'klantmanager' ? `c.contact_user_id = $1` : `h.team_id = $1`;
    const rows: HandoverRow[] = await this.db.query(`${HANDOVER_SELECT} WHERE ${where} AND h.kind = 'gepland' AND h.status IN ${OPEN_SQL}`, [
      user.role === 'klantmanager' ? user.id : user.teamId,
    ]);
    const today = todayInNl();
    const due: OutgoingNotification[] = [];
    for (const r of rows) {
      const f = factsOf(r);
      const base = { caseId: r.case_id, handoverId: r.id, youthName: r.youth_name, plannedSwitchDate: r.planned_switch_date! };
      if (user.role === 'klantmanager') {
        const step = dueStep(f, today);
        if (step) due.push(HandoverMessages.stepDue(user.id, { ...base, step }));
      } else if (turningCold(f, today)) {
        due.push(HandoverMessages.turningCold(user.id, { ...base, warnings: warnings(f, today).map((w) => w.message) }));
      }
    }
    await this.sender.send(this.db, due);
  }
}
