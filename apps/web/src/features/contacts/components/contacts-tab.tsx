import { CONTACT_KINDS, type ContactKind, type ContactMoment } from '@koers/contracts';
import { useState } from 'react';
import { formatDateTime } from '../../../i18n/i18n';
import { Heading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { LoadMore } from '../../../ui/load-more';
import { QueryProblem } from '../../../ui/query-problem';
import { useCase, useCaseId } from '../../case/hooks/use-case';
import { useContactPages } from '../hooks/use-contacts';
import { tcm } from '../i18n';
import { ContactForm } from './contact-form';
import { ContactList } from './contact-list';

const asContactKind = (value: string | undefined): ContactKind | undefined =>
  (CONTACT_KINDS as readonly string[]).includes(value ?? '') ? (value as ContactKind) : undefined;

/** Tab "Contactmomenten" of the case page: log a contact (the contact person) and see the earlier ones. */
export function ContactsTab() {
  const caseId = useCaseId();
  const { data: kase } = useCase(caseId);
  const contacts = useContactPages(caseId);
  const [saved, setSaved] = useState('');
  const mayWrite = Boolean(kase?.permissions.canEdit);
  const closed = kase?.phase === 'afgesloten';
  const canEdit = mayWrite && !closed;
  const items = contacts.data?.pages.flatMap((p) => p.items) ?? [];

  const onSaved = (contact: ContactMoment) => {
    setSaved(tcm('contacts.form.saved', { when: formatDateTime(contact.occurredAt) }));
  };

  return (
    <section className="koers-section koers-tab" aria-labelledby="contact-titel">
      <Heading level={2} id="contact-titel">
        {tcm('contacts.title')}
      </Heading>
      <Paragraph lead>{tcm(mayWrite ? 'contacts.intro' : 'contacts.introReadOnly', { youth: kase?.youth.name ?? '' })}</Paragraph>
      {mayWrite && closed ? <Paragraph>{tcm('contacts.closed')}</Paragraph> : null}
      <div className={canEdit ? 'koers-columns koers-columns--form-first' : undefined}>
        {canEdit ? (
          <section className="koers-panel" aria-labelledby="contact-vastleggen">
            <Heading level={3} id="contact-vastleggen">
              {tcm('contacts.form.title')}
            </Heading>
            <ContactForm caseId={caseId} defaultKind={asContactKind(kase?.youth.preferredContact)} onSaved={onSaved} />
            <p className="utrecht-paragraph koers-form-status" role="status">
              {saved}
            </p>
          </section>
        ) : null}
        <section className="koers-panel" aria-labelledby="contact-lijst">
          <Heading level={3} id="contact-lijst">
            {tcm('contacts.list.title')}
          </Heading>
          {contacts.isPending ? (
            <Loading>{tcm('contacts.list.loading')}</Loading>
          ) : !contacts.data ? (
            <QueryProblem error={contacts.error} retry={() => void contacts.refetch()} />
          ) : items.length === 0 ? (
            <div className="koers-empty-state">
              <Paragraph>{tcm('contacts.list.empty')}</Paragraph>
            </div>
          ) : (
            <ContactList contacts={items} />
          )}
          {contacts.isFetchNextPageError ? <QueryProblem error={contacts.error} retry={() => void contacts.fetchNextPage()} /> : null}
          <LoadMore hasMore={contacts.hasNextPage} loading={contacts.isFetchingNextPage} onLoad={() => void contacts.fetchNextPage()} />
        </section>
      </div>
    </section>
  );
}
