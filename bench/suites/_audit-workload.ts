/**
 * The audit suites' shared workload: the two hash backends, a seeded log of skewed types and actors
 * with ~60 bytes of data per entry, the queries, and the full-scan baseline they are compared with.
 */
import { hash as nodeCryptoHash } from 'node:crypto';
import { sha256 } from '@noble/hashes/sha2.js';
import { type AuditEntry, AuditLog, type HashFunction, type HistoryQuery } from '../../src/index.js';
import { nodeSha256 } from '../../src/node/index.js';
import { consume } from '../harness/context.js';

export interface Backend {
  /** Row label. */
  name: string;
  /** Id fragment. */
  id: string;
  /** `undefined` is the default (@noble/hashes). */
  hash: HashFunction | undefined;
  /** The Aegis bar for logAction throughput with this backend. */
  logsPerSecond: number;
  /** The same SHA-256 for merkletreejs, which hashes Buffers. */
  peerHash: (data: Buffer) => Buffer;
}

export const BACKENDS: Backend[] = [
  {
    name: 'node:crypto',
    id: 'node',
    hash: nodeSha256,
    logsPerSecond: 100_000,
    peerHash: (d) => nodeCryptoHash('sha256', d, 'buffer'),
  },
  {
    name: '@noble/hashes',
    id: 'noble',
    hash: undefined,
    logsPerSecond: 40_000,
    peerHash: (d) => Buffer.from(sha256(d)),
  },
];

export const TYPES = [
  'tool.call',
  'request.allowed',
  'request.blocked',
  'request.escalated',
  'ethics.check',
  'evolution.learned',
  'checkpoint.note',
];
export const TOOLS = ['shell', 'http', 'fs.read', 'fs.write', 'sql', 'email', 'browser', 'python'];
export const ACTORS = Array.from({ length: 32 }, (_, i) => `agent-${i}`);
export const START = 1_700_000_000_000;
/** The rarest type: about 1 entry in 500. */
export const RARE = 'hitl.decision';

/** A log with a 1-ms-per-entry clock; entry i is logged at START + i. */
export function newLog(backend: Backend): { log: AuditLog; add(i: number): AuditEntry; append(i: number): number } {
  let t = START;
  const log = new AuditLog({ clock: () => t++, ...(backend.hash ? { hash: backend.hash } : {}) });
  return {
    log,
    add: (i) => log.logAction(typeOf(i), dataOf(i), { actor: ACTORS[(i * 7 + (i >>> 6)) % 32] as string }),
    append: (i) => log.append(typeOf(i), dataOf(i), { actor: ACTORS[(i * 7 + (i >>> 6)) % 32] as string }),
  };
}

/** Skewed types: the rare one about 1 in 500, the seven others evenly. */
export function typeOf(i: number): string {
  const h = Math.imul(i, 0x9e3779b1) >>> 0;
  return h % 500 === 0 ? RARE : (TYPES[h % TYPES.length] as string);
}

/** About 60 bytes of JSON, so that an entry's canonical text is about 190 bytes (a ~250-byte line). */
export function dataOf(i: number): { action: number; tool: string; target: string; ok: boolean } {
  return { action: i, tool: TOOLS[i & 7] as string, target: `/srv/app/${i % 997}.log`, ok: (i & 3) !== 0 };
}

export const QUERIES: [string, (n: number) => HistoryQuery][] = [
  ['type + actor, newest 100', () => ({ types: ['request.blocked'], actor: 'agent-5', limit: 100, order: 'desc' })],
  ['type, newest 100', () => ({ types: ['tool.call'], limit: 100, order: 'desc' })],
  ['time window, first 100', (n) => ({ from: START + Math.floor(n / 2), to: START + n, limit: 100 })],
  ['rare type, all', () => ({ types: [RARE] })],
  [
    'two types + actor + time, 100',
    (n) => ({ types: [RARE, 'tool.call'], actor: 'agent-9', from: START + Math.floor(n / 4), limit: 100 }),
  ],
];

/** The query answered by filtering an array of entry objects: the full scan the indexes avoid. */
export function scan(entries: readonly AuditEntry[], q: HistoryQuery): AuditEntry[] {
  let out = entries.filter(
    (e) =>
      (q.from === undefined || e.timestamp >= q.from) &&
      (q.to === undefined || e.timestamp <= q.to) &&
      (q.types === undefined || q.types.includes(e.type)) &&
      (q.actor === undefined || e.actor === q.actor),
  );
  if (q.order === 'desc') out = out.reverse();
  return out.slice(0, q.limit ?? out.length);
}

export function timeMs(fn: () => unknown): number {
  const t0 = performance.now();
  consume(fn());
  return performance.now() - t0;
}

/** Wall and CPU time of `fn` (CPU time is what a core of its own would take on a busy machine). */
export function timed(fn: () => unknown): { ms: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const ms = timeMs(fn);
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000 };
}
