import { ABOUT_LINKS } from '../../../shared/app-info';
import type { Profile } from '../../../shared/domain/profile';
import { isSafeExternalUrl } from '../security';

/**
 * Every http(s) URL the profile holds as a whole value: evidence links, credential URLs, the
 * issuer of an imported badge, and any URL field the profile gains later, without a list here to
 * keep up to date. A URL inside a longer text is not one the user gave as a link, so it is left out.
 */
export function urlsInProfile(profile: Profile): string[] {
  const found: string[] = [];
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      if (isSafeExternalUrl(value)) found.push(value);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item);
    } else if (typeof value === 'object' && value !== null) {
      for (const item of Object.values(value)) visit(item);
    }
  };
  visit(profile);
  return found;
}

/**
 * The URLs a link may open without asking: the ones in the profile as it is now, and the About
 * screen's. A profile that cannot be read adds none, so its links are asked about instead.
 */
export function knownUrlSource(currentProfile: () => Promise<Profile>): () => Promise<string[]> {
  const aboutUrls = ABOUT_LINKS.map((link) => link.url);
  return async () => {
    const profile = await currentProfile().catch(() => null);
    return profile === null ? aboutUrls : [...urlsInProfile(profile), ...aboutUrls];
  };
}
