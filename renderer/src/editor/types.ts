import type { Command } from '../../../shared/profile/commands';
import type { useProfile } from '../profile/useProfile';

/** Runs a change through main and answers whether main accepted it (see useProfile). */
export type ProfileUpdate = ReturnType<typeof useProfile>['update'];

/** One profile command through main; answers whether main accepted it. */
export type Run = (command: Command) => Promise<boolean>;
