import { ANNOUNCE_METHOD_LABELS, ANNOUNCE_METHODS, type AnnounceMethod, HANDOVER_LIMITS, HANDOVER_REQUIREMENT_LABELS, type HandoverDetail } from '@koers/contracts';
import { CheckboxField } from '../../../ui/checkbox-field';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { TextareaField } from '../../../ui/textarea-field';
import { th } from '../i18n';
import { FormShell, text, todayIso } from './form-shell';
import { useHandoverAction } from './use-action';

interface ActionProps {
  handover: HandoverDetail;
  onDone: (message: string) => void;
}

const tooLong = (value: string, max: number) => (value.length > max ? th('handover.form.tooLong', { max }) : undefined);

/** Manager: record which candidate the jongere prefers (or none). */
export function PreferenceForm({ handover, onDone }: ActionProps) {
  const ids = { candidateUserId: 'voorkeur-kandidaat', note: 'voorkeur-notitie' };
  const a = useHandoverAction(handover.caseId, ['candidateUserId', 'note'] as const);
  const options = [{ value: 'geen', label: th('handover.preference.none') }, ...handover.candidates.map((c) => ({ value: c.user.id, label: c.user.name }))];
  return (
    <FormShell
      id="voorkeur"
      title={th('handover.preference.title')}
      fieldIds={ids}
      {...a}
      submitLabel={th('handover.preference.submit')}
      onSubmit={(data) => {
        const choice = text(data, 'candidateUserId');
        const note = text(data, 'note');
        if (a.invalid({ candidateUserId: choice ? undefined : th('handover.preference.required'), note: tooLong(note, HANDOVER_LIMITS.reason) })) return;
        a.run(handover, '/youth-preference', { candidateUserId: choice === 'geen' ? null : choice, note: note || null }, { onSuccess: () => onDone(th('handover.preference.done')) });
      }}
    >
      <SelectField
        id={ids.candidateUserId}
        name="candidateUserId"
        label={th('handover.preference.label')}
        placeholder={th('handover.form.choose')}
        defaultValue={handover.youthPreference ? (handover.youthPreference.candidate?.id ?? 'geen') : ''}
        options={options}
        error={a.errors?.fields.candidateUserId}
        required
      />
      <TextareaField id={ids.note} name="note" rows={2} label={th('handover.preference.note')} error={a.errors?.fields.note} />
    </FormShell>
  );
}

/** Manager: choose the successor among the candidates (the jongere's preference is shown next to each). */
export function ChooseForm({ handover, onDone }: ActionProps) {
  const ids = { candidateUserId: 'kies-opvolger' };
  const a = useHandoverAction(handover.caseId, ['candidateUserId'] as const);
  const open = handover.candidates.filter((c) => c.status !== 'afgewezen');
  const options = open.map((c) => ({
    value: c.user.id,
    label: `${c.user.name} (${th('handover.candidates.cases', { count: c.activeCases })}${c.preferredByYouth ? `, ${th('handover.candidates.preferred')}` : ''})`,
  }));
  return (
    <FormShell
      id="kiezen"
      title={th('handover.choose.title')}
      fieldIds={ids}
      {...a}
      submitLabel={th('handover.choose.submit')}
      onSubmit={(data) => {
        const choice = text(data, 'candidateUserId');
        if (a.invalid({ candidateUserId: choice ? undefined : th('handover.choose.required') })) return;
        a.run(handover, '/choose', { candidateUserId: choice }, { onSuccess: (d) => onDone(th('handover.choose.done', { name: d.successor?.name ?? '' })) });
      }}
    >
      <SelectField
        id={ids.candidateUserId}
        name="candidateUserId"
        label={th('handover.choose.label')}
        placeholder={th('handover.form.choose')}
        defaultValue=""
        options={options}
        error={a.errors?.fields.candidateUserId}
        required
      />
    </FormShell>
  );
}

