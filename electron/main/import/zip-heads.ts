import { Inflate, strFromU8 } from 'fflate';

/**
 * The first bytes of each file in a ZIP archive, inflated no further than that: enough to read a CSV's
 * header row without decompressing the file (a LinkedIn export's messages.csv may be tens of MB, and a
 * zip bomb any size). Reads the central directory as fflate's unzipSync does; returns null when the
 * archive is not one this reader follows (ZIP64, damaged), and the caller decides by name instead.
 */
export interface ZipHead {
  name: string;
  /** Up to `HEAD_BYTES` of the file's content; empty when it cannot be inflated (encrypted, unknown method). */
  head: Uint8Array;
}

/** Room for LinkedIn's "Notes:" lines and the widest header of its export, many times over. */
export const HEAD_BYTES = 16 * 1024;
/** An export has under 100 files; more are counted but not looked into. */
export const MAX_PEEKED_FILES = 2_000;
/** How much compressed input is fed at a time: a deflate stream inflates at most ~1,000-fold, so a push yields at most ~1 MB. */
const CHUNK = 1024;

const CENTRAL_RECORD = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;

function endOfDirectory(view: DataView): number {
  const last = view.byteLength - 22;
  for (let offset = last; offset >= 0 && offset >= last - 0xffff; offset -= 1) {
    if (view.getUint32(offset, true) === END_OF_DIRECTORY) return offset;
  }
  return -1;
}

function headOf(
  bytes: Uint8Array,
  view: DataView,
  entry: { method: number; flags: number; compressed: number; local: number },
) {
  if (entry.local + 30 > bytes.length || view.getUint32(entry.local, true) !== LOCAL_HEADER) return new Uint8Array(0);
  const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressed));
  // Bit 0: encrypted, nothing readable without the password.
  if (entry.flags & 1) return new Uint8Array(0);
  if (entry.method === 0) return data.slice(0, HEAD_BYTES);
  if (entry.method !== 8) return new Uint8Array(0);
  const head = new Uint8Array(HEAD_BYTES);
  let filled = 0;
  const inflate = new Inflate((chunk) => {
    const room = HEAD_BYTES - filled;
    if (room <= 0) return;
    head.set(chunk.subarray(0, room), filled);
    filled += Math.min(room, chunk.length);
  });
  try {
    for (let offset = 0; offset < data.length && filled < HEAD_BYTES; offset += CHUNK) {
      inflate.push(data.subarray(offset, offset + CHUNK), offset + CHUNK >= data.length);
    }
  } catch {
    // A damaged stream: what was inflated before the damage is still the file's start.
  }
  return head.slice(0, filled);
}

/** Each file's head, directories left out, in the archive's order; null when the directory cannot be followed. */
export function zipHeads(bytes: Uint8Array): ZipHead[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const end = bytes.length >= 22 ? endOfDirectory(view) : -1;
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) return null;
  const heads: ZipHead[] = [];
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_RECORD) return null;
    const nameLength = view.getUint16(offset + 28, true);
    const flags = view.getUint16(offset + 8, true);
    // Named exactly as fflate names it (bit 11: UTF-8, otherwise Latin-1), so the two lists match.
    const name = strFromU8(bytes.subarray(offset + 46, offset + 46 + nameLength), (flags & 0x800) === 0);
    const entry = {
      flags,
      method: view.getUint16(offset + 10, true),
      compressed: view.getUint32(offset + 20, true),
      local: view.getUint32(offset + 42, true),
    };
    if (entry.compressed === 0xffffffff || entry.local === 0xffffffff) return null;
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    if (name.endsWith('/')) continue;
    heads.push({ name, head: heads.length < MAX_PEEKED_FILES ? headOf(bytes, view, entry) : new Uint8Array(0) });
  }
  return heads;
}
