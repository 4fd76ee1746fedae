/**
 * DuckDB's Node API, loaded with `require`. The package is CommonJS across about a hundred files; an ESM
 * `import` of it makes Node scan every file for its exports first, which costs more than the rest of a
 * command's start-up (≈0.8 s against ≈0.25 s with `require`, measured with bench/first-answer.mjs).
 * Types come from the package as usual (`import type`).
 */
import { createRequire } from 'node:module';
import type * as DuckDB from '@duckdb/node-api';

/** The @duckdb/node-api module. */
export const duckdb: typeof DuckDB = createRequire(import.meta.url)('@duckdb/node-api');
