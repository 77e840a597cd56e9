import { useId } from 'react';
import { SecondaryActionButton } from '../../../ui/button';
import { VisuallyHidden } from '../../../ui/visually-hidden';
import { ti } from '../i18n';

export interface ConflictChoiceProps {
  id: string;
  fieldLabel: string;
  otherName: string | null;
  /** What the other person saved, as it reads (null: empty). */
  theirs: string | null;
  /** What this user typed, as it reads (null: empty). */
  mine: string | null;
  onTakeTheirs: () => void;
  onKeepMine: () => void;
}

/**
 * Someone else saved this field while the user was changing it: both versions side by side, and
 * the choice. Nothing is saved for this field until the user chooses.
 */
export function ConflictChoice({ id, fieldLabel, otherName, theirs, mine, onTakeTheirs, onKeepMine }: ConflictChoiceProps) {
  const titleId = useId();
  const forField = (
    <>
      {' '}
      <VisuallyHidden>{ti('conflict.forField', { field: fieldLabel })}</VisuallyHidden>
    </>
  );
  return (
    <div id={id} role="group" aria-labelledby={titleId} className="koers-conflict">
      <p id={titleId} className="utrecht-paragraph koers-conflict__title">
        {otherName ? ti('conflict.titleNamed', { name: otherName }) : ti('conflict.titleUnknown')}
        <VisuallyHidden>: {fieldLabel}</VisuallyHidden>
      </p>
      <p className="utrecht-paragraph">{ti('conflict.intro')}</p>
      <dl className="koers-conflict__versions">
        <div className="koers-conflict__version">
          <dt>{otherName ? ti('conflict.theirsNamed', { name: otherName }) : ti('conflict.theirsUnknown')}</dt>
          <dd>{theirs ?? ti('conflict.empty')}</dd>
        </div>
        <div className="koers-conflict__version koers-conflict__version--mine">
          <dt>{ti('conflict.mine')}</dt>
          <dd>{mine ?? ti('conflict.empty')}</dd>
        </div>
      </dl>
      <div className="koers-form__actions">
        <SecondaryActionButton type="button" onClick={onTakeTheirs}>
          {ti('conflict.takeTheirs')}
          {forField}
        </SecondaryActionButton>
        <SecondaryActionButton type="button" onClick={onKeepMine}>
          {ti('conflict.keepMine')}
          {forField}
        </SecondaryActionButton>
      </div>
    </div>
  );
}
