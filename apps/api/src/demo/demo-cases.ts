import type { EntityManager } from 'typeorm';

/**
 * Realistic demo cases in every phase, with dates relative to today so the signals make sense on
 * any day the demo starts. Names and stories are invented.
 */
interface DemoGoal {
  title: string;
  description?: string;
  youthWords?: string;
  priority: number;
  targetInDays: number;
  status?: 'open' | 'bezig' | 'behaald' | 'losgelaten';
  byYouth?: boolean;
  steps: { text: string; owner: 'jongere' | 'klantmanager' | 'netwerk'; dueInDays: number; done?: boolean }[];
}

interface DemoCase {
  name: string;
  ageYears: number;
  ageExtraDays?: number;
  km: string;
  phase: 'aanmelding' | 'intake' | 'plan' | 'uitvoering' | 'nazorg' | 'afgesloten' | 'time_out';
  preferredContact: string;
  youthAccount?: string;
  registeredDaysAgo: number;
  contactsDaysAgo?: number[];
  intake?: Record<string, unknown>;
  wishes?: { kind: 'behoefte' | 'wens'; text: string }[];
  urgent?: { kind: string; description: string; resolved?: boolean }[];
  network?: { name: string; relation: string; organisation?: string; role?: string; lead?: boolean }[];
  plan?: { status: 'concept' | 'voorgesteld' | 'vastgesteld'; evaluationInDays: number; goals: DemoGoal[] };
  milestones?: { title: string; daysAgo: number; certificate?: string }[];
  timeout?: { reason: string; untilInDays: number };
  closed?: string;
  lifeAreas?: [number, number][];
}

const AGREEMENTS = [
  ['werk_zoeken', 'We zoeken samen naar een werkplek in de zorg, dicht bij huis. Je solliciteert elke week op minstens één vacature die je zelf leuk vindt.'],
  ['verplichting', 'Je komt naar de afspraken met je klantmanager. Lukt het een keer niet, dan laat je dat minstens een dag van tevoren weten.'],
  ['ondersteuning', 'De gemeente betaalt je ov-kosten naar stage en sollicitatiegesprekken en regelt een jobcoach voor de eerste drie maanden.'],
  ['ondersteuning', 'Je klantmanager helpt je met het aanvragen van zorgtoeslag en houdt contact met school.'],
] as const;

const CONSEQUENCES =
  'Als je je niet aan de afspraken houdt, gaan we eerst met je in gesprek om te kijken wat er aan de hand is en wat je nodig hebt. Blijft het daarna misgaan, dan kan de gemeente je uitkering tijdelijk verlagen. Dat willen we liever voorkomen, dus laat het ons op tijd weten als iets niet lukt.';

