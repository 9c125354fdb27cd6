/**
 * The `aegis` command: `aegis verify <file.ndjson> [--checkpoint <file>] [--public-key <key>]`.
 *
 * @internal Not part of the public API; `cli.ts` runs it.
 * @module
 */
import { readFileSync } from 'node:fs';
import { bytesToHex } from '@noble/hashes/utils.js';
import { AuditLog } from '../audit/audit-log.js';
import { AegisError } from '../errors.js';
import { LineReader } from './_read-lines.js';
import { nodeSha256 } from './hash.js';

export const USAGE = `usage: aegis verify <file.ndjson> [--checkpoint <file>] [--public-key <key>] [--origin <origin>]

Verifies an Aegis audit log: every entry's hash and link, timestamp order, and canonical form;
with --checkpoint, also that the log extends that signed C2SP checkpoint. The key is 64 hex digits
or a note verifier key (name+id+base64). --origin defaults to the checkpoint's own origin.

exit status: 0 verified · 1 tampered, truncated or torn · 2 usage or file error`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

interface VerifyArgs {
  file: string;
  checkpoint?: string;
  publicKey?: string;
  origin?: string;
}

function parseArgs(argv: readonly string[]): VerifyArgs | string {
  const [command, ...rest] = argv;
  if (command !== 'verify') return command === undefined ? 'missing command' : `unknown command ${command}`;
  const args: Partial<VerifyArgs> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    const value = (): string | undefined => rest[++i];
    if (a === '--checkpoint') args.checkpoint = value() ?? '';
    else if (a === '--public-key') args.publicKey = value() ?? '';
    else if (a === '--origin') args.origin = value() ?? '';
    else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (args.file === undefined) args.file = a;
    else return `unexpected argument ${a}`;
  }
  if (args.file === undefined) return 'missing <file.ndjson>';
  if (args.checkpoint === '' || args.publicKey === '' || args.origin === '') return 'an option is missing its value';
  if (args.checkpoint !== undefined && args.publicKey === undefined) return '--checkpoint needs --public-key';
  if (args.publicKey !== undefined && args.checkpoint === undefined) return '--public-key needs --checkpoint';
  return args as VerifyArgs;
}

/** Runs the command line; returns the exit status. */
export function runCli(argv: readonly string[], io: CliIo): number {
  if (argv[0] === '--help' || argv[0] === '-h' || argv[0] === 'help') {
    io.out(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    io.err(`aegis: ${args}\n${USAGE}`);
    return 2;
  }
  let checkpoint: string | undefined;
  try {
    if (args.checkpoint !== undefined) checkpoint = readFileSync(args.checkpoint, 'utf8');
  } catch (error) {
    io.err(`aegis: cannot read ${args.checkpoint}: ${(error as Error).message}`);
    return 2;
  }
  // The checkpoint names the log; use its origin unless one is given.
  const origin = args.origin ?? checkpoint?.slice(0, Math.max(0, checkpoint.indexOf('\n')));
  try {
    const log = AuditLog.fromLines(new LineReader(args.file), {
      hash: nodeSha256,
      ...(origin ? { origin } : {}),
      ...(checkpoint === undefined ? {} : { checkpoint, publicKey: args.publicKey }),
    });
    io.out(`OK ${args.file}: ${log.size} entries verified, root ${bytesToHex(log.root())}`);
    if (checkpoint !== undefined) {
      const cp = log.verifyCheckpoint(checkpoint, args.publicKey);
      io.out(`OK checkpoint of ${cp.size} entries signed by ${cp.keyName}: the log extends it`);
    }
    return 0;
  } catch (error) {
    if (error instanceof AegisError && (error.code === 'TAMPERED' || error.code === 'LIMIT_EXCEEDED')) {
      const seq = error.details?.firstBadSeq;
      const verdict = error.details?.torn === true ? 'TORN' : 'TAMPERED';
      io.out(`${verdict} ${args.file}: ${error.message}`);
      if (typeof seq === 'number') io.out(`first bad entry: seq ${seq}`);
      return 1;
    }
    io.err(`aegis: ${(error as Error).message}`);
    return 2;
  }
}
