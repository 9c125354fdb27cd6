/**
 * IndexedHeap against a naive model (a Map, sorted on every question), driven by random command
 * sequences over a small key space so that duplicates, updates of absent keys and ties are frequent.
 * After every command the heap's array must satisfy the heap property and its position map must
 * point at every entry exactly.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AegisError } from '../src/errors.js';
import { IndexedHeap } from '../src/structures/index.js';
import { runs } from './_config.js';

/** Values carry their key as a tie-breaker so that the expected order is unique. */
interface Item {
  key: number;
  p: number;
}
const order = (a: Item, b: Item) => a.p - b.p || a.key - b.key;

type Model = Map<number, Item>;
const sorted = (m: Model) => [...m.values()].sort(order);

/** The heap's private arrays, to check its invariants. */
interface Internals {
  heap: { key: number; value: Item; index: number }[];
  entries: Map<number, { key: number; value: Item; index: number }>;
}

function checkInvariants(heap: IndexedHeap<number, Item>, model: Model): void {
  const h = heap as unknown as Internals;
  expect(heap.size).toBe(model.size);
  expect(h.entries.size).toBe(model.size);
  for (let i = 0; i < h.heap.length; i++) {
    const entry = h.heap[i] as Internals['heap'][number];
    expect(entry.index).toBe(i);
    expect(h.entries.get(entry.key)).toBe(entry);
    expect(entry.value).toBe(model.get(entry.key));
    if (i > 0) expect(order((h.heap[(i - 1) >> 1] as Internals['heap'][number]).value, entry.value)).toBeLessThan(0);
  }
}

type Cmd = fc.Command<Model, IndexedHeap<number, Item>>;

function command(label: string, run: (m: Model, h: IndexedHeap<number, Item>) => void): Cmd {
  return {
    check: () => true,
    run(m, h) {
      run(m, h);
      checkInvariants(h, m);
    },
    toString: () => label,
  };
}

const key = fc.nat(12);
const p = fc.integer({ min: -5, max: 5 });

const commands = [
  fc.tuple(key, p).map(([k, v]) =>
    command(`push(${k}, ${v})`, (m, h) => {
      if (m.has(k)) {
        expect(() => h.push(k, { key: k, p: v })).toThrow(AegisError);
        return;
      }
      const item = { key: k, p: v };
      h.push(k, item);
      m.set(k, item);
    }),
  ),
  fc.tuple(key, p).map(([k, v]) =>
    command(`set(${k}, ${v})`, (m, h) => {
      const item = { key: k, p: v };
      h.set(k, item);
      m.set(k, item);
    }),
  ),
  fc.tuple(key, p).map(([k, v]) =>
    command(`update(${k}, ${v})`, (m, h) => {
      const item = { key: k, p: v };
      if (!m.has(k)) {
        expect(() => h.update(k, item)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
        return;
      }
      h.update(k, item);
      m.set(k, item);
    }),
  ),
  fc.tuple(key, p).map(([k, v]) =>
    command(`mutate and reorder(${k}, ${v})`, (m, h) => {
      const item = m.get(k);
      if (item === undefined) {
        expect(() => h.reorder(k)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
        return;
      }
      item.p = v;
      h.reorder(k);
    }),
  ),
  key.map((k) =>
    command(`delete(${k})`, (m, h) => {
      expect(h.delete(k)).toBe(m.delete(k));
    }),
  ),
  fc.constant(
    command('pop()', (m, h) => {
      const best = sorted(m)[0];
      expect(h.peekKey()).toBe(best?.key);
      expect(h.pop()).toBe(best);
      if (best) m.delete(best.key);
    }),
  ),
  fc.option(fc.nat(15), { nil: undefined }).map((limit) =>
    command(`top(${limit ?? ''})`, (m, h) => {
      expect(h.top(limit)).toEqual(sorted(m).slice(0, limit));
      expect(h.peek()).toBe(sorted(m)[0]);
    }),
  ),
  fc.integer({ min: -6, max: 6 }).map((below) =>
    command(`visitOrdered(while p < ${below})`, (m, h) => {
      const seen: number[] = [];
      h.visitOrdered((item, k) => {
        expect(item.key).toBe(k);
        if (item.p >= below) return false;
        seen.push(k);
        return true;
      });
      expect(seen).toEqual(
        sorted(m)
          .filter((x) => x.p < below)
          .map((x) => x.key),
      );
    }),
  ),
  key.map((k) =>
    command(`has/get(${k})`, (m, h) => {
      expect(h.has(k)).toBe(m.has(k));
      expect(h.get(k)).toBe(m.get(k));
    }),
  ),
  fc.constant(
    command('clear()', (m, h) => {
      h.clear();
      m.clear();
    }),
  ),
];

describe('IndexedHeap equals a sorted Map', () => {
  it('on random command sequences', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 200, size: 'medium' }), (cmds) => {
        fc.modelRun(() => ({ model: new Map(), real: new IndexedHeap<number, Item>(order) }), cmds);
      }),
      { numRuns: runs(200) },
    );
  });

  it('pops any multiset in sorted order (heap sort)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { maxLength: 300 }), (xs) => {
        const heap = new IndexedHeap<number, number>((a, b) => a - b);
        xs.forEach((x, i) => {
          heap.push(i, x);
        });
        const out: number[] = [];
        for (let v = heap.pop(); v !== undefined; v = heap.pop()) out.push(v);
        expect(out).toEqual([...xs].sort((a, b) => a - b));
      }),
      { numRuns: runs(200) },
    );
  });
});
