#!/usr/bin/env node
// The `bdc` command. The sources are TypeScript run by Node's type stripping (Node >= 22.18).
// Node's compile cache (in the OS temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it
// off) keeps the stripped and compiled modules between runs: a faster start for every command.
import module from 'node:module';

const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `bdc: needs Node.js >= 22.18, found ${process.version}. In a checkout, run it through npm ` +
      '(`npx bdc …`, `npm start`): `npm ci` installs Node 24 as a dev dependency.\n',
  );
  process.exit(2);
}
module.enableCompileCache?.();
const { main } = await import('../src/cli/main.ts');

process.exitCode = await main(process.argv.slice(2));
