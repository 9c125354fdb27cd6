/**
 * `verifyChain` on a log whose storage is corrupted in memory. The public API offers no way to change
 * an entry, so these tests reach into the log's columns and Merkle levels, as a memory fault or an
 * attacker with access to the process would.
 */
import { describe, expect, it } from 'vitest';
import type { HashLevels } from '../../src/structures/_hash-levels.js';
import { internals, sampleLog } from './_helpers.js';

/** Flips a bit of node j at `level` of the log's Merkle tree (byte `byte` of the hash). */
function flipNode(log: ReturnType<typeof sampleLog>, level: number, j: number, byte = 0): void {
  const levels = (internals(log).merkle as unknown as { levels: HashLevels }).levels;
  const chunk = levels.chunk(level, j);
  const off = levels.offset(j) + byte;
  chunk[off] = (chunk[off] as number) ^ 1;
}

describe('AuditLog.verifyChain', () => {
  it('verifies an intact log, in full and incrementally', () => {
    const log = sampleLog(50);
    expect(log.verifyChain()).toEqual({ ok: true, verified: 50, size: 50 });
    expect(log.verifyChain()).toEqual({ ok: true, verified: 0, size: 50 });
    expect(log.verifyChain({ full: true })).toEqual({ ok: true, verified: 50, size: 50 });
  });

  it('verifies only what was appended since the last successful verify', () => {
    const log = sampleLog(40);
    log.verifyChain();
    for (let i = 0; i < 7; i++) log.logAction('more', { i });
    expect(log.verifyChain()).toEqual({ ok: true, verified: 7, size: 47 });
  });

  it('verifies an empty log', () => {
    expect(sampleLog(0).verifyChain()).toEqual({ ok: true, verified: 0, size: 0 });
  });

  const corruptions: [string, (log: ReturnType<typeof sampleLog>) => void, number][] = [
    ['changed data', (log) => setData(log, 17, '{"i":17,"note":"entry 71"}'), 17],
    [
      'a changed timestamp',
      (log) => internals(log).store.timestamps.set(23, internals(log).store.timestamp(23) + 0.5),
      23,
    ],
    ['a timestamp moved before its predecessor', (log) => internals(log).store.timestamps.set(9, 0), 9],
    [
      'a changed type',
      (log) => internals(log).store.typeIds.set(30, (internals(log).store.typeIds.get(30) + 1) % 3),
      30,
    ],
    ['a removed actor', (log) => internals(log).store.actorIds.set(4, 0xffffffff), 4],
    ['a type id that names no type', (log) => internals(log).store.typeIds.set(6, 99), 6],
    ['an actor id that names no actor', (log) => internals(log).store.actorIds.set(7, 99), 7],
    ['a changed stored hash', (log) => flipNode(log, 0, 12, 5), 12],
    // Node 3 of height 2 covers entries 12–15; its parent (entries 8–15) no longer matches it either.
    ['a changed Merkle node', (log) => flipNode(log, 2, 3), 8],
    ['the last entry changed', (log) => setData(log, 49, '{}'), 49],
  ];

  for (const [name, corrupt, firstBad] of corruptions) {
    it(`finds ${name} and names the first bad entry, incrementally and in full`, () => {
      const fresh = sampleLog(50);
      corrupt(fresh);
      const incremental = fresh.verifyChain();
      expect(incremental.ok).toBe(false);
      expect(incremental.firstBadSeq).toBe(firstBad);
      expect(incremental.reason).toMatch(/\w/);
      expect(fresh.verifyChain({ full: true })).toEqual(incremental);
      // A failure does not move the verified point: the next verify reports it again.
      expect(fresh.verifyChain().firstBadSeq).toBe(firstBad);
    });
  }

  it('reports how many entries verified before the bad one', () => {
    const log = sampleLog(30);
    log.verifyChain();
    for (let i = 0; i < 10; i++) log.logAction('more', { i });
    internals(log).store.data[35] = '"changed"';
    expect(log.verifyChain()).toMatchObject({ ok: false, verified: 5, size: 40, firstBadSeq: 35 });
  });

  it('trusts entries it verified before, unless the last of them changed; a full verify finds any', () => {
    const log = sampleLog(30);
    log.verifyChain();
    internals(log).store.data[10] = '"changed"';
    expect(log.verifyChain().ok).toBe(true);
    expect(log.verifyChain({ full: true })).toMatchObject({ ok: false, firstBadSeq: 10 });

    const other = sampleLog(30);
    other.verifyChain();
    flipNode(other, 0, 29); // the last verified entry's hash
    expect(other.verifyChain()).toMatchObject({ ok: false, firstBadSeq: 29 });
  });

  it('refuses unknown options', () => {
    expect(() => sampleLog(1).verifyChain({ fast: true } as never)).toThrow(/unknown option/);
    expect(() => sampleLog(1).verifyChain({ full: 1 } as never)).toThrow(/boolean/);
  });
});

/** Replaces the stored canonical data of entry `seq`. */
function setData(log: ReturnType<typeof sampleLog>, seq: number, json: string): void {
  internals(log).store.data[seq] = json;
}
