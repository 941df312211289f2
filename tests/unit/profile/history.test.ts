import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { newRole } from '../../../shared/domain/entries';
import { emptyProfile, type Profile } from '../../../shared/domain/profile';
import { apply, describeCommand, type Command } from '../../../shared/profile/commands';
import { diffProfiles } from '../../../shared/profile/delta';
import {
  emptyHistory,
  HistorySchema,
  HISTORY_LIMIT,
  recordEdit,
  redoStep,
  undoStep,
  type History,
} from '../../../shared/profile/history';
import { courseOf } from '../../support/certificates';

const ids = ['a', 'b', 'c', 'd'];
const role = (id: string, title: string) => newRole({ id, title, organization: 'Org', start: '2021-01' });
const certificate = (id: string) => courseOf({ id, title: `Course ${id}`, provider: '', issued: '2023-04' });
const target = (id: string) => ({
  id,
  title: `Target ${id}`,
  occupationId: null,
  skills: [],
  paceOverride: null,
  targetDate: null,
  posting: null,
});
const step = (id: string, targetId: string, certificateId: string, done: boolean) => ({
  id,
  targetId,
  kind: 'learn' as const,
  title: `Step ${id}`,
  skills: [],
  serves: [{ kind: 'certificate' as const, id: certificateId }],
  findingKeys: [],
  due: '2027-01-31',
  status: done ? ('done' as const) : ('todo' as const),
  doneOn: done ? '2026-12-01' : null,
  note: '',
});
const session = (id: string, certificateId: string, stepId: string) => ({
  id,
  date: '2026-11-30',
  minutes: 45,
  what: 'Practice',
  certificateId,
  skill: null,
  stepId,
});

/** Commands over a small id space, so adds, edits, links and deletes collide often. */
const command: fc.Arbitrary<Command> = fc.oneof(
  fc
    .record({ id: fc.constantFrom(...ids), title: fc.string({ minLength: 1, maxLength: 5 }) })
    .map(({ id, title }) => ({ type: 'role.add' as const, role: role(id, title) })),
  fc
    .record({ id: fc.constantFrom(...ids), title: fc.string({ minLength: 1, maxLength: 5 }) })
    .map(({ id, title }) => ({ type: 'role.update' as const, role: role(id, title) })),
  fc
    .record({
      id: fc.constantFrom(...ids),
      choice: fc.constantFrom('keep-unlinked' as const, 'delete-certificates' as const),
    })
    .map(({ id, choice }) => ({ type: 'role.delete' as const, id, linkedCertificates: choice })),
  fc.constantFrom(...ids).map((id) => ({ type: 'certificate.add' as const, certificate: certificate(id) })),
  fc.constantFrom(...ids).map((id) => ({ type: 'certificate.delete' as const, id })),
  fc
    .record({
      certificateId: fc.constantFrom(...ids),
      roleId: fc.constantFrom(...ids),
      note: fc.string({ maxLength: 8 }),
    })
    .map(({ certificateId, roleId, note }) => ({
      type: 'link.attach' as const,
      certificateId,
      to: { kind: 'role' as const, id: roleId },
      note,
    })),
  fc
    .record({ certificateId: fc.constantFrom(...ids), roleId: fc.constantFrom(...ids) })
    .map(({ certificateId, roleId }) => ({
      type: 'link.detach' as const,
      certificateId,
      to: { kind: 'role' as const, id: roleId },
    })),
  fc.integer({ min: 1, max: 20 }).map((curatedLimit) => ({
    type: 'settings.update' as const,
    settings: { curatedLimit, weeklyGoalHours: null },
  })),
  fc.constantFrom(...ids).map((id) => ({ type: 'target.add' as const, target: target(id) })),
  fc.constantFrom(...ids).map((id) => ({ type: 'target.delete' as const, id })),
  // Steps and sessions name targets, certificates and steps that deletes above take away.
  fc
    .record({
      id: fc.constantFrom(...ids),
      targetId: fc.constantFrom(...ids),
      certificateId: fc.constantFrom(...ids),
      done: fc.boolean(),
      adding: fc.boolean(),
    })
    .map(({ id, targetId, certificateId, done, adding }) => ({
      type: adding ? ('plan.add' as const) : ('plan.update' as const),
      step: step(id, targetId, certificateId, done),
    })),
  fc.constantFrom(...ids).map((id) => ({ type: 'plan.delete' as const, id })),
  fc
    .record({ id: fc.constantFrom(...ids), certificateId: fc.constantFrom(...ids), stepId: fc.constantFrom(...ids) })
    .map(({ id, certificateId, stepId }) => ({
      type: 'log.add' as const,
      session: session(id, certificateId, stepId),
    })),
  fc.constantFrom(...ids).map((id) => ({ type: 'log.delete' as const, id })),
);

/** Applies what the store would accept, recording each step like the store does. */
function replay(commands: Command[]): { states: Profile[]; history: History } {
  const states = [emptyProfile()];
  let history = emptyHistory(0);
  for (const next of commands) {
    const current = states.at(-1)!;
    const result = apply(current, next);
    if (!result.ok) continue;
    history = recordEdit(history, diffProfiles(current, result.profile, describeCommand(next, current)), states.length);
    states.push(result.profile);
  }
  return { states, history };
}

describe('undo and redo', () => {
  it('walk back through every state exactly, then forward again', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 60 }), (commands) => {
        const { states, history: recorded } = replay(commands);
        let profile = states.at(-1)!;
        let history = recorded;
        for (let index = states.length - 2; index >= 0; index -= 1) {
          const step = undoStep(profile, history, 0);
          if (step === null) throw new Error('ran out of undo steps');
          ({ profile, history } = step);
          expect(profile).toEqual(states[index]);
        }
        expect(undoStep(profile, history, 0)).toBeNull();
        for (let index = 1; index < states.length; index += 1) {
          const step = redoStep(profile, history, 0);
          if (step === null) throw new Error('ran out of redo steps');
          ({ profile, history } = step);
          expect(profile).toEqual(states[index]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it(`keeps the last ${HISTORY_LIMIT} steps and clears redo on a new edit`, () => {
    const commands = Array.from({ length: HISTORY_LIMIT + 20 }, (_, index) => ({
      type: 'settings.update' as const,
      settings: { curatedLimit: (index % 19) + 1, weeklyGoalHours: null },
    }));
    const { history } = replay(commands);
    expect(history.undo).toHaveLength(HISTORY_LIMIT);
    const undone = undoStep(emptyProfile(), history, 0);
    expect(undone?.history.redo).toHaveLength(1);
    const edited = recordEdit(
      undone!.history,
      diffProfiles(emptyProfile(), { ...emptyProfile(), activeTargetId: null }, 'x'),
      1,
    );
    expect(edited.redo).toEqual([]);
  });
});

describe('undo history saved before declared skills existed', () => {
  it('still reads, and its steps leave the skills alone', () => {
    const before = emptyProfile();
    const after = {
      ...before,
      skills: [{ kind: 'skill' as const, skill: { label: 'SQL', conceptId: null }, level: '', keywords: [] }],
    };
    const older: Record<string, unknown> = { ...diffProfiles(before, after, 'Import resume.json') };
    delete older['skills'];
    const read = HistorySchema.parse({ revision: 3, undo: [older], redo: [] });
    expect(read.undo[0]?.skills).toBeNull();
  });
});
