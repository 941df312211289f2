import { useEffect, useState } from 'react';
import { SaveReportSchema } from '../../../shared/profile/state';
import { bridge } from '../ipc/client';
import { text } from '../i18n/text';
import { useReadiness } from './useReadiness';
import './readiness.css';

const copy = text.readiness.header;

/**
 * The profile revision main last reported writing. The header gets no revision from the app, and
 * a second profile session (useProfile) would read and hold a second copy of the profile just for
 * this number; main reports every revision as its write lands, edits, undos and imports alike.
 */
function useReportedRevision(): number | null {
  const [revision, setRevision] = useState<number | null>(null);
  useEffect(
    () =>
      bridge().onSaveReport((sent) => {
        const report = SaveReportSchema.safeParse(sent);
        if (report.success) setRevision(report.data.revision);
      }),
    [],
  );
  return revision;
}

/**
 * The active target's readiness in one line under the target button: "1 of 2 core skills backed
 * by work". The target's name is left off what shows, since the button above says it; the whole
 * sentence, name included, is in the tooltip and what screen readers read.
 */
export function ReadinessLine(props: { activeTargetTitle: string | null }) {
  const revision = useReportedRevision();
  // A renamed or newly chosen target is a new revision too; the title is there for the read that
  // would otherwise wait for the write to land. With no title yet (the profile still opening, or
  // no target) nothing is read: at launch the findings go first, as main computes one reading at a time.
  const state = useReadiness(
    undefined,
    `${String(revision)}\n${props.activeTargetTitle ?? ''}`,
    props.activeTargetTitle !== null,
  );
  // Kept while the next read is on its way, but never under another target's name (just switched).
  if (state.status !== 'ready' || state.report === null || state.report.title !== props.activeTargetTitle) return null;
  const { line, title } = state.report;
  const prefix = `${title}: `;
  const shown = line.startsWith(prefix) ? line.slice(prefix.length) : line;
  const full = copy.full(line);
  return (
    <p className="readiness-line" title={full}>
      <span aria-hidden="true">{shown}</span>
      <span className="visually-hidden">{full}</span>
    </p>
  );
}