const CASES: DemoCase[] = [
  {
    name: 'Noa Jansen', ageYears: 19, km: 'klantmanager@koers.demo', phase: 'uitvoering', preferredContact: 'whatsapp', youthAccount: 'jongere@koers.demo', registeredDaysAgo: 120,
    contactsDaysAgo: [90, 75, 60, 40, 21, 6],
    intake: { housing: 'bij_ouders', fixed_sleeping_place: true, income_source: 'bijstand', has_debts: true, debts_note: 'Telefoonrekening van ongeveer € 400, een betalingsregeling loopt.', has_children: false, transport: 'fiets', health_note: 'Voelt zich goed; slaapt soms slecht als er veel spanning is.', support_involved: 'Schuldhulp van de gemeente (betalingsregeling).', motivation: 'Wil graag met mensen werken en haar eigen geld verdienen.', qualities: 'Geduldig, goed met ouderen, houdt van regelen.', own_story: 'Ik ben gestopt met school omdat het thuis even niet goed ging. Nu gaat het beter en wil ik mijn diploma halen en in de zorg werken.', has_startkwalificatie: false, last_school: 'ROC, mbo-2 Helpende Zorg en Welzijn (niet afgerond)', work_experience: 'Bijbaan bij de supermarkt (1 jaar), vrijwilliger bij de buurtkamer.', info_education: true, info_labour_market: true, info_support_options: true, completed_at: true },
    wishes: [{ kind: 'wens', text: 'Werken in de ouderenzorg' }, { kind: 'behoefte', text: 'Een diploma halen naast werk' }, { kind: 'behoefte', text: 'Rust in mijn geldzaken' }],
    urgent: [{ kind: 'schulden', description: 'Telefoonrekening met aanmaningen', resolved: true }],
    network: [{ name: 'Marja Jansen', relation: 'ouder', role: 'Moeder, denkt mee over planning' }, { name: 'Ilse de Boer', relation: 'school', organisation: 'ROC Midden', role: 'Loopbaanbegeleider, regelt BBL-plek', lead: true }, { name: 'Kees Vermeer', relation: 'mentor', organisation: 'Buddy-project', role: 'Maatje, één keer per week' }],
    plan: {
      status: 'vastgesteld', evaluationInDays: 24,
      goals: [
        { title: 'Een BBL-opleiding Helpende Zorg en Welzijn starten', youthWords: 'Ik wil mijn diploma halen terwijl ik al werk in de zorg.', priority: 1, targetInDays: 60, status: 'bezig', steps: [{ text: 'Open dag van het ROC bezoeken', owner: 'jongere', dueInDays: -20, done: true }, { text: 'Gesprek met loopbaanbegeleider over een BBL-plek', owner: 'netwerk', dueInDays: 10 }, { text: 'Aanmelding afronden', owner: 'jongere', dueInDays: 30 }] },
        { title: 'Rust in geldzaken', description: 'De betalingsregeling loopt door en er komen geen nieuwe schulden bij.', priority: 2, targetInDays: 90, status: 'behaald', steps: [{ text: 'Betalingsregeling afsluiten met de provider', owner: 'klantmanager', dueInDays: -50, done: true }, { text: 'Zorgtoeslag aanvragen', owner: 'jongere', dueInDays: -30, done: true }] },
        { title: 'Zelf een weekplanning maken', youthWords: 'Ik wil zelf overzicht hebben in mijn week.', byYouth: true, priority: 3, targetInDays: 21, status: 'open', steps: [{ text: 'Planning-app uitproberen', owner: 'jongere', dueInDays: 7 }] },
      ],
    },
    milestones: [{ title: 'Eerste week meeloopstage in het verpleeghuis', daysAgo: 35 }, { title: 'VCA Basis gehaald', daysAgo: 14, certificate: 'VCA Basis' }],
    lifeAreas: [[4, 4], [2, 3], [4, 4], [2, 3], [3, 4]],
  },
  {
    name: 'Daan Bakker', ageYears: 17, ageExtraDays: 300, km: 'klantmanager@koers.demo', phase: 'intake', preferredContact: 'phone', registeredDaysAgo: 10, contactsDaysAgo: [9, 3],
    intake: { housing: 'bij_familie_vrienden', fixed_sleeping_place: false, housing_note: 'Slaapt afwisselend bij een oom en bij vrienden.', income_source: 'geen', has_debts: false, transport: 'ov', own_story: 'Ik moest thuis weg. Ik wil eerst een eigen plek en dan verder met school.', has_startkwalificatie: false, last_school: 'Vmbo-kader, 3e jaar' },
    wishes: [{ kind: 'behoefte', text: 'Een vaste plek om te slapen' }, { kind: 'wens', text: 'Monteur worden' }],
    urgent: [{ kind: 'slaapplek', description: 'Geen vaste slaapplek: slaapt bij familie en vrienden' }],
    network: [{ name: 'Henk Bakker', relation: 'ouder', role: 'Oom, biedt tijdelijk onderdak' }, { name: 'Jongerenwerk Centrum', relation: 'jongerenwerk', organisation: 'Jongerenwerk Centrum', role: 'Kent Daan van de sportavond' }],
  },
  {
    name: 'Aya El Idrissi', ageYears: 22, km: 'klantmanager@koers.demo', phase: 'plan', preferredContact: 'face_to_face', registeredDaysAgo: 40, contactsDaysAgo: [38, 20, 12],
    intake: { housing: 'eigen_woning', fixed_sleeping_place: true, income_source: 'bijstand', has_debts: false, has_children: true, childcare_note: 'Zoontje van 2; opvang nodig bij werk.', transport: 'ov', has_startkwalificatie: true, last_school: 'Mbo-3 Administratief medewerker (diploma)', motivation: 'Wil een baan op kantoor, parttime.', completed_at: true, info_education: true, info_labour_market: true, info_support_options: false },
    wishes: [{ kind: 'wens', text: 'Parttime werken op kantoor' }, { kind: 'behoefte', text: 'Kinderopvang die past bij werktijden' }],
    urgent: [{ kind: 'kinderopvang', description: 'Kinderopvang nodig voordat werk kan starten' }],
    plan: { status: 'voorgesteld', evaluationInDays: 75, goals: [
      { title: 'Kinderopvang regelen voor drie dagen', priority: 1, targetInDays: 30, steps: [{ text: 'Aanvraag kinderopvangtoeslag samen invullen', owner: 'klantmanager', dueInDays: 7 }, { text: 'Twee opvanglocaties bezoeken', owner: 'jongere', dueInDays: 14 }] },
      { title: 'Parttime baan als administratief medewerker', youthWords: 'Ik wil 24 uur werken, zodat ik ook tijd heb voor mijn zoon.', priority: 2, targetInDays: 90, steps: [{ text: 'Cv bijwerken met hulp van het werkgeversservicepunt', owner: 'jongere', dueInDays: 21 }] },
    ] },
  },
  {
    name: 'Milan de Vries', ageYears: 26, ageExtraDays: 300, km: 'klantmanager@koers.demo', phase: 'uitvoering', preferredContact: 'whatsapp', registeredDaysAgo: 300, contactsDaysAgo: [200, 120, 45, 10],
    intake: { housing: 'eigen_woning', fixed_sleeping_place: true, income_source: 'bijstand', has_debts: true, debts_note: 'Schuldhulptraject loopt.', transport: 'scooter', has_startkwalificatie: true, last_school: 'Mbo-2 Logistiek', completed_at: true, info_education: true, info_labour_market: true, info_support_options: true },
    wishes: [{ kind: 'wens', text: 'Vast werk in een magazijn' }],
    network: [{ name: 'Stichting Schuldhulp', relation: 'schuldhulp', organisation: 'Stichting Schuldhulp', role: 'Schuldhulpverlener', lead: true }, { name: 'Van Dam Logistiek', relation: 'werkgever', organisation: 'Van Dam Logistiek', role: 'Proefplaatsing' }],
    plan: { status: 'vastgesteld', evaluationInDays: -9, goals: [
      { title: 'Proefplaatsing bij Van Dam Logistiek afronden', priority: 1, targetInDays: 20, status: 'bezig', steps: [{ text: 'Heftruckcertificaat halen', owner: 'jongere', dueInDays: -5, done: true }, { text: 'Evaluatiegesprek met de werkgever plannen', owner: 'klantmanager', dueInDays: 3 }] },
    ] },
    milestones: [{ title: 'Heftruckcertificaat gehaald', daysAgo: 6, certificate: 'Heftruckchauffeur' }],
  },
  {
    name: 'Fatima Yilmaz', ageYears: 20, km: 'klantmanager@koers.demo', phase: 'time_out', preferredContact: 'phone', registeredDaysAgo: 150, contactsDaysAgo: [100, 50],
    timeout: { reason: 'Zwangerschapsverlof; we nemen half december weer contact op.', untilInDays: 10 },
  },
  {
    name: 'Sem Visser', ageYears: 24, km: 'klantmanager@koers.demo', phase: 'nazorg', preferredContact: 'email', registeredDaysAgo: 400, contactsDaysAgo: [120, 60, 36],
    milestones: [{ title: 'Eerste maand bij de bouwmarkt', daysAgo: 70 }],
  },
  {
    name: 'Jesse Bos', ageYears: 18, ageExtraDays: 40, km: 'klantmanager@koers.demo', phase: 'aanmelding', preferredContact: 'whatsapp', registeredDaysAgo: 1,
  },
  {
    name: 'Lina Smit', ageYears: 21, km: 'klantmanager@koers.demo', phase: 'afgesloten', preferredContact: 'face_to_face', registeredDaysAgo: 500, contactsDaysAgo: [400, 200, 60], closed: 'Vaste baan gevonden als verkoopmedewerker; nazorg afgerond.',
  },
  {
    name: 'Omar Haddou', ageYears: 23, km: 'klantmanager2@koers.demo', phase: 'uitvoering', preferredContact: 'face_to_face', registeredDaysAgo: 90, contactsDaysAgo: [80, 30, 2],
    plan: { status: 'vastgesteld', evaluationInDays: 40, goals: [{ title: 'Rijbewijs B halen', priority: 1, targetInDays: 120, status: 'bezig', steps: [{ text: 'Theorie-examen', owner: 'jongere', dueInDays: 20 }] }] },
  },
  {
    name: 'Eva Mulder', ageYears: 19, km: 'klantmanager2@koers.demo', phase: 'intake', preferredContact: 'whatsapp', registeredDaysAgo: 25, contactsDaysAgo: [24],
  },
  {
    name: 'Thijs Kramer', ageYears: 20, km: 'klantmanager.noord@koers.demo', phase: 'plan', preferredContact: 'phone', registeredDaysAgo: 30, contactsDaysAgo: [28, 7],
  },
];

