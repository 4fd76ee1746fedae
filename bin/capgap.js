#!/usr/bin/env node
// capgap's command-line entry. The installed package runs the built JavaScript in dist/; a clone without a
// build (development, tests) registers tsx and runs the TypeScript sources as they are.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli/main.js', import.meta.url);
let main;
if (existsSync(built)) {
  ({ main } = await import(built.href));
} else {
  const { register } = await import('tsx/esm/api');
  register();
  ({ main } = await import('../src/cli/main.ts'));
}
await main(process.argv.slice(2));
