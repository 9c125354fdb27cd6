import { createHash } from 'node:crypto';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { AuditLog, generateSigningKey } from '../../src/audit/index.js';
import { canonicalize, hashLeaf } from '../../src/structures/index.js';
import { expectAegis, sampleLog, steppingClock } from './_helpers.js';

const signingKey = generateSigningKey();

describe('AuditLog.exportLog', () => {
  it('yields one canonical JSON line per entry, without newlines', () => {
    const log = sampleLog(5);
    const lines = [...log.exportLog()];
    expect(lines).toHaveLength(5);
    lines.forEach((line, seq) => {
      expect(line).not.toContain('\n');
      expect(line).toBe(canonicalize(log.entry(seq)));
    });
  });

  it('exports a range, and stops at the size it had when called', () => {
    const log = sampleLog(8);
    const all = [...log.exportLog()];
    expect([...log.exportLog({ from: 2, to: 5 })]).toEqual(all.slice(2, 5));
    const it = log.exportLog();
    log.logAction('later', 1);
    expect([...it]).toEqual(all);
  });

  it('refuses a bad range before yielding anything', () => {
    const log = sampleLog(3);
    expectAegis(() => log.exportLog({ from: 2, to: 1 }), 'INVALID_ARGUMENT');
    expectAegis(() => log.exportLog({ to: 4 }), 'INVALID_ARGUMENT');
    expectAegis(() => log.exportLog({ start: 0 } as never), 'INVALID_ARGUMENT');
  });
});

