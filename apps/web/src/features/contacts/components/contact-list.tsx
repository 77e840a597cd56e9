import { CONTACT_KIND_LABELS, type ContactMoment } from '@koers/contracts';
import { formatDateTime } from '../../../i18n/i18n';
import { Paragraph } from '../../../ui/paragraph';
import { StatusBadge } from '../../../ui/status-badge';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { tcm } from '../i18n';

/** Contactmomenten, newest first; internal ones are marked. */
export function ContactList({ contacts }: { contacts: ContactMoment[] }) {
  return (
    <ol className="koers-contact-list">
      {contacts.map((c) => (
        <li key={c.id} className={c.internal ? 'koers-contact koers-contact--internal' : 'koers-contact'}>
          <p className="utrecht-paragraph koers-contact__head">
            <time dateTime={c.occurredAt} className="koers-contact__when">
              {formatDateTime(c.occurredAt)}
            </time>
            <span className="koers-contact__kind">{CONTACT_KIND_LABELS[c.kind]}</span>
            {c.internal ? (
              <StatusBadge status="neutral">
                {tcm('contacts.list.internal')}
                <VisuallyHidden>: {tcm('contacts.list.internalHint')}</VisuallyHidden>
              </StatusBadge>
            ) : null}
          </p>
          {c.note ? <Paragraph className="koers-pre-line koers-contact__note">{c.note}</Paragraph> : null}
          <Paragraph small className="koers-muted koers-contact__by">
            {tcm('contacts.list.by', { name: c.user.name })}
          </Paragraph>
        </li>
      ))}
    </ol>
  );
}
