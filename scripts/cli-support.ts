import { readFileSync } from 'node:fs';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Profile } from '../shared/domain/profile';
import { decodeProfileFile } from '../electron/main/store/profile-file';

/**
 * A reader that stops early (`| head`) closes the pipe, and the next write fails with EPIPE. The
 * reader has what it asked for, so the command ends there, quietly and with status 0, instead of
 * dying on an unhandled 'error' event with a stack trace. Any other write error is still thrown.
 */
export function exitQuietlyOnClosedPipe(stream: NodeJS.WritableStream = process.stdout): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    // Nothing is left to say to anyone: stop before the next line fails the same way.
    process.exit(0);
  });
}

/** Exit status 2 means "used wrongly" (bad file, unknown target, bad flags), as docs/profile-format.md says. */
export function fail(message: string): never {
  console.error(message);
  // Exit at once with status 2: the documented answer to a bad file or bad flags (nothing to clean up).
  process.exit(2);
}

/** A profile export or a copy of profile.json, read only; anything else ends the command with the reason. */
export function profileFromFile(file: string): Profile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    fail(`${file} could not be read: ${error instanceof Error ? error.message : String(error)}`);
  }
  const decoded = decodeProfileFile(bytes);
  if (!decoded.ok) fail(`${file} is not a usable Throughline profile: ${decoded.message}`);
  return decoded.profile;
}

type Parsed<Options extends NonNullable<ParseArgsConfig['options']>> = ReturnType<
  typeof parseArgs<{ allowPositionals: true; options: Options }>
>;

/**
 * One file and the options: a flag the command does not know, a missing file or a second one ends
 * it with the usage line.
 */
export function fileAndOptions<Options extends NonNullable<ParseArgsConfig['options']>>(
  options: Options,
  usage: string,
): { file: string; values: Parsed<Options>['values'] } {
  let parsed: Parsed<Options>;
  try {
    parsed = parseArgs({ allowPositionals: true, options });
  } catch (error) {
    fail(`${error instanceof Error ? error.message : String(error)}\n${usage}`);
  }
  const [file] = parsed.positionals;
  if (file === undefined || parsed.positionals.length > 1) fail(usage);
  return { file, values: parsed.values };
}
