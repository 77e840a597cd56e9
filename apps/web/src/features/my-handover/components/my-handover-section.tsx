import { MY_HANDOVER_LIMITS, type MyHandover, type MyHandoverMeeting } from '@koers/contracts';
import { formatDateNl } from '@koers/domain';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Anchor } from '../../../ui/link';
import { Paragraph } from '../../../ui/paragraph';
import { TextareaField } from '../../../ui/textarea-field';
import { firstRadioId, RadioGroupField } from '../../caseload/components/radio-group-field';
import { useConfirmMeeting, useGivePreference, useMyHandover } from '../hooks/use-my-handover';
import { tm } from '../i18n';

const NO_PREFERENCE = 'geen';
const FIELDS = { candidateUserId: 'mijn-voorkeur', note: 'mijn-voorkeur-opmerking' } as const;

/**
 * "Je krijgt een nieuwe klantmanager" on Mijn plan: who, when, the jongere's preference among the
 * candidates, and confirming the kennismakingsgesprekken. Shows nothing when no handover is under way.
 * B1 texts, phone first; every save says what happened (role="status").
 */
export function MyHandoverSection() {
  const query = useMyHandover();
  if (query.isPending) return null;
  if (query.isError) {
    return (
      <section className="koers-panel" aria-label={tm('title')}>
        <Paragraph>{tm('error.load')}</Paragraph>
        <SecondaryActionButton onClick={() => void query.refetch()}>{tm('error.retry')}</SecondaryActionButton>
      </section>
    );
  }
  const handover = query.data.handover;
  return handover ? <HandoverPanel handover={handover} /> : null;
}

