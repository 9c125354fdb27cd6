import { describe, expect, it } from 'vitest';
import { DecisionQueue, type DecisionQueueOptions } from '../../src/hitl/index.js';
import { codeOf, setup } from './_queue.js';

/** Everything a caller can observe, to compare before and after a refused call. */
function observe(s: ReturnType<typeof setup>, ids: string[]) {
  return {
    pending: s.queue.pending(),
    decided: s.queue.decided(),
    statuses: ids.map((id) => codeOf(() => s.queue.status(id)) ?? s.queue.status(id)),
    remembered: s.queue.rememberedCount,
    events: s.events.length,
  };
}

/** A queue with live, escalated, decided and remembered requests. */
function busy() {
  const s = setup({ escalationLadder: [0.5] });
  s.queue.requestDecision({ id: 'live', description: 'x', priority: 'low', requester: 'r', context: { a: 1 } });
  s.queue.requestDecision({ id: 'up', description: 'y', priority: 'medium', requester: 'q' });
  s.queue.escalate('up');
  s.queue.requestDecision({ id: 'done', description: 'z', priority: 'high', requester: 'r' });
  s.queue.approve('done', { responder: 'a', remember: { ttlMs: 1000 } });
  return s;
}

const cyclic: Record<string, unknown> = {};
cyclic.self = cyclic;
let deep: unknown = 1;
for (let i = 0; i < 40; i++) deep = [deep];
const tooLong = 'x'.repeat(20_000);
const ok = { description: 'd', priority: 'low', requester: 'r' } as const;

