import type { FieldPace } from '../../../../shared/domain/profile';
import { EVIDENCE_KIND_NAMES, FIELD_PACE_NAMES } from '../../../../shared/export/report-text';
import { EVIDENCE_LEVEL_NAMES } from '../../../../shared/lens/evidence-level';
import { LENS_CONFIG } from '../../../../shared/lens/config';
import { count } from './plural';

/** The lens's own freshness window, so the editor's wording cannot drift from what the lens judges by. */
const freshnessYears = (pace: FieldPace) => LENS_CONFIG.freshnessMonths[pace] / 12;

/** The target view: evidence by skill, the curated list, two targets side by side; and the targets dialog. */
export const targets = {
  // Switching between the timeline and the target view
  viewSwitchLabel: 'View',
  viewTimeline: 'Timeline',
  viewTarget: 'Target role',

  // The view
  heading: 'Target role',
  lead: 'How a recruiter would read your path against the role you are aiming for.',
  activeLabel: 'Active target',
  compareLabel: 'Compare with',
  compareNone: 'No comparison',
  manage: 'Manage targets',
  loading: 'Reading your path against this target…',
  failed: (message: string) => `This target could not be analysed: ${message}`,
  emptyTitle: 'No target role yet',
  emptyLead:
    'Add the role you are aiming for, from an occupation or from scratch. The app then shows which of its skills your path already backs, and the few certificates to show first.',
  emptyAction: 'Add a target role',
  noActiveTitle: 'Choose a target role',
  noActiveLead: 'Pick the role you are aiming for above, and the lens reads your path against it.',
  targetDate: (date: string) => `Aiming for ${date}`,
  /** The report's phrase for the field's pace, capitalised: here it starts a part of the target's meta line. */
  pace: (pace: FieldPace) => {
    const name = FIELD_PACE_NAMES[pace];
    return `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  },

  /** A section of one target's column, named so that two columns side by side stay distinct. */
  sectionName: (section: string, target: string) => `${section}: ${target}`,

  // Evidence by skill
  evidenceHeading: 'Evidence for each skill',
  evidenceSummary: ({ backed, total }: { backed: number; total: number }) =>
    total === 0
      ? 'This target lists no core skills yet.'
      : `${backed} of ${count(total, 'core skill')} backed by a role or project.`,
  chartLabel: (title: string) => `Skills of ${title} by evidence level`,
  chartDescription:
    'Each bar counts the target’s skills by the strongest evidence behind them. Planned or in-progress learning is shown apart, but a recruiter reads it as intent: it counts as no evidence.',
  essential: 'Core',
  optional: 'Secondary',
  essentialSkills: 'Core skills',
  optionalSkills: 'Secondary skills',
  level: EVIDENCE_LEVEL_NAMES,
  noSkills: 'None.',
  evidenceKind: EVIDENCE_KIND_NAMES,
  noEvidence: 'Nothing in your profile covers it yet.',
  declaredLanguage:
    'You list it among the languages you speak: a recruiter will check it in conversation. A role or project where you used it would show it.',
  listed: (level: string) => `Listed on your CV${level === '' ? '' : ` (${level})`}.`,
  listedOnly: (level: string) =>
    `Listed on your CV${level === '' ? '' : ` (${level})`} with nothing behind it: a recruiter will ask where you used it.`,

  // Curated list
  curatedHeading: 'Certificates to show first',
  curatedLead: 'The few a recruiter should see for this role, and why.',
  curatedEmpty: 'No earned certificates yet.',
  storyLabel: 'Interview story',
  background: (amount: number) => `${count(amount, 'more certificate', 'more certificates')} kept as background`,
  backgroundLead: 'Still on your profile; listed after the ones above, or left out of a short CV.',
  issued: (date: string) => `Earned ${date}`,

  // Comparison
  comparisonHeading: (first: string, second: string) => `${first} and ${second} side by side`,

  // Targets dialog
  dialogTitle: 'Target roles',
  notSaved: 'The target could not be saved; nothing was changed.',
  noTargets: 'No target role yet. Start from an occupation below, or from scratch.',
  activeLegend: 'Active target: the lens reads your path against it',
  essentialCount: (amount: number) => count(amount, 'core skill'),
  edit: 'Edit',
  delete: 'Delete',
  addHeading: 'Add a target role',
  fromOccupation: 'From an occupation',
  occupationPlaceholder: 'e.g. product manager, data analyst',
  fromScratch: 'Start from scratch',
  addTarget: 'Add target',
  saveChanges: 'Save changes',

  // Target editor
  editorLabel: 'Target role',
  title: 'Title',
  titleMissing: 'Give the target role a title.',
  paceLabel: 'How fast learning ages in this field',
  paceOption: {
    fast: `Fast: learning ages in about ${freshnessYears('fast')} years`,
    normal: `Normal: about ${freshnessYears('normal')} years`,
    slow: `Slow: about ${freshnessYears('slow')} years`,
  } satisfies Record<FieldPace, string>,
  paceDerivedUnknown: 'Worked out from its skills',
  paceDerived: (pace: string) => `From its skills — ${pace}`,
  addSkill: 'Add a skill',
  skillPlaceholder: 'e.g. agile project management, Tableau, SQL',
  coreLead: 'What a recruiter checks first; a core skill with nothing behind it is a gap.',
  secondaryLead: 'Good to have; never counted as a gap.',
  alsoNamed: (amount: number) => `Also named by ESCO (${amount})`,
  alsoNamedLead:
    'Other skills ESCO lists for this occupation. They are not part of your target and never count as gaps; move one up to make it a secondary skill.',
  // Each tier's buttons: a visible short word, and a name that says which skill moves where.
  toCore: 'Core',
  toSecondary: 'Secondary',
  toAlsoNamed: 'Also named',
  remove: 'Remove',
  moveTo: (skill: string, tier: string) => `Move ${skill} to ${tier.toLowerCase()}`,
  removeSkill: (skill: string) => `Remove ${skill} from the target`,
  roleHeading: 'What recruiters for this role expect',
  roleEvidence: (items: string) => `Recruiters look for: ${items}.`,
  roleCertificates: (items: string) => `Recognised certificates: ${items}.`,
  roleSource: (source: string) => `Source: ${source}`,
  cancel: 'Cancel',
};
