import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatMegabytes } from '../../../shared/domain/sizes';
import { describeJobFileProblem, JobFileSchema, jobFileText } from '../../../shared/posting/job-file';
import { MAX_POSTING_CHARS, MAX_POSTING_FILE_BYTES } from '../../../shared/posting/posting';
import { htmlToPostingText, nestsTooDeeply } from './html-text';

/** The kinds of file a posting is opened from, by extension (what the open dialog offers). */
export const POSTING_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'json'] as const;

/** A posting file that cannot be read, with a sentence saying why, fit for the user. */
export class PostingFileError extends Error {
  constructor(
    readonly fileName: string,
    reason: string,
  ) {
    super(`${fileName}: ${reason}`);
    this.name = 'PostingFileError';
  }
}

/**
 * A posting's text from a file's bytes: .txt and .md as UTF-8 (a byte-order mark dropped), .html
 * and .htm as their visible text, .json as a JSON Resume job description. Refuses what is not
 * UTF-8, a job file that does not fit the schema, and text longer than a posting is.
 */
export function postingTextOf(fileName: string, bytes: Uint8Array): string {
  const extension = path.extname(fileName).slice(1).toLowerCase();
  if (!(POSTING_EXTENSIONS as readonly string[]).includes(extension))
    throw new PostingFileError(
      fileName,
      'A posting is opened from a .txt, .md, .html or JSON Resume job (.json) file.',
    );
  if (bytes.length > MAX_POSTING_FILE_BYTES)
    throw new PostingFileError(
      fileName,
      `The file is ${formatMegabytes(bytes.length)}; a posting file is at most ${formatMegabytes(MAX_POSTING_FILE_BYTES)}.`,
    );
  let raw: string;
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new PostingFileError(fileName, 'The file is not UTF-8 text. Save it as UTF-8 and open it again.');
  }
  const text = textOf(fileName, extension, raw).replace(/\r\n?/g, '\n').trim();
  if (text === '') throw new PostingFileError(fileName, 'There is no text in it to read as a posting.');
  if (text.length > MAX_POSTING_CHARS)
    throw new PostingFileError(
      fileName,
      `Its text is ${text.length.toLocaleString('en')} characters; a posting is at most ${MAX_POSTING_CHARS.toLocaleString('en')}.`,
    );
  return text;
}

function textOf(fileName: string, extension: string, raw: string): string {
  if (extension === 'html' || extension === 'htm') {
    if (nestsTooDeeply(raw))
      throw new PostingFileError(fileName, 'Its markup nests deeper than any web page does, so it was not read.');
    return htmlToPostingText(raw);
  }
  if (extension !== 'json') return raw;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    throw new PostingFileError(fileName, 'It is not valid JSON.');
  }
  const job = JobFileSchema.safeParse(data);
  if (!job.success) throw new PostingFileError(fileName, describeJobFileProblem(job.error));
  return jobFileText(job.data);
}

/** Reads a posting file the user chose, refusing one that is too large before reading it whole. */
export async function readPostingFile(file: string): Promise<{ fileName: string; text: string }> {
  const fileName = path.basename(file);
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new PostingFileError(fileName, 'The file is not there any more.');
  }
  if (!stat.isFile()) throw new PostingFileError(fileName, 'It is not a file.');
  if (stat.size > MAX_POSTING_FILE_BYTES)
    throw new PostingFileError(
      fileName,
      `The file is ${formatMegabytes(stat.size)}; a posting file is at most ${formatMegabytes(MAX_POSTING_FILE_BYTES)}.`,
    );
  return { fileName, text: postingTextOf(fileName, await fs.readFile(file)) };
}
