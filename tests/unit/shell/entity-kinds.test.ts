import { describe, expect, it } from 'vitest';
import { emptyProfile } from '../../../shared/domain/profile';
import { newCertificate } from '../../../shared/domain/entries';
import { createKindsTracker } from '../../../renderer/src/shell/entity-kinds';

describe('what each drawn id is', () => {
  it('stays the same map while the same entries exist, and moves when one comes or goes', () => {
    const kindsOf = createKindsTracker();
    const profile = { ...emptyProfile(), certificates: [newCertificate({ id: 'sql', title: 'SQL' })] };
    const first = kindsOf(profile);
    expect(first.get('sql')).toBe('certificate');

    const renamed = { ...profile, certificates: [newCertificate({ id: 'sql', title: 'SQL basics' })] };
    expect(kindsOf(renamed)).toBe(first);

    const added = {
      ...renamed,
      certificates: [...renamed.certificates, newCertificate({ id: 'py', title: 'Python' })],
    };
    const second = kindsOf(added);
    expect(second).not.toBe(first);
    expect(second.get('py')).toBe('certificate');
  });
});