type Q = DecisionQueue;
const refused: [string, (q: Q) => unknown, string][] = [
  ['a request that is not an object', (q) => q.requestDecision('x' as never), 'INVALID_ARGUMENT'],
  ['a request that is an array', (q) => q.requestDecision([] as never), 'INVALID_ARGUMENT'],
  ['a request that is a class instance', (q) => q.requestDecision(new Date() as never), 'INVALID_ARGUMENT'],
  ['an unknown request field', (q) => q.requestDecision({ ...ok, urgent: true } as never), 'INVALID_ARGUMENT'],
  [
    'an own __proto__ field',
    (q) => q.requestDecision(JSON.parse('{"description":"d","priority":"low","requester":"r","__proto__":{}}')),
    'INVALID_ARGUMENT',
  ],
  ['a missing description', (q) => q.requestDecision({ priority: 'low', requester: 'r' } as never), 'INVALID_ARGUMENT'],
  ['an empty description', (q) => q.requestDecision({ ...ok, description: '' }), 'INVALID_ARGUMENT'],
  ['a huge description', (q) => q.requestDecision({ ...ok, description: tooLong }), 'LIMIT_EXCEEDED'],
  [
    'a lone surrogate in the description',
    (q) => q.requestDecision({ ...ok, description: 'a\ud800' }),
    'INVALID_ARGUMENT',
  ],
  ['an unknown priority', (q) => q.requestDecision({ ...ok, priority: 'urgent' as never }), 'INVALID_ARGUMENT'],
  ['a missing priority', (q) => q.requestDecision({ ...ok, priority: undefined as never }), 'INVALID_ARGUMENT'],
  ['an empty requester', (q) => q.requestDecision({ ...ok, requester: '' }), 'INVALID_ARGUMENT'],
  ['a huge requester', (q) => q.requestDecision({ ...ok, requester: tooLong }), 'INVALID_ARGUMENT'],
  ['a NaN timeout', (q) => q.requestDecision({ ...ok, timeoutMs: Number.NaN }), 'INVALID_ARGUMENT'],
  ['an infinite timeout', (q) => q.requestDecision({ ...ok, timeoutMs: Number.POSITIVE_INFINITY }), 'INVALID_ARGUMENT'],
  ['a zero timeout', (q) => q.requestDecision({ ...ok, timeoutMs: 0 }), 'INVALID_ARGUMENT'],
  ['a negative timeout', (q) => q.requestDecision({ ...ok, timeoutMs: -5 }), 'INVALID_ARGUMENT'],
  ['a timeout given as text', (q) => q.requestDecision({ ...ok, timeoutMs: '5' as never }), 'INVALID_ARGUMENT'],
  ['an empty id', (q) => q.requestDecision({ ...ok, id: '' }), 'INVALID_ARGUMENT'],
  ['a numeric id', (q) => q.requestDecision({ ...ok, id: 7 as never }), 'INVALID_ARGUMENT'],
  ['a duplicate id', (q) => q.requestDecision({ ...ok, id: 'live' }), 'CONFLICT'],
  ['a duplicate id of a decided request', (q) => q.requestDecision({ ...ok, id: 'done' }), 'CONFLICT'],
  ['dedupe that is not a boolean', (q) => q.requestDecision({ ...ok, dedupe: 'yes' as never }), 'INVALID_ARGUMENT'],
  ['dedupe with an id', (q) => q.requestDecision({ ...ok, id: 'new', dedupe: true }), 'INVALID_ARGUMENT'],
  ['a cyclic context', (q) => q.requestDecision({ ...ok, context: cyclic as never }), 'INVALID_ARGUMENT'],
  ['a context nested too deep', (q) => q.requestDecision({ ...ok, context: deep as never }), 'LIMIT_EXCEEDED'],
  ['a huge context', (q) => q.requestDecision({ ...ok, context: { s: tooLong.repeat(4) } }), 'LIMIT_EXCEEDED'],
  [
    'a context with a function',
    (q) => q.requestDecision({ ...ok, context: { f: () => 1 } as never }),
    'INVALID_ARGUMENT',
  ],
  ['a context with NaN', (q) => q.requestDecision({ ...ok, context: [Number.NaN] }), 'INVALID_ARGUMENT'],
  ['a context with a BigInt', (q) => q.requestDecision({ ...ok, context: { n: 1n } as never }), 'INVALID_ARGUMENT'],
  ['a context that is a Map', (q) => q.requestDecision({ ...ok, context: new Map() as never }), 'INVALID_ARGUMENT'],
  [
    'a context with a lone surrogate key',
    (q) => q.requestDecision({ ...ok, context: { '\udc00': 1 } }),
    'INVALID_ARGUMENT',
  ],
  [
    'a context of 10,001 values',
    (q) => q.requestDecision({ ...ok, context: new Array(10_000).fill(0) }),
    'LIMIT_EXCEEDED',
  ],
  // biome-ignore lint/suspicious/noSparseArray: the hole is what is being refused
  ['a context with a hole', (q) => q.requestDecision({ ...ok, context: [1, , 3] as never }), 'INVALID_ARGUMENT'],
  [
    'a context with a symbol key',
    (q) => q.requestDecision({ ...ok, context: { [Symbol('s')]: 1 } as never }),
    'INVALID_ARGUMENT',
  ],
  [
    'a context with undefined',
    (q) => q.requestDecision({ ...ok, context: { u: undefined } as never }),
    'INVALID_ARGUMENT',
  ],
  ['a numeric id to approve', (q) => q.approve(1 as never, { responder: 'a' }), 'INVALID_ARGUMENT'],
  ['an approval without a response', (q) => q.approve('live', undefined as never), 'INVALID_ARGUMENT'],
  ['an approval without a responder', (q) => q.approve('live', {} as never), 'INVALID_ARGUMENT'],
  ['an empty responder', (q) => q.approve('live', { responder: '' }), 'INVALID_ARGUMENT'],
  [
    'reasoning that is not text',
    (q) => q.approve('live', { responder: 'a', reasoning: 3 as never }),
    'INVALID_ARGUMENT',
  ],
  ['a huge reasoning', (q) => q.reject('live', { responder: 'a', reasoning: tooLong }), 'LIMIT_EXCEEDED'],
  ['an unknown response field', (q) => q.approve('live', { responder: 'a', by: 'x' } as never), 'INVALID_ARGUMENT'],
  [
    'remember on a rejection',
    (q) => q.reject('live', { responder: 'a', remember: { ttlMs: 5 } } as never),
    'INVALID_ARGUMENT',
  ],
  ['a zero remember TTL', (q) => q.approve('live', { responder: 'a', remember: { ttlMs: 0 } }), 'INVALID_ARGUMENT'],
  [
    'a NaN remember TTL',
    (q) => q.approve('live', { responder: 'a', remember: { ttlMs: Number.NaN } }),
    'INVALID_ARGUMENT',
  ],
  ['remember without a TTL', (q) => q.approve('live', { responder: 'a', remember: {} as never }), 'INVALID_ARGUMENT'],
  ['an escalation of a non-string id', (q) => q.escalate({} as never), 'INVALID_ARGUMENT'],
  ['a status of an empty id', (q) => q.status(''), 'INVALID_ARGUMENT'],
  ['a waitFor of a lone surrogate id', (q) => q.waitFor('\ud800'), 'INVALID_ARGUMENT'],
  ['a pending query that is not an object', (q) => q.pending('all' as never), 'INVALID_ARGUMENT'],
  ['a negative limit', (q) => q.pending({ limit: -1 }), 'INVALID_ARGUMENT'],
  ['a fractional limit', (q) => q.pending({ limit: 1.5 }), 'INVALID_ARGUMENT'],
  ['an unknown minPriority', (q) => q.pending({ minPriority: 'max' as never }), 'INVALID_ARGUMENT'],
  ['an unknown query field', (q) => q.pending({ sort: 'asc' } as never), 'INVALID_ARGUMENT'],
  ['expire at NaN', (q) => q.expire(Number.NaN), 'INVALID_ARGUMENT'],
  ['expire at infinity', (q) => q.expire(Number.POSITIVE_INFINITY), 'INVALID_ARGUMENT'],
  ['expire at a string', (q) => q.expire('now' as never), 'INVALID_ARGUMENT'],
  ['a negative decided limit', (q) => q.decided({ limit: -1 }), 'INVALID_ARGUMENT'],
  ['an unknown decided option', (q) => q.decided({ max: 1 } as never), 'INVALID_ARGUMENT'],
  ['an unknown id to approve', (q) => q.approve('ghost', { responder: 'a' }), 'NOT_FOUND'],
  ['a second decision', (q) => q.reject('done', { responder: 'a' }), 'CONFLICT'],
];

