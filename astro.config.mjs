// The help site: Starlight (sidebar, Pagefind search in bundles, fr root + every locale of the
// guides, dark mode) over Astro. Inputs come from the environment (see src/site/site-env.ts);
// `bdc build` calls src/site/build-site.ts, which passes root/outDir/logLevel inline and sets the env.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { watchDataFolders } from './src/site/watch-data.ts';
import { contentSecurityPolicyIntegration } from './src/site/csp-integration.ts';
import { sitePhasesIntegration } from './src/site/site-phases.ts';
import { siteSearch, withSearchInBundles } from './src/site/search/site-search.ts';
import { readSiteLocales } from './src/site/locales.ts';
import { siteTitles } from './src/site/site-titles.ts';
import { siteBase, siteTitle, siteUrl } from './src/site/site-env.ts';

// A locale per ovh/docs locale of the guides that the site serves (src/site/site-locales.ts).
const { locales: siteLocales } = await readSiteLocales();
const locales = Object.fromEntries(siteLocales.map((locale) => [locale.key, { label: locale.label, lang: locale.htmlLang }]));
// Long guides should not rank below short order pages that merely mention a word.
const search = await siteSearch({ pageLength: 0.1 });

export default defineConfig({
  // Where the site is published: bdc build --site/--base or bdc.config.yaml (src/site/site-config.ts).
  site: siteUrl(),
  base: siteBase(),
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
  // The dev server watches src/ and, through watchDataFolders, the data; never build outputs.
  vite: { server: { watch: { ignored: ['dist', 'bench/out', 'tmp', 'coverage', 'node_modules'].map((dir) => `${fileURLToPath(new URL(`./${dir}`, import.meta.url))}/**`) } } },
  // The CSP integration first: the search index (Starlight's build step) then reads the pages
  // as they are published, as it does after an incremental build (src/pipeline/site-step.ts).
  integrations: [
    // Marks the site build's phases for the bench (src/site/site-phases.ts); writes nothing unless asked.
    sitePhasesIntegration(),
    // A sitemap needs the site's address: without --site, Starlight's own is replaced by none
    // (it looks for an integration of that name), instead of a warning on every build.
    ...(siteUrl() === undefined ? [{ name: '@astrojs/sitemap', hooks: {} }] : []),
    contentSecurityPolicyIntegration(),
    withSearchInBundles(starlight({
      title: siteTitles(siteLocales, siteTitle()),
      description: 'Bons de commande, suivi, états et droit de rétractation.',
      defaultLocale: 'root',
      locales,
      sidebar: [{ label: 'Guides', translations: { en: 'Guides' }, items: [{ autogenerate: { directory: 'guides' } }] }],
      components: { LanguageSelect: './src/components/LanguageSelect.astro' },
      routeMiddleware: './src/site/route-middleware.ts',
      customCss: ['./src/styles/help-centre.css'],
      lastUpdated: false,
      pagination: false,
      credits: false,
      disable404Route: true,
      // Several index bundles merged by the search box when the orders are many.
      pagefind: search.pagefind,
      markdown: { headingLinks: false },
    }), search),
    watchDataFolders(),
  ],
});
