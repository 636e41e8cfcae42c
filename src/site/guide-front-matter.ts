/** The front matter of an ovh/docs guide, checked with friendly messages. */
import { z } from 'zod';

export const guideFrontMatterSchema = z.object({
  title: z.string().min(1),
  slug: z.string().min(1).optional(),
  excerpt: z.string().optional(),
  section: z.string().optional(),
  order: z.number().int().optional(),
  hidden: z.boolean().optional(),
  /** ISO date (YYYY-MM-DD) of the last update. */
  updated: z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}/), z.date()]).optional(),
}).loose();

export type GuideFrontMatter = z.infer<typeof guideFrontMatterSchema>;

export function readGuideFrontMatter(data: unknown, file: string): GuideFrontMatter {
  const result = guideFrontMatterSchema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ');
  throw new Error(`${file}: front matter is not valid: ${problems}. Hint: a guide needs at least "title:"; "order" is a number, "hidden" true or false, "updated" a date like 2026-03-02.`);
}

/** The `updated` field as a UTC date at midnight, for "last updated" displays. */
export function updatedDate(frontMatter: GuideFrontMatter): Date | undefined {
  const { updated } = frontMatter;
  if (updated === undefined) return undefined;
  if (updated instanceof Date) return updated;
  return new Date(`${updated.slice(0, 10)}T00:00:00Z`);
}
