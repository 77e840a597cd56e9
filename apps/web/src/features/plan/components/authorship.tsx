import type { PlanAuthor } from '@koers/contracts';
import { Paragraph } from '../../../ui/paragraph';
import { tp } from '../i18n';
import { authorName, day } from '../utils/format';

/** Who first wrote these words (and when), and who last changed them: whose words are whose stays visible. */
export function Authorship({ author, createdAt, lastEditedBy, updatedAt }: { author: PlanAuthor; createdAt: string; lastEditedBy: PlanAuthor | null; updatedAt: string }) {
  return (
    <Paragraph small className="koers-plan-authorship">
      {tp('author.wrote', { who: authorName(author), date: day(createdAt) })}
      {lastEditedBy ? ` ${tp('author.edited', { who: authorName(lastEditedBy), date: day(updatedAt) })}` : null}
    </Paragraph>
  );
}
