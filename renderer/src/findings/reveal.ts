import type { NextStep, Subject } from '../../../shared/lens/result';

/** Anything about a subject the timeline can show: a finding, or a next step. */
export interface AboutSubject {
  subject: Subject;
}

export interface RevealProps {
  canReveal: (item: AboutSubject) => boolean;
  onReveal: (item: AboutSubject) => void;
}

/**
 * What a click on a step shows: its subject when that is on the timeline, else the first entity it
 * offers to use — a step about the target ("follow this course with a project") shows the course.
 */
export function shownBy(step: NextStep, canReveal: RevealProps['canReveal']): AboutSubject {
  const candidates: AboutSubject[] = [step, ...step.related.map((entity) => ({ subject: entity.id }))];
  return candidates.find(canReveal) ?? step;
}
