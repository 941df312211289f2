const BASE58_ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const BASE58_VALUE = new Map(Array.from(BASE58_ALPHABET, (char, index) => [char, index]));
/** Multicodec prefix of an Ed25519 public key (0xed, as a varint). */
const ED25519_PUB_PREFIX = [0xed, 0x01];

function decodeBase58(text: string): Uint8Array | null {
  let value = 0n;
  for (const char of text) {
    const digit = BASE58_VALUE.get(char);
    if (digit === undefined) return null;
    value = value * 58n + BigInt(digit);
  }
  const bytes: number[] = [];
  while (value > 0n) {
    bytes.unshift(Number(value & 0xffn));
    value >>= 8n;
  }
  const leadingZeros = /^1*/.exec(text)?.[0].length ?? 0;
  return Uint8Array.from([...new Array<number>(leadingZeros).fill(0), ...bytes]);
}

/**
 * The raw Ed25519 public key a did:key names (`did:key:z6Mk…`, optionally `#fragment`): the key is the
 * identifier, which is why it can be resolved offline. null for other key types or malformed ids.
 */
export function ed25519KeyFromDidKey(didUrl: string): Uint8Array | null {
  const match = /^did:key:z([1-9A-HJ-NP-Za-km-z]+)(?:#.*)?$/.exec(didUrl);
  if (match?.[1] === undefined) return null;
  const bytes = decodeBase58(match[1]);
  if (bytes?.length !== 34 || bytes[0] !== ED25519_PUB_PREFIX[0] || bytes[1] !== ED25519_PUB_PREFIX[1]) return null;
  return bytes.subarray(2);
}

/** The DID of a DID URL, without its fragment. */
export function didOf(didUrl: string): string {
  return didUrl.split('#')[0] ?? didUrl;
}
