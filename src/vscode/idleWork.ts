// Work for a thread that would otherwise wait: taken one step per turn of the event loop, so that the
// extension host's other work (other extensions, keystrokes) comes between the steps, and only while a
// promise the caller awaits has not settled. No vscode import: the unit tests run it on plain promises.

/**
 * Awaits `promise`; if it has not settled after `ms`, takes `steps()` one per turn of the event loop until
 * it settles or `take` says the steps are over. `take` runs one step and returns true when none is left.
 */
export function whileWaiting<T>(promise: Promise<T>, ms: number, steps: () => Iterator<unknown>, take: (step: () => boolean) => boolean): Promise<T> {
  let settled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let taking: Iterator<unknown> | undefined;
  const step = (): void => {
    if (settled) return;
    taking ??= steps();
    if (!take(() => taking!.next().done === true)) timer = setTimeout(step, 0);
  };
  timer = setTimeout(step, ms);
  return promise.finally(() => {
    settled = true;
    clearTimeout(timer);
  });
}

/** Lets the extension host handle what is waiting (keystrokes, other providers) before the next step. */
export function yieldToEditor(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
