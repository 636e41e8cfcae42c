/**
 * Synchronous cleanups (kill a browser, remove its profile) run when the process gets SIGINT
 * or SIGTERM; then the process exits with 130 / 143 as a shell would. One handler per signal
 * runs every registered cleanup, the most recent first, so several printers can share it.
 */
const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
type Signal = keyof typeof EXIT_CODES;

const cleanups = new Set<() => void>();

function handle(signal: Signal): void {
  // Last registered first, like nested `finally` blocks: a browser or child build started
  // inside a build is stopped before the build removes the folder they write to.
  for (const cleanup of [...cleanups].reverse()) {
    try {
      cleanup();
    } catch {
      // Keep cleaning up: the process is exiting anyway.
    }
  }
  process.exit(EXIT_CODES[signal]);
}

const handlers: Readonly<Record<Signal, () => void>> = {
  SIGINT: () => {
    handle('SIGINT');
  },
  SIGTERM: () => {
    handle('SIGTERM');
  },
};

/** Registers a cleanup; returns the function that unregisters it. */
export function onInterrupt(cleanup: () => void): () => void {
  if (cleanups.size === 0) {
    for (const signal of Object.keys(handlers) as Signal[]) process.on(signal, handlers[signal]);
  }
  cleanups.add(cleanup);
  return () => {
    cleanups.delete(cleanup);
    if (cleanups.size === 0) {
      for (const signal of Object.keys(handlers) as Signal[]) process.off(signal, handlers[signal]);
    }
  };
}