/** The chosen successor: accept, or decline with a reason. */
export function RespondForms({ handover, onDone }: ActionProps) {
  const acceptA = useHandoverAction(handover.caseId, [] as const);
  const ids = { reason: 'afwijzen-reden' };
  const declineA = useHandoverAction(handover.caseId, ['reason'] as const);
  return (
    <>
      <FormShell
        id="accepteren"
        title={th('handover.accept.title')}
        intro={<p className="utrecht-paragraph">{th('handover.accept.intro', { from: handover.from?.name ?? '—', youth: handover.youth.name })}</p>}
        fieldIds={{}}
        {...acceptA}
        submitLabel={th('handover.accept.submit')}
        onSubmit={() => acceptA.run(handover, '/accept', {}, { onSuccess: () => onDone(th('handover.accept.done')) })}
      />
      <FormShell
        id="afwijzen"
        title={th('handover.decline.title')}
        fieldIds={ids}
        {...declineA}
        submitLabel={th('handover.decline.submit')}
        onSubmit={(data) => {
          const reason = text(data, 'reason');
          if (declineA.invalid({ reason: !reason ? th('handover.decline.required') : tooLong(reason, HANDOVER_LIMITS.reason) })) return;
          declineA.run(handover, '/decline', { reason }, { onSuccess: () => onDone(th('handover.decline.done')) });
        }}
      >
        <TextareaField id={ids.reason} name="reason" rows={2} required label={th('handover.decline.label')} error={declineA.errors?.fields.reason} />
      </FormShell>
    </>
  );
}

const isMethod = (v: string): v is AnnounceMethod => (ANNOUNCE_METHODS as readonly string[]).includes(v);

/** Manager: the jongere has been told (when, how). */
export function AnnounceForm({ handover, onDone }: ActionProps) {
  const ids = { announcedOn: 'aankondiging-datum', how: 'aankondiging-hoe', note: 'aankondiging-notitie' };
  const a = useHandoverAction(handover.caseId, ['announcedOn', 'how', 'note'] as const);
  return (
    <FormShell
      id="aankondigen"
      title={th('handover.announce.title')}
      intro={<p className="utrecht-paragraph">{th('handover.announce.intro', { days: handover.rules.noticeDays })}</p>}
      fieldIds={ids}
      {...a}
      submitLabel={th('handover.announce.submit')}
      onSubmit={(data) => {
        const announcedOn = text(data, 'announcedOn');
        const how = text(data, 'how');
        const note = text(data, 'note');
        if (
          a.invalid({
            announcedOn: !announcedOn ? th('handover.announce.dateRequired') : announcedOn > todayIso() ? th('handover.form.future') : undefined,
            how: isMethod(how) ? undefined : th('handover.announce.howRequired'),
            note: tooLong(note, HANDOVER_LIMITS.reason),
          })
        )
          return;
        a.run(handover, '/announce', { announcedOn, how, note: note || null }, { onSuccess: () => onDone(th('handover.announce.done')) });
      }}
    >
      <TextField id={ids.announcedOn} name="announcedOn" type="date" required max={todayIso()} defaultValue={todayIso()} label={th('handover.announce.date')} error={a.errors?.fields.announcedOn} />
      <SelectField
        id={ids.how}
        name="how"
        required
        label={th('handover.announce.how')}
        placeholder={th('handover.form.choose')}
        defaultValue=""
        options={ANNOUNCE_METHODS.map((m) => ({ value: m, label: ANNOUNCE_METHOD_LABELS[m] }))}
        error={a.errors?.fields.how}
      />
      <TextareaField id={ids.note} name="note" rows={2} label={th('handover.announce.note')} error={a.errors?.fields.note} />
    </FormShell>
  );
}

/** Contact person, successor or teamleider: log an introductory meeting. */
export function MeetingForm({ handover, onDone }: ActionProps) {
  const ids = { heldOn: 'kennismaking-datum', othersPresent: 'kennismaking-anderen', note: 'kennismaking-notitie' };
  const a = useHandoverAction(handover.caseId, ['heldOn', 'othersPresent', 'note'] as const);
  return (
    <FormShell
      id="kennismaking"
      title={th('handover.meeting.title')}
      intro={<p className="utrecht-paragraph">{th('handover.meeting.intro', { count: handover.meetings.length, min: handover.rules.minMeetings })}</p>}
      fieldIds={ids}
      {...a}
      submitLabel={th('handover.meeting.submit')}
      onSubmit={(data, form) => {
        const heldOn = text(data, 'heldOn');
        const othersPresent = text(data, 'othersPresent');
        const note = text(data, 'note');
        if (
          a.invalid({
            heldOn: !heldOn ? th('handover.meeting.dateRequired') : heldOn > todayIso() ? th('handover.form.future') : undefined,
            othersPresent: tooLong(othersPresent, HANDOVER_LIMITS.othersPresent),
            note: tooLong(note, HANDOVER_LIMITS.meetingNote),
          })
        )
          return;
        a.run(
          handover,
          '/meetings',
          { heldOn, currentContactPresent: data.get('currentContactPresent') === 'on', othersPresent: othersPresent || null, note: note || null },
          {
            onSuccess: () => {
              form.reset();
              onDone(th('handover.meeting.done'));
            },
          },
        );
      }}
    >
      <TextField id={ids.heldOn} name="heldOn" type="date" required max={todayIso()} defaultValue={todayIso()} label={th('handover.meeting.date')} error={a.errors?.fields.heldOn} />
      <CheckboxField name="currentContactPresent" label={th('handover.meeting.contactPresent', { name: handover.from?.name ?? '—' })} />
      <TextField id={ids.othersPresent} name="othersPresent" label={th('handover.meeting.others')} error={a.errors?.fields.othersPresent} />
      <TextareaField id={ids.note} name="note" rows={2} label={th('handover.meeting.note')} error={a.errors?.fields.note} />
    </FormShell>
  );
}

