import {
  CONSENT_CHANNEL_LABELS,
  type Consent,
  DIVERSITY_CONSENT_EXPLANATION,
  DIVERSITY_FIELD_LABELS,
  type DiversityFieldName,
  type DiversityInfo,
  INTAKE_LIMITS,
  type IntakeDetail,
} from '@koers/contracts';
import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { formatDate } from '../../../i18n/i18n';
import { Alert } from '../../../ui/alert';
import { Button, PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { cx } from '../../../ui/cx';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { intakeKeys, useIntakeWrites, useRecordConsent, useWithdrawConsent } from '../hooks/use-intake';
import { useVersionedDraft } from '../hooks/use-versioned-draft';
import { ti } from '../i18n';
import type { IntakeFieldKind } from '../utils/intake-form';
import { AutosaveStatus } from './autosave-status';
import { DraftField } from './draft-fields';
import { TextareaField } from '../../../ui/textarea-field';

const DIVERSITY_FIELDS = Object.keys(DIVERSITY_FIELD_LABELS) as DiversityFieldName[];
const TEXT: IntakeFieldKind = { kind: 'text', maxLength: INTAKE_LIMITS.diversityText, rows: 3 };
const diversityFieldId = (field: DiversityFieldName) => `diversiteit-${field}`;

/**
 * Diversiteitsfactoren: special-category data (AVG art. 9). Only for the case's contact person;
 * without the jongere's explicit consent there is only the explanation and the consent form.
 */
export function DiversitySection({ caseId, intake, youthName }: { caseId: string; intake: IntakeDetail; youthName: string }) {
  const consent = intake.diversityConsent;
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section className="koers-intake-block koers-diversity" aria-labelledby="diversiteit-titel">
      <Heading level={3} id="diversiteit-titel" ref={heading} tabIndex={-1}>
        {ti('diversity.title')}
      </Heading>
      <p role="status" className="utrecht-paragraph koers-form-status koers-diversity__status">
        {status}
      </p>
      {consent ? (
        <>
          <Paragraph className="koers-muted">{ti('diversity.privacy')}</Paragraph>
          <Paragraph>
            {ti('diversity.consent.active', { date: formatDate(consent.givenAt), via: CONSENT_CHANNEL_LABELS[consent.givenVia].toLowerCase(), name: consent.recordedBy.name })}
          </Paragraph>
          <details className="koers-diversity__explanation">
            <summary>{ti('diversity.consent.explanationShown')}</summary>
            <p className="utrecht-paragraph">{consent.explanation}</p>
          </details>
          {intake.diversity ? (
            <DiversityForm key={consent.id} caseId={caseId} record={intake.diversity} />
          ) : (
            <Alert type="warning">
              <Paragraph>{ti('diversity.unavailable')}</Paragraph>
            </Alert>
          )}
          <WithdrawConsent
            caseId={caseId}
            consent={consent}
            youthName={youthName}
            onWithdrawn={() => {
              setStatus(ti('diversity.withdraw.done'));
              heading.current?.focus();
            }}
          />
        </>
      ) : (
        <>
          {intake.withdrawnDiversityConsent?.withdrawnAt ? (
            <Paragraph>
              {ti(intake.withdrawnDiversityConsent.withdrawnVia === 'eigen_login' ? 'diversity.consent.withdrawnByYouth' : 'diversity.consent.withdrawn', {
                date: formatDate(intake.withdrawnDiversityConsent.withdrawnAt),
                name: intake.withdrawnDiversityConsent.withdrawnBy?.name ?? '',
              })}
            </Paragraph>
          ) : null}
          <Paragraph>{ti('diversity.what')}</Paragraph>
          <Paragraph>{ti('diversity.why')}</Paragraph>
          <Paragraph>{ti('diversity.privacy')}</Paragraph>
          <ConsentForm caseId={caseId} onRecorded={() => setStatus(ti('diversity.consent.recorded'))} />
        </>
      )}
    </section>
  );
}

function DiversityForm({ caseId, record }: { caseId: string; record: DiversityInfo }) {
  const writes = useIntakeWrites(caseId);
  const queryClient = useQueryClient();
  const draft = useVersionedDraft<DiversityFieldName, DiversityInfo>(record, {
    fields: DIVERSITY_FIELDS,
    save: async (changes, version) => {
      try {
        return await writes.saveDiversity({ ...(changes as Partial<Record<DiversityFieldName, string | null>>), version });
      } catch (error) {
        // No consent any more (withdrawn meanwhile, e.g. by the jongere): show the section as it is now.
        if (isApiError(error) && error.status === 409 && !error.problem.current) void queryClient.invalidateQueries({ queryKey: intakeKeys.intake(caseId), exact: true });
        throw error;
      }
    },
    onRecord: writes.putDiversity,
    // Special-category data is never left behind in the browser: this draft lives in memory only.
    storageKey: null,
  });
  const otherName = draft.server?.updatedBy?.name ?? null;
  return (
    <div className="koers-intake-subform" role="group" aria-labelledby="diversiteit-form-titel">
      <Heading level={4} id="diversiteit-form-titel">
        {ti('diversity.form.title')}
      </Heading>
      <Paragraph>{ti('diversity.form.intro')}</Paragraph>
      {DIVERSITY_FIELDS.map((field) => (
        <DraftField key={field} field={field} id={diversityFieldId(field)} label={DIVERSITY_FIELD_LABELS[field]} kind={TEXT} draft={draft} otherName={otherName} />
      ))}
      <AutosaveStatus draft={draft} labels={DIVERSITY_FIELD_LABELS} fieldId={diversityFieldId} />
    </div>
  );
}

