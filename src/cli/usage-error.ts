/** A mistake in how a command was called: exit code 2, printed without a stack (src/api/errors.ts). */
export { UsageError } from '../api/errors.ts';
