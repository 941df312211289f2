import { z } from 'zod';

export const ESCO_ATTRIBUTION = 'This product uses the ESCO classification of the European Commission.';

export const AppInfoSchema = z
  .object({
    name: z.string(),
    version: z.string(),
    /** Where the profile, backups and window state live on this machine. */
    dataFolder: z.string(),
    attribution: z.string(),
    licences: z.array(z.object({ name: z.string(), licence: z.string(), use: z.string() }).strict()),
  })
  .strict();
export type AppInfo = z.infer<typeof AppInfoSchema>;

/** Third-party material shipped inside the app, shown on the About screen. */
export const BUNDLED_LICENCES: AppInfo['licences'] = [
  {
    name: 'ESCO classification v1.1.1 (European Commission)',
    licence: 'Reuse with acknowledgement, Commission Decision 2011/833/EU',
    use: 'Offline skills and occupations vocabulary',
  },
  { name: 'Electron', licence: 'MIT', use: 'Desktop shell' },
  { name: 'React', licence: 'MIT', use: 'User interface' },
  { name: 'zod', licence: 'MIT', use: 'Validation of every input' },
  { name: 'electron-store / conf', licence: 'MIT', use: 'App preferences (window, theme, reminders)' },
  { name: 'stemmer (Porter stemmer)', licence: 'MIT', use: 'Matching word forms in skill search' },
  { name: 'ics', licence: 'ISC', use: 'Exporting the plan as a calendar file' },
];

/**
 * The web pages the About screen links to. Main opens these in the browser without asking, like
 * the URLs the profile holds; any other link is opened only after the user confirms it.
 */
export const ABOUT_LINKS: readonly { label: string; url: string }[] = [
  { label: 'ESCO, the European skills and occupations classification', url: 'https://esco.ec.europa.eu/' },
  {
    label: 'Commission Decision 2011/833/EU on the reuse of its documents',
    url: 'https://eur-lex.europa.eu/eli/dec/2011/833/oj',
  },
];
