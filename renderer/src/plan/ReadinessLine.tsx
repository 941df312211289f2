import { text } from '../i18n/text';
import { useReadiness } from './useReadiness';
import './readiness.css';

const copy = text.readiness.header;

/**
 * The active target's readiness in one line under the target button: "1 of 2 core skills backed
 * by work". The target's name is left off what shows, since the button above says it; the whole
 * sentence, name included, is in the tooltip and what screen readers read.
 */
export function ReadinessLine(props: { activeTargetTitle: string | null; revision: number }) {
  // With no title yet (the profile still opening, or no target) nothing is read: at launch the
  // findings go first, as main computes one reading at a time. Today's reading only: the header
  // is read after every edit, and the history is the chart's to ask for.
  const state = useReadiness(undefined, props.revision, props.activeTargetTitle !== null, 'now');
  if (props.activeTargetTitle === null) return null;
  // Kept while the next read is on its way, but never under another target's name (just switched);
  // its line is held empty meanwhile, so the header does not grow, and the page move, when it lands.
  if (state.status !== 'ready' || state.report === null || state.report.title !== props.activeTargetTitle)
    return <p className="readiness-line" aria-hidden="true" />;
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
