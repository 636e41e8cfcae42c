// The help site: Starlight (sidebar, Pagefind search, fr root + en, dark mode) over Astro.
// Inputs come from the environment (see src/site/site-env.ts); `bdc build` calls
// src/site/build-site.ts, which passes root/outDir/logLevel inline and sets the env.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { watchDataFolders } from './src/site/watch-data.ts';
import { contentSecurityPolicyIntegration } from './src/site/csp-integration.ts';

export default defineConfig({
  site: 'https://help.example.com',
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  markdown: { syntaxHighlight: false },
  // The dev server watches src/ and, through watchDataFolders, the data; never build outputs.
  vite: { server: { watch: { ignored: ['dist', 'bench/out', 'tmp', 'coverage', 'node_modules'].map((dir) => `${fileURLToPath(new URL(`./${dir}`, import.meta.url))}/**`) } } },
  integrations: [
    starlight({
      title: { fr: 'Centre d’aide · Commandes', en: 'Help centre · Orders' },
      description: 'Bons de commande, suivi, états et droit de rétractation.',
      defaultLocale: 'root',
      locales: {
        root: { label: 'Français', lang: 'fr' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar: [{ label: 'Guides', translations: { en: 'Guides' }, items: [{ autogenerate: { directory: 'guides' } }] }],
      components: { LanguageSelect: './src/components/LanguageSelect.astro' },
      routeMiddleware: './src/site/route-middleware.ts',
      customCss: ['./src/styles/help-centre.css'],
      lastUpdated: false,
      pagination: false,
      credits: false,
      disable404Route: true,
      // Long guides should not rank below short order pages that merely mention a word.
      pagefind: { ranking: { pageLength: 0.1 } },
      markdown: { headingLinks: false },
    }),
    watchDataFolders(),
    contentSecurityPolicyIntegration(),
  ],
});
