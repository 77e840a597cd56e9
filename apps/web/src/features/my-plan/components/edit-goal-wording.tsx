import { MY_PLAN_LIMITS, type MyGoal } from '@koers/contracts';
import { useEditGoal } from '../hooks/use-my-plan';
import { tp } from '../i18n';
import { EditWording, type WordingTexts } from './edit-wording';

const GOAL_TEXTS: WordingTexts = {
  label: tp('myPlan.edit.label'),
  saved: tp('myPlan.edit.saved'),
  required: tp('myPlan.edit.required'),
  changedMeanwhile: (title) => tp('myPlan.edit.changedMeanwhile', { title }),
  changedMeanwhileBy: (title, name) => tp('myPlan.edit.changedMeanwhileBy', { title, name }),
  buttonHint: (title) => tp('myPlan.edit.buttonHint', { title }),
};

/** The jongere changes the wording of a goal she wrote; see EditWording for the co-editing rules. */
export function EditGoalWording({ goal }: { goal: MyGoal }) {
  const edit = useEditGoal();
  return (
    <EditWording
      what="goal"
      item={{ id: goal.id, version: goal.version, text: goal.title, lastEditedBy: goal.lastEditedBy }}
      field="title"
      maxLength={MY_PLAN_LIMITS.title}
      idPrefix="woorden"
      texts={GOAL_TEXTS}
      pending={edit.isPending}
      send={(title, version, on) => edit.mutate({ id: goal.id, title, version }, on)}
      reset={edit.reset}
    />
  );
}