type ConsentField = 'explanation' | 'given';
const CONSENT_IDS: Record<ConsentField, string> = { explanation: 'toestemming-uitleg', given: 'toestemming-gegeven' };

function ConsentForm({ caseId, onRecorded }: { caseId: string; onRecorded: () => void }) {
  const record = useRecordConsent(caseId);
  const [explanation, setExplanation] = useState(DIVERSITY_CONSENT_EXPLANATION);
  const [given, setGiven] = useState(false);
  const [clientErrors, setClientErrors] = useState<FormErrors<ConsentField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const errors = clientErrors ?? (record.error ? problemFormErrors(record.error, ['explanation'] as ConsentField[]) : null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (record.isPending) return;
    const text = explanation.trim();
    const problems = clientFormErrors<ConsentField>({
      explanation: text ? undefined : ti('diversity.consent.explanation.required'),
      given: given ? undefined : ti('diversity.consent.given.required'),
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems) return;
    record.mutate({ purpose: 'diversiteitsfactoren', explanation: text, givenVia: 'gesprek' }, { onSuccess: onRecorded });
  };

  const givenError = errors?.fields.given;
  return (
    <form className="utrecht-form koers-form koers-intake-subform" noValidate onSubmit={onSubmit} aria-labelledby="toestemming-titel">
      <Heading level={4} id="toestemming-titel">
        {ti('diversity.consent.title')}
      </Heading>
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={CONSENT_IDS} /> : null}
      <TextareaField
        id={CONSENT_IDS.explanation}
        label={ti('diversity.consent.explanation.label')}
        description={ti('diversity.consent.explanation.description')}
        value={explanation}
        onChange={(e) => setExplanation(e.currentTarget.value)}
        maxLength={INTAKE_LIMITS.consentExplanation}
        rows={5}
        required
        error={errors?.fields.explanation}
      />
      <div className={cx('utrecht-form-field', 'utrecht-form-field--checkbox', givenError && 'utrecht-form-field--invalid')}>
        {givenError ? (
          <div id={`${CONSENT_IDS.given}-error`} className="utrecht-form-field-error-message">
            {givenError}
          </div>
        ) : null}
        <div className="utrecht-form-field__input">
          <input
            type="checkbox"
            id={CONSENT_IDS.given}
            checked={given}
            onChange={(e) => setGiven(e.currentTarget.checked)}
            aria-required="true"
            aria-invalid={givenError ? true : undefined}
            aria-describedby={givenError ? `${CONSENT_IDS.given}-error` : undefined}
            className="utrecht-checkbox utrecht-checkbox--html-input"
          />
        </div>
        <div className="utrecht-form-field__label">
          <label htmlFor={CONSENT_IDS.given} className="utrecht-form-label utrecht-form-label--checkbox">
            {ti('diversity.consent.given.label')}
          </label>
        </div>
      </div>
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={record.isPending}>
          {ti('diversity.consent.submit')}
        </PrimaryActionButton>
      </div>
    </form>
  );
}

function WithdrawConsent({ caseId, consent, youthName, onWithdrawn }: { caseId: string; consent: Consent; youthName: string; onWithdrawn: () => void }) {
  const withdraw = useWithdrawConsent(caseId);
  const [asking, setAsking] = useState(false);
  const openButton = useRef<HTMLButtonElement>(null);
  const confirmBox = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (asking) confirmBox.current?.focus();
  }, [asking]);
  const cancel = () => {
    setAsking(false);
    withdraw.reset();
    requestAnimationFrame(() => openButton.current?.focus());
  };

  if (!asking) {
    return (
      <div className="koers-form__actions">
        <Button ref={openButton} appearance="secondary-action-button" hint="danger" type="button" onClick={() => setAsking(true)}>
          {ti('diversity.withdraw.button')}
        </Button>
      </div>
    );
  }
  return (
    <div
      ref={confirmBox}
      role="group"
      aria-labelledby="toestemming-intrekken-vraag"
      tabIndex={-1}
      className="koers-diversity__withdraw"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !withdraw.isPending) cancel();
      }}
    >
      <p id="toestemming-intrekken-vraag" className="utrecht-paragraph">
        {ti('diversity.withdraw.question', { name: youthName })}
      </p>
      {withdraw.error ? (
        <Alert type="error" role="alert">
          <Paragraph>{withdraw.error.message}</Paragraph>
        </Alert>
      ) : null}
      <div className="koers-form__actions">
        <PrimaryActionButton hint="danger" type="button" busy={withdraw.isPending} onClick={() => !withdraw.isPending && withdraw.mutate(consent, { onSuccess: onWithdrawn })}>
          {ti('diversity.withdraw.confirm')}
        </PrimaryActionButton>
        <SecondaryActionButton type="button" onClick={cancel} disabled={withdraw.isPending}>
          {ti('diversity.withdraw.cancel')}
        </SecondaryActionButton>
      </div>
    </div>
  );
}
