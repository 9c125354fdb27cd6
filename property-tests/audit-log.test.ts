/**
 * The audit log against a plain array of entries (model-based), tampering of exported logs located at
 * the right entry, incremental verification equal to full verification, export/restore round trips,
 * and hostile data refused without changing the log.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_ACTOR } from '../src/audit/_entry-store.js';
import { AuditLog, generateSigningKey, type HistoryQuery } from '../src/audit/index.js';
import { AegisError } from '../src/errors.js';
import { canonicalize } from '../src/structures/index.js';
import { internals, snapshot } from '../test/audit/_helpers.js';
import { runs } from './_config.js';

const TYPES = ['a', 'b', 'c', 'd'];
const ACTORS = ['x', 'y', 'z'];

interface ModelEntry {
  type: string;
  actor: string | null;
  data: string;
  timestamp: number;
}
interface Model {
  entries: ModelEntry[];
  now: number;
  verified: number;
}
interface Real {
  log: AuditLog;
  clock: { now: number };
}

const jsonData = fc.jsonValue({ maxDepth: 3 });

function naiveQuery(entries: readonly ModelEntry[], q: HistoryQuery): number[] {
  let seqs = entries
    .map((e, seq) => ({ e, seq }))
    .filter(
      ({ e }) =>
        (q.from === undefined || e.timestamp >= q.from) &&
        (q.to === undefined || e.timestamp <= q.to) &&
        (q.types === undefined || q.types.includes(e.type)) &&
        (q.actor === undefined || e.actor === q.actor),
    )
    .map(({ seq }) => seq);
  if (q.order === 'desc') seqs = seqs.reverse();
  return seqs.slice(0, q.limit ?? Number.POSITIVE_INFINITY);
}

const logCommand = (type: string, actor: string | null, data: unknown, advance: number): fc.Command<Model, Real> => ({
  check: () => true,
  run: (m, r) => {
    m.now += advance;
    r.clock.now = m.now;
    const e = r.log.logAction(type, data, actor === null ? {} : { actor });
    const json = canonicalize(data);
    expect(e.seq).toBe(m.entries.length);
    expect(canonicalize(e.data)).toBe(json);
    m.entries.push({ type, actor, data: json, timestamp: m.now });
  },
  toString: () => `log(${type}, ${actor}, +${advance})`,
});

const verifyCommand = (full: boolean): fc.Command<Model, Real> => ({
  check: () => true,
  run: (m, r) => {
    const n = m.entries.length;
    expect(r.log.verifyChain({ full })).toEqual({ ok: true, verified: full ? n : n - m.verified, size: n });
    m.verified = n;
  },
  toString: () => `verify(${full ? 'full' : 'incremental'})`,
});

const queryCommand = (q: HistoryQuery): fc.Command<Model, Real> => ({
  check: () => true,
  run: (m, r) => {
    const got = r.log.queryHistory(q);
    expect(got.map((e) => e.seq)).toEqual(naiveQuery(m.entries, q));
    for (const e of got) {
      const want = m.entries[e.seq] as ModelEntry;
      expect([e.type, e.actor, canonicalize(e.data), e.timestamp]).toEqual([
        want.type,
        want.actor,
        want.data,
        want.timestamp,
      ]);
    }
  },
  toString: () => `query(${JSON.stringify(q)})`,
});

const exportCommand: fc.Command<Model, Real> = {
  check: () => true,
  run: (m, r) => {
    const lines = [...r.log.exportLog()];
    expect(lines).toHaveLength(m.entries.length);
    const copy = AuditLog.fromLines(lines);
    expect(copy.head).toBe(r.log.head);
    expect([...copy.exportLog()]).toEqual(lines);
  },
  toString: () => 'export+restore',
};

const query: fc.Arbitrary<HistoryQuery> = fc.record(
  {
    from: fc.integer({ min: 0, max: 40 }),
    to: fc.integer({ min: 0, max: 40 }),
    types: fc.subarray([...TYPES, 'unknown']),
    actor: fc.constantFrom(...ACTORS, 'nobody'),
    limit: fc.integer({ min: 0, max: 12 }),
    order: fc.constantFrom('asc' as const, 'desc' as const),
  },
  { requiredKeys: [] },
);

describe('AuditLog model-based', () => {
  it('logging, incremental and full verification, queries and export match a plain array', () => {
    const commands = fc.commands(
      [
        fc
          .tuple(fc.constantFrom(...TYPES), fc.option(fc.constantFrom(...ACTORS)), jsonData, fc.nat({ max: 2 }))
          .map(([t, a, d, adv]) => logCommand(t, a, d, adv)),
        fc.boolean().map(verifyCommand),
        query.map(queryCommand),
        fc.constant(exportCommand),
      ],
      { maxCommands: 60 },
    );
    fc.assert(
      fc.property(commands, (cmds) => {
        const clock = { now: 0 };
        const log = new AuditLog({ clock: () => clock.now });
        fc.modelRun(() => ({ model: { entries: [], now: 0, verified: 0 }, real: { log, clock } }), cmds);
      }),
      { numRuns: runs(80) },
    );
  });
});

/** A log of `n` entries with varied data, its lines and a checkpoint of all of it. */
function exported(n: number, seed: number) {
  const signingKey = new Uint8Array(32).fill(7);
  let t = 1000;
  const log = new AuditLog({ clock: () => t++, signingKey });
  for (let i = 0; i < n; i++) {
    log.logAction(
      TYPES[(i + seed) % 4] as string,
      { i, s: `é${i}😀`, list: [i, null, true] },
      { actor: ACTORS[i % 3] as string },
    );
  }
  return { lines: [...log.exportLog()], checkpoint: log.checkpoint(), signingKey };
}

