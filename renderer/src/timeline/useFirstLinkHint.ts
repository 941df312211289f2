import { useCallback, useState } from 'react';
import type { Profile } from '../../../shared/domain/profile';

const STORAGE_KEY = 'throughline.hint.first-link.dismissed';

/**
 * The hint shows while the profile has certificates but none is linked to any work yet, until the
 * user dismisses it. Dismissal is a preference of this computer, not part of the profile.
 */
export function useFirstLinkHint(profile: Profile | null) {
  const [dismissed, setDismissed] = useState(() => localStorage.getItem(STORAGE_KEY) === 'yes');
  const dismiss = useCallback(() => {
    localStorage.setItem(STORAGE_KEY, 'yes');
    setDismissed(true);
  }, []);
  const needed =
    profile !== null &&
    profile.certificates.length > 0 &&
    profile.roles.length + profile.projects.length > 0 &&
    profile.certificates.every((certificate) => certificate.appliedIn.length === 0);
  // "Show me" opens the attach form of the latest earned certificate: the control the hint names.
  const latest = needed
    ? [...profile.certificates]
        .filter((certificate) => certificate.status.state === 'earned')
        .sort((a, b) => (b.issued ?? '').localeCompare(a.issued ?? ''))[0]
    : undefined;
  const show = needed && !dismissed;
  // Once shown, it stays in the page, folded, so closing it never shifts the chart at a stroke.
  const [everShown, setEverShown] = useState(show);
  if (show && !everShown) setEverShown(true);
  return { show, everShown, dismiss, certificateId: latest?.id ?? null };
}
