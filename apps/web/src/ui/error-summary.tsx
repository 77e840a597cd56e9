import { type MouseEvent, useEffect, useId, useRef } from 'react';
import { t } from '../i18n/i18n';
import { Alert } from './alert';
import { Heading, type HeadingLevel } from './heading';

export interface ErrorSummaryItem {
  message: string;
  /** The id of the input the message is about; the summary links to it. */
  fieldId?: string;
}

export interface ErrorSummaryProps {
  title: string;
  items?: ErrorSummaryItem[];
  /** The API's request id, shown small so that a user can quote it. */
  requestId?: string;
  headingLevel?: HeadingLevel;
}

/**
 * The error summary at the top of a form: role="alert", and focus moves to it when it appears,
 * so that keyboard and screen reader users learn at once what went wrong. Each
 * field problem links to its input.
 */
export function ErrorSummary({ title, items = [], requestId, headingLevel = 2 }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();

  // On mount only: give the summary a new `key` for each failed attempt, so that it is announced
  // and focused again even when the message is the same as last time.
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const focusField = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    const field = document.getElementById(fieldId);
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.scrollIntoView?.({ block: 'center' });
  };

  return (
    <Alert ref={ref} type="error" role="alert" tabIndex={-1} aria-labelledby={headingId} className="koers-error-summary">
      <Heading level={headingLevel} appearance="level-3" id={headingId}>
        {title}
      </Heading>
      {items.length > 0 ? (
        <ul className="utrecht-unordered-list koers-error-summary__list">
          {items.map((item) => (
            <li key={`${item.fieldId ?? ''}:${item.message}`} className="utrecht-unordered-list__item">
              {item.fieldId ? (
                <a className="utrecht-link utrecht-link--html-a" href={`#${item.fieldId}`} onClick={(e) => focusField(e, item.fieldId!)}>
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {requestId ? <p className="utrecht-paragraph utrecht-paragraph--small koers-request-id">{t('error.requestId', { id: requestId })}</p> : null}
    </Alert>
  );
}
