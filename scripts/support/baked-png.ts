import { crc32, deflateSync } from 'node:zlib';

/** Builders for PNG badges ("baked" Open Badges), used by the import tests and the hostile-file bench. */

function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A 1×1 grey PNG with the given extra chunks placed before IEND, as a baker would. */
export function bakedPng(extraChunks: Uint8Array[]): Uint8Array {
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', deflateSync(Buffer.from([0, 0x80]))),
    ...extraChunks,
    pngChunk('IEND', new Uint8Array(0)),
  ]);
}

export function tEXtChunk(keyword: string, text: string): Uint8Array {
  return pngChunk('tEXt', Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'utf8')]));
}

export function iTXtChunk(keyword: string, text: string, compressed: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf8');
  return iTXtChunkOfBytes(keyword, compressed ? deflateSync(body) : body, compressed);
}

/** An iTXt chunk around bytes as given (already zlib-compressed when `compressed`): a bomb, say. */
export function iTXtChunkOfBytes(keyword: string, body: Uint8Array, compressed: boolean): Uint8Array {
  // keyword \0 compression-flag compression-method language \0 translated-keyword \0 text
  const header = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, compressed ? 1 : 0, 0, 0, 0])]);
  return pngChunk('iTXt', Buffer.concat([header, body]));
}
