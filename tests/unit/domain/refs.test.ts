import { describe, expect, it } from 'vitest';
import { EntityKindSchema, parseRefKey, refKey, WorkKindSchema } from '../../../shared/domain/refs';

describe('entity keys', () => {
  it('are kind:id, and read back as the same entry for every kind', () => {
    expect(refKey({ kind: 'role', id: 'r1' })).toBe('role:r1');
    for (const kind of EntityKindSchema.options) {
      expect(parseRefKey(refKey({ kind, id: 'x7' }))).toEqual({ kind, id: 'x7' });
    }
  });

  it('keep an id that holds colons whole: only the first colon ends the kind', () => {
    const ref = { kind: 'certificate', id: 'badge:2024:sql' } as const;
    expect(refKey(ref)).toBe('certificate:badge:2024:sql');
    expect(parseRefKey(refKey(ref))).toEqual(ref);
  });

  it('name nothing without a known kind or an id', () => {
    for (const key of ['', 'role', 'role:', ':r1', 'step:s1', 'cluster:3', 'period:2020-01..2020-03', 'Role:r1']) {
      expect(parseRefKey(key)).toBeNull();
    }
  });

  it('can be narrowed to the work learning is applied in', () => {
    expect(parseRefKey('project:p2', WorkKindSchema)).toEqual({ kind: 'project', id: 'p2' });
    expect(parseRefKey('role:a:b', WorkKindSchema)).toEqual({ kind: 'role', id: 'a:b' });
    expect(parseRefKey('certificate:c1', WorkKindSchema)).toBeNull();
    expect(parseRefKey('award:w1', WorkKindSchema)).toBeNull();
  });
});
