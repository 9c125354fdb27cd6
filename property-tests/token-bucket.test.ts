/**
 * The token bucket against a model that never simulates refills step by step: the tokens available
 * at time t are the reflected (Skorokhod) form min(x₀ + r(t − t₀) − A[t₀, t], minⱼ C + r(t − tⱼ) − A[tⱼ, t]),
 * over the successful takes j, where A sums the takes in the interval. Rates are powers of two per
 * millisecond and times are integers, so both computations are exact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenBucket } from '../src/structures/index.js';
import { runs } from './_config.js';

interface Model {
  capacity: number;
  ratePerMs: number;
  start: number;
  initial: number;
  latest: number;
  takes: { at: number; count: number }[];
}

function modelAvailable(m: Model, now: number): number {
  const t = Math.max(now, m.latest);
  const after = (from: number, inclusive: boolean) =>
    m.takes.reduce((sum, x) => (x.at > from || (inclusive && x.at === from) ? sum + x.count : sum), 0);
  let best = m.initial + m.ratePerMs * (t - m.start) - after(m.start, true);
  for (const take of m.takes) best = Math.min(best, m.capacity + m.ratePerMs * (t - take.at) - after(take.at, true));
  return Math.min(best, m.capacity);
}

type Real = TokenBucket;

class Take implements fc.Command<Model, Real> {
  constructor(
    readonly dt: number,
    readonly count: number,
  ) {}
  check = () => true;
  run(m: Model, b: Real): void {
    const now = m.latest + this.dt;
    const expected = modelAvailable(m, now) >= this.count;
    expect(b.tryTake(now, this.count)).toBe(expected);
    m.latest = Math.max(m.latest, now);
    if (expected) m.takes.push({ at: m.latest, count: this.count });
  }
  toString = () => `take(${this.dt}, ${this.count})`;
}

class Peek implements fc.Command<Model, Real> {
  constructor(readonly dt: number) {}
  check = () => true;
  run(m: Model, b: Real): void {
    const now = m.latest + this.dt;
    expect(b.available(now)).toBe(modelAvailable(m, now));
    const wait = b.timeUntil(now, 1);
    const have = modelAvailable(m, now);
    if (have >= 1) expect(wait).toBe(0);
    else if (m.capacity < 1) expect(wait).toBe(Number.POSITIVE_INFINITY);
    else expect(wait).toBe((1 - have) / m.ratePerMs);
    m.latest = Math.max(m.latest, now);
  }
  toString = () => `peek(${this.dt})`;
}

describe('TokenBucket equals the reflected-sum model', () => {
  it('under any sequence of takes and peeks, with a clock that may step back', () => {
    const commands = fc.commands(
      [
        fc.tuple(fc.integer({ min: -50, max: 400 }), fc.integer({ min: 1, max: 4 })).map(([dt, c]) => new Take(dt, c)),
        fc.integer({ min: -50, max: 400 }).map((dt) => new Peek(dt)),
      ],
      { maxCommands: 60 },
    );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.constantFrom(1 / 64, 1 / 8, 1 / 2, 1, 4),
        fc.integer({ min: 0, max: 8 }),
        commands,
        (capacity, ratePerMs, initialRaw, cmds) => {
          const initial = Math.min(initialRaw, capacity);
          const start = 1000;
          const model: Model = { capacity, ratePerMs, start, initial, latest: start, takes: [] };
          const real = new TokenBucket({ capacity, refillPerSecond: ratePerMs * 1000, tokens: initial, now: start });
          fc.modelRun(() => ({ model, real }), cmds);
        },
      ),
      { numRuns: runs(300) },
    );
  });
});
