#!/usr/bin/env node
// The `bdc` command. The sources are TypeScript run by Node's type stripping (Node >= 22.18).
// Node's compile cache (in the OS temporary folder; NODE_DISABLE_COMPILE_CACHE=1 turns it
// off) keeps the stripped and compiled modules between runs: a faster start for every command.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../src/cli/main.ts');

process.exitCode = await main(process.argv.slice(2));
