import type { Subject } from '../../../shared/lens/result';

/** Anything about a subject the timeline can show: a finding, or a next step. */
export interface AboutSubject {
  subject: Subject;
}

export interface RevealProps {
  canReveal: (item: AboutSubject) => boolean;
  onReveal: (item: AboutSubject) => void;
}
