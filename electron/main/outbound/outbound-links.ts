import type { MessageBoxOptions } from 'electron';
import { isSafeExternalUrl, type ExternalOpener } from '../security';

/** What became of a link the renderer tried to follow. */
export type LinkOutcome = 'opened' | 'refused' | 'declined' | 'busy';

export interface OutboundLinkDeps {
  /** The system browser (Electron's `shell`). */
  opener: ExternalOpener;
  /** Asks the user whether to open this exact URL; resolves true only on an explicit yes. */
  confirm: (url: string) => Promise<boolean>;
  /** URLs the user already put in the app (the profile's, the About screen's): opened without asking. */
  knownUrls: () => Promise<Iterable<string>>;
}

export interface OutboundLinks extends ExternalOpener {
  openExternal(url: string): Promise<LinkOutcome>;
}

/** The form URLs are compared and opened in: what the user is shown is exactly what opens. */
function canonical(url: string): string | null {
  return isSafeExternalUrl(url) ? new URL(url).href : null;
}

/**
 * The one way out of the app to the browser. Only an http(s) URL can leave; one the profile or the
 * About screen holds opens at once, any other only after the user has seen it in full and said yes.
 * Why: a compromised renderer could otherwise send data out in a URL without the user knowing.
 * One question at a time: while the user is being asked, further unknown links are dropped, so a
 * page cannot bury the user under dialogs.
 */
export function createOutboundLinks(deps: OutboundLinkDeps): OutboundLinks {
  let asking = false;
  const isKnown = async (url: string): Promise<boolean> => {
    const known = await deps.knownUrls().catch(() => []);
    for (const candidate of known) if (canonical(candidate) === url) return true;
    return false;
  };
  const confirmed = async (url: string): Promise<LinkOutcome | null> => {
    if (asking) return 'busy';
    asking = true;
    try {
      return (await deps.confirm(url)) ? null : 'declined';
    } catch {
      return 'declined';
    } finally {
      asking = false;
    }
  };
  return {
    async openExternal(candidate) {
      const url = canonical(candidate);
      if (url === null) return 'refused';
      if (!(await isKnown(url))) {
        const refusal = await confirmed(url);
        if (refusal !== null) return refusal;
      }
      await deps.opener.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK: an http(s) URL the profile holds or the user confirmed
      return 'opened';
    },
  };
}

/** The button that opens the link; Cancel is the first, the default and what Escape answers. */
const OPEN_BUTTON = 1;

/** The question for a link the app does not know: the full URL, Cancel by default. */
export function linkConfirmationOptions(url: string): MessageBoxOptions {
  return {
    type: 'question',
    title: 'Open a link',
    message: 'Open this link in your browser?',
    detail: `${url}\n\nThis address is not in your profile. Open it only if you expected it.`,
    buttons: ['Cancel', 'Open in browser'],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  };
}

/** A `confirm` for createOutboundLinks from Electron's `dialog.showMessageBox` (on the main window). */
export function confirmLinkWith(
  showMessageBox: (options: MessageBoxOptions) => Promise<{ response: number }>,
): (url: string) => Promise<boolean> {
  return async (url) => (await showMessageBox(linkConfirmationOptions(url))).response === OPEN_BUTTON;
}
