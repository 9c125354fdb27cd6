import { describe, expect, it } from 'vitest';
import {
  type Aegis,
  type AegisOptions,
  AuditLog,
  createAegis,
  DecisionQueue,
  EvolutionCore,
  IntentFirewall,
  LoveEngine,
} from '../../src/index.js';
import { rejection, SCENARIOS, setup } from './_aegis.js';

/** Everything a refused call must leave as it was. */
function snapshot(aegis: Aegis) {
  return {
    auditSize: aegis.audit.size,
    head: aegis.audit.head,
    experiences: aegis.evolution.capabilityMetrics(),
    evaluations: aegis.ethics.evaluateAlignment(),
    adjustments: aegis.ethics.adjustments(),
    pending: aegis.hitl.pending(),
    decided: aegis.hitl.decided(),
    inFlight: aegis.inFlight,
  };
}

/** A pipeline whose firewall lets source `solo` make exactly one request, with one workflow done. */
async function primed() {
  const { aegis, clock } = setup({
    firewall: { rateLimit: { capacity: 1, refillPerSecond: 0 }, maxContentLength: 1000 },
    evolution: { maxActionTypes: 3 },
  });
  await aegis.process({ id: 'first', content: 'Read the docs' }, { actionType: 'read_file' }, () => 1);
  return { aegis, clock };
}

const good = { id: 'r', content: 'Read the configuration file', metadata: { source: 'solo' } };
const action = { actionType: 'read_file', parameters: { path: 'config.yaml' } };

const cyclic: Record<string, unknown> = { a: 1 };
cyclic.self = cyclic;
function nested(levels: number): unknown {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = { d: v };
  return v;
}
const deep = nested(100);

const refused: [string, unknown, unknown, unknown, string][] = [
  ['a request that is a string', 'rm -rf /', action, () => 1, 'INVALID_ARGUMENT'],
  ['a null request', null, action, () => 1, 'INVALID_ARGUMENT'],
  ['a request that is an array', [good], action, () => 1, 'INVALID_ARGUMENT'],
  ['a request that is a class instance', new Date(0), action, () => 1, 'INVALID_ARGUMENT'],
  ['a request without id', { content: 'x', metadata: { source: 'solo' } }, action, () => 1, 'INVALID_ARGUMENT'],
  ['an empty request id', { ...good, id: '' }, action, () => 1, 'INVALID_ARGUMENT'],
  ['a request id with a lone surrogate', { ...good, id: 'r\ud800' }, action, () => 1, 'INVALID_ARGUMENT'],
  ['a request id of 257 characters', { ...good, id: 'r'.repeat(257) }, action, () => 1, 'INVALID_ARGUMENT'],
  ['non-string content', { ...good, content: 42 }, action, () => 1, 'INVALID_ARGUMENT'],
  ['content over the firewall limit', { ...good, content: 'a'.repeat(1001) }, action, () => 1, 'LIMIT_EXCEEDED'],
  ['an unknown request key', { ...good, priority: 'high' }, action, () => 1, 'INVALID_ARGUMENT'],
  ['metadata that is not an object', { ...good, metadata: 'solo' }, action, () => 1, 'INVALID_ARGUMENT'],
  ['an empty source', { ...good, metadata: { source: '' } }, action, () => 1, 'INVALID_ARGUMENT'],
  [
    'an unknown metadata key',
    { ...good, metadata: { source: 'solo', user: 'x' } },
    action,
    () => 1,
    'INVALID_ARGUMENT',
  ],
  ['an action that is a string', good, 'read_file', () => 1, 'INVALID_ARGUMENT'],
  ['an action without a type', good, { parameters: {} }, () => 1, 'INVALID_ARGUMENT'],
  ['a numeric action type', good, { actionType: 7 }, () => 1, 'INVALID_ARGUMENT'],
  ['an empty action id', good, { ...action, id: '' }, () => 1, 'INVALID_ARGUMENT'],
  ['an unknown action key', good, { ...action, expected_outcome: 'x' }, () => 1, 'INVALID_ARGUMENT'],
  ['an unknown action key with an id', good, { ...action, id: 'a', note: 'x' }, () => 1, 'INVALID_ARGUMENT'],
  ['a non-string expected outcome', good, { ...action, expectedOutcome: 1 }, () => 1, 'INVALID_ARGUMENT'],
  ['cyclic parameters', good, { actionType: 'x', parameters: cyclic }, () => 1, 'INVALID_ARGUMENT'],
  ['parameters nested 100 deep', good, { actionType: 'x', parameters: deep }, () => 1, 'LIMIT_EXCEEDED'],
  ['a NaN parameter', good, { actionType: 'x', parameters: { n: Number.NaN } }, () => 1, 'INVALID_ARGUMENT'],
  ['a BigInt parameter', good, { actionType: 'x', parameters: { n: 1n } }, () => 1, 'INVALID_ARGUMENT'],
  ['a function parameter', good, { actionType: 'x', parameters: { f: () => 1 } }, () => 1, 'INVALID_ARGUMENT'],
  [
    'a parameter key with a lone surrogate',
    good,
    { actionType: 'x', parameters: { '\udc00': 1 } },
    () => 1,
    'INVALID_ARGUMENT',
  ],
  [
    'a class-instance parameter',
    good,
    { actionType: 'x', parameters: { d: new Date(0) } },
    () => 1,
    'INVALID_ARGUMENT',
  ],
  [
    'parameters nested 20 deep (the firewall reads 16)',
    good,
    { actionType: 'x', parameters: nested(20) },
    () => 1,
    'INVALID_ARGUMENT',
  ],
  ['text over 1 MiB', good, { actionType: 'x', expectedOutcome: 'a'.repeat((1 << 20) + 1) }, () => 1, 'LIMIT_EXCEEDED'],
  ['an executor that is a string', good, action, 'run it', 'INVALID_ARGUMENT'],
  ['no executor', good, action, undefined, 'INVALID_ARGUMENT'],
];

