import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { createAegis, DecisionQueue, type ExecutionContext } from '../../src/index.js';
import { entryTypes, expectAccounted, flush, PATHS, SCENARIOS, setup } from './_aegis.js';

const { request, action } = SCENARIOS.read;

describe('execute', () => {
  it('is called once, with the ids, and its value comes back', async () => {
    const { aegis } = setup();
    const seen: ExecutionContext[] = [];
    const r = await aegis.process(request, { ...action, id: 'act-1' }, (context) => {
      seen.push(context);
      return { rows: 3 };
    });
    expect(seen).toEqual([{ requestId: 'read', actionId: 'act-1' }]);
    expect(r.outcome).toEqual({ ok: true, value: { rows: 3 } });
  });

  it('learns of the approval it runs under', async () => {
    const { aegis } = setup();
    const seen: ExecutionContext[] = [];
    const p = aegis.process(SCENARIOS.etcHosts.request, SCENARIOS.etcHosts.action, (c) => seen.push(c));
    const approved = aegis.hitl.approve(aegis.hitl.pending()[0]?.id as string, { responder: 'alice' });
    await p;
    expect(seen).toEqual([{ requestId: 'hosts', actionId: 'hosts', approval: approved }]);
  });

  it('may be async: the call waits for it, and other calls run meanwhile', async () => {
    const { aegis } = setup();
    let release: (value: string) => void = () => {};
    const slow = aegis.process(request, action, () => new Promise<string>((resolve) => (release = resolve)));
    const fast = await aegis.process({ ...request, id: 'fast' }, action, () => 'fast');
    expect(fast.decision).toBe('executed');
    expect(aegis.inFlight).toBe(1);
    release('slow');
    expect((await slow).outcome).toEqual({ ok: true, value: 'slow' });
    expect(aegis.inFlight).toBe(0);
    expect(aegis.audit.entry(5).type).toBe('action.executed'); // the slow call's last entry came last
  });

  it('awaits a thenable that is not a Promise', async () => {
    const { aegis } = setup();
    // biome-ignore lint/suspicious/noThenProperty: a thenable that is not a Promise is the point of the test
    const thenable = { then: (resolve: (v: number) => void) => resolve(42) } as unknown as PromiseLike<number>;
    expect((await aegis.process(request, action, () => thenable)).outcome).toEqual({ ok: true, value: 42 });
  });

  it('captures a thrown error: decision failed, a failed experience, an action.failed entry, nothing rethrown', async () => {
    const { aegis } = setup();
    const boom = new TypeError('disk full');
    const r = await aegis.process(request, action, () => {
      throw boom;
    });
    expect(r.decision).toBe('failed');
    expect(r.outcome).toEqual({ ok: false, error: boom });
    expect((r.outcome as { error: unknown }).error).toBe(boom);
    expect(r.experience).toMatchObject({ success: false, actionType: 'read_file' });
    expect(entryTypes(aegis, r)).toEqual(['safety.check', 'ethics.check', 'action.failed']);
    expect(aegis.audit.entry(2).data).toEqual({
      request: 'read',
      experience: r.experience?.id,
      error: { name: 'TypeError', message: 'disk full' },
    });
    expect(r.reasons.at(-1)).toBe('outcome: failed: disk full');
    expectAccounted(aegis, [r]);
  });

  it('captures a rejected promise the same way', async () => {
    const { aegis } = setup();
    const r = await aegis.process(request, action, async () => {
      await flush();
      throw new Error('timeout');
    });
    expect(r.decision).toBe('failed');
    expect(aegis.audit.entry(2).data).toMatchObject({ error: { name: 'Error', message: 'timeout' } });
  });

  const odd: [string, () => unknown, { name: string; message: string }][] = [
    ['a string', () => 'nope', { name: 'string', message: 'nope' }],
    ['undefined', () => undefined, { name: 'undefined', message: 'undefined' }],
    [
      'an object whose text cannot be read',
      () => ({
        toString() {
          throw new Error('no');
        },
      }),
      { name: 'object', message: 'an error that cannot be turned into text' },
    ],
    [
      'an error with a lone surrogate',
      () => new Error('bad \ud800 text'),
      { name: 'Error', message: 'bad \ufffd text' },
    ],
    [
      'an error of 2,000 characters',
      () => new Error('x'.repeat(2000)),
      { name: 'Error', message: `${'x'.repeat(512)}…` },
    ],
  ];
  for (const [name, thrown, logged] of odd) {
    it(`records ${name} thrown as plain JSON`, async () => {
      const { aegis } = setup();
      const value = thrown();
      const r = await aegis.process(request, action, () => {
        throw value;
      });
      expect(r.decision).toBe('failed');
      expect(aegis.audit.entry(2).data).toMatchObject({ error: logged });
      expect(aegis.audit.verifyChain().ok).toBe(true);
    });
  }

  it('is never called for blocked, rejected or expired actions', async () => {
    const { aegis, clock } = setup();
    let calls = 0;
    const count = () => calls++;
    await aegis.process(SCENARIOS.rmRf.request, SCENARIOS.rmRf.action, count);
    const rejected = aegis.process(SCENARIOS.spam.request, SCENARIOS.spam.action, count);
    aegis.hitl.reject(aegis.hitl.pending()[0]?.id as string, { responder: 'b' });
    const expired = aegis.process(SCENARIOS.etcHosts.request, SCENARIOS.etcHosts.action, count);
    clock.now += 300_000;
    aegis.hitl.expire();
    expect((await rejected).decision).toBe('rejected');
    expect((await expired).decision).toBe('expired');
    expect(calls).toBe(0);
  });
});

