import type {
  PostingIgnored,
  PostingSectionKind,
  PostingExtraction,
  PostingSkill,
} from '../../../shared/posting/posting';

/**
 * A skill as the preview holds it while the user corrects the reading: a posting's skill whose spans
 * need only their offsets (the text is sliced again when the draft is saved).
 */
export type DraftSkill = Omit<PostingSkill, 'spans'> & {
  spans: ReadonlyArray<Pick<PostingSkill['spans'][number], 'start' | 'end'>>;
};

/** One run of the posting's text and what the reading made of it. */
export type Segment =
  | { kind: 'plain'; text: string; start: number }
  | { kind: 'skill'; text: string; start: number; skill: DraftSkill }
  | { kind: 'ignored'; text: string; start: number; why: PostingIgnored['why'] }
  | { kind: 'section'; start: number; section: PostingSectionKind };

interface Range {
  start: number;
  end: number;
  segment: (text: string, start: number) => Segment;
}

/**
 * Cuts the text at every matched span and every stretch set aside, with a marker where each
 * section the reader recognised begins. A skill's span wins over an ignored stretch it overlaps;
 * spans of skills the user removed are no longer passed in, so they fall back to plain text.
 */
export function postingSegments(
  text: string,
  skills: readonly DraftSkill[],
  ignored: PostingExtraction['ignored'],
  sections: PostingExtraction['sections'],
): Segment[] {
  const marked: Range[] = skills.flatMap((skill) =>
    skill.spans.map((span) => ({
      start: span.start,
      end: span.end,
      segment: (part: string, start: number): Segment => ({ kind: 'skill', text: part, start, skill }),
    })),
  );
  const setAside: Range[] = ignored.map((entry) => ({
    start: entry.start,
    end: entry.end,
    segment: (part: string, start: number): Segment => ({ kind: 'ignored', text: part, start, why: entry.why }),
  }));
  const ranges = nonOverlapping([...marked, ...setAside], text.length);
  const starts = sections
    .filter((section) => section.kind !== 'other' && section.start < text.length)
    // The label goes before the section's first word, not at the end of the line before it.
    .map((section) => ({
      at: section.start + leadingSpace(text.slice(section.start, section.end)),
      section: section.kind,
    }))
    .sort((a, b) => a.at - b.at);

  const segments: Segment[] = [];
  let cursor = 0;
  let next = 0;
  /** Plain text up to `end`, cut where a section starts; a section starting inside a range is marked before it. */
  const upTo = (end: number, rangeEnd: number) => {
    for (let marker = starts[next]; marker !== undefined && marker.at < rangeEnd; marker = starts[next]) {
      const at = Math.min(Math.max(marker.at, cursor), end);
      if (at > cursor) segments.push({ kind: 'plain', text: text.slice(cursor, at), start: cursor });
      cursor = at;
      segments.push({ kind: 'section', start: at, section: marker.section });
      next += 1;
    }
    if (end > cursor) segments.push({ kind: 'plain', text: text.slice(cursor, end), start: cursor });
    cursor = end;
  };
  for (const range of ranges) {
    upTo(range.start, range.end);
    segments.push(range.segment(text.slice(range.start, range.end), range.start));
    cursor = range.end;
  }
  upTo(text.length, text.length);
  return segments;
}

/** Earlier ranges first; a range overlapping one already kept (skills come first) is dropped. */
function nonOverlapping(ranges: readonly Range[], length: number): Range[] {
  const kept: Range[] = [];
  const valid = ranges.filter((range) => range.start < range.end && range.end <= length);
  for (const range of valid) {
    if (!kept.some((other) => range.start < other.end && other.start < range.end)) kept.push(range);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function leadingSpace(part: string): number {
  return part.length - part.trimStart().length;
}
