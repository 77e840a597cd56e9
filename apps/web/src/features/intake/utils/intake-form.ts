import {
  HOUSING_SITUATION_LABELS,
  HOUSING_SITUATIONS,
  INCOME_SOURCE_LABELS,
  INCOME_SOURCES,
  INTAKE_LIMITS,
  type IntakeFieldName,
  TRANSPORT_LABELS,
  TRANSPORT_OPTIONS,
} from '@koers/contracts';

/** How each intake field is asked: a choice list, yes/no, a short line, free text, or "information given". */
export type IntakeFieldKind =
  | { kind: 'choice'; options: { value: string; label: string }[] }
  | { kind: 'yesNo' }
  | { kind: 'line'; maxLength: number }
  | { kind: 'text'; maxLength: number; rows: number }
  | { kind: 'given' };

const choice = <V extends string>(values: readonly V[], labels: Record<V, string>): IntakeFieldKind => ({
  kind: 'choice',
  options: values.map((value) => ({ value, label: labels[value] })),
});
const note: IntakeFieldKind = { kind: 'text', maxLength: INTAKE_LIMITS.note, rows: 3 };
const long: IntakeFieldKind = { kind: 'text', maxLength: INTAKE_LIMITS.longText, rows: 6 };

export const INTAKE_FIELD_KINDS: Record<IntakeFieldName, IntakeFieldKind> = {
  housing: choice(HOUSING_SITUATIONS, HOUSING_SITUATION_LABELS),
  fixedSleepingPlace: { kind: 'yesNo' },
  housingNote: note,
  incomeSource: choice(INCOME_SOURCES, INCOME_SOURCE_LABELS),
  financesNote: note,
  hasDebts: { kind: 'yesNo' },
  debtsNote: note,
  hasChildren: { kind: 'yesNo' },
  childcareNote: note,
  transport: choice(TRANSPORT_OPTIONS, TRANSPORT_LABELS),
  transportNote: note,
  healthNote: note,
  mentalHealthNote: note,
  supportInvolved: note,
  motivation: long,
  qualities: long,
  ownStory: { kind: 'text', maxLength: INTAKE_LIMITS.longText, rows: 8 },
  hasStartkwalificatie: { kind: 'yesNo' },
  lastSchool: { kind: 'line', maxLength: INTAKE_LIMITS.shortText },
  educationNote: note,
  workExperience: long,
  infoEducation: { kind: 'given' },
  infoLabourMarket: { kind: 'given' },
  infoSupportOptions: { kind: 'given' },
};

export type IntakeGroupId = 'wonen' | 'geld' | 'schulden' | 'kinderen' | 'vervoer' | 'gezondheid' | 'hulp';
export type IntakeSectionId = 'leefsituatie' | 'schoolWerk' | 'motivatie' | 'kwaliteiten' | 'verhaal' | 'wensen' | 'obstakels' | 'informatie';

export interface IntakeSection {
  id: IntakeSectionId;
  /** Sub-headings with their fields; a section without sub-headings has one group without an id. */
  groups: { id?: IntakeGroupId; fields: IntakeFieldName[] }[];
}

/** The form's sections in order. Wishes and obstacles are lists, not fields: their sections have no groups. */
export const INTAKE_SECTIONS: IntakeSection[] = [
  {
    id: 'leefsituatie',
    groups: [
      { id: 'wonen', fields: ['housing', 'fixedSleepingPlace', 'housingNote'] },
      { id: 'geld', fields: ['incomeSource', 'financesNote'] },
      { id: 'schulden', fields: ['hasDebts', 'debtsNote'] },
      { id: 'kinderen', fields: ['hasChildren', 'childcareNote'] },
      { id: 'vervoer', fields: ['transport', 'transportNote'] },
      { id: 'gezondheid', fields: ['healthNote', 'mentalHealthNote'] },
      { id: 'hulp', fields: ['supportInvolved'] },
    ],
  },
  { id: 'schoolWerk', groups: [{ fields: ['hasStartkwalificatie', 'lastSchool', 'educationNote', 'workExperience'] }] },
  { id: 'motivatie', groups: [{ fields: ['motivation'] }] },
  { id: 'kwaliteiten', groups: [{ fields: ['qualities'] }] },
  { id: 'verhaal', groups: [{ fields: ['ownStory'] }] },
  { id: 'wensen', groups: [] },
  { id: 'obstakels', groups: [] },
  { id: 'informatie', groups: [{ fields: ['infoEducation', 'infoLabourMarket', 'infoSupportOptions'] }] },
];

export function sectionFields(section: IntakeSection): IntakeFieldName[] {
  return section.groups.flatMap((g) => g.fields);
}

/** The id of a field's input (also the target of "go to this field" links). */
export function intakeFieldId(field: string, prefix = 'intake'): string {
  return `${prefix}-${field}`;
}

/** Descriptions that exist in the catalog, per field. */
export const FIELDS_WITH_DESCRIPTION = [
  'fixedSleepingPlace',
  'hasDebts',
  'hasChildren',
  'mentalHealthNote',
  'supportInvolved',
  'motivation',
  'qualities',
  'ownStory',
  'hasStartkwalificatie',
  'workExperience',
] as const satisfies readonly IntakeFieldName[];