describe('Aegis.process refuses hostile input before any component changes', () => {
  for (const [name, request, act, execute, code] of refused) {
    it(`refuses ${name} (${code}): no token, no evaluation, no audit entry, no experience`, async () => {
      const { aegis } = await primed();
      aegis.evolution.logExperience({ actionType: 'second_type', success: true });
      aegis.evolution.logExperience({ actionType: 'third_type_not_yet', success: true });
      const before = snapshot(aegis);
      let called = false;
      const exec =
        typeof execute === 'function'
          ? () => {
              called = true;
              return (execute as () => unknown)();
            }
          : execute;
      const error = await aegis.process(request as never, act as never, exec as never).catch((e: unknown) => e);
      expect((error as { code?: string }).code).toBe(code);
      expect((error as Error).message.startsWith('Aegis.process: ')).toBe(true);
      expect(called).toBe(false);
      expect(snapshot(aegis)).toEqual(before);
      // The source's only token is still there.
      const next = await aegis.process(good, action, () => 'ran');
      expect(next.decision).toBe('executed');
    });
  }

  it('refuses a second call with the id of one in flight, leaving the first to finish', async () => {
    const { aegis } = setup();
    const s = SCENARIOS.etcHosts;
    const first = aegis.process(s.request, s.action, () => 'first');
    const before = snapshot(aegis);
    expect(await rejection(aegis.process(s.request, SCENARIOS.read.action, () => 'second'))).toBe('CONFLICT');
    expect(snapshot(aegis)).toEqual(before);
    aegis.hitl.approve(aegis.hitl.pending()[0]?.id as string, { responder: 'a' });
    expect((await first).outcome).toEqual({ ok: true, value: 'first' });
    // Once it is done, the id may be used again.
    const again = { ...SCENARIOS.read.request, id: s.request.id };
    expect((await aegis.process(again, SCENARIOS.read.action, () => 2)).decision).toBe('executed');
  });

  it('runs a new action type the Evolution Core has no room for, untracked: types cannot lock others out', async () => {
    const { aegis } = setup({ evolution: { maxActionTypes: 1 } });
    const s = SCENARIOS.etcHosts;
    const waiting = aegis.process(s.request, s.action, () => 1); // a new type, waiting for a human
    const other = await aegis.process({ id: 'other', content: 'Read it' }, { actionType: 'read_file' }, () => 1);
    expect(other.decision).toBe('executed');
    expect(other.experience).toBeDefined();
    for (const p of aegis.hitl.pending()) aegis.hitl.approve(p.id, { responder: 'a' });
    const late = await waiting;
    expect(late.decision).toBe('executed');
    expect(late.experience).toBeUndefined();
    expect(late.reasons.some((r) => r.startsWith('experience not logged: '))).toBe(true);
    expect(aegis.evolution.actionTypes()).toEqual(['read_file']);
  });

  it('releases the reservation of a new type once a call has taught it, so a third type still fits', async () => {
    const { aegis } = setup({ evolution: { maxActionTypes: 3 } });
    aegis.evolution.logExperience({ actionType: 'known', success: true });
    const s = SCENARIOS.etcHosts; // a new type that waits for a human
    const a = aegis.process({ ...s.request, id: 'a' }, s.action, () => 'a');
    const b = aegis.process({ ...s.request, id: 'b' }, s.action, () => 'b');
    const [first] = aegis.hitl.pending();
    aegis.hitl.approve(first?.id as string, { responder: 'alice' });
    expect((await a).decision).toBe('executed');
    expect(aegis.evolution.actionTypeCount).toBe(2);
    // b still waits; modify_file is now the core's own, so one more type fits.
    const u = await aegis.process({ id: 'u', content: 'Read the docs' }, { actionType: 'read_docs' }, () => 'u');
    expect(u.decision).toBe('executed');
    for (const p of aegis.hitl.pending()) aegis.hitl.approve(p.id, { responder: 'alice' });
    expect((await b).experience).toBeDefined();
    expect(aegis.evolution.actionTypeCount).toBe(3);
  });

  it('reads the request and the action once: getters that change their answer cannot pass the checks and fail later', async () => {
    const { aegis } = setup();
    let reads = 0;
    const action = {
      id: 'a1',
      get actionType() {
        reads++;
        return reads <= 1 ? 'read_file' : '';
      },
      parameters: { path: 'a.txt' },
    };
    const r = await aegis.process({ id: 'g1', content: 'Read a.txt' }, action, () => 'ran');
    expect(r.decision).toBe('executed');
    expect(r.experience?.actionType).toBe('read_file');
    expect(reads).toBe(1);

    let contentReads = 0;
    const request = {
      id: 'g2',
      get content() {
        contentReads++;
        return contentReads <= 1 ? 'Modify /etc/hosts to add an entry' : (42 as unknown as string);
      },
    };
    const p = aegis.process(request, { actionType: 'modify_file', parameters: { path: '/etc/hosts' } }, () => 'ran');
    const [ask] = aegis.hitl.pending();
    expect(ask?.context).toMatchObject({ content: 'Modify /etc/hosts to add an entry' });
    aegis.hitl.approve(ask?.id as string, { responder: 'alice' });
    expect((await p).decision).toBe('executed');
    expect(contentReads).toBe(1);

    let deepReads = 0;
    const parameters = {
      nested: {
        get path() {
          deepReads++;
          return deepReads <= 1 ? 'b.txt' : Number.NaN;
        },
      },
    };
    const q = await aegis.process(
      { id: 'g3', content: 'Read b.txt' },
      { actionType: 'read_file', parameters },
      () => 1,
    );
    expect(q.decision).toBe('executed');
    expect(aegis.audit.verifyChain().ok).toBe(true);
  });

  it('refuses a clock that reads NaN before anything happens', async () => {
    let now = 1000;
    const aegis = createAegis({ clock: () => now });
    now = Number.NaN;
    const before = { size: aegis.audit.size, total: aegis.evolution.totalExperiences };
    expect(await rejection(aegis.process({ id: 'r', content: 'x' }, { actionType: 'a' }, () => 1))).toBe(
      'INVALID_ARGUMENT',
    );
    expect({ size: aegis.audit.size, total: aegis.evolution.totalExperiences }).toEqual(before);
  });

  it('reads an own __proto__ parameter as data, never as a prototype', async () => {
    const { aegis } = setup();
    const parameters = JSON.parse('{"__proto__": "polluted", "path": "a.txt"}') as Record<string, unknown>;
    const r = await aegis.process({ id: 'p', content: 'Read a.txt' }, { actionType: 'read_file', parameters }, () => 1);
    expect(Object.keys(r.experience?.parameters ?? {})).toEqual(['__proto__', 'path']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(r.experience?.parameters)).toBe(Object.prototype);
  });

  it('keeps the features it was given even if execute changes the parameters object', async () => {
    const { aegis } = setup();
    const parameters: Record<string, unknown> = { path: 'a.txt' };
    const r = await aegis.process({ id: 'm', content: 'Read a.txt' }, { actionType: 'read_file', parameters }, () => {
      parameters.path = Number.NaN;
      parameters.extra = { cycle: parameters };
    });
    expect(r.experience?.parameters).toEqual({ path: 'a.txt' });
  });
});

