import type { AppNotification, HandoverDetail, NotificationPage, ProblemDetails, UnreadNotificationCount } from '@koers/contracts';
import { addDays, todayInNl } from '@koers/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase } from '../../test/case-factories';
import { createTeam, createUser, type TestUser } from '../../test/factories';
import { ApiClient, startTestApp, type TestApp } from '../../test/utils';
import { loginAs } from '../../test/handover-factories';
import { NotificationSender } from './notification-sender';

describe('notifications: the bell, and handover reminders when a step is due', () => {
  let t: TestApp;
  let teamId: string;
  let me: TestUser;
  let client: ApiClient;
  const today = todayInNl();

  beforeAll(async () => {
    t = await startTestApp();
    teamId = (await createTeam(t.db)).id;
    me = await createUser(t.db, 'klantmanager', { teamId });
    client = await loginAs(t, me);
  });
  afterAll(() => t.close());

  const unread = async (c: ApiClient) => (await c.get<UnreadNotificationCount>('/api/notifications/unread-count')).body.count;

  it('lists my own notifications newest first with keyset pages, counts unread, marks read', async () => {
    const someoneElse = await createUser(t.db, 'klantmanager', { teamId });
    const sender = t.app.get(NotificationSender);
    for (let i = 0; i < 5; i++) {
      await sender.send(t.db, [{ userId: me.id, kind: 'overdracht_stap', title: `Melding ${i}`, body: 'Tekst' }]);
    }
    await sender.send(t.db, [{ userId: someoneElse.id, kind: 'overdracht_stap', title: 'Niet voor mij' }]);
    expect(await unread(client)).toBe(5);

    const titles: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { status: number; body: NotificationPage } = await client.get<NotificationPage>(`/api/notifications?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.status).toBe(200);
      titles.push(...page.body.items.map((n) => n.title));
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(titles).toEqual(['Melding 4', 'Melding 3', 'Melding 2', 'Melding 1', 'Melding 0']);

    const first = (await client.get<NotificationPage>('/api/notifications?limit=1')).body.items[0]!;
    expect(first).toMatchObject({ kind: 'overdracht_stap', title: 'Melding 4', body: 'Tekst', caseId: null, handoverId: null, readAt: null });
    const read = await client.post<AppNotification>(`/api/notifications/${first.id}/read`);
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect(await unread(client)).toBe(4);
    expect((await client.get<NotificationPage>('/api/notifications?unread=true&limit=100')).body.items.map((n) => n.title)).not.toContain('Melding 4');

    // Someone else's notification: 404, like one that does not exist.
    const theirs: { id: string }[] = await t.db.query(`SELECT id FROM notification WHERE user_id = $1`, [someoneElse.id]);
    expect((await client.post<ProblemDetails>(`/api/notifications/${theirs[0]!.id}/read`)).status).toBe(404);
    expect((await client.post(`/api/notifications/not-a-uuid/read`)).status).toBe(400);
    expect((await client.get('/api/notifications?cursor=nonsense')).status).toBe(400);
    expect((await client.get('/api/notifications?unread=misschien')).status).toBe(400);

    const all = await client.post<{ count: number }>('/api/notifications/read-all');
    expect(all.body).toEqual({ count: 4 });
    expect(await unread(client)).toBe(0);
    const audit: { action: string }[] = await t.db.query(`SELECT action FROM audit_event WHERE actor_user_id = $1 AND object_type = 'notification' ORDER BY id`, [me.id]);
    expect(audit.map((a) => a.action)).toEqual(['notification.read', 'notification.read_all']);
  });

  it('every role has a bell; without a session: 401', async () => {
    for (const role of ['jongere', 'teamleider', 'beheerder'] as const) {
      const c = await loginAs(t, await createUser(t.db, role, role === 'beheerder' ? {} : { teamId }));
      expect((await c.get<UnreadNotificationCount>('/api/notifications/unread-count')).body).toEqual({ count: 0 });
    }
    const anonymous = new ApiClient(t.baseUrl);
    expect((await anonymous.get('/api/notifications')).status).toBe(401);
  });

  it('reminds the contact person once when a handover step is due, and the teamleider when it turns cold', async () => {
    const leaderUser = await createUser(t.db, 'teamleider', { teamId });
    const leader = await loginAs(t, leaderUser);
    const succUser = await createUser(t.db, 'klantmanager', { teamId });
    const km = await createUser(t.db, 'klantmanager', { teamId });
    const kmClient = await loginAs(t, km);
    const c = await createCase(t.db, { teamId, contactUserId: km.id, name: 'Sam de Boer' });
    // The switch is in 10 days and the jongere does not know yet: announce now (the team wants 14 days).
    let h = (await kmClient.post<HandoverDetail>(`/api/cases/${c.caseId}/handovers`, { candidateUserIds: [succUser.id], reason: 'Vertrek', plannedSwitchDate: addDays(today, 10) })).body;
    expect(await unread(kmClient)).toBe(0); // not accepted yet: nothing is due for the contact person
    h = (await (await loginAs(t, succUser)).post<HandoverDetail>(`/api/handovers/${h.id}/accept`, { version: h.version })).body;
    const before = await unread(kmClient);
    const items = (await kmClient.get<NotificationPage>('/api/notifications?unread=true')).body.items;
    expect(items).toContainEqual(expect.objectContaining({ kind: 'overdracht_stap', title: 'Vertel Sam de Boer over de overdracht', handoverId: h.id, caseId: c.caseId }));
    // Looking again does not repeat it.
    expect(await unread(kmClient)).toBe(before);
    expect((await kmClient.get<NotificationPage>('/api/notifications?limit=100')).body.items.filter((n) => n.title === 'Vertel Sam de Boer over de overdracht')).toHaveLength(1);

    const leaderItems = (await leader.get<NotificationPage>('/api/notifications')).body.items;
    expect(leaderItems).toEqual([expect.objectContaining({ kind: 'overdracht_koud', title: 'De overdracht van Sam de Boer dreigt koud te worden', body: expect.stringMatching(/minstens 14 dagen/) })]);
    await leader.get('/api/notifications/unread-count');
    expect((await leader.get<NotificationPage>('/api/notifications')).body.items).toHaveLength(1);

    // A new date re-arms the reminder for that date; a date far enough away needs none.
    h = (await kmClient.request<HandoverDetail>('PATCH', `/api/handovers/${h.id}`, { plannedSwitchDate: addDays(today, 40), version: h.version })).body;
    const after = (await kmClient.get<NotificationPage>('/api/notifications?limit=100')).body.items.filter((n) => n.kind === 'overdracht_stap' && n.handoverId === h.id);
    expect(after).toHaveLength(1);
    h = (await kmClient.request<HandoverDetail>('PATCH', `/api/handovers/${h.id}`, { plannedSwitchDate: addDays(today, 12), version: h.version })).body;
    expect((await kmClient.get<NotificationPage>('/api/notifications?limit=100')).body.items.filter((n) => n.kind === 'overdracht_stap' && n.handoverId === h.id)).toHaveLength(2);
  });
});