function tamperedAt(lines: string[], options = {}): number {
  try {
    AuditLog.fromLines(lines, options);
  } catch (error) {
    expect(error).toBeInstanceOf(AegisError);
    expect((error as AegisError).code).toBe('TAMPERED');
    return (error as AegisError).details?.firstBadSeq as number;
  }
  return -1;
}

describe('tampering with an exported log is detected and located', () => {
  const size = fc.integer({ min: 1, max: 25 });

  it('any single changed character, at its entry', () => {
    fc.assert(
      fc.property(size, fc.nat(), fc.nat(), fc.constantFrom(...'0123456789abcdefxyz"{}[],:.-+ \\éA'), (n, a, b, c) => {
        const { lines } = exported(n, a);
        const seq = a % n;
        const line = lines[seq] as string;
        const pos = b % line.length;
        if (line[pos] === c) return;
        const bad = lines.slice();
        bad[seq] = line.slice(0, pos) + c + line.slice(pos + 1);
        expect(tamperedAt(bad)).toBe(seq);
      }),
      { numRuns: runs(300) },
    );
  });

  it('a deleted line, at its position (the last one only against a checkpoint)', () => {
    fc.assert(
      fc.property(size, fc.nat(), (n, a) => {
        const { lines, checkpoint, signingKey } = exported(n, a);
        const seq = a % n;
        const bad = lines.filter((_, i) => i !== seq);
        if (seq < n - 1) expect(tamperedAt(bad)).toBe(seq);
        else expect(tamperedAt(bad)).toBe(-1);
        expect(tamperedAt(bad, { checkpoint, signingKey })).toBe(seq);
      }),
      { numRuns: runs(100) },
    );
  });

  it('two swapped lines, at the first of them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 25 }), fc.nat(), fc.nat(), (n, a, b) => {
        const { lines } = exported(n, a);
        const [i, j] = [a % n, b % n];
        if (i === j) return;
        const bad = lines.slice();
        [bad[i], bad[j]] = [lines[j] as string, lines[i] as string];
        expect(tamperedAt(bad)).toBe(Math.min(i, j));
      }),
      { numRuns: runs(100) },
    );
  });

  it('a truncation, at the first missing entry, against a checkpoint', () => {
    fc.assert(
      fc.property(size, fc.nat(), (n, a) => {
        const { lines, checkpoint, signingKey } = exported(n, a);
        const keep = a % n;
        expect(tamperedAt(lines.slice(0, keep))).toBe(-1);
        expect(tamperedAt(lines.slice(0, keep), { checkpoint, signingKey })).toBe(keep);
      }),
      { numRuns: runs(60) },
    );
  });
});

