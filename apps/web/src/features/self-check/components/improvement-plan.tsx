import type { ImprovementAction } from '@koers/contracts';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { formatDateNl } from '@koers/domain';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SubtleButton } from '../../../ui/button';
import { CheckboxField } from '../../../ui/checkbox-field';
import { Heading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { SelectField } from '../../../ui/select-field';
import { TextField } from '../../../ui/text-field';
import { TextareaField } from '../../../ui/textarea-field';
import { useActionMutations, useImprovementActions } from '../hooks/use-self-check';
import { tx } from '../i18n';

type Field = 'theme' | 'text' | 'owner' | 'dueDate';
const FIELDS: readonly Field[] = ['theme', 'text', 'owner', 'dueDate'];
const FIELD_IDS: Record<Field, string> = { theme: 'actie-thema', text: 'actie-tekst', owner: 'actie-wie', dueDate: 'actie-datum' };

/** The team's improvement plan for a round: actions per theme (what, who, when), to add, tick off and remove. */
export function ImprovementPlan({ roundId, themes }: { roundId: string; themes: { number: number; title: string }[] }) {
  const actions = useImprovementActions(roundId);
  const { create, update, remove } = useActionMutations(roundId);
  const [form, setForm] = useState({ theme: '', text: '', owner: '', dueDate: '' });
  const [errors, setErrors] = useState<FormErrors<Field> | null>(null);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const found = clientFormErrors<Field>({
      theme: form.theme ? undefined : tx('selfCheck.plan.requiredTheme'),
      text: form.text.trim() ? undefined : tx('selfCheck.plan.requiredText'),
      owner: form.owner.trim() ? undefined : tx('selfCheck.plan.requiredOwner'),
    });
    setErrors(found);
    if (found) return;
    create.mutate(
      { theme: Number(form.theme), text: form.text.trim(), owner: form.owner.trim(), dueDate: form.dueDate.trim() || null },
      {
        onSuccess: () => {
          setForm({ theme: form.theme, text: '', owner: '', dueDate: '' });
          setStatus(tx('selfCheck.plan.added'));
        },
        onError: (e) => setErrors(problemFormErrors(e, FIELDS)),
      },
    );
  };
  const failed = (e: unknown) => setProblem(isApiError(e) && e.status === 409 ? tx('selfCheck.plan.conflict') : tx('selfCheck.plan.error', { reason: isApiError(e) ? e.title : '' }));
  const toggle = (action: ImprovementAction, done: boolean) => {
    setProblem('');
    update.mutate({ id: action.id, version: action.version, done }, { onError: failed });
  };
  const del = (action: ImprovementAction) => {
    setProblem('');
    remove.mutate({ id: action.id, version: action.version }, { onError: failed });
  };

  const items = actions.data?.items ?? [];
  return (
    <section className="koers-section" aria-labelledby="check-verbeterplan">
      <Heading level={2} id="check-verbeterplan">
        {tx('selfCheck.plan.title')}
      </Heading>
      <Paragraph>{tx('selfCheck.plan.intro')}</Paragraph>
      {actions.isPending ? <Loading>{tx('selfCheck.loading')}</Loading> : null}
      {actions.isError ? <Alert type="error">{tx('selfCheck.loadError')}</Alert> : null}
      <div role="alert">{problem ? <Alert type="warning">{problem}</Alert> : null}</div>
      {actions.data
        ? themes.map((theme) => {
            const mine = items.filter((a) => a.theme === theme.number);
            return (
              <section key={theme.number} aria-labelledby={`plan-thema-${theme.number}`} className="koers-self-check-plan-theme">
                <Heading level={3} appearance="level-4" id={`plan-thema-${theme.number}`}>
                  {`${theme.number}. ${theme.title}`}
                </Heading>
                {mine.length === 0 ? (
                  <Paragraph small className="koers-muted">
                    {tx('selfCheck.plan.empty')}
                  </Paragraph>
                ) : (
                  <ul className="koers-self-check-actions">
                    {mine.map((action) => (
                      <li key={action.id}>
                        <CheckboxField label={tx('selfCheck.plan.done', { text: action.text })} checked={update.isPending && update.variables?.id === action.id ? Boolean(update.variables.done) : action.done} onChange={(e) => toggle(action, e.target.checked)} />
                        <Paragraph small>
                          {action.dueDate ? tx('selfCheck.plan.metaDue', { owner: action.owner, date: formatDateNl(action.dueDate) }) : tx('selfCheck.plan.meta', { owner: action.owner })}
                        </Paragraph>
                        <SubtleButton type="button" onClick={() => del(action)} aria-label={tx('selfCheck.plan.deleteNamed', { text: action.text })}>
                          {tx('selfCheck.plan.delete')}
                        </SubtleButton>
                      </li>
                    ))}
                  </ul>
                )}
              </section>
            );
          })
        : null}
      {themes.length > 0 ? (
        <form noValidate onSubmit={submit} className="koers-panel koers-narrow-panel koers-section" aria-labelledby="plan-toevoegen">
          <Heading level={3} appearance="level-4" id="plan-toevoegen">
            {tx('selfCheck.plan.add')}
          </Heading>
          {errors ? <FormErrorSummary errors={errors} fieldIds={FIELD_IDS} /> : null}
          <SelectField
            id={FIELD_IDS.theme}
            label={tx('selfCheck.plan.theme')}
            options={themes.map((t) => ({ value: String(t.number), label: `${t.number}. ${t.title}` }))}
            placeholder={tx('selfCheck.plan.chooseTheme')}
            value={form.theme}
            onChange={(e) => setForm({ ...form, theme: e.target.value })}
            error={errors?.fields.theme}
            required
          />
          <TextareaField
            id={FIELD_IDS.text}
            label={tx('selfCheck.plan.text')}
            value={form.text}
            onChange={(e) => setForm({ ...form, text: e.target.value })}
            error={errors?.fields.text}
            rows={3}
            required
          />
          <TextField id={FIELD_IDS.owner} label={tx('selfCheck.plan.owner')} value={form.owner} onChange={(e) => setForm({ ...form, owner: e.target.value })} error={errors?.fields.owner} required />
          <TextField id={FIELD_IDS.dueDate} label={tx('selfCheck.plan.dueDate')} value={form.dueDate} onChange={(e) => setForm({ ...form, dueDate: e.target.value })} error={errors?.fields.dueDate} />
          <PrimaryActionButton type="submit" disabled={create.isPending}>
            {tx('selfCheck.plan.add')}
          </PrimaryActionButton>
          <p role="status" className="utrecht-paragraph">
            {status}
          </p>
        </form>
      ) : null}
    </section>
  );
}
