// Starlight's docs collection, filled from data/guides by our loader (not src/content/docs).
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { guidesLoader } from './site/guides-loader.ts';
import { uiStringsLoader } from './site/ui-strings-loader.ts';

/**
 * The docs schema, made once. Starlight's <StarlightPage> (every order page and list) asks for
 * the collection's schema on every page and would build it again each time (~1 ms a page, a
 * tenth of the page's rendering). Its context only gives `image()`, which the schema uses for a
 * hero image: no guide (guides-loader.ts never sets one) nor page of ours has one.
 */
function madeOnce<C, S>(make: (context: C) => S): (context: C) => S {
  let made: S | undefined;
  return (context) => (made ??= make(context));
}

export const collections = {
  i18n: defineCollection({ loader: uiStringsLoader(), schema: i18nSchema() }),
  docs: defineCollection({
    loader: guidesLoader(),
    schema: madeOnce(
      docsSchema({
        extend: z.object({
          guide: z
            .object({ folder: z.string(), locale: z.string(), slug: z.string(), section: z.string() })
            .optional(),
        }),
      }),
    ),
  }),
};
