import type { LIFE_PERIOD_KINDS } from '../../../../shared/domain/profile';
import type { EditField, LensAction } from '../../../../shared/lens/actions';
import { count } from './plural';

const EDIT_FIELD_BUTTONS: Record<EditField, string> = {
  expires: 'Update the dates…',
  description: 'Reword it…',
  credential: 'Add the credential link…',
};

/** The buttons on next steps and findings, and the question a selected period asks. */
export const actions = {
  button: (action: LensAction): string => {
    switch (action.type) {
      case 'link-certificate':
        return 'Link it to your work…';
      case 'add-project':
        return action.certificateIds.length > 0
          ? 'Add the project…'
          : action.skills.length === 1
            ? 'Add a project…'
            : 'Add a project with these skills…';
      case 'edit-field':
        return EDIT_FIELD_BUTTONS[action.field];
      case 'keep-as-background':
        return action.findingKeys.length > 1 ? 'Keep them as background' : 'Keep as background';
      case 'explain-period':
        return 'What were you doing then?';
      case 'open-target':
        return 'See the target’s skills';
      case 'use-skill':
        return 'I used it in…';
      case 'find-certificate':
        return 'Find a certificate…';
      case 'add-certificate':
        return action.title === '' ? 'Add a course of your own…' : 'Plan it…';
    }
  },
  /** The reason recorded with findings put aside as background. */
  backgroundReason: 'Kept as background for this target',
  suggestedGroup: 'Used its skills',

  useSkill: {
    title: (skill: string) => `Where did you use ${skill}?`,
    lead: 'Choose the entry where you used it; the skill is added to that entry, and the lens reads it as yours.',
    roles: 'Roles',
    projects: 'Projects',
    learning: 'Courses and certificates',
    nothing: 'There is nothing on your profile to add it to yet: a project that uses it is a good start.',
    add: 'Add the skill',
    failed: 'The skill could not be added; nothing was changed.',
  },
  catalogue: {
    title: (skill: string) => `Certificates that teach ${skill}`,
    lead: 'From the bundled catalogue. One you plan shows as intent; a project that uses the skill is what backs it.',
    loading: 'Looking in the catalogue…',
    none: (skill: string) => `The catalogue has no certificate for ${skill}.`,
    alsoTeaches: (skills: string) => `Also covers ${skills}.`,
    validity: (years: number) => `Valid for ${count(years, 'year')}.`,
  },

  period: {
    kind: 'Period',
    months: (months: number) => `${count(months, 'month')} with nothing on your timeline.`,
    question: 'What were you doing then?',
    lead: 'Say it in one entry; a period you explain is part of the story, not a gap.',
    choices: 'Add for this period',
    job: 'A job or other work…',
    project: 'A project…',
    learning: 'Study or a course…',
    /** Periods away from work: a role of that kind, titled as the kind until the user says more. */
    lifeTitles: {
      study: 'Full-time study',
      caring: 'Caring',
      travel: 'Travel',
      'career-break': 'Career break',
    } satisfies Record<(typeof LIFE_PERIOD_KINDS)[number], string>,
  },
};
