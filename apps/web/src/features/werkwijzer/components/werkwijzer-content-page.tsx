import { WERKWIJZER_MOMENT_LABELS, type WerkwijzerContent } from '@koers/contracts';
import { PATHS } from '../../../routing/paths';
import { usePageTitle } from '../../../routing/use-page-title';
import { Heading, PageHeading } from '../../../ui/heading';
import { Link } from '../../../ui/link';
import { Loading } from '../../../ui/loading';
import { Paragraph } from '../../../ui/paragraph';
import { QueryProblem } from '../../../ui/query-problem';
import { useWerkwijzerContent } from '../hooks/use-werkwijzer';
import { tw } from '../i18n';
import { WERKWIJZER_ADMIN_PATH } from '../paths';

/** For the beheerder: the werkwijzer content, read-only. Changing it is a change to the files in content/. */
export function WerkwijzerContentPage() {
  usePageTitle(tw('admin.title'));
  const content = useWerkwijzerContent();
  return (
    <div className="koers-ww-admin">
      <p className="utrecht-paragraph koers-back-link">
        <Link to={PATHS.admin}>{tw('admin.back')}</Link>
      </p>
      <PageHeading>{tw('admin.title')}</PageHeading>
      <Paragraph lead>{tw('admin.intro')}</Paragraph>
      <Paragraph className="koers-ww-admin__files">{tw('admin.readOnly')}</Paragraph>
      {content.isPending ? (
        <Loading>{tw('admin.loading')}</Loading>
      ) : !content.data ? (
        <QueryProblem error={content.error} retry={() => void content.refetch()} />
      ) : (
        <ContentView content={content.data} />
      )}
    </div>
  );
}

function ContentView({ content }: { content: WerkwijzerContent }) {
  return (
    <>
      <section className="koers-section" aria-labelledby="ww-themas">
        <Heading level={2} id="ww-themas">
          {tw('admin.themes.title')}
        </Heading>
        {content.themes.map((theme) => (
          <details key={theme.number} className="koers-ww-theme">
            <summary className="koers-ww-theme__summary">
              <Heading level={3} className="koers-ww-theme__title">
                {tw('admin.theme.title', { number: theme.number, title: theme.title })}
              </Heading>
            </summary>
            <div className="koers-ww-theme__body">
              <Paragraph>{theme.introduction}</Paragraph>
              {theme.factors.map((factor) => (
                <div key={factor.number} className="koers-ww-admin__item">
                  <Heading level={4}>{tw('admin.factor.title', { number: factor.number, title: factor.title })}</Heading>
                  <Paragraph>{factor.explanation}</Paragraph>
                  <Paragraph small>
                    <strong>{tw('admin.factor.moments')}:</strong> {factor.moments.map((m) => WERKWIJZER_MOMENT_LABELS[m]).join(', ')}
                  </Paragraph>
                  <ul className="koers-ww-list">
                    {factor.tips.map((tip) => (
                      <li key={tip.title}>
                        <strong>{tip.title}</strong> {tip.text}
                        {tip.points.length ? (
                          <ul className="koers-ww-list">
                            {tip.points.map((p) => (
                              <li key={p}>{p}</li>
                            ))}
                          </ul>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </details>
        ))}
      </section>
      <section className="koers-section" aria-labelledby="ww-intakevragen">
        <Heading level={2} id="ww-intakevragen">
          {tw('admin.prompts.title')}
        </Heading>
        {content.intakePrompts.map((group) => (
          <div key={group.area} className="koers-ww-admin__item">
            <Heading level={3}>{group.title}</Heading>
            {group.introduction ? <Paragraph>{group.introduction}</Paragraph> : null}
            <ul className="koers-ww-list">
              {group.questions.map((q) => (
                <li key={q}>{q}</li>
              ))}
            </ul>
            <Paragraph small>
              <strong>{tw('admin.prompts.factors')}:</strong> {group.factors.join(', ')}
            </Paragraph>
          </div>
        ))}
      </section>
      <section className="koers-section" aria-labelledby="ww-kwaliteit">
        <Heading level={2} id="ww-kwaliteit">
          {tw('admin.quality.title')}
        </Heading>
        {content.planQualityRules.map((rule) => (
          <div key={rule.rule} className="koers-ww-admin__item">
            <Heading level={3}>{rule.title}</Heading>
            <Paragraph>{rule.explanation}</Paragraph>
            {rule.tips.length ? (
              <ul className="koers-ww-list">
                {rule.tips.map((tip) => (
                  <li key={tip}>{tip}</li>
                ))}
              </ul>
            ) : null}
            <Paragraph small>
              <strong>{tw('admin.quality.factors')}:</strong> {rule.factors.join(', ')}
            </Paragraph>
          </div>
        ))}
      </section>
    </>
  );
}

/** The link on the beheer page to this view. */
export function WerkwijzerAdminLink() {
  return (
    <Paragraph>
      <Link to={WERKWIJZER_ADMIN_PATH}>{tw('admin.link')}</Link>
    </Paragraph>
  );
}
