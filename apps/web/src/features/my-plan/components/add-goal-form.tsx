import { MY_PLAN_LIMITS } from '@koers/contracts';
import { type FormEvent, useRef, useState } from 'react';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton } from '../../../ui/button';
import { TextField } from '../../../ui/text-field';
import { useAddGoal } from '../hooks/use-my-plan';
import { tp } from '../i18n';

const FIELDS = { title: 'mijn-nieuw-doel' } as const;

/** A goal in the jongere's own words: into the plan, or sent to the klantmanager as a proposal. */
export function AddGoalForm() {
  const addGoal = useAddGoal();
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<FormErrors<'title'> | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setDone(null);
    const client = clientFormErrors({ title: title.trim() ? undefined : tp('myPlan.addGoal.required') });
    setErrors(client);
    if (client) {
      input.current?.focus();
      return;
    }
    addGoal.mutate(title.trim(), {
      onSuccess: (result) => {
        setTitle('');
        setDone(result.outcome === 'toegepast' ? tp('myPlan.addGoal.added') : tp('myPlan.addGoal.proposed'));
      },
      onError: (error) => setErrors(problemFormErrors(error, ['title'] as const)),
    });
  };

  return (
    <form onSubmit={submit} noValidate className="koers-my-plan__form">
      {errors ? <FormErrorSummary errors={errors} fieldIds={FIELDS} /> : null}
      <TextField
        id={FIELDS.title}
        ref={input}
        label={tp('myPlan.addGoal.label')}
        description={tp('myPlan.addGoal.hint')}
        error={errors?.fields.title}
        value={title}
        maxLength={MY_PLAN_LIMITS.title}
        required
        onChange={(e) => setTitle(e.target.value)}
      />
      <PrimaryActionButton type="submit" disabled={addGoal.isPending}>
        {tp('myPlan.addGoal.submit')}
      </PrimaryActionButton>
      <div role="status">{done ? <Alert type="ok">{done}</Alert> : null}</div>
    </form>
  );
}
