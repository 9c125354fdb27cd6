/**
 * DecisionQueue against the naive array model (`_naive-decision-queue.ts`), driven by random
 * command sequences: every operation, clock advances (backwards too), explicit `expire`, the
 * escalation ladder, dedupe, remembered approvals, small histories. After every command the two
 * must agree on the result (or the error code), on every event emitted so far, and on what each
 * `waitFor` promise has settled to; at the end every promise has settled exactly once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AegisError } from '../src/errors.js';
import {
  type DecisionEvent,
  DecisionQueue,
  type DecisionRequest,
  PRIORITIES,
  type Priority,
} from '../src/hitl/index.js';
import type { JsonValue } from '../src/structures/index.js';
import { runs } from './_config.js';
import { NaiveDecisionQueue, type NaiveRequestInput } from './_naive-decision-queue.js';

interface Waiter {
  settled: number;
  value: DecisionRequest | undefined;
  expected: () => DecisionRequest | undefined;
}

interface World {
  clock: { now: number };
  real: DecisionQueue;
  events: DecisionEvent[];
  model: NaiveDecisionQueue;
  /** Every id ever returned, in order (picked by index, plus one unknown id). */
  ids: string[];
  waiters: Waiter[];
  /** Every request from one requester with one description: twins and remembered approvals abound. */
  narrow: boolean;
}

type Outcome = { ok: true; value: unknown } | { ok: false; code: string };

function attempt(fn: () => unknown): Outcome {
  try {
    return { ok: true, value: fn() };
  } catch (error) {
    if (!(error instanceof AegisError)) throw error;
    return { ok: false, code: error.code };
  }
}

/** Runs the same call on both; they must agree on the value or on the error code. */
function same<T>(real: () => T, model: () => unknown): T | undefined {
  const r = attempt(real);
  const m = attempt(model);
  expect(r.ok ? r : { ok: false, code: r.code }).toEqual(m.ok ? m : { ok: false, code: m.code });
  return r.ok ? (r.value as T) : undefined;
}

const pick = (w: World, index: number) =>
  (index % (w.ids.length + 1) === w.ids.length ? 'nobody' : w.ids[index % (w.ids.length + 1)]) as string;

function wait(w: World, id: string): void {
  const r = attempt(() => w.real.waitFor(id));
  const m = attempt(() => w.model.waitFor(id));
  expect(r.ok).toBe(m.ok);
  if (!r.ok || !m.ok) {
    expect(r.ok ? '' : r.code).toBe(m.ok ? '' : m.code);
    return;
  }
  const waiter: Waiter = { settled: 0, value: undefined, expected: m.value as () => DecisionRequest | undefined };
  (r.value as Promise<DecisionRequest>).then((value) => {
    waiter.settled++;
    waiter.value = value;
  });
  w.waiters.push(waiter);
}

async function checkWorld(w: World): Promise<void> {
  await Promise.resolve();
  await Promise.resolve();
  expect(w.events).toEqual(w.model.events);
  expect(w.real.pendingCount).toBe(w.model.pendingCount);
  for (const waiter of w.waiters) {
    const expected = waiter.expected();
    expect(waiter.settled).toBe(expected === undefined ? 0 : 1);
    expect(waiter.value).toEqual(expected);
  }
}

class Call implements fc.AsyncCommand<object, World> {
  constructor(
    readonly label: string,
    readonly act: (w: World) => void,
  ) {}
  check(): boolean {
    return true;
  }
  async run(_: object, w: World): Promise<void> {
    this.act(w);
    await checkWorld(w);
  }
  toString(): string {
    return this.label;
  }
}

const CONTEXTS: (JsonValue | undefined)[] = [
  undefined,
  { path: '/tmp/x', n: 1 },
  JSON.parse('{"n":1,"path":"/tmp/x"}') as JsonValue, // same canonical form as the one above
  JSON.parse('{"__proto__":{"admin":true}}') as JsonValue,
  [1, 'two', null],
];
const DESCRIPTIONS = ['delete files', 'send email', 'read secrets'];
const REQUESTERS = ['agent-a', 'agent-b'];
const priority = fc.constantFrom(...PRIORITIES);

