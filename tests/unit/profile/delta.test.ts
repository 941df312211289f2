import { describe, expect, it } from 'vitest';
import { newCertificate, newRole } from '../../../shared/domain/entries';
import { emptyProfile, type Profile } from '../../../shared/domain/profile';
import { applyDelta, diffProfiles, invertDelta } from '../../../shared/profile/delta';

describe('a recorded change', () => {
  it('takes the profile back exactly as undoing the change does', () => {
    const before: Profile = {
      ...emptyProfile(),
      roles: [
        newRole({ id: 'a', title: 'Analyst', start: '2020-01' }),
        newRole({ id: 'b', title: 'Clerk', start: '2018-01' }),
      ],
      activeTargetId: null,
    };
    const after: Profile = {
      ...before,
      roles: [newRole({ id: 'b', title: 'Senior clerk', start: '2018-01' })],
      certificates: [newCertificate({ id: 'c', title: 'SQL' })],
      skills: [{ kind: 'skill', skill: { label: 'SQL', conceptId: null }, level: '', keywords: [] }],
    };
    const delta = diffProfiles(before, after, 'edit');
    expect(applyDelta(after, invertDelta(delta), 'redo')).toEqual(applyDelta(after, delta, 'undo'));
    expect(applyDelta(after, invertDelta(delta), 'redo')).toEqual(before);
    expect(invertDelta(invertDelta(delta))).toEqual(delta);
  });

  it('leaves the lists an undo does not touch as the same lists, so what was worked out from them still holds', () => {
    const before: Profile = {
      ...emptyProfile(),
      roles: [newRole({ id: 'r', title: 'Analyst', start: '2020-01' })],
      certificates: [newCertificate({ id: 'c', title: 'SQL' })],
    };
    const after: Profile = { ...before, certificates: [newCertificate({ id: 'c', title: 'SQL basics' })] };
    const undone = applyDelta(after, diffProfiles(before, after, 'rename'), 'undo');
    expect(undone.roles).toBe(after.roles);
    expect(undone.projects).toBe(after.projects);
    expect(undone.certificates).not.toBe(after.certificates);
    expect(undone.certificates[0]?.title).toBe('SQL');
  });
});