/** The current contact person: the overdrachtsnotitie for the successor. */
export function NoteForm({ handover, onDone }: ActionProps) {
  const ids = { worksWell: 'notitie-werkt', avoid: 'notitie-vermijden', openCommitments: 'notitie-afspraken' };
  const a = useHandoverAction(handover.caseId, ['worksWell', 'avoid', 'openCommitments'] as const);
  const max = HANDOVER_LIMITS.note;
  return (
    <FormShell
      id="notitie"
      title={th('handover.note.title')}
      intro={<p className="utrecht-paragraph">{th('handover.note.intro')}</p>}
      fieldIds={ids}
      {...a}
      submitLabel={th('handover.note.submit')}
      onSubmit={(data) => {
        const worksWell = text(data, 'worksWell');
        const avoid = text(data, 'avoid');
        const openCommitments = text(data, 'openCommitments');
        if (a.invalid({ worksWell: !worksWell ? th('handover.note.required') : tooLong(worksWell, max), avoid: tooLong(avoid, max), openCommitments: tooLong(openCommitments, max) })) return;
        a.run(handover, '/note', { worksWell, avoid: avoid || null, openCommitments: openCommitments || null }, { method: 'put', onSuccess: () => onDone(th('handover.note.done')) });
      }}
    >
      <TextareaField id={ids.worksWell} name="worksWell" required label={th('handover.note.worksWell')} defaultValue={handover.note?.worksWell ?? ''} error={a.errors?.fields.worksWell} />
      <TextareaField id={ids.avoid} name="avoid" label={th('handover.note.avoid')} defaultValue={handover.note?.avoid ?? ''} error={a.errors?.fields.avoid} />
      <TextareaField id={ids.openCommitments} name="openCommitments" label={th('handover.note.openCommitments')} defaultValue={handover.note?.openCommitments ?? ''} error={a.errors?.fields.openCommitments} />
    </FormShell>
  );
}

