import type { MyChangeResult, MyEditor } from '@koers/contracts';
import { type FormEvent, useState } from 'react';
import { isApiError } from '../../../api/api-error';
import { Alert } from '../../../ui/alert';
import { PrimaryActionButton, SecondaryActionButton, SubtleButton } from '../../../ui/button';
import { Paragraph } from '../../../ui/paragraph';
import { TextField } from '../../../ui/text-field';
import { tp } from '../i18n';
import { WordingConflict } from './wording-conflict';

/** A goal or step of the jongere's own, by its wording. */
export interface WordingItem {
  id: string;
  version: number;
  text: string;
  lastEditedBy: MyEditor | null;
}

/** The texts that differ between a goal and a step. */
export interface WordingTexts {
  label: string;
  saved: string;
  required: string;
  changedMeanwhile: (wording: string) => string;
  changedMeanwhileBy: (wording: string, name: string) => string;
  buttonHint: (wording: string) => string;
}

export interface EditWordingProps {
  what: 'goal' | 'step';
  item: WordingItem;
  /** The field's name in the API: in a 409's `current` item and in per-field errors. */
  field: 'title' | 'text';
  maxLength: number;
  /** Prefix of the element ids (unique per item). */
  idPrefix: string;
  texts: WordingTexts;
  pending: boolean;
  send: (text: string, version: number, on: { onSuccess: (result: MyChangeResult) => void; onError: (error: Error) => void }) => void;
  reset: () => void;
}

/** The item as it is saved now, from a 409 answer (only when it is this item). */
interface Saved {
  text: string;
  version: number;
  changedBy: string | null;
}

function savedFrom(error: unknown, id: string, field: 'title' | 'text'): Saved | null {
  if (!isApiError(error) || error.status !== 409) return null;
  const current = error.problem.current as ({ id?: unknown; version?: unknown; lastEditedBy?: MyEditor | null } & Record<string, unknown>) | undefined;
  const text = current?.[field];
  if (!current || current.id !== id || typeof text !== 'string' || typeof current.version !== 'number') return null;
  const editor = current.lastEditedBy;
  return { text, version: current.version, changedBy: editor && !editor.byMe && typeof editor.name === 'string' ? editor.name : null };
}

/**
 * The jongere changes the wording of a goal or step she wrote (applied in a concept; a proposal on a
 * signed plan). Co-editing: the save is based on the version she started from. When the item changes
 * meanwhile (seen live), a calm notice says so and her text stays; when the save then meets a newer
 * version (409) she sees both texts and chooses.
 */
export function EditWording({ what, item, field, maxLength, idPrefix, texts, pending, send, reset }: EditWordingProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState(item.text);
  const [base, setBase] = useState({ version: item.version, text: item.text });
  const [conflict, setConflict] = useState<Saved | null>(null);
  const [error, setError] = useState<string | undefined>();
  const [message, setMessage] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const id = `${idPrefix}-${item.id}`;
  const focusOpenButton = () => requestAnimationFrame(() => document.getElementById(`${id}-open`)?.focus());

  const save = (version: number) => {
    send(text.trim(), version, {
      onSuccess: (result) => {
        setOpen(false);
        setConflict(null);
        setMessage({ type: 'ok', text: result.outcome === 'toegepast' ? texts.saved : tp('myPlan.edit.proposed') });
        focusOpenButton();
      },
      // Never lose what she typed: the text stays in the field; the plan is reloaded underneath.
      onError: (err) => {
        const saved = savedFrom(err, item.id, field);
        if (saved) {
          setConflict(saved);
          setMessage(null);
          return;
        }
        const fieldError = isApiError(err) ? err.problem.errors?.find((f) => f.field === field)?.message : undefined;
        if (fieldError) {
          setError(fieldError);
          return;
        }
        setMessage({ type: 'error', text: isApiError(err) && err.status === 409 ? tp('myPlan.error.conflict') : err.message });
      },
    });
  };

  const keepMine = () => {
    const saved = conflict!;
    setBase({ version: saved.version, text: saved.text });
    save(saved.version);
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (pending) return;
    if (!text.trim()) {
      setError(texts.required);
      document.getElementById(id)?.focus();
      return;
    }
    setError(undefined);
    if (conflict) keepMine();
    else save(base.version);
  };

  const keepTheirs = () => {
    const saved = conflict!;
    setConflict(null);
    setOpen(false);
    setText(saved.text);
    setBase({ version: saved.version, text: saved.text });
    reset();
    setMessage({ type: 'ok', text: tp('myPlan.conflict.keptTheirs') });
    focusOpenButton();
  };

  const changedMeanwhile = open && !conflict && item.version !== base.version && item.text !== base.text;

  return (
    <div className="koers-my-edit">
      {open ? (
        <form onSubmit={submit} noValidate className="koers-my-plan__form">
          {conflict ? (
            <WordingConflict what={what} saved={conflict.text} yours={text.trim()} changedBy={conflict.changedBy} busy={pending} onKeepMine={keepMine} onKeepTheirs={keepTheirs} />
          ) : null}
          <div role="status">
            {changedMeanwhile ? (
              <Alert type="info" className="koers-my-edit__changed">
                <Paragraph>
                  {item.lastEditedBy && !item.lastEditedBy.byMe
                    ? texts.changedMeanwhileBy(item.text, item.lastEditedBy.name)
                    : texts.changedMeanwhile(item.text)}
                </Paragraph>
              </Alert>
            ) : null}
          </div>
          <TextField id={id} label={texts.label} value={text} error={error} maxLength={maxLength} autoFocus onChange={(e) => setText(e.target.value)} />
          {conflict ? null : (
            <div className="koers-my-edit__actions">
              <PrimaryActionButton type="submit" disabled={pending}>
                {tp('myPlan.edit.save')}
              </PrimaryActionButton>
              <SubtleButton
                type="button"
                onClick={() => {
                  setOpen(false);
                  setText(item.text);
                  setError(undefined);
                  focusOpenButton();
                }}
              >
                {tp('myPlan.edit.cancel')}
              </SubtleButton>
            </div>
          )}
        </form>
      ) : (
        <SecondaryActionButton
          id={`${id}-open`}
          aria-label={`${tp('myPlan.edit.button')} ${texts.buttonHint(item.text)}`}
          onClick={() => {
            setMessage(null);
            setText(item.text);
            setBase({ version: item.version, text: item.text });
            setConflict(null);
            setError(undefined);
            reset();
            setOpen(true);
          }}
        >
          {tp('myPlan.edit.button')}
        </SecondaryActionButton>
      )}
      <div role="status">{message ? <Alert type={message.type}>{message.text}</Alert> : null}</div>
    </div>
  );
}
