/**
 * Watches this process's event loop: a 5 ms timer that notes how late each tick comes. The longest
 * lateness is the longest time the loop was blocked (main's "freeze" as a user would feel it).
 */
export function watchEventLoop(): { stop: () => number } {
  const TICK_MS = 5;
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last - TICK_MS);
    last = now;
  }, TICK_MS);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(longest, performance.now() - last - TICK_MS);
    },
  };
}
