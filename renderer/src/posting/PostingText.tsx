import { useMemo } from 'react';
import type { PostingExtraction } from '../../../shared/posting/posting';
import { text as words } from '../i18n/text';
import { postingSegments, type DraftSkill, type Segment } from './posting-segments';

const copy = words.posting;

/**
 * The posting's own text with the reading laid over it: each phrase that became a skill marked
 * and tagged with that skill (essential underlined solid, optional dashed, and the word itself),
 * what was set aside muted with its reason, and a thin label where each section begins.
 */
export function PostingText(props: {
  text: string;
  skills: readonly DraftSkill[];
  ignored: PostingExtraction['ignored'];
  sections: PostingExtraction['sections'];
  labelledBy: string;
}) {
  const segments = useMemo(
    () => postingSegments(props.text, props.skills, props.ignored, props.sections),
    [props.text, props.skills, props.ignored, props.sections],
  );
  return (
    // Focusable so a keyboard can scroll it: the text is often longer than its box.
    <div className="posting-text" role="region" aria-labelledby={props.labelledBy} tabIndex={0}>
      {segments.map((segment) => (
        <SegmentView key={`${segment.kind}:${segment.start}`} segment={segment} />
      ))}
    </div>
  );
}

function SegmentView({ segment }: { segment: Segment }) {
  switch (segment.kind) {
    case 'plain':
      return segment.text;
    case 'section': {
      const label = copy.section[segment.section];
      return (
        <span className={`posting-section posting-section--${segment.section}`}>
          <span className="visually-hidden">{copy.sectionSays(label)}</span>
          <span aria-hidden="true">{label}</span>
        </span>
      );
    }
    case 'skill': {
      const { skill } = segment;
      const importance = copy.importance[skill.importance];
      const same = skill.label.toLocaleLowerCase() === segment.text.trim().toLocaleLowerCase();
      return (
        <>
          <mark className={`posting-mark posting-mark--${skill.importance}`}>{segment.text}</mark>
          <span className={`posting-tag posting-tag--${skill.importance}`} aria-hidden="true">
            {same ? importance : `${skill.label} · ${importance}`}
          </span>
          <span className="visually-hidden"> {copy.markSays(skill.label, importance)}</span>
        </>
      );
    }
    case 'ignored': {
      const why = copy.why[segment.why];
      return (
        <span className="posting-ignored" tabIndex={0} title={copy.ignoredSays(why)}>
          {segment.text}
          <span className="posting-ignored__why" aria-hidden="true">
            {why}
          </span>
          <span className="visually-hidden"> {copy.ignoredSays(why)}</span>
        </span>
      );
    }
  }
}
