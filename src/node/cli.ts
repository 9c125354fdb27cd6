#!/usr/bin/env node
/**
 * The `aegis` executable (package.json `bin`). See `aegis --help`.
 *
 * @module
 */
import { runCli } from './_cli.js';

process.exitCode = runCli(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
