#!/usr/bin/env node
// The `bdc` command. Installed from the registry (under node_modules, where Node strips no
// types) it runs the compiled JavaScript in lib/; in a checkout it runs the TypeScript
// sources through Node's type stripping (Node >= 22.18; `npm ci` brings Node 24).
// Node's compile cache (in the OS temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it
// off) keeps the compiled modules between runs: a faster start for every command.
import module from 'node:module';
import v8 from 'node:v8';

const installed = import.meta.url.includes('/node_modules/');
const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
const [needMajor, needMinor] = installed ? [22, 12] : [22, 18];
if (major < needMajor || (major === needMajor && minor < needMinor)) {
  process.stderr.write(
    `bdc: needs Node.js >= ${needMajor}.${needMinor}, found ${process.version}.` +
      (installed ? '\n' : ' In a checkout, run it through npm (`npx bdc …`, `npm start`): `npm ci` installs Node 24 as a dev dependency.\n'),
  );
  process.exit(2);
}
module.enableCompileCache?.();
// V8 flags for this command's process, set before its code runs (src/cli/v8-flags.ts says why).
const { v8FlagsFor } = await import(installed ? '../lib/cli/v8-flags.js' : '../src/cli/v8-flags.ts');
for (const flag of v8FlagsFor(process.argv[2])) v8.setFlagsFromString(flag);
const { main } = await import(installed ? '../lib/cli/main.js' : '../src/cli/main.ts');

process.exitCode = await main(process.argv.slice(2));
