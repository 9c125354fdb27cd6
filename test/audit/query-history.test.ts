import { describe, expect, it } from 'vitest';
import { type AuditEntry, AuditLog, type HistoryQuery } from '../../src/audit/index.js';
import { expectAegis, sampleLog, snapshot } from './_helpers.js';

/** The query answered by reading every entry: the reference the indexes must agree with. */
function naive(log: AuditLog, q: HistoryQuery): number[] {
  const all: AuditEntry[] = [];
  for (let seq = 0; seq < log.size; seq++) all.push(log.entry(seq));
  let out = all.filter(
    (e) =>
      (q.from === undefined || e.timestamp >= q.from) &&
      (q.to === undefined || e.timestamp <= q.to) &&
      (q.types === undefined || q.types.includes(e.type)) &&
      (q.actor === undefined || e.actor === q.actor),
  );
  if (q.order === 'desc') out = out.reverse();
  return out.slice(0, q.limit ?? Number.POSITIVE_INFINITY).map((e) => e.seq);
}

const seqs = (entries: AuditEntry[]) => entries.map((e) => e.seq);

describe('AuditLog.queryHistory', () => {
  // Timestamps 0, 0, 1, 1, 2, 2, …: two entries per millisecond, so time bounds fall on ties.
  let tick = 0;
  const log = new AuditLog({ clock: () => Math.floor(tick++ / 2) });
  const types = ['tool.call', 'request.blocked', 'decision', 'rare'];
  for (let i = 0; i < 200; i++) {
    const type = i % 50 === 7 ? 'rare' : (types[i % 3] as string);
    log.logAction(type, { i }, i % 5 === 0 ? {} : { actor: `agent-${i % 4}` });
  }

  const queries: [string, HistoryQuery][] = [
    ['everything', {}],
    ['one type', { types: ['decision'] }],
    ['a rare type', { types: ['rare'] }],
    ['two types', { types: ['rare', 'tool.call'] }],
    ['a type listed twice', { types: ['rare', 'rare'] }],
    ['one actor', { actor: 'agent-2' }],
    ['a type and an actor', { types: ['request.blocked'], actor: 'agent-1' }],
    ['two types and an actor', { types: ['decision', 'rare'], actor: 'agent-3' }],
    ['a time range (inclusive, on ties)', { from: 10, to: 20 }],
    ['from only', { from: 95 }],
    ['to only', { to: 3 }],
    ['an empty time range', { from: 20, to: 10 }],
    ['a range between timestamps', { from: 10.2, to: 10.7 }],
    ['a range before everything', { to: -1 }],
    ['time, types and actor', { from: 5, to: 80, types: ['tool.call', 'decision'], actor: 'agent-0' }],
    ['limit', { limit: 7 }],
    ['limit 0', { limit: 0 }],
    ['newest first', { order: 'desc' }],
    ['newest first with filters and limit', { order: 'desc', types: ['decision', 'rare'], actor: 'agent-1', limit: 5 }],
    ['newest first in a time range', { order: 'desc', from: 30, to: 40, limit: 3 }],
    ['an unknown type', { types: ['nope'] }],
    ['a known and an unknown type', { types: ['nope', 'rare'] }],
    ['no types', { types: [] }],
    ['an unknown actor', { actor: 'nobody' }],
  ];
  for (const [name, q] of queries) {
    it(`answers ${name} as a full scan would`, () => {
      expect(seqs(log.queryHistory(q))).toEqual(naive(log, q));
    });
  }

  it('returns whole entries, equal to entry(seq)', () => {
    const [e] = log.queryHistory({ types: ['rare'], limit: 1 });
    expect(e).toEqual(log.entry(7));
  });

  it('answers on an empty log', () => {
    expect(new AuditLog().queryHistory({ types: ['x'], from: 0 })).toEqual([]);
  });

  describe('refuses bad queries and changes nothing', () => {
    const small = sampleLog(5);
    const before = snapshot(small);
    const cases: [string, unknown][] = [
      ['an unknown key', { type: 'x' }],
      ['a non-array types', { types: 'decision' }],
      ['a non-string type', { types: [1] }],
      ['a NaN bound', { from: Number.NaN }],
      ['a string bound', { to: '5' }],
      ['a negative limit', { limit: -1 }],
      ['a fractional limit', { limit: 1.5 }],
      ['an unknown order', { order: 'newest' }],
      ['a non-string actor', { actor: 3 }],
      ['a query that is not an object', 'decision'],
    ];
    for (const [name, q] of cases) {
      it(name, () => {
        expectAegis(() => small.queryHistory(q as never), 'INVALID_ARGUMENT');
        expect(snapshot(small)).toBe(before);
      });
    }
  });
});
