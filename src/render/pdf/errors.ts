/** Why a document could not be printed; `cause` keeps the browser's own error. */
export class PrintError extends Error {
  override readonly name: string = 'PrintError';
  readonly title: string;

  constructor(title: string, message: string, options?: ErrorOptions) {
    super(`${title}: ${message}`, options);
    this.title = title;
  }
}

export class PrintTimeoutError extends PrintError {
  override readonly name = 'PrintTimeoutError';
}

/** Rejects with `onTimeout()` when `promise` takes longer than `ms`. */
export async function withTimeout<T>(promise: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(onTimeout());
    }, ms);
  });
  try {
    return await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