describe('createAegis options', () => {
  const bad: [string, unknown][] = [
    ['an unknown option', { clok: () => 1 }],
    ['options that are not an object', 'strict'],
    ['a clock that is not a function', { clock: 5 }],
    ['an empty actor', { actor: '' }],
    ['a component given as a string', { firewall: 'default' }],
    ['a component given as another component', { ethics: new EvolutionCore() }],
    ['a component option its constructor refuses', { firewall: { threshold: Number.NaN } }],
    ['a component clock beside the shared one', { clock: () => 1, audit: { clock: () => 2 } }],
    ['an unknown escalation key', { escalation: { risky: 'block' } }],
    ['an unknown priority', { escalation: { unsafe: { priority: 'urgent', timeoutMs: 1 } } }],
    ['a zero timeout', { escalation: { unsafe: { priority: 'high', timeoutMs: 0 } } }],
    ['a NaN timeout', { escalation: { unethical: { priority: 'high', timeoutMs: Number.NaN } } }],
    ['a route that is neither block nor an object', { escalation: { both: 'allow' } }],
    ['an unknown route key', { escalation: { both: { priority: 'high', timeoutMs: 1, by: 'x' } } }],
    ['learning: true', { learning: true }],
    ['a failure risk above 1', { learning: { failureRiskAbove: 1.5 } }],
    ['zero minViolations', { learning: { minViolations: 0 } }],
    ['an adjustment above 0.5', { learning: { maxAdjustment: 0.6 } }],
    ['an unknown learning key', { learning: { rate: 1 } }],
  ];
  for (const [name, options] of bad) {
    it(`refuses ${name}`, () => {
      expect(() => createAegis(options as AegisOptions)).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', message: expect.stringMatching(/^createAegis: /) }),
      );
    });
  }

  it('uses the components it is given, as they are', () => {
    const parts = {
      firewall: new IntentFirewall(),
      ethics: new LoveEngine(),
      evolution: new EvolutionCore(),
      audit: new AuditLog(),
      hitl: new DecisionQueue(),
    };
    const aegis = createAegis({ ...parts, clock: () => 1 });
    expect([aegis.firewall, aegis.ethics, aegis.evolution, aegis.audit, aegis.hitl]).toEqual(Object.values(parts));
    for (const [name, part] of Object.entries(parts)) expect(aegis[name as keyof typeof parts]).toBe(part);
  });

  it('builds each component from its options, and applies the routes given', async () => {
    const aegis = createAegis({
      firewall: { threshold: 0.9 },
      escalation: { unsafe: 'block', unethical: { priority: 'low', timeoutMs: 5 } },
      clock: () => 7,
    });
    expect(aegis.firewall.threshold).toBe(0.9);
    expect(aegis.escalation).toEqual({
      unsafe: { kind: 'block' },
      unethical: { kind: 'hitl', priority: 'low', timeoutMs: 5 },
      both: { kind: 'block' },
    });
    const r = await aegis.process(SCENARIOS.etcHosts.request, SCENARIOS.etcHosts.action, () => 1);
    expect(r.decision).toBe('blocked');
    expect(r.reasons).toContain('route: unsafe but ethical → block');
  });
});
