import type { Command } from '../../../shared/profile/commands';

/** One profile command through main; answers whether main accepted it. */
export type Run = (command: Command) => Promise<boolean>;
