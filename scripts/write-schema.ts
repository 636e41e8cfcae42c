/** Writes schema/order.schema.json from the validator's own zod schema (`npm run schema`). */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import { orderJsonSchemaText } from '../src/input/json-schema.ts';
import { writeFileAtomic } from '../src/io/atomic-write.ts';

export const SCHEMA_FILE = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'schema', 'order.schema.json');

// Laid out as the project's formatter would, so `npm run format` leaves it unchanged.
const options = (await resolveConfig(SCHEMA_FILE)) ?? {};
const text = await format(orderJsonSchemaText(), { ...options, parser: 'json' });
await mkdir(dirname(SCHEMA_FILE), { recursive: true });
await writeFileAtomic(SCHEMA_FILE, text);
process.stdout.write(`wrote ${SCHEMA_FILE}\n`);