function HandoverPanel({ handover: h }: { handover: MyHandover }) {
  const contactName = h.currentContact?.name ?? tm('meeting.contactFallback');
  return (
    <section className="koers-panel koers-my-handover" aria-labelledby="nieuwe-klantmanager">
      <Heading level={2} id="nieuwe-klantmanager">
        {tm('title')}
      </Heading>
      <Paragraph>{h.currentContact ? tm('intro.withContact', { name: h.currentContact.name }) : tm('intro.noContact')}</Paragraph>
      {h.plannedSwitchDate ? <Paragraph>{tm('date', { date: formatDateNl(h.plannedSwitchDate) })}</Paragraph> : null}

      {h.successor ? (
        <>
          <Paragraph>
            <strong>{tm('successor', { name: h.successor.name })}</strong>
          </Paragraph>
          {h.successor.email ? (
            <ul className="koers-my-contact">
              <li>
                <Anchor href={`mailto:${h.successor.email}`}>{tm('mail', { name: h.successor.name })}</Anchor>
              </li>
            </ul>
          ) : null}
        </>
      ) : h.candidates.length === 0 ? (
        <Paragraph>{tm('candidates.searching')}</Paragraph>
      ) : (
        <>
          <Heading level={3}>{tm('candidates.title')}</Heading>
          <ul className="koers-my-contact koers-my-handover__candidates">
            {h.candidates.map((c) => (
              <li key={c.id}>
                {c.name} {c.preferred ? <span className="koers-my-step__who">{tm('preference.preferred')}</span> : null}
                {c.email ? (
                  <>
                    <br />
                    <Anchor href={`mailto:${c.email}`}>{tm('mail', { name: c.name })}</Anchor>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </>
      )}

      <CurrentPreference handover={h} />
      {h.canGivePreference ? <PreferenceForm key={h.id} handover={h} /> : null}
      {h.status !== 'voorgesteld' || h.meetings.length > 0 ? <Meetings handover={h} contactName={contactName} /> : null}
    </section>
  );
}

function CurrentPreference({ handover: h }: { handover: MyHandover }) {
  const p = h.preference;
  if (!p) return null;
  const text =
    p.via === 'eigen_login'
      ? p.candidate
        ? tm('preference.self', { name: p.candidate.name })
        : tm('preference.selfNone')
      : p.candidate
        ? tm('preference.byStaff', { by: p.recordedByName ?? tm('meeting.contactFallback'), name: p.candidate.name })
        : tm('preference.byStaffNone', { by: p.recordedByName ?? tm('meeting.contactFallback') });
  return (
    <>
      <Paragraph>{text}</Paragraph>
      {p.note ? <Paragraph>{tm('preference.yourNote', { note: p.note })}</Paragraph> : null}
    </>
  );
}

function PreferenceForm({ handover: h }: { handover: MyHandover }) {
  const give = useGivePreference();
  const initial = h.preference ? (h.preference.candidate?.id ?? NO_PREFERENCE) : '';
  const [choice, setChoice] = useState(h.candidates.some((c) => c.id === initial) || initial === NO_PREFERENCE ? initial : '');
  const [note, setNote] = useState(h.preference?.via === 'eigen_login' ? (h.preference.note ?? '') : '');
  const [errors, setErrors] = useState<FormErrors<'candidateUserId' | 'note'> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [conflict, setConflict] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    setConflict(null);
    setAttempt((n) => n + 1);
    if (!choice) {
      setErrors({ title: tm('preference.errorTitle'), fields: { candidateUserId: tm('preference.required') }, general: [] });
      return;
    }
    setErrors(null);
    give.mutate(
      { candidateUserId: choice === NO_PREFERENCE ? null : choice, note: note.trim() || null, version: h.version },
      {
        onSuccess: () => setSaved(true),
        onError: (error) => {
          if (isApiError(error) && error.status === 409) setConflict(error.title);
          else setErrors(problemFormErrors(error, ['candidateUserId', 'note'] as const));
        },
      },
    );
  };

  const options = [...h.candidates.map((c) => ({ value: c.id, label: c.name })), { value: NO_PREFERENCE, label: tm('preference.none') }];
  return (
    <form onSubmit={submit} noValidate className="koers-my-plan__form" aria-label={tm('preference.legend')}>
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={{ candidateUserId: firstRadioId(FIELDS.candidateUserId), note: FIELDS.note }} /> : null}
      {conflict ? (
        <Alert type="warning" role="alert">
          <Paragraph>{conflict}</Paragraph>
        </Alert>
      ) : null}
      <RadioGroupField
        id={FIELDS.candidateUserId}
        name="mijn-voorkeur"
        legend={tm('preference.legend')}
        description={tm('preference.description')}
        options={options}
        value={choice}
        onChange={(value) => {
          setChoice(value);
          setSaved(false);
        }}
        error={errors?.fields.candidateUserId}
        required
      />
      <TextareaField
        id={FIELDS.note}
        label={tm('preference.note')}
        value={note}
        rows={3}
        maxLength={MY_HANDOVER_LIMITS.note}
        error={errors?.fields.note}
        onChange={(e) => {
          setNote(e.target.value);
          setSaved(false);
        }}
      />
      <PrimaryActionButton type="submit" disabled={give.isPending}>
        {tm('preference.submit')}
      </PrimaryActionButton>
      <div role="status">{saved ? <Alert type="ok">{tm('preference.saved')}</Alert> : null}</div>
    </form>
  );
}

function Meetings({ handover: h, contactName }: { handover: MyHandover; contactName: string }) {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <Heading level={3}>{tm('meetings.title')}</Heading>
      {h.meetings.length === 0 ? (
        <Paragraph>{tm('meetings.none')}</Paragraph>
      ) : (
        <>
          <Paragraph>{tm('meetings.intro')}</Paragraph>
          <ul className="koers-my-timeline">
            {h.meetings.map((m) => (
              <MeetingItem key={m.id} meeting={m} contactName={contactName} onSaved={setStatus} />
            ))}
          </ul>
        </>
      )}
      <div role="status">{status ? <Alert type="ok">{status}</Alert> : null}</div>
    </>
  );
}

function MeetingItem({ meeting: m, contactName, onSaved }: { meeting: MyHandoverMeeting; contactName: string; onSaved: (message: string) => void }) {
  const confirm = useConfirmMeeting();
  const [remark, setRemark] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [justConfirmed, setJustConfirmed] = useState(false);
  const confirmedRef = useRef<HTMLParagraphElement>(null);
  const date = formatDateNl(m.heldOn);
  const remarkId = `gesprek-opmerking-${m.id}`;

  // The button is gone once confirmed: keep the keyboard user's place on what replaced it.
  useEffect(() => {
    if (justConfirmed && m.confirmedAt) confirmedRef.current?.focus();
  }, [justConfirmed, m.confirmedAt]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setError(undefined);
    confirm.mutate(
      { meetingId: m.id, remark: remark.trim() || null },
      {
        onSuccess: () => {
          setJustConfirmed(true);
          onSaved(tm('meeting.saved', { date }));
        },
        onError: (err) => {
          const field = isApiError(err) ? err.fieldError('remark') : undefined;
          setError(field ?? (err instanceof Error ? err.message : tm('error.save')));
        },
      },
    );
  };

  return (
    <li className="koers-my-timeline__item">
      <Paragraph>
        <strong>{tm('meeting.title', { date })}</strong>
      </Paragraph>
      <Paragraph>{tm(m.currentContactPresent ? 'meeting.withContact' : 'meeting.withoutContact', { name: contactName })}</Paragraph>
      {m.confirmedAt ? (
        <>
          <p ref={confirmedRef} tabIndex={-1} className="utrecht-paragraph">
            {tm('meeting.confirmed')}
          </p>
          {m.remark ? <Paragraph>{tm('meeting.yourRemark', { remark: m.remark })}</Paragraph> : null}
        </>
      ) : (
        <form onSubmit={submit} noValidate className="koers-my-plan__form" aria-label={tm('meeting.title', { date })}>
          <TextareaField id={remarkId} label={tm('meeting.remark', { date })} value={remark} rows={2} maxLength={MY_HANDOVER_LIMITS.remark} error={error} onChange={(e) => setRemark(e.target.value)} />
          <PrimaryActionButton type="submit" disabled={confirm.isPending}>
            {tm('meeting.confirm', { date })}
          </PrimaryActionButton>
        </form>
      )}
    </li>
  );
}
