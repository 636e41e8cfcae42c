// Starlight's docs collection, filled from data/guides by our loader (not src/content/docs).
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { guidesLoader } from './site/guides-loader.ts';
import { uiStringsLoader } from './site/ui-strings-loader.ts';

export const collections = {
  i18n: defineCollection({ loader: uiStringsLoader(), schema: i18nSchema() }),
  docs: defineCollection({
    loader: guidesLoader(),
    schema: docsSchema({
      extend: z.object({
        guide: z
          .object({ folder: z.string(), locale: z.string(), slug: z.string(), section: z.string() })
          .optional(),
      }),
    }),
  }),
};
