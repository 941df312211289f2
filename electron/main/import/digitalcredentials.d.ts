// The Digital Credentials verifier packages ship JavaScript without types; these are the few entry
// points electron/main/import uses, typed as narrowly as their docs promise.

declare module '@digitalcredentials/vc' {
  export interface VerificationLogEntry {
    id: string;
    valid: boolean;
  }
  export interface VerifyCredentialResult {
    verified: boolean;
    log?: VerificationLogEntry[];
    error?: unknown;
    results?: Array<{ verified: boolean; error?: unknown; log?: VerificationLogEntry[] }>;
  }
  export function verifyCredential(options: {
    credential: object;
    suite: object[];
    documentLoader: (url: string) => Promise<unknown>;
    checkStatus?: () => Promise<{ verified: boolean; results: unknown[] }>;
    now?: Date;
  }): Promise<VerifyCredentialResult>;
}

declare module '@digitalcredentials/data-integrity' {
  export const DataIntegrityProof: new (options: { cryptosuite: object }) => object;
}

declare module '@digitalcredentials/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: object;
}

declare module '@digitalcredentials/ed25519-signature-2020' {
  export const Ed25519Signature2020: new (options?: object) => object;
}