describe('the human step, at its edges', () => {
  it('runs at once under a remembered approval of an identical request', async () => {
    const { aegis } = setup();
    const s = SCENARIOS.etcHosts;
    const first = aegis.process(s.request, s.action, () => 1);
    aegis.hitl.approve(aegis.hitl.pending()[0]?.id as string, { responder: 'alice', remember: { ttlMs: 60_000 } });
    await first;
    const r = await aegis.process({ ...s.request, id: 'again' }, { ...s.action, id: 'again' }, () => 2);
    expect(r.decision).toBe('executed');
    expect(r.hitl?.decision).toMatchObject({ by: 'remembered', responder: 'alice' });
    expect(entryTypes(aegis, r)).toEqual(PATHS.approved);
    expect(aegis.ethics.evaluateAlignment().outcomes).toBe(1); // the remembered one says nothing new
  });

  it('honours a decision taken inside onEvent, even by a history-less queue that forgets it at once', async () => {
    const ref: { queue?: DecisionQueue } = {};
    const queue = new DecisionQueue({
      historyLimit: 0,
      onEvent: (e) => {
        if (e.type === 'requested') ref.queue?.approve(e.request.id, { responder: 'eager' });
      },
    });
    ref.queue = queue;
    const aegis = createAegis({ hitl: queue });
    let calls = 0;
    const r = await aegis.process(SCENARIOS.etcHosts.request, SCENARIOS.etcHosts.action, () => calls++);
    expect(r.decision).toBe('executed');
    expect(calls).toBe(1);
    expect(r.hitl).toMatchObject({ status: 'approved', decision: { responder: 'eager' } });
    expect(aegis.audit.entry(r.audit.seqs[3] as number).data).toMatchObject({ outcome: 'approved' });
    expect(entryTypes(aegis, r)).toEqual(PATHS.approved);
  });

  it('sees an approval given from inside the audit sink', async () => {
    const ref: { approve?: () => void } = {};
    const aegis = createAegis({
      audit: {
        onAppend: (entry) => {
          if (entry.type === 'hitl.request') ref.approve?.();
        },
      },
    });
    ref.approve = () => {
      for (const p of aegis.hitl.pending()) aegis.hitl.approve(p.id, { responder: 'sink' });
    };
    const r = await aegis.process(SCENARIOS.etcHosts.request, SCENARIOS.etcHosts.action, () => 'ran');
    expect(r.decision).toBe('executed');
  });

  it('does not run the action when the audit sink refuses an entry before it', async () => {
    let fail = false;
    const aegis = createAegis({
      audit: {
        onAppend: () => {
          if (fail) throw new Error('disk full');
        },
      },
    });
    await aegis.process(request, action, () => 1);
    fail = true;
    let calls = 0;
    const error = await aegis.process({ ...request, id: 'r2' }, action, () => calls++).catch((e: unknown) => e);
    // Fails closed, as an AegisError that carries what the sink threw.
    expect(error).toBeInstanceOf(AegisError);
    expect(error).toMatchObject({ code: 'CONFLICT', details: { cause: new Error('disk full'), request: 'r2' } });
    expect(calls).toBe(0);
    expect(aegis.inFlight).toBe(0);
    expect(aegis.audit.size).toBe(3);
    fail = false;
    expect((await aegis.process({ ...request, id: 'r2' }, action, () => 1)).decision).toBe('executed');
  });
});