/** The switch: warm when nothing is missing; otherwise cold, and then only with a reason. */
export function SwitchForm({ handover, onDone }: ActionProps) {
  const ids = { coldReason: 'koud-reden' };
  const a = useHandoverAction(handover.caseId, ['coldReason'] as const);
  const cold = handover.missing.length > 0;
  return (
    <FormShell
      id="overdragen"
      title={th('handover.switch.title')}
      intro={
        cold ? (
          <div>
            <p className="utrecht-paragraph">{th('handover.switch.coldIntro')}</p>
            <ul className="utrecht-unordered-list">
              {handover.missing.map((m) => (
                <li key={m} className="utrecht-unordered-list__item">
                  {HANDOVER_REQUIREMENT_LABELS[m]}
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <p className="utrecht-paragraph">{th('handover.switch.warmIntro', { name: handover.successor?.name ?? '—' })}</p>
        )
      }
      fieldIds={ids}
      {...a}
      danger={cold}
      submitLabel={th(cold ? 'handover.switch.submitCold' : 'handover.switch.submitWarm')}
      onSubmit={(data) => {
        const coldReason = text(data, 'coldReason');
        if (cold && a.invalid({ coldReason: !coldReason ? th('handover.switch.reasonRequired') : tooLong(coldReason, HANDOVER_LIMITS.reason) })) return;
        a.run(handover, '/switch', { coldReason: cold ? coldReason : null }, { onSuccess: (d) => onDone(th(d.warmth === 'koud' ? 'handover.switch.doneCold' : 'handover.switch.doneWarm', { name: d.successor?.name ?? '' })) });
      }}
    >
      {cold ? (
        <TextareaField
          id={ids.coldReason}
          name="coldReason"
          rows={2}
          required
          label={th('handover.switch.reason')}
          description={th('handover.switch.reasonDescription')}
          error={a.errors?.fields.coldReason}
        />
      ) : null}
    </FormShell>
  );
}

/** Manager: abandon the handover, with a reason. */
export function AbortForm({ handover, onDone }: ActionProps) {
  const ids = { reason: 'afbreken-reden' };
  const a = useHandoverAction(handover.caseId, ['reason'] as const);
  return (
    <FormShell
      id="afbreken"
      title={th('handover.abort.title')}
      fieldIds={ids}
      {...a}
      danger
      submitLabel={th('handover.abort.submit')}
      onSubmit={(data) => {
        const reason = text(data, 'reason');
        if (a.invalid({ reason: !reason ? th('handover.abort.required') : tooLong(reason, HANDOVER_LIMITS.reason) })) return;
        a.run(handover, '/abort', { reason }, { onSuccess: () => onDone(th('handover.abort.done')) });
      }}
    >
      <TextareaField id={ids.reason} name="reason" rows={2} required label={th('handover.abort.label')} error={a.errors?.fields.reason} />
    </FormShell>
  );
}

/** Manager: change the reason or the planned switch date (e.g. after a "too late" warning). */
export function UpdatePlanForm({ handover, onDone }: ActionProps) {
  const ids = { plannedSwitchDate: 'plan-datum', reason: 'plan-reden' };
  const a = useHandoverAction(handover.caseId, ['plannedSwitchDate', 'reason'] as const);
  return (
    <FormShell
      id="plan-wijzigen"
      title={th('handover.update.title')}
      fieldIds={ids}
      {...a}
      submitLabel={th('handover.update.submit')}
      onSubmit={(data) => {
        const plannedSwitchDate = text(data, 'plannedSwitchDate');
        const reason = text(data, 'reason');
        if (
          a.invalid({
            plannedSwitchDate: !plannedSwitchDate ? th('handover.propose.dateRequired') : plannedSwitchDate < todayIso() ? th('handover.propose.datePast') : undefined,
            reason: !reason ? th('handover.propose.reasonRequired') : tooLong(reason, HANDOVER_LIMITS.reason),
          })
        )
          return;
        a.run(handover, '', { plannedSwitchDate, reason }, { method: 'patch', onSuccess: () => onDone(th('handover.update.done')) });
      }}
    >
      <TextField
        id={ids.plannedSwitchDate}
        name="plannedSwitchDate"
        type="date"
        required
        min={todayIso()}
        defaultValue={handover.plannedSwitchDate ?? ''}
        label={th('handover.propose.date')}
        error={a.errors?.fields.plannedSwitchDate}
      />
      <TextareaField id={ids.reason} name="reason" rows={2} required defaultValue={handover.reason} label={th('handover.propose.reason')} error={a.errors?.fields.reason} />
    </FormShell>
  );
}

/** Teamleider (who sees the team): add a possible successor, e.g. after a decline. */
export function AddCandidateForm({ handover, colleagues, onDone }: ActionProps & { colleagues: { id: string; label: string }[] }) {
  const ids = { userId: 'kandidaat-toevoegen' };
  const a = useHandoverAction(handover.caseId, ['userId'] as const);
  const present = new Set([...handover.candidates.map((c) => c.user.id), handover.from?.id]);
  const options = colleagues.filter((c) => !present.has(c.id)).map((c) => ({ value: c.id, label: c.label }));
  if (options.length === 0) return null;
  return (
    <FormShell
      id="kandidaat"
      title={th('handover.addCandidate.title')}
      fieldIds={ids}
      {...a}
      submitLabel={th('handover.addCandidate.submit')}
      onSubmit={(data) => {
        const userId = text(data, 'userId');
        if (a.invalid({ userId: userId ? undefined : th('handover.choose.required') })) return;
        a.run(handover, '/candidates', { userId }, { onSuccess: () => onDone(th('handover.addCandidate.done')) });
      }}
    >
      <SelectField id={ids.userId} name="userId" required label={th('handover.addCandidate.label')} placeholder={th('handover.form.choose')} defaultValue="" options={options} error={a.errors?.fields.userId} />
    </FormShell>
  );
}
