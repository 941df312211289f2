import { setImmediate as yieldToEvents } from 'node:timers/promises';

/** Longest stretch main spends matching before it lets other events (input, IPC, saves) run. */
const SLICE_MS = 8;

/**
 * Matches labels one by one in short slices, so a file with thousands of distinct skills never holds
 * main's event loop for more than a few milliseconds at a time.
 */
export async function matchLabelsInSlices(
  labels: readonly string[],
  match: (label: string) => string | null,
): Promise<Array<string | null>> {
  const concepts: Array<string | null> = [];
  let sliceStart = performance.now();
  for (const label of labels) {
    concepts.push(match(label));
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToEvents();
      sliceStart = performance.now();
    }
  }
  return concepts;
}
