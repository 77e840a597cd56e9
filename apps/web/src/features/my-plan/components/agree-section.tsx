import type { MyPlanVersion } from '@koers/contracts';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { TextareaField } from '../../../ui/textarea-field';
import { useAgree, useDisagree } from '../hooks/use-my-plan';
import { tp } from '../i18n';

/** A version waiting for the jongere: agree with their own login, or say what they disagree with. */
export function AgreeSection({ version }: { version: MyPlanVersion }) {
  const agree = useAgree();
  const disagree = useDisagree();
  const [text, setText] = useState('');
  const [textError, setTextError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const fail = (error: Error) => setMessage({ type: 'error', text: isApiError(error) && error.status === 409 ? error.message : error.message });

  const send = (e: FormEvent) => {
    e.preventDefault();
    if (!text.trim()) {
      setTextError(tp('myPlan.disagree.required'));
      return;
    }
    setTextError(undefined);
    disagree.mutate(
      { id: version.id, text: text.trim() },
      {
        onSuccess: () => {
          setText('');
          setMessage({ type: 'ok', text: tp('myPlan.disagree.sent') });
        },
        onError: fail,
      },
    );
  };

  return (
    <section className="koers-panel koers-my-agree" aria-labelledby="instemmen">
      <Heading level={2} id="instemmen">
        {tp('myPlan.agree.title')}
      </Heading>
      <Paragraph>{tp('myPlan.agree.text', { number: version.number })}</Paragraph>
      {version.youthAgreedAt ? (
        <Paragraph>{tp('myPlan.agree.already')}</Paragraph>
      ) : (
        <PrimaryActionButton
          disabled={agree.isPending}
          onClick={() => agree.mutate({ id: version.id, version: version.version }, { onSuccess: () => setMessage({ type: 'ok', text: tp('myPlan.agree.done') }), onError: fail })}
        >
          {tp('myPlan.agree.button')}
        </PrimaryActionButton>
      )}
      <form onSubmit={send} noValidate className="koers-my-plan__form">
        <TextareaField id="niet-eens" label={tp('myPlan.disagree.label')} value={text} error={textError} rows={3} onChange={(e) => setText(e.target.value)} />
        <SecondaryActionButton type="submit" disabled={disagree.isPending}>
          {tp('myPlan.disagree.button')}
        </SecondaryActionButton>
      </form>
      <div role="status">{message ? <Alert type={message.type}>{message.text}</Alert> : null}</div>
    </section>
  );
}
