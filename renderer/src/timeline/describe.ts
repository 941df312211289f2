import { text } from '../i18n/text';
import { formatMonthIndex, formatPartialDate } from '../i18n/locale';
import type { AwardItem, BarItem, ItemMarks, MarkerItem, StepItem } from './model';

const copy = text.timeline;

export function periodOf(item: BarItem): string {
  return text.common.period(
    formatPartialDate(item.start),
    item.end === null ? copy.current : formatPartialDate(item.end),
  );
}

/** When learning happened: its years of study when it has a start, otherwise its date. */
export function whenOf(item: MarkerItem): string {
  const date = item.issued === null ? copy.undated : formatPartialDate(item.issued);
  return item.started === null ? date : text.common.period(formatPartialDate(item.started), date);
}

/** "Education" for a degree, "Certificate" for a course or certificate. */
export function learningKindOf(item: MarkerItem): string {
  return item.learning === 'education' ? copy.education : copy.kinds.certificate;
}

export function statusOf(item: MarkerItem): string {
  if (item.status === 'in-progress') return copy.status['in-progress'](item.percentDone);
  return copy.status[item.status];
}

function marksOf(marks: ItemMarks): string[] {
  const looks = [
    marks.hollow ? copy.looks.hollow : '',
    marks.faded ? copy.looks.faded : '',
    marks.offTarget ? copy.looks.offTarget : '',
  ].filter((look) => look !== '');
  return marks.findings === 0 ? looks : [...looks, copy.findings(marks.findings)];
}

// Items are reused across edits (see ModelCache), so their sentences are too.
const sentences = new WeakMap<BarItem | MarkerItem | StepItem | AwardItem, string>();
function remembered<T extends BarItem | MarkerItem | StepItem | AwardItem>(
  item: T,
  write: (item: T) => string,
): string {
  let sentence = sentences.get(item);
  if (sentence === undefined) {
    sentence = write(item);
    sentences.set(item, sentence);
  }
  return sentence;
}

/** What a screen reader hears on an item: kind, title, when, and what a recruiter would notice. */
export function describeBar(item: BarItem): string {
  return remembered(item, writeBar);
}

function writeBar(item: BarItem): string {
  return [
    `${copy.kinds[item.kind]}: ${item.title}`,
    item.kind === 'role' && item.detail !== '' ? item.detail : '',
    periodOf(item),
    item.planned ? copy.plannedBar : '',
    ...marksOf(item.marks),
  ]
    .filter((part) => part !== '')
    .join(', ');
}

export function describeMarker(item: MarkerItem): string {
  return remembered(item, writeMarker);
}

function writeMarker(item: MarkerItem): string {
  return [
    `${learningKindOf(item)}: ${item.title}`,
    item.detail,
    whenOf(item),
    statusOf(item),
    copy.appliedIn(item.links),
    ...marksOf(item.marks),
  ]
    .filter((part) => part !== '')
    .join(', ');
}

/** An award's date, or that it has none. */
export function awardWhen(item: AwardItem): string {
  return item.date === null ? copy.undated : formatPartialDate(item.date);
}

/** "Award: Best newcomer, Acme Ltd, Mar 2021, given for 1 role or project". */
export function describeAward(item: AwardItem): string {
  return remembered(item, (award) =>
    [`${copy.kinds.award}: ${award.title}`, award.detail, awardWhen(award), copy.givenFor(award.links)]
      .filter((part) => part !== '')
      .join(', '),
  );
}

/** "due 3 Mar 2027, overdue": when a step is due and how it stands, for its sentence and tooltip. */
export function stepWhen(item: StepItem): string {
  return [
    copy.step.due(formatPartialDate(item.due)),
    copy.step.states[item.state],
    item.status === 'doing' ? copy.step.doing : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
}

/** "Plan step: Build a dashboard, due 3 Mar 2027, overdue". */
export function describeStep(item: StepItem): string {
  return remembered(item, (step) => `${copy.kinds.step}: ${step.title}, ${stepWhen(step)}`);
}

/** Degrees apart from certificates: a cluster is named by what is in it. */
export function learningCounts(
  items: ReadonlyArray<{ learning: MarkerItem['learning'] }>,
): [certificates: number, degrees: number] {
  const degrees = items.filter((item) => item.learning === 'education').length;
  return [items.length - degrees, degrees];
}

export function describeCluster(items: readonly MarkerItem[], from: number, to: number): string {
  return copy.clusterLabel(
    ...learningCounts(items),
    formatMonthIndex(Math.floor(from)),
    formatMonthIndex(Math.floor(to)),
  );
}
