import { describe, expect, it } from 'vitest';
import { siblingModule } from '../../../src/io/sibling-module.ts';

describe('siblingModule', () => {
  it('names the TypeScript source beside a source module (a checkout)', () => {
    expect(siblingModule('worker', 'file:///repo/src/input/parallel/worker-pool.ts').href).toBe('file:///repo/src/input/parallel/worker.ts');
  });

  it('names the compiled module beside a compiled one (the installed package)', () => {
    expect(siblingModule('astro-build-child', 'file:///app/node_modules/@bon-de-commande/bdc/lib/site/build-site.js').href).toBe(
      'file:///app/node_modules/@bon-de-commande/bdc/lib/site/astro-build-child.js',
    );
  });
});
