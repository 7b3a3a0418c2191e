#!/usr/bin/env node
// Entry point of the `lantoa` CLI: runs the TypeScript sources through tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('../apps/server/src/cli/index.ts');
