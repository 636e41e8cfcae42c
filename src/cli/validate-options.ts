/** `bdc validate`'s options, shared by the command and its warm-up (validate-warm-up.ts). */
export const VALIDATE_OPTIONS = {
  reference: { type: 'string' },
  format: { type: 'string' },
  'as-of': { type: 'string' },
  'max-file-size': { type: 'string' },
  'max-findings': { type: 'string' },
  'follow-symlinks': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;
