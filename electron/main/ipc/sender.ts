/** What main knows about the frame an IPC message came from. */
export interface SenderInfo {
  /** URL of the sending frame; null once the frame is gone. */
  frameUrl: string | null;
  /** True only for the top-level frame of the app's own window. */
  isAppMainFrame: boolean;
}

/**
 * Only the app's own top-level document may call main: a subframe, another window or a page
 * that navigated elsewhere could be content we never shipped.
 */
export function createSenderCheck(appOrigins: readonly string[]): (sender: SenderInfo) => boolean {
  return (sender) => {
    if (!sender.isAppMainFrame || sender.frameUrl === null) return false;
    try {
      // Node's URL reports the origin of a custom scheme such as app:// as "null", so compare
      // scheme and host directly.
      const url = new URL(sender.frameUrl);
      return appOrigins.includes(`${url.protocol}//${url.host}`);
    } catch {
      return false;
    }
  };
}
