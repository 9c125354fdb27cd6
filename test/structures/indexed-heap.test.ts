import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { IndexedHeap } from '../../src/structures/index.js';

const minHeap = (entries: [string, number][] = []) => {
  const heap = new IndexedHeap<string, number>((a, b) => a - b);
  for (const [k, v] of entries) heap.push(k, v);
  return heap;
};

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (error) {
    return error instanceof AegisError ? error.code : 'not an AegisError';
  }
  return undefined;
};

describe('IndexedHeap', () => {
  it('keeps the entry the comparator puts first at the top', () => {
    const heap = minHeap([
      ['a', 5],
      ['b', 2],
      ['c', 9],
    ]);
    expect(heap.peek()).toBe(2);
    expect(heap.peekKey()).toBe('b');
    expect(heap.size).toBe(3);
  });

  it('finds, updates and removes entries by key', () => {
    const heap = minHeap([
      ['a', 5],
      ['b', 2],
      ['c', 9],
    ]);
    expect(heap.get('c')).toBe(9);
    heap.update('c', 1);
    expect(heap.peekKey()).toBe('c');
    expect(heap.delete('c')).toBe(true);
    expect(heap.delete('c')).toBe(false);
    expect(heap.has('c')).toBe(false);
    expect(heap.top()).toEqual([2, 5]);
  });

  it('reorders an entry whose value was mutated in place', () => {
    const heap = new IndexedHeap<string, { p: number }>((a, b) => a.p - b.p);
    const x = { p: 1 };
    heap.push('x', x);
    heap.push('y', { p: 2 });
    x.p = 3;
    heap.reorder('x');
    expect(heap.peekKey()).toBe('y');
  });

  it('set inserts a new key and updates a known one', () => {
    const heap = minHeap();
    heap.set('a', 3);
    heap.set('a', 1);
    expect(heap.size).toBe(1);
    expect(heap.pop()).toBe(1);
    expect(heap.pop()).toBeUndefined();
  });

  it('returns the best k entries in order without removing them', () => {
    const heap = minHeap(Array.from({ length: 100 }, (_, i): [string, number] => [`k${i}`, (i * 37) % 100]));
    expect(heap.top(5)).toEqual([0, 1, 2, 3, 4]);
    expect(heap.size).toBe(100);
    expect(heap.top(0)).toEqual([]);
  });

  it('stops a visit when the visitor returns false', () => {
    const heap = minHeap([
      ['a', 1],
      ['b', 2],
      ['c', 3],
    ]);
    const seen: string[] = [];
    heap.visitOrdered((v, k) => {
      if (v > 2) return false;
      seen.push(k);
      return true;
    });
    expect(seen).toEqual(['a', 'b']);
  });

  it('refuses a visit that modifies the heap', () => {
    const heap = minHeap([
      ['a', 1],
      ['b', 2],
    ]);
    expect(
      codeOf(() =>
        heap.visitOrdered((_, k) => {
          heap.delete(k);
          return true;
        }),
      ),
    ).toBe('CONFLICT');
  });

  it('clears everything', () => {
    const heap = minHeap([['a', 1]]);
    heap.clear();
    expect(heap.size).toBe(0);
    expect(heap.peek()).toBeUndefined();
    heap.push('a', 2);
    expect(heap.get('a')).toBe(2);
  });

  const refused: [string, (heap: IndexedHeap<string, number>) => unknown, string][] = [
    ['a duplicate key', (h) => h.push('a', 0), 'CONFLICT'],
    ['an update of an unknown key', (h) => h.update('zz', 0), 'NOT_FOUND'],
    ['a reorder of an unknown key', (h) => h.reorder('zz'), 'NOT_FOUND'],
    ['a negative limit', (h) => h.top(-1), 'INVALID_ARGUMENT'],
    ['a fractional limit', (h) => h.top(1.5), 'INVALID_ARGUMENT'],
    ['a NaN limit', (h) => h.top(Number.NaN), 'INVALID_ARGUMENT'],
    ['a visitor that is not a function', (h) => h.visitOrdered(42 as never), 'INVALID_ARGUMENT'],
  ];
  for (const [name, call, code] of refused) {
    it(`refuses ${name} and stays as it was`, () => {
      const heap = minHeap([
        ['a', 4],
        ['b', 1],
        ['c', 7],
      ]);
      expect(codeOf(() => call(heap))).toBe(code);
      expect(heap.keys().sort()).toEqual(['a', 'b', 'c']);
      expect(heap.top()).toEqual([1, 4, 7]);
    });
  }

  it('refuses a comparator that is not a function', () => {
    expect(codeOf(() => new IndexedHeap('asc' as never))).toBe('INVALID_ARGUMENT');
  });
});
