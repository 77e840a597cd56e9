import { HANDOVER_SETTING_LIMITS, type HandoverSettings, type UpdateHandoverSettingsRequest } from '@koers/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { Heading, type HeadingLevel } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { QueryProblem } from '../../../ui/query-problem';
import { TextField } from '../../../ui/text-field';
import { settingsConflict, useHandoverSettings, useUpdateHandoverSettings } from '../hooks/use-team-planning';
import { th } from '../i18n';

type Field = 'noticeDays' | 'minMeetings' | 'predecessorReadDays';
const FIELDS: readonly Field[] = ['noticeDays', 'minMeetings', 'predecessorReadDays'];
const IDS: Record<Field, string> = { noticeDays: 'regels-aankondiging', minMeetings: 'regels-kennismakingen', predecessorReadDays: 'regels-leestermijn' };

/**
 * The team's rules for a warm handover (teamleider of the team, beheerder): minimum notice, minimum
 * number of introductory meetings, and how long the former contact person may still read the case.
 * Saved with the version the screen holds; when someone else saved first, their values are shown
 * and the user's input stays, to save again on top of them or to drop.
 */
export function HandoverSettingsForm({ teamId, level = 2, teamName }: { teamId: string; level?: HeadingLevel; teamName?: string }) {
  const settings = useHandoverSettings(teamId);
  const [formKey, setFormKey] = useState(0);
  const title = teamName ? th('settings.titleWithTeam', { team: teamName }) : th('settings.title');
  return (
    <section className="koers-section koers-panel koers-narrow-panel" aria-labelledby="overdracht-regels">
      <Heading level={level} id="overdracht-regels">
        {title}
      </Heading>
      <Paragraph>{th('settings.intro')}</Paragraph>
      {settings.isPending ? (
        <Loading>{th('handover.loading')}</Loading>
      ) : !settings.data ? (
        <QueryProblem error={settings.error} retry={() => void settings.refetch()} />
      ) : (
        <SettingsForm key={formKey} teamId={teamId} initial={settings.data} current={settings.data} onUseTheirs={() => setFormKey((k) => k + 1)} />
      )}
    </section>
  );
}

/**
 * The form itself. `base` is what the user started from: only fields changed against it are sent,
 * so a save after a 409 changes what this user changed and keeps what the other person saved.
 */
function SettingsForm({ teamId, initial, current, onUseTheirs }: { teamId: string; initial: HandoverSettings; current: HandoverSettings; onUseTheirs: () => void }) {
  const save = useUpdateHandoverSettings(teamId);
  const formRef = useRef<HTMLFormElement>(null);
  const [base, setBase] = useState(initial);
  const [clientErrors, setClientErrors] = useState<FormErrors<Field> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState<string | null>(null);
  const conflict = clientErrors ? null : settingsConflict(save.error);
  const errors = clientErrors ?? (save.error && !conflict ? problemFormErrors(save.error, FIELDS) : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(null);
    const data = new FormData(event.currentTarget);
    const values: Partial<Record<Field, number>> = {};
    const problems: Partial<Record<Field, string>> = {};
    for (const field of FIELDS) {
      const raw = String(data.get(field) ?? '').trim();
      const { min, max } = HANDOVER_SETTING_LIMITS[field];
      const n = Number(raw);
      if (!raw || !/^\d+$/.test(raw) || n < min || n > max) problems[field] = th(`settings.${field}.range`, { min, max });
      else values[field] = n;
    }
    const invalid = clientFormErrors<Field>(problems);
    setClientErrors(invalid);
    setAttempt((n) => n + 1);
    if (invalid) return;
    const request: UpdateHandoverSettingsRequest = { version: current.version };
    for (const field of FIELDS) if (values[field] !== base[field]) request[field] = values[field];
    if (Object.keys(request).length === 1) {
      setSaved(th('settings.unchanged'));
      return;
    }
    save.mutate(request, {
      onSuccess: (next) => {
        setBase(next);
        setSaved(th('settings.saved'));
        // Show what is saved now (after a 409 that includes the other person's values), keeping focus where it is.
        for (const field of FIELDS) {
          const input = formRef.current?.elements.namedItem(field);
          if (input instanceof HTMLInputElement) input.value = String(next[field]);
        }
      },
    });
  };

  return (
    <form ref={formRef} className="utrecht-form koers-form" noValidate onSubmit={onSubmit} aria-labelledby="overdracht-regels">
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={IDS} /> : null}
      {conflict ? (
        <Alert type="warning" role="alert">
          <Paragraph>{th('settings.conflict', { notice: conflict.noticeDays, meetings: conflict.minMeetings, read: conflict.predecessorReadDays })}</Paragraph>
          <SecondaryActionButton type="button" onClick={onUseTheirs}>
            {th('settings.useTheirs')}
          </SecondaryActionButton>
        </Alert>
      ) : null}
      {saved ? (
        <Alert type="ok" role="status">
          <Paragraph>{saved}</Paragraph>
        </Alert>
      ) : null}
      {FIELDS.map((field) => (
        <TextField
          key={field}
          id={IDS[field]}
          name={field}
          type="number"
          inputMode="numeric"
          min={HANDOVER_SETTING_LIMITS[field].min}
          max={HANDOVER_SETTING_LIMITS[field].max}
          step={1}
          required
          defaultValue={String(initial[field])}
          label={th(`settings.${field}.label`)}
          description={th(`settings.${field}.description`, { default: HANDOVER_SETTING_LIMITS[field].default })}
          error={errors?.fields[field]}
        />
      ))}
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={save.isPending}>
          {th('settings.save')}
        </PrimaryActionButton>
      </div>
    </form>
  );
}