const requestCommand = fc
  .record({
    d: fc.nat(DESCRIPTIONS.length - 1),
    r: fc.nat(REQUESTERS.length - 1),
    c: fc.nat(CONTEXTS.length - 1),
    priority,
    timeoutMs: fc.option(fc.integer({ min: 1, max: 300 }), { nil: undefined }),
    id: fc.option(fc.constantFrom('x', 'y', 'decision-2', 'decision-3'), { nil: undefined, freq: 3 }),
    dedupe: fc.boolean(),
  })
  .map((g) => {
    const input: NaiveRequestInput = {
      description: DESCRIPTIONS[g.d] as string,
      requester: REQUESTERS[g.r] as string,
      priority: g.priority,
    };
    const context = CONTEXTS[g.c];
    if (context !== undefined) input.context = context;
    if (g.timeoutMs !== undefined) input.timeoutMs = g.timeoutMs;
    if (g.id !== undefined) input.id = g.id;
    else if (g.dedupe) input.dedupe = true;
    const narrowed = { ...input, description: DESCRIPTIONS[0] as string, requester: REQUESTERS[0] as string };
    return new Call(`request(${JSON.stringify(input)}) (in narrow runs: first description and requester)`, (w) => {
      const chosen = w.narrow ? narrowed : input;
      const made = same(
        () => w.real.requestDecision(chosen),
        () => w.model.requestDecision(chosen),
      );
      if (made !== undefined) {
        w.ids.push(made.id);
        wait(w, made.id);
      }
    });
  });

const response = fc.record(
  {
    responder: fc.constantFrom('alice', 'bob'),
    reasoning: fc.constantFrom('ok', ''),
    remember: fc.record({ ttlMs: fc.integer({ min: 1, max: 200 }) }),
  },
  { requiredKeys: ['responder'] },
);

const commands = [
  requestCommand,
  requestCommand,
  fc.tuple(fc.nat(), response).map(
    ([i, resp]) =>
      new Call(`approve(#${i}, ${JSON.stringify(resp)})`, (w) => {
        const id = pick(w, i);
        same(
          () => w.real.approve(id, resp),
          () => w.model.approve(id, resp),
        );
      }),
  ),
  fc.tuple(fc.nat(), response).map(([i, { remember: _, ...resp }]) => {
    return new Call(`reject(#${i}, ${JSON.stringify(resp)})`, (w) => {
      const id = pick(w, i);
      same(
        () => w.real.reject(id, resp),
        () => w.model.reject(id, resp),
      );
    });
  }),
  fc.nat().map(
    (i) =>
      new Call(`escalate(#${i})`, (w) => {
        const id = pick(w, i);
        same(
          () => w.real.escalate(id),
          () => w.model.escalate(id),
        );
      }),
  ),
  fc
    .record(
      {
        limit: fc.nat(6),
        minPriority: priority,
        requester: fc.constantFrom(...REQUESTERS, 'agent-none'),
      },
      { requiredKeys: [] },
    )
    .map(
      (query) =>
        new Call(`pending(${JSON.stringify(query)})`, (w) => {
          same(
            () => w.real.pending(query),
            () => w.model.pending(query),
          );
        }),
    ),
  fc.nat().map(
    (i) =>
      new Call(`status(#${i})`, (w) => {
        const id = pick(w, i);
        same(
          () => w.real.status(id),
          () => w.model.status(id),
        );
      }),
  ),
  fc.nat().map((i) => new Call(`waitFor(#${i})`, (w) => wait(w, pick(w, i)))),
  fc.option(fc.integer({ min: -20, max: 300 }), { nil: undefined }).map(
    (offset) =>
      new Call(`expire(${offset === undefined ? '' : `now${offset >= 0 ? '+' : ''}${offset}`})`, (w) => {
        const at = offset === undefined ? undefined : w.clock.now + offset;
        same(
          () => w.real.expire(at),
          () => w.model.expire(at),
        );
      }),
  ),
  fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: -30, max: 0 })).map(
    (ms) =>
      new Call(`advance(${ms})`, (w) => {
        w.clock.now += ms;
      }),
  ),
  fc.option(fc.nat(4), { nil: undefined }).map(
    (limit) =>
      new Call(`decided(${limit ?? ''})`, (w) => {
        same(
          () => w.real.decided(limit === undefined ? {} : { limit }),
          () => w.model.decided(limit),
        );
      }),
  ),
];

const settings = fc.record({
  ladder: fc.constantFrom([], [0.5], [0.25, 0.5, 0.75]),
  historyLimit: fc.constantFrom(0, 1, 3, 1000),
  defaultTimeoutMs: fc.constantFrom(50, 300),
  start: fc.integer({ min: 0, max: 1e6 }),
  narrow: fc.boolean(),
});

describe('DecisionQueue equals the naive model', () => {
  it('on random command sequences, with every waiter settled exactly once', async () => {
    await fc.assert(
      fc.asyncProperty(settings, fc.commands(commands, { maxCommands: 80, size: 'medium' }), async (s, cmds) => {
        const clock = { now: s.start };
        const events: DecisionEvent[] = [];
        const options = { ladder: s.ladder, historyLimit: s.historyLimit, defaultTimeoutMs: s.defaultTimeoutMs };
        const w: World = {
          clock,
          events,
          real: new DecisionQueue({
            clock: () => clock.now,
            escalationLadder: options.ladder,
            historyLimit: options.historyLimit,
            defaultTimeoutMs: options.defaultTimeoutMs,
            onEvent: (e) => events.push(e),
          }),
          model: new NaiveDecisionQueue({ clock: () => clock.now, ...options }),
          ids: [],
          waiters: [],
          narrow: s.narrow,
        };
        await fc.asyncModelRun(() => ({ model: {}, real: w }), cmds);
        // The end of time: everything still live expires, so every waiter has settled once.
        clock.now += 1e6;
        same(
          () => w.real.expire(),
          () => w.model.expire(),
        );
        await checkWorld(w);
        expect(w.real.pendingCount).toBe(0);
        for (const waiter of w.waiters) expect(waiter.settled).toBe(1);
      }),
      { numRuns: runs(150, 20) },
    );
  });
});

