#!/usr/bin/env node
/**
 * The `aegis` executable (package.json `bin`). See `aegis --help`.
 *
 * @module
 */
import { runCli } from './_cli.js';
import { runMcpProxy } from './_mcp-cli.js';

const io = {
  out: (text: string) => process.stdout.write(`${text}\n`),
  err: (text: string) => process.stderr.write(`${text}\n`),
};
const argv = process.argv.slice(2);

if (argv[0] === 'mcp-proxy') process.exitCode = await runMcpProxy(argv.slice(1), io);
else process.exitCode = runCli(argv, io);
