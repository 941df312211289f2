import type { useProfile } from '../profile/useProfile';

/** Runs a change through main and answers whether main accepted it (see useProfile). */
export type ProfileUpdate = ReturnType<typeof useProfile>['update'];
