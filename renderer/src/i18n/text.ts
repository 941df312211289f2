import { en } from './en';

/**
 * Every word the app shows comes from one catalogue. A translation is another object of the same
 * shape (`satisfies Messages`), chosen here by `userLocale`; English is the only one so far.
 */
export type Messages = typeof en;
export const text: Messages = en;
