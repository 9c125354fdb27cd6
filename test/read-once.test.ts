/**
 * Every public method reads each field of its input once: a getter (or a Proxy) that answers one
 * thing to the checks and another afterwards can neither pass a check and be used with another
 * value, nor make a call fail after it changed something.
 */
import { describe, expect, it } from 'vitest';
import { AegisError } from '../src/errors.js';
import { AuditLog, DecisionQueue, EvolutionCore, IntentFirewall, LoveEngine } from '../src/index.js';
import { driveExpiry } from '../src/node/hitl-expiry.js';

/** An object whose `key` answers `first` on its first `n` reads and `later` afterwards. */
function fickle<T extends object>(base: T, key: string, first: unknown, later: unknown, n = 1): T {
  let reads = 0;
  return Object.defineProperty({ ...base }, key, {
    enumerable: true,
    get: () => (++reads <= n ? first : later),
  });
}

describe('inputs are read once', () => {
  it('IntentFirewall.validateRequest: content, and no token is taken by a call that is refused', () => {
    const fw = new IntentFirewall({ rateLimit: { capacity: 1, refillPerSecond: 0 } });
    const request = fickle({ id: 'r1', metadata: { source: 's' } }, 'content', 'read the docs', { length: 1 });
    expect(fw.validateRequest(request as never).decision).toBe('allow');
    // A refused request (bad metadata) leaves the source's token where it was.
    const fw2 = new IntentFirewall({ rateLimit: { capacity: 1, refillPerSecond: 0 } });
    expect(() => fw2.validateRequest({ id: 'r2', content: 'x', metadata: { source: 's', other: 1 } } as never)).toThrow(
      AegisError,
    );
    expect(fw2.validateRequest({ id: 'r3', content: 'read the docs', metadata: { source: 's' } }).decision).toBe(
      'allow',
    );
  });

  it('IntentFirewall.addRule: keeps the context it compiled', () => {
    const fw = new IntentFirewall({ defaultRules: false });
    const rule = fickle(
      { id: 'x', patterns: ['drop it'], category: 'c', severity: 'high' as const, description: '' },
      'before',
      'sudo',
      { evil: 1 },
    );
    fw.addRule(rule as never);
    expect(fw.rules().find((r) => r.id === 'x')?.before).toBe('sudo');
  });

  it('IntentFirewall.checkSafety: refuses parameters that share children instead of walking every path', () => {
    const fw = new IntentFirewall();
    let p: unknown = null;
    for (let i = 0; i < 14; i++) p = { k0: p, k1: p, k2: p, k3: p }; // 4^14 paths over 56 objects
    expect(() => fw.checkSafety({ action: 'a', parameters: p })).toThrow(
      expect.objectContaining({ code: 'LIMIT_EXCEEDED' }),
    );
  });

  it('EvolutionCore.logExperience and learnFromSafety: the type and the concerns checked are those kept', () => {
    const core = new EvolutionCore();
    const e = core.logExperience(fickle({ success: false }, 'actionType', 'read_file', 42) as never);
    expect(e.actionType).toBe('read_file');
    const concerns = Object.defineProperty([] as unknown[], 0, {
      enumerable: true,
      get: (() => {
        let reads = 0;
        return () => (++reads <= 1 ? 'ok' : 'x'.repeat(5_000_000));
      })(),
    });
    core.learnFromSafety(e.id, 0.1, concerns as string[]);
    core.learnFromSafety(e.id, 0.1, ['ok']);
    const issue = core.recognizePatterns().find((p) => p.type === 'SafetyIssue');
    expect(JSON.stringify(issue).length).toBeLessThan(10_000);
  });

  it('DecisionQueue: the onEvent checked is the one called', () => {
    const seen: string[] = [];
    const listener = (e: { type: string }) => seen.push(e.type);
    const q = new DecisionQueue(fickle({}, 'onEvent', listener, 'boom') as never);
    q.requestDecision({ id: 'r1', description: 'd', priority: 'low', requester: 'a' });
    expect(seen).toEqual(['requested']);
  });

  it('DecisionQueue.requestDecision returns the request as onEvent left it', () => {
    const ref: { q?: DecisionQueue } = {};
    const q = new DecisionQueue({
      onEvent: (e) => {
        if (e.type === 'requested') ref.q?.approve(e.request.id, { responder: 'eager' });
      },
    });
    ref.q = q;
    expect(q.requestDecision({ id: 'r1', description: 'd', priority: 'low', requester: 'a' }).status).toBe('approved');
  });

  it('AuditLog: the onAppend checked is the one called; query types are read once, holes refused', () => {
    const lines: string[] = [];
    const log = new AuditLog(fickle({}, 'onAppend', (_e: unknown, line: string) => lines.push(line), 'boom') as never);
    log.logAction('t', 1);
    expect(lines).toHaveLength(1);
    const holey: string[] = new Array(2);
    holey[1] = 't';
    expect(() => log.queryHistory({ types: holey })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(log.entry(-0).seq).toBe(0);
    expect(Object.is(log.entry(-0).seq, -0)).toBe(false);
  });

  it('LoveEngine.recordOutcome: the outcome checked is the one recorded', () => {
    const engine = new LoveEngine();
    engine.checkEthics({ id: 'a1', actionType: 'read_file' });
    engine.recordOutcome('a1', fickle({}, 'harmful', true, 0) as never);
    expect(engine.evaluateAlignment()).toMatchObject({ outcomes: 1 });
    expect(engine.evaluateAlignment().harmfulPassed).toBe(1);
  });
});

/**
 * An array Proxy whose `length` answers `first` on its first read and `later` afterwards; every
 * element read is counted in `reads.items`, every `length` read in `reads.length`.
 */
function shifty(
  item: (i: number) => unknown,
  first: number,
  later: number,
): { array: unknown[]; reads: { length: number; items: number } } {
  const reads = { length: 0, items: 0 };
  const array = new Proxy([] as unknown[], {
    get(target, key, receiver) {
      if (key === 'length') return ++reads.length === 1 ? first : later;
      if (typeof key === 'string' && /^\d+$/.test(key)) {
        reads.items++;
        return item(Number(key));
      }
      return Reflect.get(target, key, receiver);
    },
    has: (_target, key) => typeof key === 'string' && /^\d+$/.test(key),
  });
  return { array, reads };
}

const boom = new Error('trap went off');
const thrower = (): never => {
  throw boom;
};
/** An array whose `length` getter throws. */
const throwingLength = (): unknown[] =>
  new Proxy([] as unknown[], { get: (t, k, r) => (k === 'length' ? thrower() : Reflect.get(t, k, r)) });
/** An array whose first element's getter throws. */
const throwingItem = (): unknown[] => Object.defineProperty(['x', 'y'], 0, { get: thrower, enumerable: true });
/** An object (`base`'s fields) whose `key` getter throws. */
const throwingGetter = (base: object, key: string): object =>
  Object.defineProperty({ ...base }, key, { get: thrower, enumerable: true });
/** An object (`base`'s fields) whose ownKeys trap throws. */
const throwingKeys = (base: object): object => new Proxy({ ...base }, { ownKeys: thrower });

/** Expects `fn` to throw an AegisError `INVALID_ARGUMENT` whose cause is the trap's error. */
function expectReadRefusal(fn: () => unknown): void {
  let caught: unknown;
  try {
    fn();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(AegisError);
  expect((caught as AegisError).code).toBe('INVALID_ARGUMENT');
  expect((caught as AegisError).cause).toBe(boom);
}

describe('arrays are read once: length once, each element once, limits on what was read', () => {
  it('EvolutionCore.learnFromEthics: a length of 1 that later claims 5,000 reads one concern', () => {
    const core = new EvolutionCore();
    const e = core.logExperience({ actionType: 'read_file', success: true });
    const { array, reads } = shifty((i) => `concern ${i}`, 1, 5_000);
    core.learnFromEthics(e.id, 0.1, array as string[]);
    expect(reads).toEqual({ length: 1, items: 1 });
    const pattern = core.recognizePatterns().find((p) => p.type === 'EthicalViolation');
    expect(JSON.stringify(pattern)).not.toContain('concern 1"');
  });

  it('EvolutionCore.learnFromEthics: a length of 5,000 is refused before any element is read', () => {
    const core = new EvolutionCore();
    const e = core.logExperience({ actionType: 'read_file', success: true });
    const before = JSON.stringify(core.recognizePatterns());
    const { array, reads } = shifty((i) => `concern ${i}`, 5_000, 1);
    expect(() => core.learnFromEthics(e.id, 0.1, array as string[])).toThrow(
      expect.objectContaining({ code: 'LIMIT_EXCEEDED' }),
    );
    expect(reads.items).toBe(0);
    expect(JSON.stringify(core.recognizePatterns())).toBe(before);
  });

  it('IntentFirewall.addRule: a length of 1 that later claims 5,000 stores one pattern', () => {
    const fw = new IntentFirewall({ defaultRules: false });
    const { array, reads } = shifty((i) => `forbidden phrase ${i}`, 1, 5_000);
    fw.addRule({ id: 'p', patterns: array as string[], category: 'c', severity: 'high', description: '' });
    expect(reads).toEqual({ length: 1, items: 1 });
    const stored = fw.rules().find((r) => r.id === 'p');
    expect(stored?.patterns).toEqual(['forbidden phrase 0']);
    // What was stored, a fresh firewall accepts.
    expect(() => new IntentFirewall({ defaultRules: false, rules: [stored as never] })).not.toThrow();
  });

  it('LoveEngine.checkEthicsBatch: a length of 1 that later claims 100,001 scores one action', () => {
    const engine = new LoveEngine();
    const { array, reads } = shifty((i) => ({ id: `a${i}`, actionType: 'read_file' }), 1, 100_001);
    expect(engine.checkEthicsBatch(array as never)).toHaveLength(1);
    expect(reads).toEqual({ length: 1, items: 1 });
    expect(engine.evaluateAlignment()).toMatchObject({ evaluations: 1 });
  });

  it('LoveEngine.computeLoveMetric: the measurements checked are the ones averaged', () => {
    const engine = new LoveEngine();
    let reads = 0;
    const metrics = Object.defineProperty([0], 0, { enumerable: true, get: () => (++reads === 1 ? 1 : Number.NaN) });
    const m = engine.computeLoveMetric(
      { entropy: 1, order: 1, wellbeingMetrics: [0] },
      { entropy: 1, order: 1, wellbeingMetrics: metrics },
    );
    expect(m.wellbeingChange).toBe(1);
    expect(reads).toBe(1);
  });

  it('LoveEngine: a lexicon list whose length grows after the check is read at its first length', () => {
    const { array, reads } = shifty((i) => `never${'x'.repeat(i % 7)}`, 1, 5_000);
    expect(() => new LoveEngine({ lexicon: { ...tinyLexicon(), negators: array as string[] } })).not.toThrow();
    expect(reads).toEqual({ length: 1, items: 1 });
  });

  it('AuditLog.queryHistory: a types list that grows after the check is read at its first length', () => {
    const log = new AuditLog();
    log.logAction('t', 1);
    const { array, reads } = shifty(() => 't', 1, 5_000);
    expect(log.queryHistory({ types: array as string[] })).toHaveLength(1);
    expect(reads).toEqual({ length: 1, items: 1 });
  });

  it('AuditLog.logAction: an array in data claiming a huge length is read no further than the length limit', () => {
    const log = new AuditLog({ maxDataLength: 1000 });
    const huge = shifty(() => 0, 100_000, 100_000);
    expect(() => log.logAction('t', { a: huge.array })).toThrow(expect.objectContaining({ code: 'LIMIT_EXCEEDED' }));
    expect(huge.reads.items).toBeLessThan(1000);
    expect(log.size).toBe(0);
  });

  it('IntentFirewall.checkSafety: an array in the parameters is walked at its first length, holes refused', () => {
    const fw = new IntentFirewall();
    const { array, reads } = shifty(() => 'ls', 1, 5_000);
    expect(fw.checkSafety({ action: 'run', parameters: { argv: array } }).text).toBe('run\nls');
    expect(reads).toEqual({ length: 1, items: 1 });
    // Millions of claimed slots, all empty: not an empty list to skip over, but holes to refuse.
    const empty = new Proxy([] as unknown[], {
      get: (t, k, r) => (k === 'length' ? 5_000_000 : Reflect.get(t, k, r)),
      has: () => false,
    });
    expect(() => fw.checkSafety({ action: 'run', parameters: { argv: empty } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });
});

describe('a getter or trap that throws is refused as INVALID_ARGUMENT (cause kept), nothing changed', () => {
  const action = { id: 'a1', actionType: 'read_file' };

  it('LoveEngine: actions, parameters, batches, outcomes, states, options', () => {
    const engine = new LoveEngine();
    engine.checkEthics(action);
    const before = JSON.stringify(engine.evaluateAlignment());
    expectReadRefusal(() => engine.checkEthics(throwingGetter(action, 'actionType') as never));
    expectReadRefusal(() => engine.checkEthics(throwingKeys(action) as never));
    expectReadRefusal(() => engine.checkEthics({ ...action, parameters: throwingGetter({}, 'path') }));
    expectReadRefusal(() => engine.checkEthics({ ...action, parameters: { list: [1, throwingKeys({ a: 1 })] } }));
    expectReadRefusal(() => engine.checkEthics({ ...action, parameters: { list: throwingItem() } }));
    expectReadRefusal(() => engine.assertValidAction({ ...action, parameters: throwingGetter({}, 'path') }));
    expectReadRefusal(() => engine.checkEthicsBatch(throwingLength() as never));
    expectReadRefusal(() => engine.checkEthicsBatch([action, throwingGetter(action, 'id')] as never));
    expectReadRefusal(() => engine.checkEthicsBatch(throwingItem() as never));
    expectReadRefusal(() => engine.recordOutcome('a1', throwingGetter({}, 'harmful') as never));
    expectReadRefusal(() => engine.recordOutcome('a1', throwingKeys({ harmful: true }) as never));
    expect(JSON.stringify(engine.evaluateAlignment())).toBe(before);
    const state = { entropy: 1, order: 1, wellbeingMetrics: [1] };
    expectReadRefusal(() => engine.computeLoveMetric(throwingGetter(state, 'entropy') as never, state));
    expectReadRefusal(() => engine.computeLoveMetric(throwingKeys(state) as never, state));
    expectReadRefusal(() => engine.computeLoveMetric({ ...state, wellbeingMetrics: throwingLength() as never }, state));
    expectReadRefusal(() => engine.computeLoveMetric({ ...state, wellbeingMetrics: throwingItem() as never }, state));
    expectReadRefusal(() => new LoveEngine(throwingGetter({}, 'threshold') as never));
    expectReadRefusal(() => new LoveEngine({ lexicon: { ...tinyLexicon(), negators: throwingLength() as never } }));
    expectReadRefusal(() => new LoveEngine({ lexicon: { ...tinyLexicon(), entries: [throwingKeys({})] as never } }));
  });

  it('EvolutionCore.learnFromEthics and learnFromSafety: concern arrays', () => {
    const core = new EvolutionCore();
    const e = core.logExperience({ actionType: 'read_file', success: true });
    const before = JSON.stringify(core.recognizePatterns());
    expectReadRefusal(() => core.learnFromEthics(e.id, 0.1, throwingLength() as string[]));
    expectReadRefusal(() => core.learnFromEthics(e.id, 0.1, throwingItem() as string[]));
    expectReadRefusal(() => core.learnFromSafety(e.id, 0.1, throwingItem() as string[]));
    expect(JSON.stringify(core.recognizePatterns())).toBe(before);
    expectReadRefusal(() => core.logExperience(throwingKeys({ actionType: 'x', success: true }) as never));
    expectReadRefusal(() => core.logExperience(throwingGetter({ success: true }, 'actionType') as never));
    expect(core.totalExperiences).toBe(1);
  });

  it('IntentFirewall: rules, patterns, requests and intents', () => {
    const fw = new IntentFirewall({ defaultRules: false });
    const rule = { id: 'p', patterns: ['drop it'], category: 'c', severity: 'high' as const, description: '' };
    expectReadRefusal(() => fw.addRule({ ...rule, patterns: throwingLength() as string[] }));
    expectReadRefusal(() => fw.addRule({ ...rule, patterns: throwingItem() as string[] }));
    expectReadRefusal(() => fw.addRule(throwingGetter(rule, 'severity') as never));
    expectReadRefusal(() => fw.addRule(throwingKeys(rule) as never));
    expect(fw.ruleCount).toBe(0);
    expectReadRefusal(() => fw.validateRequest(throwingGetter({ id: 'r' }, 'content') as never));
    expectReadRefusal(() => fw.validateRequest({ id: 'r', content: 'x', metadata: throwingKeys({}) as never }));
    expectReadRefusal(() => fw.checkSafety({ action: 'run', parameters: { argv: throwingItem() } }));
    expectReadRefusal(() => fw.checkSafety({ action: 'run', parameters: throwingGetter({}, 'cmd') as never }));
    expectReadRefusal(() => fw.checkSafety(throwingKeys({ action: 'run' }) as never));
  });

  it('AuditLog: options, data, query types', () => {
    const log = new AuditLog();
    log.logAction('t', 1);
    const before = [...log.exportLog()].join('\n');
    expectReadRefusal(() => log.logAction('t', throwingGetter({}, 'x')));
    expectReadRefusal(() => log.logAction('t', [throwingKeys({})]));
    expectReadRefusal(() => log.logAction('t', 1, throwingGetter({}, 'actor') as never));
    expectReadRefusal(() => log.queryHistory({ types: throwingLength() as string[] }));
    expectReadRefusal(() => log.queryHistory({ types: throwingItem() as string[] }));
    expectReadRefusal(() => log.queryHistory(throwingKeys({}) as never));
    expectReadRefusal(() => new AuditLog(throwingGetter({}, 'origin') as never));
    expect([...log.exportLog()].join('\n')).toBe(before);
  });

  it('DecisionQueue: options and requests (through the shared snapshot)', () => {
    const q = new DecisionQueue();
    expectReadRefusal(() => q.requestDecision(throwingKeys({ id: 'r1' }) as never));
    expectReadRefusal(() =>
      q.requestDecision(throwingGetter({ id: 'r1', priority: 'low', requester: 'a' }, 'description') as never),
    );
    expect(q.pending()).toHaveLength(0);
  });

  it('AuditLog: key bytes that pass instanceof but throw on every read', () => {
    const fake = new Proxy(new Uint8Array(32), {});
    expect(() => new AuditLog({ signingKey: fake })).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    const log = new AuditLog({ signingKey: new Uint8Array(32).fill(7) });
    log.logAction('t', 1);
    const cp = log.checkpoint();
    expect(() => log.verifyCheckpoint(cp, fake)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => AuditLog.fromLines([...log.exportLog()], { checkpoint: cp, publicKey: fake })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('driveExpiry: the expire checked is the one each tick calls; a throwing getter is refused', async () => {
    let reads = 0;
    let calls = 0;
    const queue = {
      get expire() {
        return ++reads === 1
          ? () => {
              calls++;
              return [];
            }
          : 'not a function';
      },
    };
    const driver = driveExpiry(queue as never, { intervalMs: 1 });
    await new Promise((resolve) => setTimeout(resolve, 20));
    driver.stop();
    expect(calls).toBeGreaterThan(0);
    expect(reads).toBe(1);
    expectReadRefusal(() => driveExpiry(throwingGetter({}, 'expire') as never));
  });

  it('a revoked Proxy is described, never thrown on', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const engine = new LoveEngine();
    expect(() => engine.checkEthics(proxy as never)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(() => engine.checkEthicsBatch(proxy as never)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(() => new AuditLog().logAction('t', proxy)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
  });
});

/** A minimal valid lexicon: one entry. */
function tinyLexicon() {
  return {
    baseline: { harmPrevention: 1, autonomyRespect: 1, fairness: 1, transparency: 1, beneficence: 1 },
    negationWindow: 2,
    negators: ['not'],
    postNegators: [],
    scopeBreakers: [],
    entries: [{ id: 'e', category: 'c', phrases: ['delete everything'], effects: { harmPrevention: -0.5 } }],
  };
}
