import { useEffect, useId, useRef, useState } from 'react';
import { formatDateTime } from '../../../i18n/i18n';
import { casePath } from '../../../routing/paths';
import { SubtleButton } from '../../../ui/button';
import { Link } from '../../../ui/link';
import { useMarkRead, useNotifications, useUnreadCount } from '../hooks/use-notifications';
import { tn } from '../i18n';

/**
 * The bell in the header: a button whose name carries the unread count ("Meldingen, 2 ongelezen"),
 * opening a list of the latest notifications; each can be marked read, or all at once. Escape closes.
 */
export function NotificationBell() {
  const [open, setOpen] = useState(false);
  const count = useUnreadCount().data?.count ?? 0;
  const list = useNotifications(open);
  const markRead = useMarkRead();
  const panelId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (open) panelRef.current?.focus();
  }, [open]);
  const close = () => {
    setOpen(false);
    buttonRef.current?.focus();
  };
  // Escape closes the list wherever focus is (a "mark read" button disappears once used).
  useEffect(() => {
    if (!open) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        buttonRef.current?.focus();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  const markOne = (id: string) => markRead.mutate(id, { onSettled: () => panelRef.current?.focus() });
  const label = count > 0 ? tn('notifications.buttonUnread', { count }) : tn('notifications.button');
  const items = list.data?.items ?? [];
  return (
    <div className="koers-bell">
      <button type="button" ref={buttonRef} className="utrecht-button utrecht-button--secondary-action koers-bell__button" aria-expanded={open} aria-controls={panelId} onClick={() => (open ? close() : setOpen(true))}>
        <span aria-hidden="true" className="koers-bell__icon" />
        <span className="koers-visually-hidden">{label}</span>
        {count > 0 ? (
          <span className="koers-bell__count" aria-hidden="true">
            {count}
          </span>
        ) : null}
      </button>
      {open ? (
        <div
          id={panelId}
          ref={panelRef}
          tabIndex={-1}
          role="region"
          aria-label={tn('notifications.title')}
          className="koers-bell__panel"
        >
          <div className="koers-bell__head">
            <p className="utrecht-paragraph koers-bell__title">{tn('notifications.title')}</p>
            {count > 0 ? <SubtleButton onClick={() => markRead.mutate(null)}>{tn('notifications.markAllRead')}</SubtleButton> : null}
          </div>
          {list.isPending ? (
            <p className="utrecht-paragraph" role="status">
              {tn('notifications.loading')}
            </p>
          ) : list.isError ? (
            <p className="utrecht-paragraph" role="alert">
              {tn('notifications.failed')}
            </p>
          ) : items.length === 0 ? (
            <p className="utrecht-paragraph">{tn('notifications.empty')}</p>
          ) : (
            <ul className="koers-bell__list">
              {items.map((n) => (
                <li key={n.id} className={n.readAt ? 'koers-bell__item' : 'koers-bell__item koers-bell__item--unread'}>
                  <p className="utrecht-paragraph koers-bell__item-title">
                    {n.readAt ? null : <span className="koers-bell__badge">{tn('notifications.unread')}: </span>}
                    {n.title}
                  </p>
                  {n.body ? <p className="utrecht-paragraph">{n.body}</p> : null}
                  <p className="utrecht-paragraph koers-muted">{formatDateTime(n.createdAt)}</p>
                  <div className="koers-form__actions">
                    {n.caseId ? (
                      <Link
                        to={casePath(n.caseId, n.handoverId ? 'handover' : 'overview')}
                        onClick={() => {
                          if (!n.readAt) markRead.mutate(n.id);
                          setOpen(false);
                        }}
                      >
                        {tn('notifications.open')}
                      </Link>
                    ) : null}
                    {n.readAt ? null : <SubtleButton onClick={() => markOne(n.id)}>{tn('notifications.markRead')}<span className="koers-visually-hidden">: {n.title}</span></SubtleButton>}
                  </div>
                </li>
              ))}
            </ul>
          )}
          <SubtleButton onClick={close}>{tn('notifications.close')}</SubtleButton>
        </div>
      ) : null}
    </div>
  );
}
