/**
 * Dev-server integration: watches the data folder (orders, reference data) and the templates;
 * on a change it invalidates the cached site data and reloads the browser. Guides are watched
 * by their content loader.
 */
import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { bumpDataVersion } from './data-version.ts';
import { dataDir, referenceFile } from './site-env.ts';

export function watchDataFolders(): AstroIntegration {
  return {
    name: 'bdc-watch-data',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        const watched = [dataDir(), referenceFile(), resolve('templates')];
        server.watcher.add(watched);
        const onChange = (file: string): void => {
          if (!watched.some((root) => file.startsWith(root)) || !/\.(ya?ml|hbs|css)$/.test(file)) return;
          bumpDataVersion();
          logger.info(`data changed: ${file}; reloading`);
          server.ws.send({ type: 'full-reload' });
        };
        server.watcher.on('change', onChange);
        server.watcher.on('add', onChange);
        server.watcher.on('unlink', onChange);
      },
    },
  };
}
