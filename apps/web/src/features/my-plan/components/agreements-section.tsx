import type { MyAgreement } from '@koers/contracts';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { tp } from '../i18n';

function Items({ items }: { items: MyAgreement[] }) {
  if (items.length === 0) return <Paragraph>{tp('myPlan.agreements.empty')}</Paragraph>;
  return (
    <ul className="koers-my-agreements__list">
      {items.map((a) => (
        <li key={a.id}>{a.text}</li>
      ))}
    </ul>
  );
}

/** The agreements: what the gemeente does for the jongere is shown as prominently as what they agree to do. */
export function AgreementsSection({ agreements, consequences }: { agreements: MyAgreement[]; consequences: string | null }) {
  return (
    <section className="koers-panel" aria-labelledby="mijn-afspraken">
      <Heading level={2} id="mijn-afspraken">
        {tp('myPlan.agreements.title')}
      </Heading>
      <div className="koers-my-agreements">
        <section className="koers-my-agreements__box" aria-labelledby="afspraken-gemeente">
          <Heading level={3} id="afspraken-gemeente">
            {tp('myPlan.agreements.municipality')}
          </Heading>
          <Items items={agreements.filter((a) => a.kind === 'ondersteuning')} />
        </section>
        <section className="koers-my-agreements__box" aria-labelledby="afspraken-jij">
          <Heading level={3} id="afspraken-jij">
            {tp('myPlan.agreements.youth')}
          </Heading>
          <Items items={agreements.filter((a) => a.kind === 'verplichting')} />
          <Heading level={4}>{tp('myPlan.agreements.work')}</Heading>
          <Items items={agreements.filter((a) => a.kind === 'werk_zoeken')} />
        </section>
      </div>
      {consequences ? (
        <>
          <Heading level={3}>{tp('myPlan.consequences')}</Heading>
          <Paragraph>{consequences}</Paragraph>
        </>
      ) : null}
    </section>
  );
}
