import { NETWORK_RELATION_GROUP_LABELS, type NetworkMember, PERSONAL_RELATIONS } from '@koers/contracts';
import { useState } from 'react';
import { Heading } from '../../../ui/heading';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { QueryProblem } from '../../../ui/query-problem';
import { useCase, useCaseId } from '../../case/hooks/use-case';
import { useCreateNetworkMember, useNetwork } from '../hooks/use-network';
import { tn } from '../i18n';
import { focusById, memberIds, NetworkMemberCard } from './network-member-card';
import { NetworkMemberForm } from './network-member-form';

const isPersonal = (m: NetworkMember) => (PERSONAL_RELATIONS as readonly string[]).includes(m.relation);

/** Tab "Netwerk" of the case page: the people around the jongere and the partner organisations, with one eindverantwoordelijke. */
export function NetworkTab() {
  const caseId = useCaseId();
  const { data: kase } = useCase(caseId);
  const network = useNetwork(caseId);
  const [status, setStatus] = useState('');
  const mayWrite = Boolean(kase?.permissions.canEdit);
  const closed = kase?.phase === 'afgesloten';
  const canEdit = mayWrite && !closed;
  const members = network.data?.items ?? [];
  const lead = members.find((m) => m.isLead) ?? null;
  const groups = [
    { id: 'netwerk-mensen', title: NETWORK_RELATION_GROUP_LABELS.personal, members: members.filter(isPersonal) },
    { id: 'netwerk-organisaties', title: NETWORK_RELATION_GROUP_LABELS.partner, members: members.filter((m) => !isPersonal(m)) },
  ];

  const onSaved = (saved: NetworkMember, before: NetworkMember) => {
    setStatus(tn(saved.isLead && !before.isLead ? 'network.member.savedLead' : 'network.member.saved', { name: saved.name }));
    focusById(memberIds(saved.id).edit);
  };

  const onRemoved = (member: NetworkMember) => {
    setStatus(tn('network.member.removed', { name: member.name }));
    focusById('netwerk-titel');
  };

  return (
    <section className="koers-section koers-tab" aria-labelledby="netwerk-titel">
      <Heading level={2} id="netwerk-titel" tabIndex={-1} className="koers-focus-target">
        {tn('network.title')}
      </Heading>
      <Paragraph lead>{tn('network.intro', { youth: kase?.youth.name ?? '' })}</Paragraph>
      {mayWrite && closed ? <Paragraph>{tn('network.closed')}</Paragraph> : null}
      <p className="utrecht-paragraph koers-form-status" role="status">
        {status}
      </p>
      {network.isPending ? (
        <Loading>{tn('network.loading')}</Loading>
      ) : !network.data ? (
        <QueryProblem error={network.error} retry={() => void network.refetch()} />
      ) : (
        <>
          <Paragraph className="koers-network-lead-summary">{lead ? tn('network.lead.is', { name: lead.name }) : tn('network.lead.none')}</Paragraph>
          {members.length === 0 ? (
            <div className="koers-empty-state">
              <Paragraph>{tn('network.empty')}</Paragraph>
            </div>
          ) : (
            groups.map((group) => (
              <section key={group.id} className="koers-network-group" aria-labelledby={group.id}>
                <Heading level={3} id={group.id}>
                  {group.title}
                </Heading>
                {group.members.length === 0 ? (
                  <Paragraph className="koers-muted">{tn('network.groupEmpty')}</Paragraph>
                ) : (
                  <ul className="koers-network-list">
                    {group.members.map((m) => (
                      <NetworkMemberCard key={m.id} caseId={caseId} member={m} currentLead={lead} canEdit={canEdit} onSaved={onSaved} onRemoved={onRemoved} />
                    ))}
                  </ul>
                )}
              </section>
            ))
          )}
          {canEdit ? <AddMemberPanel caseId={caseId} currentLead={lead} onAdded={(m) => setStatus(tn('network.form.added', { name: m.name }))} /> : null}
        </>
      )}
    </section>
  );
}

function AddMemberPanel({ caseId, currentLead, onAdded }: { caseId: string; currentLead: NetworkMember | null; onAdded: (m: NetworkMember) => void }) {
  const create = useCreateNetworkMember(caseId);
  return (
    <section className="koers-panel koers-network-add" aria-labelledby="netwerk-toevoegen">
      <Heading level={3} id="netwerk-toevoegen">
        {tn('network.form.addTitle')}
      </Heading>
      <NetworkMemberForm
        idPrefix="netwerk-nieuw"
        currentLead={currentLead}
        labelledBy="netwerk-toevoegen"
        submitLabel={tn('network.form.add')}
        pending={create.isPending}
        error={create.error}
        onSubmit={(values, form) =>
          create.mutate(values, {
            onSuccess: (member) => {
              form.reset();
              onAdded(member);
            },
          })
        }
      />
    </section>
  );
}