describe('pending order', () => {
  it('is priority descending, then request time, then creation order, for any limit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(priority, fc.integer({ min: 0, max: 5 })), { maxLength: 80 }),
        fc.nat(90),
        (specs, limit) => {
          const clock = { now: 0 };
          const q = new DecisionQueue({ clock: () => clock.now });
          const made: DecisionRequest[] = [];
          for (const [p, dt] of specs) {
            clock.now += dt;
            made.push(q.requestDecision({ description: 'x', priority: p, requester: 'r' }));
          }
          const rank = (p: Priority) => PRIORITIES.indexOf(p);
          const expected = made
            .map((r, i) => ({ r, i }))
            .sort((a, b) => rank(b.r.priority) - rank(a.r.priority) || a.r.requestedAt - b.r.requestedAt || a.i - b.i)
            .slice(0, limit)
            .map((x) => x.r.id);
          expect(q.pending({ limit }).map((r) => r.id)).toEqual(expected);
        },
      ),
      { numRuns: runs(200) },
    );
  });
});

describe('hostile input', () => {
  const junk = fc.oneof(
    fc.anything({ withBigInt: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true }),
    fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, -1, 0, 1.5, '', '\ud800', 'x'.repeat(300), '__proto__'),
  );
  const validRequest = { description: 'd', priority: 'low', requester: 'r', timeoutMs: 50 };
  /** A valid argument with one field replaced by junk, or junk altogether. */
  const spoiled = (valid: Record<string, unknown>, fields: string[]) =>
    fc.oneof(
      junk,
      fc.tuple(fc.constantFrom(...fields), junk).map(([field, value]) => ({ ...valid, [field]: value })),
    );
  const call = fc.oneof(
    spoiled(validRequest, [
      'description',
      'priority',
      'requester',
      'timeoutMs',
      'id',
      'context',
      'dedupe',
      'extra',
    ]).map((input) => (q: DecisionQueue) => q.requestDecision(input as never)),
    fc
      .tuple(fc.oneof(fc.constant('live'), junk), spoiled({ responder: 'a' }, ['responder', 'reasoning', 'remember']))
      .map(
        ([id, response]) =>
          (q: DecisionQueue) =>
            q.approve(id as never, response as never),
      ),
    fc
      .tuple(fc.oneof(fc.constant('live'), junk), spoiled({ responder: 'a' }, ['responder', 'reasoning', 'remember']))
      .map(
        ([id, response]) =>
          (q: DecisionQueue) =>
            q.reject(id as never, response as never),
      ),
    junk.map((id) => (q: DecisionQueue) => q.escalate(id as never)),
    junk.map((id) => (q: DecisionQueue) => q.status(id as never)),
    junk.map((id) => (q: DecisionQueue) => q.waitFor(id as never)),
    spoiled({ limit: 1 }, ['limit', 'minPriority', 'requester', 'extra']).map(
      (query) => (q: DecisionQueue) => q.pending(query as never),
    ),
    junk.map((now) => (q: DecisionQueue) => q.expire(now as never)),
    junk.map((options) => (q: DecisionQueue) => q.decided(options as never)),
  );

  it('is refused with an AegisError and changes nothing', () => {
    fc.assert(
      fc.property(call, (hostile) => {
        const events: DecisionEvent[] = [];
        const q = new DecisionQueue({ clock: () => 0, onEvent: (e) => events.push(e), escalationLadder: [0.5] });
        q.requestDecision({ id: 'live', description: 'd', priority: 'low', requester: 'r', timeoutMs: 50 });
        q.requestDecision({ id: 'done', description: 'e', priority: 'high', requester: 'r' });
        q.approve('done', { responder: 'a' });
        const observe = () => ({
          pending: q.pending(),
          decided: q.decided(),
          live: q.status('live'),
          events: events.length,
          remembered: q.rememberedCount,
        });
        const before = observe();
        let threw: unknown;
        try {
          hostile(q);
        } catch (error) {
          threw = error;
        }
        if (threw === undefined) return; // the junk happened to be valid
        expect(threw).toBeInstanceOf(AegisError);
        expect(observe()).toEqual(before);
      }),
      { numRuns: runs(400) },
    );
  });
});
