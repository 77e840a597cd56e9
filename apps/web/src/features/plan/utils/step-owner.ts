import { NETWORK_RELATION_LABELS, type NetworkMember, type PlanStep, type StepOwnerKind } from '@koers/contracts';

/** One choice in "Wie doet het?": the jongere, the klantmanager, or a netwerk person (`netwerk:<id>`). */
export interface OwnerOption {
  value: string;
  label: string;
}

export function ownerValue(owner: PlanStep['owner']): string {
  return owner.kind === 'netwerk' && owner.networkMember ? `netwerk:${owner.networkMember.id}` : owner.kind;
}

export function parseOwner(value: string): { ownerKind: StepOwnerKind; ownerNetworkMemberId: string | null } | null {
  if (value === 'jongere' || value === 'klantmanager') return { ownerKind: value, ownerNetworkMemberId: null };
  if (value.startsWith('netwerk:') && value.length > 8) return { ownerKind: 'netwerk', ownerNetworkMemberId: value.slice(8) };
  return null;
}

export function ownerOptions(
  names: { youth: string; contact: string | null; youthLabel: string; contactLabel: string },
  network: NetworkMember[],
  keep?: PlanStep['owner'],
): OwnerOption[] {
  const options: OwnerOption[] = [
    { value: 'jongere', label: `${names.youth} (${names.youthLabel})` },
    { value: 'klantmanager', label: names.contact ? `${names.contact} (${names.contactLabel})` : names.contactLabel },
    ...network.map((m) => ({
      value: `netwerk:${m.id}`,
      label: `${m.name} (${m.organisation && m.organisation !== m.name ? `${NETWORK_RELATION_LABELS[m.relation]}, ${m.organisation}` : NETWORK_RELATION_LABELS[m.relation]})`,
    })),
  ];
  // A step's netwerk person stays a choice even when they have since left the netwerk.
  if (keep?.kind === 'netwerk' && keep.networkMember && !network.some((m) => m.id === keep.networkMember!.id)) {
    const m = keep.networkMember;
    options.push({ value: `netwerk:${m.id}`, label: m.organisation ? `${m.name} (${m.organisation})` : m.name });
  }
  return options;
}
