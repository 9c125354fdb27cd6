/**
 * The `aegis` command: `aegis verify <file.ndjson> [--checkpoint <file> --public-key <key>]
 * [--origin <origin>] [--max-data-length <n>]`.
 *
 * Exit status 1 means "this log does not verify" whatever the reason found (a changed, missing or
 * torn entry, bytes that are not UTF-8, data over the limit, a checkpoint that is malformed, badly
 * signed, for another log or not extended by this one); 2 means the command could not be run as
 * given (usage, a key that is not a key, a file that cannot be read).
 *
 * @internal Not part of the public API; `cli.ts` runs it.
 * @module
 */
import { readFileSync } from 'node:fs';
import { bytesToHex } from '@noble/hashes/utils.js';
import { parsePublicKey } from '../audit/_signed-note.js';
import { AuditLog } from '../audit/audit-log.js';
import { AegisError } from '../errors.js';
import { LineReader } from './_read-lines.js';
import { nodeSha256 } from './hash.js';

const ORIGIN = 'aegis verify';
const DEFAULT_ORIGIN = 'aegis-audit-log';
const DEFAULT_MAX_DATA_LENGTH = 1_048_576;

export const USAGE = `usage: aegis verify <file.ndjson> [--checkpoint <file> --public-key <key>] [--origin <origin>]
                    [--max-data-length <n>]

Verifies an Aegis audit log: every entry's hash and link, timestamp order, canonical form and
UTF-8 bytes; with --checkpoint, also that the log extends that signed C2SP checkpoint. The key is
64 hex digits or a note verifier key (name+id+base64).

  --origin            the log's name, which a checkpoint must carry (default ${DEFAULT_ORIGIN},
                      the origin of a log built without one); a checkpoint of another log
                      signed by the same key does not verify
  --max-data-length   longest data of one entry, in UTF-16 code units, as the log was written
                      with (default ${DEFAULT_MAX_DATA_LENGTH})

exit status: 0 verified · 1 not verified (tampered, truncated, torn, not UTF-8, too large, or a
checkpoint that is malformed, badly signed or for another log) · 2 usage or file error`;

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

interface VerifyArgs {
  file: string;
  checkpoint?: string;
  publicKey?: string;
  origin?: string;
  maxDataLength?: number;
}

const OPTIONS = new Set(['--checkpoint', '--public-key', '--origin', '--max-data-length']);

function parseArgs(argv: readonly string[]): VerifyArgs | string {
  const [command, ...rest] = argv;
  if (command !== 'verify') return command === undefined ? 'missing command' : `unknown command ${command}`;
  const values = new Map<string, string>();
  let file: string | undefined;
  for (let i = 0; i < rest.length; i++) {
    // i < rest.length
    const a = rest[i]!;
    if (OPTIONS.has(a)) {
      const v = rest[++i];
      if (v === undefined || v === '') return `${a} is missing its value`;
      if (values.has(a)) return `${a} is given twice`;
      values.set(a, v);
    } else if (a.startsWith('--')) return `unknown option ${a}`;
    else if (file === undefined) file = a;
    else return `unexpected argument ${a}`;
  }
  if (file === undefined) return 'missing <file.ndjson>';
  const args: VerifyArgs = { file };
  const checkpoint = values.get('--checkpoint');
  const publicKey = values.get('--public-key');
  if (checkpoint !== undefined && publicKey === undefined) return '--checkpoint needs --public-key';
  if (publicKey !== undefined && checkpoint === undefined) return '--public-key needs --checkpoint';
  if (checkpoint !== undefined) args.checkpoint = checkpoint;
  if (publicKey !== undefined) {
    try {
      parsePublicKey(ORIGIN, publicKey);
    } catch (error) {
      return (error as Error).message;
    }
    args.publicKey = publicKey;
  }
  const origin = values.get('--origin');
  if (origin !== undefined) args.origin = origin;
  const max = values.get('--max-data-length');
  if (max !== undefined) {
    if (!/^[0-9]{1,10}$/.test(max)) return `--max-data-length must be a whole number, got ${max}`;
    args.maxDataLength = Number(max);
  }
  // The log's own options, checked as the log checks them: a bad origin or limit is a usage error.
  try {
    new AuditLog(logOptions(args));
  } catch (error) {
    return (error as Error).message;
  }
  return args;
}

function logOptions(args: VerifyArgs): { origin?: string; maxDataLength?: number } {
  return {
    ...(args.origin === undefined ? {} : { origin: args.origin }),
    ...(args.maxDataLength === undefined ? {} : { maxDataLength: args.maxDataLength }),
  };
}

/** The checkpoint file's text, its bytes decoded strictly: bytes that are not UTF-8 are refused. */
function readCheckpoint(path: string): string {
  const bytes = readFileSync(path);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (error) {
    throw new AegisError('INVALID_ARGUMENT', ORIGIN, `the checkpoint ${path} is not valid UTF-8`, undefined, {
      cause: error,
    });
  }
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
  try {
    const checkpoint = args.checkpoint === undefined ? undefined : readCheckpoint(args.checkpoint);
    // The origin is the log's (given, or the default), never read from the checkpoint under test.
    const log = AuditLog.fromLines(new LineReader(args.file, ORIGIN), {
      hash: nodeSha256,
      ...logOptions(args),
      ...(checkpoint === undefined ? {} : { checkpoint, publicKey: args.publicKey }),
    });
    io.out(`OK ${args.file}: ${log.size} entries verified, root ${bytesToHex(log.root())}`);
    if (checkpoint !== undefined) {
      const cp = log.verifyCheckpoint(checkpoint, args.publicKey);
      io.out(`OK checkpoint of ${cp.size} entries signed by ${cp.keyName}: the log extends it`);
    }
    return 0;
  } catch (error) {
    if (!(error instanceof AegisError)) {
      // The file system's errors: the command could not look at the log.
      io.err(`aegis: ${(error as Error).message}`);
      return 2;
    }
    io.out(`${verdict(error)} ${args.file}: ${error.message}`);
    const seq = error.details?.firstBadSeq;
    if (typeof seq === 'number') io.out(`first bad entry: seq ${seq}`);
    if (error.code === 'LIMIT_EXCEEDED') io.out('a log written with larger limits needs --max-data-length');
    return 1;
  }
}

function verdict(error: AegisError): string {
  if (error.details?.torn === true) return 'TORN';
  if (error.code === 'TAMPERED') return 'TAMPERED';
  if (error.code === 'LIMIT_EXCEEDED') return 'TOO LARGE';
  return 'NOT VERIFIED';
}
