/**
 * Runs `task` in the frame after the next one, so what the current commit drew is painted first.
 * Returns what cancels it (for an effect's clean-up).
 */
export function afterNextPaint(task: () => void): () => void {
  let frame = requestAnimationFrame(() => {
    frame = requestAnimationFrame(task);
  });
  return () => cancelAnimationFrame(frame);
}