const AREAS = ['wonen', 'geld', 'gezondheid', 'school_werk', 'netwerk'];

export async function loadDemoCases(tx: EntityManager): Promise<number> {
  const existing: unknown[] = await tx.query(`SELECT 1 FROM youth y JOIN team t ON t.id = y.team_id WHERE t.name = 'Team Jongeren Centrum' LIMIT 1`);
  if (existing.length) return loadDemoHandovers(tx);
  let created = 0;
  for (const c of CASES) {
    const [km] = (await tx.query(`SELECT id, team_id FROM app_user WHERE email = $1`, [c.km])) as { id: string; team_id: string }[];
    if (!km) continue;
    const youthUser = c.youthAccount ? ((await tx.query(`SELECT id FROM app_user WHERE email = $1`, [c.youthAccount])) as { id: string }[])[0]?.id ?? null : null;
    const [youth] = (await tx.query(
      `INSERT INTO youth (team_id, user_id, name, date_of_birth, email, phone, preferred_contact, created_at)
       VALUES ($1, $2, $3, (current_date - make_interval(years => $4::int) - make_interval(days => $5::int))::date, $6, $7, $8, now() - make_interval(days => $9::int))
       RETURNING id`,
      [km.team_id, youthUser, c.name, c.ageYears, c.ageExtraDays ?? 100, c.youthAccount ?? null, '06 12345678', c.preferredContact, c.registeredDaysAgo],
    )) as { id: string }[];
    const lastContact = c.contactsDaysAgo?.length ? Math.min(...c.contactsDaysAgo) : null;
    const [kase] = (await tx.query(
      `INSERT INTO youth_case (youth_id, team_id, contact_user_id, phase, created_at, last_contact_at,
                               phase_before_timeout, timeout_reason, timeout_until, closed_reason, closed_at)
       VALUES ($1, $2, $3, $4, now() - make_interval(days => $5::int),
               CASE WHEN $6::int IS NULL THEN NULL ELSE now() - make_interval(days => $6::int) END,
               CASE WHEN $4 = 'time_out' THEN 'uitvoering' END, $7, CASE WHEN $8::int IS NULL THEN NULL ELSE current_date + $8::int END,
               $9, CASE WHEN $9::text IS NULL THEN NULL ELSE now() - interval '20 days' END)
       RETURNING id`,
      [youth!.id, km.team_id, km.id, c.phase, c.registeredDaysAgo, lastContact, c.timeout?.reason ?? null, c.timeout?.untilInDays ?? null, c.closed ?? null],
    )) as { id: string }[];
    const caseId = kase!.id;
    created++;

    const intake = c.intake ?? {};
    const columns = Object.keys(intake).filter((k) => k !== 'completed_at');
    await tx.query(
      `INSERT INTO intake (case_id, updated_by, completed_at${columns.map((k) => `, ${k}`).join('')})
       VALUES ($1, $2, ${intake.completed_at ? 'now()' : 'NULL'}${columns.map((_, i) => `, $${i + 3}`).join('')})`,
      [caseId, km.id, ...columns.map((k) => intake[k])],
    );
    const wishIds: string[] = [];
    for (const w of c.wishes ?? []) {
      const [row] = (await tx.query(`INSERT INTO intake_wish (case_id, kind, text, author_user_id, author_role) VALUES ($1, $2, $3, $4, 'klantmanager') RETURNING id`, [caseId, w.kind, w.text, km.id])) as { id: string }[];
      wishIds.push(row!.id);
    }
    for (const u of c.urgent ?? []) {
      await tx.query(`INSERT INTO urgent_obstacle (case_id, kind, description, created_by, resolved_at) VALUES ($1, $2, $3, $4, $5)`, [caseId, u.kind, u.description, km.id, u.resolved ? new Date() : null]);
    }
    await tx.query(`UPDATE youth_case SET open_urgent_obstacles = (SELECT count(*) FROM urgent_obstacle WHERE case_id = $1 AND resolved_at IS NULL) WHERE id = $1`, [caseId]);
    const networkIds: string[] = [];
    for (const n of c.network ?? []) {
      const [row] = (await tx.query(`INSERT INTO network_member (case_id, name, relation, organisation, role_in_plan, is_lead) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, [caseId, n.name, n.relation, n.organisation ?? null, n.role ?? null, n.lead ?? false])) as { id: string }[];
      networkIds.push(row!.id);
    }
    for (const days of c.contactsDaysAgo ?? []) {
      await tx.query(
        `INSERT INTO contact_moment (case_id, occurred_at, kind, note, user_id) VALUES ($1, now() - make_interval(days => $2::int), $3, $4, $5)`,
        [caseId, days, days % 2 ? 'face_to_face' : c.preferredContact === 'email' ? 'email' : 'whatsapp', days === lastContact ? 'Even bijgepraat over hoe het gaat.' : 'Gesprek over de volgende stappen.', km.id],
      );
    }
    if (c.lifeAreas) {
      for (const [i, [staff, own]] of c.lifeAreas.entries()) {
        await tx.query(`INSERT INTO life_area_score (case_id, area, moment, staff_score, youth_score, recorded_by, recorded_at) VALUES ($1, $2, 'intake', $3, $4, $5, now() - interval '100 days')`, [caseId, AREAS[i], Math.max(1, staff - 1), Math.max(1, own - 1), km.id]);
        await tx.query(`INSERT INTO life_area_score (case_id, area, moment, staff_score, youth_score, recorded_by) VALUES ($1, $2, 'evaluatie', $3, $4, $5)`, [caseId, AREAS[i], staff, own, km.id]);
      }
    }
    if (c.plan) {
      const established = c.plan.status === 'vastgesteld';
      const [plan] = (await tx.query(
        `INSERT INTO plan_version (case_id, number, status, evaluation_date, consequences, proposed_at, proposed_by, staff_agreed_at, staff_agreed_by,
                                   youth_agreed_at, youth_agreed_via, youth_agreement_recorded_by, established_at)
         VALUES ($1, 1, $2, current_date + $3::int, $4,
                 CASE WHEN $2 <> 'concept' THEN now() - interval '60 days' END, CASE WHEN $2 <> 'concept' THEN $5::uuid END,
                 CASE WHEN $6 THEN now() - interval '59 days' END, CASE WHEN $6 THEN $5::uuid END,
                 CASE WHEN $6 THEN now() - interval '59 days' END, CASE WHEN $6 THEN 'gesprek' END, CASE WHEN $6 THEN $5::uuid END,
                 CASE WHEN $6 THEN now() - interval '59 days' END)
         RETURNING id`,
        [caseId, c.plan.status, c.plan.evaluationInDays, CONSEQUENCES, km.id, established],
      )) as { id: string }[];
      for (const [gi, g] of c.plan.goals.entries()) {
        const author = g.byYouth && youthUser ? { id: youthUser, role: 'jongere' } : { id: km.id, role: 'klantmanager' };
        const [goal] = (await tx.query(
          `INSERT INTO goal (plan_version_id, case_id, lineage_id, title, description, youth_words, wish_id, priority, target_date, status, author_user_id, author_role)
           VALUES ($1, $2, gen_random_uuid(), $3, $4, $5, $6, $7, current_date + $8::int, $9, $10, $11) RETURNING id`,
          [plan!.id, caseId, g.title, g.description ?? null, g.youthWords ?? null, wishIds[gi] ?? null, g.priority, g.targetInDays, g.status ?? 'open', author.id, author.role],
        )) as { id: string }[];
        for (const [si, s] of g.steps.entries()) {
          await tx.query(
            `INSERT INTO step (goal_id, case_id, text, owner_kind, owner_network_member_id, owner_user_id, due_date, done_at, position, author_user_id, author_role)
             VALUES ($1, $2, $3, $4, $5, $6, current_date + $7::int, $8, $9, $10, 'klantmanager')`,
            [goal!.id, caseId, s.text, s.owner, s.owner === 'netwerk' ? (networkIds[1] ?? networkIds[0] ?? null) : null, s.owner === 'klantmanager' ? km.id : s.owner === 'jongere' ? youthUser : null, s.dueInDays, s.done ? new Date() : null, si, km.id],
          );
        }
      }
      for (const [ai, [kind, text]] of AGREEMENTS.entries()) {
        await tx.query(`INSERT INTO agreement (plan_version_id, case_id, kind, text, position, author_user_id, author_role) VALUES ($1, $2, $3, $4, $5, $6, 'klantmanager')`, [plan!.id, caseId, kind, text, ai, km.id]);
      }
      if (established) await tx.query(`UPDATE youth_case SET next_evaluation_date = current_date + $2::int WHERE id = $1`, [caseId, c.plan.evaluationInDays]);
    }
    for (const m of c.milestones ?? []) {
      await tx.query(`INSERT INTO milestone (case_id, title, achieved_on, certificate_name, created_by) VALUES ($1, $2, current_date - $3::int, $4, $5)`, [caseId, m.title, m.daysAgo, m.certificate ?? null, km.id]);
    }
  }
  return created + (await loadDemoHandovers(tx));
}

interface DemoHandover {
  youth: string;
  from: string;
  to: string;
  proposedDaysAgo: number;
  acceptedDaysAgo?: number;
  announcedDaysAgo?: number;
  meetingsDaysAgo?: [number, boolean][];
  note?: boolean;
  /** In progress: the planned switch in this many days. Done: switched this many days ago. */
  switchInDays?: number;
  switchedDaysAgo?: number;
  cold?: string;
}

/**
 * Handovers for the teamleider's view: one in progress (Milan, from Karim to Sanne, one meeting
 * still missing and no note yet) and completed warm and cold ones over the last months (Eva's is
 * recent, so Karim can still read her case). Loaded once (skipped when the team has handovers).
 */
const HANDOVERS: DemoHandover[] = [
  { youth: 'Milan de Vries', from: 'klantmanager@koers.demo', to: 'klantmanager2@koers.demo', proposedDaysAgo: 20, acceptedDaysAgo: 18, announcedDaysAgo: 16, meetingsDaysAgo: [[8, true]], switchInDays: 12 },
  { youth: 'Noa Jansen', from: 'klantmanager2@koers.demo', to: 'klantmanager@koers.demo', proposedDaysAgo: 130, acceptedDaysAgo: 128, announcedDaysAgo: 125, meetingsDaysAgo: [[110, true], [104, false]], note: true, switchedDaysAgo: 100 },
  { youth: 'Sem Visser', from: 'klantmanager2@koers.demo', to: 'klantmanager@koers.demo', proposedDaysAgo: 95, acceptedDaysAgo: 94, announcedDaysAgo: 90, meetingsDaysAgo: [[80, true], [75, true]], note: true, switchedDaysAgo: 70 },
  { youth: 'Omar Haddou', from: 'klantmanager@koers.demo', to: 'klantmanager2@koers.demo', proposedDaysAgo: 46, acceptedDaysAgo: 46, switchedDaysAgo: 45, cold: 'Karim was langdurig ziek; Sanne nam het traject direct over.' },
  { youth: 'Eva Mulder', from: 'klantmanager@koers.demo', to: 'klantmanager2@koers.demo', proposedDaysAgo: 12, acceptedDaysAgo: 11, announcedDaysAgo: 11, meetingsDaysAgo: [[10, true]], switchedDaysAgo: 10, cold: 'Noodgeval: Karim moest plotseling op verlof.' },
];

async function loadDemoHandovers(tx: EntityManager): Promise<number> {
  const existing: unknown[] = await tx.query(`SELECT 1 FROM handover h JOIN team t ON t.id = h.team_id WHERE t.name = 'Team Jongeren Centrum' LIMIT 1`);
  if (existing.length) return 0;
  const users = new Map(((await tx.query(`SELECT id, email FROM app_user WHERE email LIKE '%@koers.demo'`)) as { id: string; email: string }[]).map((u) => [u.email, u.id]));
  let created = 0;
  for (const d of HANDOVERS) {
    const [kase] = (await tx.query(
      `SELECT c.id, c.team_id FROM youth_case c JOIN youth y ON y.id = c.youth_id JOIN team t ON t.id = c.team_id
        WHERE y.name = $1 AND t.name = 'Team Jongeren Centrum' LIMIT 1`,
      [d.youth],
    )) as { id: string; team_id: string }[];
    const from = users.get(d.from);
    const to = users.get(d.to);
    if (!kase || !from || !to) continue;
    const done = d.switchedDaysAgo !== undefined;
    const missing = [
      ...(d.announcedDaysAgo === undefined ? ['aankondiging'] : d.switchedDaysAgo !== undefined && d.announcedDaysAgo - d.switchedDaysAgo < 14 ? ['aankondiging_op_tijd'] : []),
      ...((d.meetingsDaysAgo?.length ?? 0) < 2 ? ['kennismakingen'] : []),
      ...(d.meetingsDaysAgo?.some(([, present]) => present) ? [] : ['kennismaking_met_contactpersoon']),
      ...(d.note ? [] : ['overdrachtsnotitie']),
    ];
    const [h] = (await tx.query(
      `INSERT INTO handover (case_id, team_id, kind, status, from_user_id, to_user_id, accepted_at, reason, planned_switch_date, proposed_by, proposed_at,
                             announced_on, announced_how, announced_by, note_works_well, note_avoid, note_open_commitments, note_written_by, note_written_at,
                             switched_at, switched_by, warmth, cold_reason, missing_at_switch, predecessor_read_until, created_at)
       VALUES ($1, $2, 'gepland', $3, $4, $5, now() - make_interval(days => $6::int), $7,
               current_date + $8::int, $4, now() - make_interval(days => $9::int),
               current_date - $10::int, CASE WHEN $10::int IS NOT NULL THEN 'whatsapp' END, CASE WHEN $10::int IS NOT NULL THEN $4::uuid END,
               CASE WHEN $11 THEN 'Korte berichten via WhatsApp werken goed; bel niet onaangekondigd.' END,
               CASE WHEN $11 THEN 'Afspraken vroeg in de ochtend.' END,
               CASE WHEN $11 THEN 'Brief over de reiskostenvergoeding nog nasturen.' END,
               CASE WHEN $11 THEN $4::uuid END, CASE WHEN $11 THEN now() - make_interval(days => $12::int + 2) END,
               now() - make_interval(days => $12::int), CASE WHEN $12::int IS NOT NULL THEN $4::uuid END,
               CASE WHEN $12::int IS NULL THEN NULL WHEN $13::text IS NULL THEN 'warm' ELSE 'koud' END, $13, $14::text[],
               now() - make_interval(days => $12::int) + interval '14 days', now() - make_interval(days => $9::int))
       RETURNING id`,
      [
        kase.id,
        kase.team_id,
        done ? 'overgedragen' : (d.meetingsDaysAgo?.length ? 'kennismaking' : d.announcedDaysAgo !== undefined ? 'aangekondigd' : 'voorgesteld'),
        from,
        to,
        d.acceptedDaysAgo ?? null,
        d.cold ? 'Verdeling van het werk in het team.' : 'Karim gaat minder uren werken; Sanne neemt een deel van zijn trajecten over.',
        done ? -d.switchedDaysAgo! : d.switchInDays!,
        d.proposedDaysAgo,
        d.announcedDaysAgo ?? null,
        d.note ?? false,
        d.switchedDaysAgo ?? null,
        done ? (d.cold ?? null) : null,
        done ? missing : [],
      ],
    )) as { id: string }[];
    await tx.query(`INSERT INTO handover_candidate (handover_id, user_id, position, added_by, added_at) VALUES ($1, $2, 1, $3, now() - make_interval(days => $4::int))`, [
      h!.id,
      to,
      from,
      d.proposedDaysAgo,
    ]);
    for (const [daysAgo, present] of d.meetingsDaysAgo ?? []) {
      await tx.query(
        `INSERT INTO handover_meeting (handover_id, held_on, current_contact_present, note, recorded_by, created_at)
         VALUES ($1, current_date - $2::int, $3, 'Kennisgemaakt bij een kop koffie.', $4, now() - make_interval(days => $2::int))`,
        [h!.id, daysAgo, present, present ? from : to],
      );
    }
    if (done) {
      // The case is with the successor now, and so are the klantmanager's open steps.
      await tx.query(`UPDATE youth_case SET contact_user_id = $2 WHERE id = $1`, [kase.id, to]);
      await tx.query(`UPDATE step SET owner_user_id = $2 WHERE case_id = $1 AND owner_kind = 'klantmanager' AND done_at IS NULL`, [kase.id, to]);
    } else {
      await tx.query(
        `INSERT INTO notification (user_id, kind, title, body, case_id, handover_id, created_at, read_at)
         VALUES ($1, 'overdracht_voorgesteld', $2, 'Karim El Amrani vraagt of u de contactpersoon wilt worden. U kunt het traject nu inzien.', $3, $4,
                 now() - make_interval(days => $5::int), now() - make_interval(days => $6::int))`,
        [to, `U bent gevraagd als nieuwe contactpersoon van ${d.youth}`, kase.id, h!.id, d.proposedDaysAgo, d.acceptedDaysAgo ?? 0],
      );
    }
    if (d.cold) {
      const leader = users.get('teamleider@koers.demo');
      if (leader) {
        await tx.query(
          `INSERT INTO notification (user_id, kind, title, body, case_id, handover_id, created_at) VALUES ($1, 'overdracht_koud', $2, $3, $4, $5, now() - make_interval(days => $6::int))`,
          [leader, `Koude overdracht: ${d.youth}`, `Reden: ${d.cold}`, kase.id, h!.id, d.switchedDaysAgo ?? 0],
        );
      }
    }
    created++;
  }
  return created;
}