describe('incremental verification equals full verification', () => {
  it('on intact logs and after any corruption of entries appended since the last verify', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.integer({ min: 0, max: 3 }),
        (chunks, pick, kind) => {
          let t = 0;
          const log = new AuditLog({ clock: () => t++ });
          for (const c of chunks) {
            for (let i = 0; i < c; i++) log.logAction('t', { i }, { actor: 'a' });
            const incremental = log.verifyChain();
            expect(incremental.ok).toBe(true);
            expect(log.verifyChain({ full: true })).toEqual({ ...incremental, verified: log.size });
          }
          for (let i = 0; i <= pick % 7; i++) log.logAction('u', { i });
          const core = internals(log);
          const from = core.verifiedSize;
          const seq = from + (pick % (log.size - from));
          if (kind === 0) core.store.data[seq] = '"x"';
          else if (kind === 1) core.store.timestamps.set(seq, core.store.timestamp(seq) + 0.25);
          else if (kind === 2) core.store.typeIds.set(seq, core.store.typeIds.get(seq) === 0 ? 1 : 0);
          else core.store.actorIds.set(seq, core.store.actorIds.get(seq) === NO_ACTOR ? 0 : NO_ACTOR);
          const incremental = log.verifyChain();
          expect(incremental).toMatchObject({ ok: false, firstBadSeq: seq });
          expect(log.verifyChain({ full: true })).toEqual({ ...incremental, verified: seq });
        },
      ),
      { numRuns: runs(150) },
    );
  });
});

describe('export and restore', () => {
  const key = fc.string({ unit: 'grapheme', maxLength: 6 });
  const data = fc
    .jsonValue({ maxDepth: 4 })
    .chain((v) => fc.dictionary(key, fc.constant(v), { maxKeys: 3 }).map((d) => ({ ...d, ['__proto__']: v })));

  it('fromLines(exportLog()) gives back the same entries, lines, head and roots', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...TYPES), data), { maxLength: 20 }), (items) => {
        const log = new AuditLog({ clock: () => 5, signingKey: generateSigningKey() });
        for (const [type, d] of items) log.logAction(type, JSON.parse(canonicalize(d)));
        const lines = [...log.exportLog()];
        const copy = AuditLog.fromLines(lines, {
          checkpoint: log.checkpoint(),
          publicKey: log.publicKey as Uint8Array,
        });
        expect([...copy.exportLog()]).toEqual(lines);
        expect(copy.head).toBe(log.head);
        for (let seq = 0; seq < log.size; seq++) {
          expect(canonicalize(copy.entry(seq))).toBe(canonicalize(log.entry(seq)));
        }
      }),
      { numRuns: runs(60) },
    );
  });
});

describe('hostile data', () => {
  const hostile = fc.anything({
    maxDepth: 3,
    key: fc.string({ unit: 'binary', maxLength: 4 }),
    values: [
      fc.string({ unit: 'binary', maxLength: 6 }),
      fc.double(),
      fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -0, undefined, null),
    ],
    withBigInt: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withSparseArray: true,
    withTypedArray: true,
    withBoxedValues: true,
  });

  it('is either logged exactly as its canonical JSON or refused without changing the log', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const log = new AuditLog({ clock: () => 1 });
        log.logAction('before', { ok: true });
        const before = snapshot(log);
        let json: string | undefined;
        try {
          json = canonicalize(value);
        } catch {
          json = undefined;
        }
        if (json === undefined) {
          expect(() => log.logAction('t', value)).toThrow(AegisError);
          expect(snapshot(log)).toBe(before);
        } else {
          expect(canonicalize(log.logAction('t', value).data)).toBe(json);
          expect(log.verifyChain({ full: true }).ok).toBe(true);
        }
      }),
      { numRuns: runs(300) },
    );
  });
});
