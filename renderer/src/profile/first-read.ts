import type { IpcResult } from '../../../shared/ipc/result';
import type { ProfileState } from '../../../shared/profile/state';
import { ask } from '../ipc/client';

let pending: Promise<IpcResult<ProfileState>> | null = null;

/**
 * Asks main for the profile as the page starts, before React's first render: a large profile
 * then crosses the process boundary while the shell is being drawn, not after it.
 */
export function startFirstRead(): void {
  pending ??= ask((api) => api.getProfile());
}

/** The read started at launch, once; any later read asks again. */
export function takeFirstRead(): Promise<IpcResult<ProfileState>> {
  const read = pending ?? ask((api) => api.getProfile());
  pending = null;
  return read;
}
