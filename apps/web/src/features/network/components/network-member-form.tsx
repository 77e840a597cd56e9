import {
  type CreateNetworkMemberRequest,
  NETWORK_NAME_MAX,
  NETWORK_ORGANISATION_MAX,
  NETWORK_RELATIONS,
  NETWORK_ROLE_IN_PLAN_MAX,
  type NetworkMember,
  type NetworkRelation,
} from '@koers/contracts';
import { type FormEvent, useState } from 'react';
import { clientFormErrors, type FormErrors, problemFormErrors } from '../../../forms/form-errors';
import { FormErrorSummary } from '../../../forms/form-error-summary';
import { PrimaryActionButton, SecondaryActionButton } from '../../../ui/button';
import { CheckboxField } from '../../../ui/checkbox-field';
import { TextField } from '../../../ui/text-field';
import { TextareaField } from '../../../ui/textarea-field';
import { tn } from '../i18n';
import { RelationSelectField } from './relation-select-field';

type MemberField = 'name' | 'relation' | 'organisation' | 'phone' | 'email' | 'roleInPlan';

const FIELDS = ['name', 'relation', 'organisation', 'phone', 'email', 'roleInPlan'] as const;

const isRelation = (value: string): value is NetworkRelation => (NETWORK_RELATIONS as readonly string[]).includes(value);

/** Every field of a member as the API takes it: empty optional fields are sent as null (clears them on an edit). */
export type NetworkMemberValues = Required<CreateNetworkMemberRequest>;

export interface NetworkMemberFormProps {
  /** Makes the field ids unique on the page: one add form and an edit form per member. */
  idPrefix: string;
  /** The member being edited; left out when adding someone. */
  member?: NetworkMember;
  /** Who is eindverantwoordelijke now (to say that the mark moves), if anyone. */
  currentLead: NetworkMember | null;
  submitLabel: string;
  pending: boolean;
  error: unknown;
  onSubmit: (values: NetworkMemberValues, form: HTMLFormElement) => void;
  onCancel?: () => void;
  labelledBy: string;
}

/** Name, relation, organisation, contact details, role in the plan and the eindverantwoordelijke mark. */
export function NetworkMemberForm({ idPrefix, member, currentLead, submitLabel, pending, error, onSubmit, onCancel, labelledBy }: NetworkMemberFormProps) {
  const [clientErrors, setClientErrors] = useState<FormErrors<MemberField> | null>(null);
  const [attempt, setAttempt] = useState(0);
  const ids: Record<MemberField, string> = {
    name: `${idPrefix}-naam`,
    relation: `${idPrefix}-relatie`,
    organisation: `${idPrefix}-organisatie`,
    phone: `${idPrefix}-telefoon`,
    email: `${idPrefix}-email`,
    roleInPlan: `${idPrefix}-rol`,
  };
  const leadDescriptionId = `${idPrefix}-eindverantwoordelijke-uitleg`;
  const otherLead = currentLead && currentLead.id !== member?.id ? currentLead : null;
  const errors = clientErrors ?? (error ? problemFormErrors(error, FIELDS) : null);
  const tooLong = (value: string, max: number) => (value.length > max ? tn('network.form.tooLong', { max }) : undefined);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const form = event.currentTarget;
    const data = new FormData(form);
    const value = (field: string) => String(data.get(field) ?? '').trim();
    const name = value('name');
    const relation = value('relation');
    const organisation = value('organisation');
    const roleInPlan = value('roleInPlan');
    const problems = clientFormErrors<MemberField>({
      name: !name ? tn('network.form.name.required') : tooLong(name, NETWORK_NAME_MAX),
      relation: isRelation(relation) ? undefined : tn('network.form.relation.required'),
      organisation: tooLong(organisation, NETWORK_ORGANISATION_MAX),
      roleInPlan: tooLong(roleInPlan, NETWORK_ROLE_IN_PLAN_MAX),
    });
    setAttempt((n) => n + 1);
    setClientErrors(problems);
    if (problems || !isRelation(relation)) return;
    onSubmit(
      {
        name,
        relation,
        organisation: organisation || null,
        phone: value('phone') || null,
        email: value('email') || null,
        roleInPlan: roleInPlan || null,
        isLead: data.get('isLead') === 'on',
      },
      form,
    );
  };

  return (
    <form className="utrecht-form koers-form" noValidate onSubmit={submit} aria-labelledby={labelledBy}>
      {errors ? <FormErrorSummary key={attempt} errors={errors} fieldIds={ids} /> : null}
      <TextField
        id={ids.name}
        name="name"
        autoComplete="off"
        required
        defaultValue={member?.name}
        label={tn('network.form.name.label')}
        description={member ? undefined : tn('network.form.name.description')}
        error={errors?.fields.name}
      />
      <RelationSelectField
        id={ids.relation}
        name="relation"
        required
        defaultValue={member?.relation ?? ''}
        label={tn('network.form.relation.label')}
        placeholder={tn('network.form.relation.placeholder')}
        error={errors?.fields.relation}
      />
      <TextField
        id={ids.organisation}
        name="organisation"
        autoComplete="off"
        defaultValue={member?.organisation ?? ''}
        label={tn('network.form.organisation.label')}
        error={errors?.fields.organisation}
      />
      <TextField
        id={ids.phone}
        name="phone"
        type="tel"
        autoComplete="off"
        defaultValue={member?.phone ?? ''}
        label={tn('network.form.phone.label')}
        error={errors?.fields.phone}
      />
      <TextField
        id={ids.email}
        name="email"
        type="email"
        autoComplete="off"
        spellCheck={false}
        defaultValue={member?.email ?? ''}
        label={tn('network.form.email.label')}
        error={errors?.fields.email}
      />
      <TextareaField
        id={ids.roleInPlan}
        name="roleInPlan"
        rows={3}
        defaultValue={member?.roleInPlan ?? ''}
        label={tn('network.form.roleInPlan.label')}
        description={tn('network.form.roleInPlan.description')}
        error={errors?.fields.roleInPlan}
      />
      <CheckboxField name="isLead" defaultChecked={member?.isLead ?? false} label={tn('network.form.lead.label')} aria-describedby={leadDescriptionId} />
      <p id={leadDescriptionId} className="utrecht-form-field-description koers-checkbox-description">
        {otherLead ? tn('network.form.lead.moves', { name: otherLead.name }) : tn('network.form.lead.description')}
      </p>
      <div className="koers-form__actions">
        <PrimaryActionButton type="submit" busy={pending}>
          {submitLabel}
        </PrimaryActionButton>
        {onCancel ? (
          <SecondaryActionButton type="button" onClick={onCancel}>
            {tn('network.form.cancel')}
          </SecondaryActionButton>
        ) : null}
      </div>
    </form>
  );
}
