import type { PlanQualityReport, ReadabilityReport, ToneReport } from '@koers/contracts';
import { Heading } from '../../../ui/heading';
import { Paragraph } from '../../../ui/paragraph';
import { tw } from '../i18n';
import { StatusLabel } from './factor-status';

/** The plan-quality checks (pass/attention with the reason), the readability report and the tone check. */
export function PlanQualitySection({ report }: { report: PlanQualityReport }) {
  return (
    <section className="koers-panel" aria-labelledby="werkwijzer-kwaliteit">
      <Heading level={3} id="werkwijzer-kwaliteit">
        {tw('panel.quality.title')}
      </Heading>
      {report.planVersion ? (
        <Paragraph small className="koers-muted">
          {tw('panel.quality.version', { number: report.planVersion.number, status: tw(`panel.quality.status.${report.planVersion.status}`) })}
        </Paragraph>
      ) : (
        <Paragraph>{tw('panel.quality.noPlan')}</Paragraph>
      )}
      <ul className="koers-ww-checks">
        {report.checks.map((check) => (
          <li key={check.rule} className="koers-ww-check">
            <div className="koers-ww-factor__head">
              <p className="utrecht-paragraph koers-ww-factor__title">{check.title}</p>
              <StatusLabel kind={check.status === 'pass' ? 'good' : 'open'}>{tw(check.status === 'pass' ? 'panel.quality.pass' : 'panel.quality.attention')}</StatusLabel>
            </div>
            <p className="utrecht-paragraph koers-ww-factor__evidence">{check.reason}</p>
          </li>
        ))}
      </ul>
      <Readability report={report.readability} />
      <Tone report={report.tone} />
    </section>
  );
}

function Readability({ report }: { report: ReadabilityReport | null }) {
  return (
    <div className="koers-ww-detail">
      <Heading level={4}>{tw('panel.readability.title')}</Heading>
      {!report || report.score === null ? (
        <Paragraph>{tw('panel.readability.noText')}</Paragraph>
      ) : (
        <>
          <dl className="koers-ww-facts">
            <div>
              <dt>{tw('panel.readability.score')}</dt>
              <dd>{tw('panel.readability.scoreValue', { score: report.score, level: report.level })}</dd>
            </div>
            <div>
              <dt>{tw('panel.readability.target')}</dt>
              <dd>{tw('panel.readability.targetValue')}</dd>
            </div>
            <div>
              <dt>{tw('panel.readability.meetsB1')}</dt>
              <dd>
                <StatusLabel kind={report.meetsB1 ? 'good' : 'open'}>{tw(report.meetsB1 ? 'panel.readability.yes' : 'panel.readability.no')}</StatusLabel>
              </dd>
            </div>
            <div>
              <dt>{tw('panel.readability.counts')}</dt>
              <dd>
                {tw('panel.readability.countsValue', {
                  words: report.words,
                  sentences: report.sentences,
                  average: report.averageWordsPerSentence.toLocaleString('nl-NL', { maximumFractionDigits: 1 }),
                })}
              </dd>
            </div>
          </dl>
          <p className="utrecht-paragraph koers-ww-detail__label">{tw('panel.readability.long.title')}</p>
          {report.longSentences.length === 0 ? (
            <Paragraph className="koers-muted">{tw('panel.readability.long.none')}</Paragraph>
          ) : (
            <ul className="koers-ww-list">
              {report.longSentences.map((s, i) => (
                <li key={i}>
                  <q>{s.text}</q> <span className="koers-muted">({tw('panel.readability.long.words', { words: s.words })})</span>
                </li>
              ))}
            </ul>
          )}
          <p className="utrecht-paragraph koers-ww-detail__label">{tw('panel.readability.jargon.title')}</p>
          {report.jargon.length === 0 ? (
            <Paragraph className="koers-muted">{tw('panel.readability.jargon.none')}</Paragraph>
          ) : (
            <ul className="koers-ww-list">
              {report.jargon.map((hit) => (
                <li key={hit.word}>{tw('panel.readability.jargon.suggestion', { word: hit.word, suggestion: hit.suggestion })}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}

function Tone({ report }: { report: ToneReport | null }) {
  return (
    <div className="koers-ww-detail">
      <Heading level={4}>{tw('panel.tone.title')}</Heading>
      {!report || report.obligationShare === null ? (
        <Paragraph>{tw('panel.tone.none')}</Paragraph>
      ) : (
        <dl className="koers-ww-facts">
          <div>
            <dt>{tw('panel.tone.share')}</dt>
            <dd>{tw('panel.tone.shareValue', { percent: Math.round(report.obligationShare * 100) })}</dd>
          </div>
          <div>
            <dt>{tw('panel.tone.counts')}</dt>
            <dd>{tw('panel.tone.countsValue', { obligation: report.obligationWords, support: report.supportWords })}</dd>
          </div>
          {report.obligationExamples.length ? (
            <div>
              <dt>{tw('panel.tone.examples')}</dt>
              <dd>{report.obligationExamples.join(', ')}</dd>
            </div>
          ) : null}
        </dl>
      )}
    </div>
  );
}
