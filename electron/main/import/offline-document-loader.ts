import { securityLoader } from '@digitalcredentials/security-document-loader';

export type DocumentLoader = (url: string) => Promise<unknown>;

/** Thrown for anything the loader would have had to fetch; verification then reports "unverifiable". */
export class OfflineRefusal extends Error {
  override readonly name = 'OfflineRefusal';

  constructor(readonly url: string) {
    super(`${url} is not available offline, and Throughline does not go online to check badges.`);
  }
}

export interface OfflineDocumentLoader {
  load: DocumentLoader;
  /** Every URL refused during this loader's life, so a failed check can say it was not a bad signature. */
  refused: readonly string[];
}

/**
 * The bundled JSON-LD contexts and did:key, nothing else. `fetchRemoteContexts: false` alone is not
 * enough: the package's shared resolver also registers did:web, which fetches over https. So every URL
 * is checked here first, before the package's loader sees it.
 */
export function createOfflineDocumentLoader(): OfflineDocumentLoader {
  const base = securityLoader({ fetchRemoteContexts: false });
  const bundled = bundledDocuments(base);
  const inner = base.build();
  const refused: string[] = [];
  const load: DocumentLoader = async (url) => {
    if (url.startsWith('did:key:') || bundled.has(url)) return inner(url);
    refused.push(url);
    throw new OfflineRefusal(url);
  };
  return { load, refused };
}

function bundledDocuments(loader: object): ReadonlyMap<string, unknown> {
  // jsonld-document-loader keeps its static documents in a public `documents` map (not in the package's
  // .d.ts). If a release renames it, fail loudly rather than let unknown URLs through.
  const documents: unknown = (loader as { documents?: unknown }).documents;
  if (!(documents instanceof Map))
    throw new Error('The security document loader no longer lists its bundled documents.');
  return documents as ReadonlyMap<string, unknown>;
}
