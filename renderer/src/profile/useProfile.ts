import { useEffect, useState, useSyncExternalStore } from 'react';
import { createProfileSession } from './profile-session';

export type { ProfileUpdate } from './profile-session';

/**
 * The profile as main last reported it, with its findings and save state. Every change goes
 * through `update`, which takes the state main answers with, so the screen never shows an edit
 * main did not accept.
 */
export function useProfile() {
  const [session] = useState(createProfileSession);
  useEffect(() => {
    void session.open();
    return session.listenForSaveReports();
  }, [session]);
  const state = useSyncExternalStore(session.subscribe, session.getState);
  return { state, update: session.update };
}
