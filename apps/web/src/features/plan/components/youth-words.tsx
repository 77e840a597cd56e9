import { tp } from '../i18n';

/** The jongere's own words, as a quote, marked as theirs (not the klantmanager's wording). */
export function YouthWords({ words, youthName }: { words: string; youthName: string }) {
  return (
    <figure className="utrecht-blockquote__figure koers-plan-quote">
      <figcaption className="utrecht-blockquote__caption koers-plan-quote__caption">{tp('youthWords.caption', { youth: youthName })}</figcaption>
      <blockquote className="utrecht-blockquote utrecht-blockquote--html-blockquote koers-plan-quote__text">
        <p className="utrecht-paragraph">{words}</p>
      </blockquote>
    </figure>
  );
}