describe('DecisionQueue: a refused call changes nothing', () => {
  for (const [name, call, code] of refused) {
    it(`refuses ${name} (${code})`, () => {
      const s = busy();
      const ids = ['live', 'up', 'done', 'ghost'];
      const before = observe(s, ids);
      expect(codeOf(() => call(s.queue))).toBe(code);
      expect(observe(s, ids)).toEqual(before);
    });
  }

  it('refuses a clock that returns something other than a finite number, changing nothing', () => {
    let reading: unknown = 0;
    const queue = new DecisionQueue({ clock: () => reading as number, historyLimit: 5 });
    queue.requestDecision({ id: 'a', description: 'x', priority: 'low', requester: 'r', timeoutMs: 10 });
    reading = Number.NaN;
    expect(codeOf(() => queue.requestDecision({ ...ok }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => queue.approve('a', { responder: 'a' }))).toBe('INVALID_ARGUMENT');
    reading = '5';
    expect(codeOf(() => queue.pending())).toBe('INVALID_ARGUMENT');
    reading = 1;
    expect(queue.pending().map((r) => r.id)).toEqual(['a']);
  });
});

describe('DecisionQueue: options', () => {
  const bad: [string, unknown][] = [
    ['not an object', 'fast'],
    ['an unknown option', { timeout: 5 }],
    ['a clock that is not a function', { clock: 5 }],
    ['a zero default timeout', { defaultTimeoutMs: 0 }],
    ['an onEvent that is not a function', { onEvent: 'log' }],
    ['a ladder that is not an array', { escalationLadder: 0.5 }],
    ['a ladder step of 0', { escalationLadder: [0] }],
    ['a ladder step of 1', { escalationLadder: [0.5, 1] }],
    ['a ladder that does not increase', { escalationLadder: [0.5, 0.5] }],
    ['a ladder step that is not a number', { escalationLadder: ['half'] }],
    ['a ladder of 17 steps', { escalationLadder: Array.from({ length: 17 }, (_, i) => (i + 1) / 18) }],
    ['a negative history limit', { historyLimit: -1 }],
    ['a fractional history limit', { historyLimit: 1.5 }],
  ];
  for (const [name, options] of bad) {
    it(`refuses ${name}`, () => {
      expect(codeOf(() => new DecisionQueue(options as DecisionQueueOptions))).toMatch(
        /INVALID_ARGUMENT|LIMIT_EXCEEDED/,
      );
    });
  }

  it('accepts no options at all, reading Date.now', () => {
    const before = Date.now();
    const request = new DecisionQueue().requestDecision({ ...ok });
    expect(request.requestedAt).toBeGreaterThanOrEqual(before);
    expect(request.deadline - request.requestedAt).toBe(300_000);
  });
});
