import { type MyStep, PLAN_LIMITS } from '@koers/contracts';
import { useEditStep } from '../hooks/use-edit-step';
import { tp } from '../i18n';
import { EditWording, type WordingTexts } from './edit-wording';

const STEP_TEXTS: WordingTexts = {
  label: tp('myPlan.editStep.label'),
  saved: tp('myPlan.editStep.saved'),
  required: tp('myPlan.editStep.required'),
  changedMeanwhile: (text) => tp('myPlan.editStep.changedMeanwhile', { text }),
  changedMeanwhileBy: (text, name) => tp('myPlan.editStep.changedMeanwhileBy', { text, name }),
  buttonHint: (text) => tp('myPlan.editStep.buttonHint', { text }),
};

/** The jongere changes the wording of a step she wrote; see EditWording for the co-editing rules. */
export function EditStepWording({ step }: { step: MyStep }) {
  const edit = useEditStep();
  return (
    <EditWording
      what="step"
      item={{ id: step.id, version: step.version, text: step.text, lastEditedBy: step.lastEditedBy }}
      field="text"
      maxLength={PLAN_LIMITS.stepText}
      idPrefix="stapwoorden"
      texts={STEP_TEXTS}
      pending={edit.isPending}
      send={(text, version, on) => edit.mutate({ id: step.id, text, version }, on)}
      reset={edit.reset}
    />
  );
}
