import { Unzlib } from 'fflate';

/**
 * Inflates zlib data, refusing to produce more than `maxBytes`. Input is fed in small slices because
 * deflate expands at most ~1,032:1, so one slice can never inflate past the cap by more than about a
 * megabyte: a 2 MB "zlib bomb" stops at the cap instead of filling gigabytes first.
 * @returns the inflated bytes, or null when the output would pass the cap.
 * @throws when the data is not valid zlib.
 */
export function inflateZlibCapped(data: Uint8Array, maxBytes: number): Uint8Array | null {
  const SLICE = 1_024;
  const parts: Uint8Array[] = [];
  const state = { total: 0, overflow: false };
  const stream = new Unzlib((chunk) => {
    state.total += chunk.length;
    if (state.total > maxBytes) state.overflow = true;
    else parts.push(chunk);
  });
  for (let offset = 0; offset < data.length && !state.overflow; offset += SLICE) {
    const end = Math.min(offset + SLICE, data.length);
    stream.push(data.subarray(offset, end), end === data.length);
  }
  if (state.overflow) return null;
  const { total } = state;
  const out = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
