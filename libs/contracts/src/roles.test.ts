import { describe, expect, it } from 'vitest';
import { ROLE_LABELS, ROLES, STAFF_ROLES } from './roles';

describe('roles', () => {
  it('has a Dutch label for every role', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...ROLES].sort());
    for (const role of ROLES) expect(ROLE_LABELS[role]).toMatch(/^[A-Z]/);
  });
  it('counts every role except jongere as staff', () => {
    expect(STAFF_ROLES).not.toContain('jongere');
    expect([...STAFF_ROLES, 'jongere'].sort()).toEqual([...ROLES].sort());
  });
});