describe('AuditLog.fromLines', () => {
  const log = sampleLog(30, { signingKey });
  const lines = [...log.exportLog()];
  const checkpoint = log.checkpoint();

  it('rebuilds the same log: entries, head, roots, proofs, queries', () => {
    const copy = AuditLog.fromLines(lines);
    expect(copy.size).toBe(30);
    expect(copy.head).toBe(log.head);
    expect(bytesToHex(copy.root(17))).toBe(bytesToHex(log.root(17)));
    expect([...copy.exportLog()]).toEqual(lines);
    expect(copy.queryHistory({ actor: 'agent-1', types: ['decision'] })).toEqual(
      log.queryHistory({ actor: 'agent-1', types: ['decision'] }),
    );
    expect(copy.verifyChain()).toEqual({ ok: true, verified: 0, size: 30 });
    expect(copy.verifyChain({ full: true }).ok).toBe(true);
  });

  it('reads text split on newlines (the empty last element is ignored)', () => {
    const text = lines.map((l) => `${l}\n`).join('');
    expect(AuditLog.fromLines(text.split('\n')).size).toBe(30);
  });

  it('keeps appending where the restored log ended, with its options', () => {
    const seen: string[] = [];
    const copy = AuditLog.fromLines(lines, { clock: steppingClock(2e12), onAppend: (_, line) => seen.push(line) });
    expect(seen).toEqual([]);
    const e = copy.logAction('next', { ok: true });
    expect(e.seq).toBe(30);
    expect(e.prevHash).toBe(log.head);
    expect(seen).toHaveLength(1);
    expect(copy.verifyChain().ok).toBe(true);
  });

  it('restores and checks a signed checkpoint', () => {
    const copy = AuditLog.fromLines(lines, { checkpoint, publicKey: log.verifierKey as string });
    expect(copy.size).toBe(30);
    expect(AuditLog.fromLines(lines, { checkpoint, signingKey }).size).toBe(30);
  });

  it('restores an empty log', () => {
    expect(AuditLog.fromLines([]).size).toBe(0);
    expect(AuditLog.fromLines(['']).size).toBe(0);
  });

  it('verifies with node:crypto SHA-256 a log written with the portable one', () => {
    const nodeSha = (d: Uint8Array) => createHash('sha256').update(d).digest();
    expect(AuditLog.fromLines(lines, { hash: nodeSha }).head).toBe(log.head);
  });

  /** Expects fromLines to refuse `bad` as TAMPERED at `seq`. */
  function expectTampered(bad: string[], seq: number, options = {}): void {
    const error = expectAegis(() => AuditLog.fromLines(bad, options), 'TAMPERED');
    expect(error.details?.firstBadSeq).toBe(seq);
  }
  const edit = (seq: number, f: (line: string) => string) => lines.map((l, i) => (i === seq ? f(l) : l));

  describe('finds the first bad entry of a tampered log (TAMPERED with details.firstBadSeq)', () => {
    const cases: [string, () => string[], number][] = [
      ['changed data', () => edit(11, (l) => l.replace('"i":11', '"i":12')), 11],
      ['a changed type', () => edit(4, (l) => l.replace('"type":"request.blocked"', '"type":"decision"')), 4],
      ['a changed actor', () => edit(6, (l) => l.replace('"actor":"agent-2"', '"actor":"agent-3"')), 6],
      ['a removed actor', () => edit(6, (l) => l.replace('"actor":"agent-2"', '"actor":null')), 6],
      [
        'a changed timestamp',
        () => edit(8, (l) => l.replace(/"timestamp":(\d+)/, (_, t) => `"timestamp":${Number(t) + 1}`)),
        8,
      ],
      ['a changed hash', () => edit(3, (l) => l.replace(/"hash":"./, '"hash":"f')), 3],
      ['a changed prevHash', () => edit(3, (l) => l.replace(/"prevHash":"./, '"prevHash":"f')), 3],
      ['a changed seq', () => edit(5, (l) => l.replace('"seq":5', '"seq":6')), 5],
      ['a deleted line', () => lines.filter((_, i) => i !== 9), 9],
      ['a deleted first line', () => lines.slice(1), 0],
      ['a duplicated line', () => [...lines.slice(0, 13), lines[12] as string, ...lines.slice(13)], 13],
      ['swapped lines', () => lines.map((l, i) => (i === 20 ? lines[21] : i === 21 ? lines[20] : l) as string), 20],
      [
        'an inserted foreign entry',
        () => [...lines.slice(0, 2), sampleLog(1).exportLog().next().value as string, ...lines.slice(2)],
        2,
      ],
      ['a re-hashed entry (its successor no longer links to it)', () => rehashed(lines, 14), 15],
      ['extra whitespace', () => edit(2, (l) => l.replace('{"actor"', '{ "actor"')), 2],
      ['reordered keys', () => edit(2, (l) => JSON.stringify(reorder(JSON.parse(l)))), 2],
      ['a CRLF line ending', () => edit(0, (l) => `${l}\r`), 0],
      ['a blank line in the middle', () => [...lines.slice(0, 5), '', ...lines.slice(5)], 5],
      ['a JSON array instead of an entry', () => edit(7, () => '[1,2]'), 7],
      ['an extra field', () => edit(7, (l) => l.replace('{"actor"', '{"a":1,"actor"')), 7],
      ['a timestamp earlier than its predecessor', () => rehashedAt(lines, 29, { timestamp: 0 }), 29],
      ['a lone surrogate escaped in data', () => edit(1, (l) => l.replace('"note":"entry 1"', '"note":"\\ud800"')), 1],
      ['garbage in the middle (not JSON)', () => edit(10, (l) => l.slice(0, 40)), 10],
    ];
    for (const [name, make, seq] of cases) it(name, () => expectTampered(make(), seq));
  });

  it('detects a truncated log only against a checkpoint, and names the first missing entry', () => {
    expect(AuditLog.fromLines(lines.slice(0, 25)).size).toBe(25);
    const error = expectAegis(() => AuditLog.fromLines(lines.slice(0, 25), { checkpoint, signingKey }), 'TAMPERED');
    expect(error.details).toMatchObject({ firstBadSeq: 25, checkpointSize: 30 });
  });

  it('detects an altered last entry (re-hashed, nothing after it to break) against a checkpoint', () => {
    const bad = rehashedAt(lines, 29, { data: { i: 29, note: 'forged' } });
    expect(AuditLog.fromLines(bad).size).toBe(30);
    expectAegis(() => AuditLog.fromLines(bad, { checkpoint, signingKey }), 'TAMPERED');
  });

  describe('a torn final line (a write cut short)', () => {
    const torn = [...lines.slice(0, 29), (lines[29] as string).slice(0, 50)];

    it('is reported as TAMPERED with details.torn and its seq', () => {
      const error = expectAegis(() => AuditLog.fromLines(torn), 'TAMPERED');
      expect(error.details).toMatchObject({ firstBadSeq: 29, torn: true });
      expect(error.message).toMatch(/dropTornLine/);
    });

    it('is dropped when asked, keeping every complete entry', () => {
      const copy = AuditLog.fromLines(torn, { dropTornLine: true });
      expect(copy.size).toBe(29);
      expect(copy.head).toBe(log.entry(28).hash);
    });

    it('is still a truncation for a checkpoint that covered it', () => {
      expectAegis(() => AuditLog.fromLines(torn, { dropTornLine: true, checkpoint, signingKey }), 'TAMPERED');
    });

    it('is only the last line: a cut line in the middle is tampering, never dropped', () => {
      const middle = edit(10, (l) => l.slice(0, 40));
      const error = expectAegis(() => AuditLog.fromLines(middle, { dropTornLine: true }), 'TAMPERED');
      expect(error.details).toEqual({ firstBadSeq: 10 });
    });
  });

  it('refuses data beyond the restored log’s limits with LIMIT_EXCEEDED', () => {
    const error = expectAegis(() => AuditLog.fromLines(lines, { maxDataLength: 10 }), 'LIMIT_EXCEEDED');
    expect(error.details?.firstBadSeq).toBe(0);
  });

  it('refuses to restore with a different hash function', () => {
    const other = (d: Uint8Array) => createHash('sha512-256').update(d).digest();
    expectTampered(lines, 0, { hash: other });
  });

  describe('refuses bad arguments', () => {
    const cases: [string, () => unknown][] = [
      ['a string instead of lines', () => AuditLog.fromLines(lines.join('\n') as never)],
      ['null', () => AuditLog.fromLines(null as never)],
      ['a line that is not a string', () => AuditLog.fromLines([lines[0], 5] as never)],
      ['an unknown option', () => AuditLog.fromLines(lines, { drop: true } as never)],
      ['a publicKey without a checkpoint', () => AuditLog.fromLines(lines, { publicKey: log.verifierKey as string })],
      ['a checkpoint without any key', () => AuditLog.fromLines(lines, { checkpoint })],
      ['a malformed public key', () => AuditLog.fromLines(lines, { checkpoint, publicKey: 'xyz' })],
      ['dropTornLine that is not a boolean', () => AuditLog.fromLines(lines, { dropTornLine: 'yes' as never })],
    ];
    for (const [name, fn] of cases) it(name, () => expectAegis(fn, 'INVALID_ARGUMENT'));
  });
});

function reorder(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).reverse());
}

/** Rewrites entry `seq` with `changes`, recomputing its hash as a forger would (links after it break). */
function rehashedAt(lines: string[], seq: number, changes: Record<string, unknown>): string[] {
  const { hash: _old, ...unsigned } = { ...(JSON.parse(lines[seq] as string) as Record<string, unknown>), ...changes };
  const hash = bytesToHex(hashLeaf(utf8ToBytes(canonicalize(unsigned))));
  const out = lines.slice();
  out[seq] = canonicalize({ ...unsigned, hash });
  return out;
}

function rehashed(lines: string[], seq: number): string[] {
  return rehashedAt(lines, seq, { data: { i: seq, note: 'forged' } });
}
