/** A mistake in how a command was called: exit code 2, printed without a stack (src/errors.ts). */
export { UsageError } from '../errors.ts';
