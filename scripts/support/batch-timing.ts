import type { Profile } from '../../shared/domain/profile';

/**
 * The mean time of a task over subjects prepared beforehand, run back to back. Timed one run at a
 * time, a run's cost swung with whether the garbage collector happened to start inside it (the
 * ratios moved between 2.5 and 3.1 from one run of the bench to the next); over a batch, each side
 * pays for the garbage it makes.
 */
export function batchMs<Subject>(subjects: readonly Subject[], task: (subject: Subject) => unknown): number {
  const started = performance.now();
  for (const subject of subjects) task(subject);
  return (performance.now() - started) / subjects.length;
}

/** Fresh copies, as after opening the app or an import: nothing in them is the object the lens last read. */
export const freshCopies = (profile: Profile, count: number) =>
  Array.from({ length: count }, () => structuredClone(profile));
