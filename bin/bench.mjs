#!/usr/bin/env node
// `npm run bench -- <name> [args]`: runs bench/<name>.ts, which prints `BENCH <name> <metric>=<value><unit>` lines.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../bench');
const name = process.argv[2];
const file = name && path.join(dir, `${name}.ts`);
if (!file || !existsSync(file)) {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith('.ts') && !f.startsWith('_'))
    .map((f) => f.slice(0, -3));
  console.error(`usage: npm run bench -- <name>\navailable: ${names.join(', ')}`);
  process.exit(2);
}
register();
process.argv.splice(2, 1);
await import(file);
