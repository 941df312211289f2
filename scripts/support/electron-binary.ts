import { createRequire } from 'node:module';

/**
 * The path of the Electron binary, or null where it was never downloaded
 * (ELECTRON_SKIP_BINARY_DOWNLOAD=1): the `electron` package throws on import then.
 */
export function electronBinary(): string | null {
  try {
    const resolved: unknown = createRequire(import.meta.url)('electron');
    return typeof resolved === 'string' ? resolved : null;
  } catch {
    return null;
  }
}
