/** The front matter of an ovh/docs guide, checked with friendly messages. */
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';

/** True when `YYYY-MM-DD…` names a day that exists (2026-02-30 does not: it is not 2 March). */
function isCalendarDate(text: string): boolean {
  try {
    Temporal.PlainDate.from(text.slice(0, 10), { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

export const guideFrontMatterSchema = z.object({
  title: z.string().min(1),
  slug: z.string().min(1).optional(),
  excerpt: z.string().optional(),
  section: z.string().optional(),
  order: z.number().int().optional(),
  hidden: z.boolean().optional(),
  /** ISO date (YYYY-MM-DD) of the last update; it must exist in the calendar. */
  updated: z
    .union([
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}(?:$|[T ])/, 'expected a date like 2026-03-02')
        .refine(isCalendarDate, 'this day does not exist in the calendar'),
      z.date(),
    ])
    .optional(),
}).loose();

export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;

export const FRONT_MATTER_HINT =
  'a guide needs at least "title:"; "order" is a number, "hidden" true or false, "updated" a date like 2026-03-02';

export interface FrontMatterProblem {
  /** The top-level key at fault ('' for the whole front matter). */
  readonly key: string;
  readonly message: string;
}

export type FrontMatterCheck =
  | { readonly ok: true; readonly value: GuideFrontMatter }
  | { readonly ok: false; readonly problems: readonly FrontMatterProblem[] };

/** Pure: the front matter checked against the schema, each problem with its key. */
export function checkGuideFrontMatter(data: unknown): FrontMatterCheck {
  const result = guideFrontMatterSchema.safeParse(data);
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.map((issue) => {
    const [first] = issue.path;
    const key = typeof first === 'string' ? first : '';
    return { key, message: `${issue.path.join('.') || '(root)'}: ${issue.message}` };
  });
  return { ok: false, problems };
}

export function readGuideFrontMatter(data: unknown, file: string): GuideFrontMatter {
  const checked = checkGuideFrontMatter(data);
  if (checked.ok) return checked.value;
  const problems = checked.problems.map((problem) => problem.message).join('; ');
  throw new Error(`${file}: front matter is not valid: ${problems}. Hint: ${FRONT_MATTER_HINT}.`);
}

/** The `updated` field as a UTC date at midnight, for "last updated" displays. */
export function updatedDate(frontMatter: GuideFrontMatter): Date | undefined {
  const { updated } = frontMatter;
  if (updated === undefined) return undefined;
  if (updated instanceof Date) return updated;
  return new Date(`${updated.slice(0, 10)}T00:00:00Z`);
}
