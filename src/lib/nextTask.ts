/**
 * Ends the current task and resumes in a new one, so that a start-up of
 * several steps is several short tasks: the browser can paint a frame and
 * answer the reader's input between them. `scheduler.yield()` where the
 * browser has it (it resumes ahead of other queued work), a timer elsewhere.
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
