/**
 * Every public method reads each field of its input once: a getter (or a Proxy) that answers one
 * thing to the checks and another afterwards can neither pass a check and be used with another
 * value, nor make a call fail after it changed something.
 */
import { describe, expect, it } from 'vitest';
import { AegisError } from '../src/errors.js';
import { AuditLog, DecisionQueue, EvolutionCore, IntentFirewall, LoveEngine } from '../src/index.js';

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

  it('IntentFirewall.blockPattern: keeps the context it compiled', () => {
    const fw = new IntentFirewall({ defaultRules: false });
    const rule = fickle(
      { id: 'x', patterns: ['drop it'], category: 'c', severity: 'high' as const, description: '' },
      'before',
      'sudo',
      { evil: 1 },
    );
    fw.blockPattern(rule as never);
    expect(fw.blockedPatterns().find((r) => r.id === 'x')?.before).toBe('sudo');
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
