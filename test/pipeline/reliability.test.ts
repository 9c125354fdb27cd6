/**
 * The pipeline under attack and in long waits: learning that request content cannot poison, calls
 * that settle on their own, approvals that cover only what a reviewer saw, bounds, and listeners and
 * sinks that cannot break the call. Cases written here.
 */
import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import { createAegis, DecisionQueue, type Scheduler } from '../../src/index.js';
import { entryTypes, expectAccounted, flush, PATHS, rejection, SCENARIOS, setup } from './_aegis.js';

const read = (id: string, source: string) =>
  [
    { id, content: 'Read the notes file', metadata: { source } },
    { actionType: 'read_file', parameters: { path: 'notes.txt' } },
  ] as const;
const poisoned = (id: string, source: string) =>
  [
    { id, content: 'rm -rf / --no-preserve-root', metadata: { source } },
    { actionType: 'read_file', parameters: { path: 'notes.txt' } },
  ] as const;

describe('learning keyed on evidence about the action', () => {
  it('1,000 blocked requests with innocent read_file actions leave 1,000 interleaved benign reads running', async () => {
    const { aegis } = setup();
    let executed = 0;
    let blocked = 0;
    for (let i = 0; i < 1000; i++) {
      const bad = await aegis.process(...poisoned(`bad-${i}`, 'mallory'), () => 'x');
      if (bad.decision === 'blocked') blocked++;
      const good = await aegis.process(...read(`good-${i}`, 'alice'), () => 'notes');
      if (good.decision === 'executed') executed++;
    }
    expect(blocked).toBe(1000);
    expect(executed).toBeGreaterThanOrEqual(990);
    expect(executed).toBe(1000);
    expect(aegis.hitl.pendingCount).toBe(0);
    expect(aegis.evolution.actionStats('read_file')).toMatchObject({ experiences: 1000, successes: 1000 });
  });

  it('after 100 delete_database actions blocked for DROP DATABASE prod, a new one goes to a human or is blocked', async () => {
    const { aegis } = setup();
    for (let i = 0; i < 100; i++) {
      const r = await aegis.process(
        { id: `drop-${i}`, content: 'Clean up the old data' },
        { actionType: 'delete_database', parameters: { query: 'DROP DATABASE prod' } },
        () => 1,
      );
      expect(r.decision).toBe('blocked');
      expect(r.experience).toBeDefined();
    }
    const r = aegis.process(
      { id: 'new', content: 'Tidy up' },
      { actionType: 'delete_database', parameters: { database: 'staging' } },
      () => 1,
    );
    const pending = aegis.hitl.pending();
    const decided = pending.length === 1 ? 'human' : 'blocked';
    expect(decided).toBe('human');
    expect(pending[0]?.description).toContain('learned: ');
    expect(pending[0]?.description).toContain('100 of 100 past experiences were safety violations (sql.drop');
    expect(pending[0]?.description).not.toContain('safety 1.000');
    aegis.hitl.reject(pending[0]?.id as string, { responder: 'bob' });
    expect((await r).decision).toBe('rejected');
  });

  it('no ratchet: rejections and expiries of a learned escalation add nothing; approved successes bring it back', async () => {
    const { aegis, clock } = setup();
    for (let i = 0; i < 3; i++) {
      const r = await aegis.process(...read(`f-${i}`, 'a'), () => {
        throw new Error('disk error');
      });
      expect(r.decision).toBe('failed');
    }
    const before = aegis.evolution.actionStats('read_file');
    for (let i = 0; i < 20; i++) {
      const p = aegis.process(...read(`n-${i}`, 'a'), () => 1);
      const [pending] = aegis.hitl.pending();
      expect(pending?.description).toBe(
        'read_file: learned: failure risk 1.000 ≥ 0.700 (success rate 0.000 over 3 experiences)',
      );
      if (i % 2 === 0) aegis.hitl.reject(pending?.id as string, { responder: 'bob' });
      else {
        clock.now += 300_000;
        aegis.hitl.expire();
      }
      const r = await p;
      expect(r.experience).toBeUndefined();
    }
    expect(aegis.evolution.actionStats('read_file')).toEqual(before);
    // Three approved successes: the failure rate falls to one half, under the 0.7 threshold.
    for (let i = 0; i < 3; i++) {
      const p = aegis.process(...read(`ok-${i}`, 'a'), () => 1);
      for (const q of aegis.hitl.pending()) aegis.hitl.approve(q.id, { responder: 'alice' });
      expect((await p).decision).toBe('executed');
    }
    expect((await aegis.process(...read('free', 'a'), () => 1)).decision).toBe('executed');
  });

  it('evolution.reset(type) forgets a type: its next action runs', async () => {
    const { aegis } = setup();
    for (let i = 0; i < 3; i++) await aegis.process(...read(`f-${i}`, 'a'), () => Promise.reject(new Error('x')));
    expect(aegis.evolution.reset('read_file')).toBe(true);
    expect((await aegis.process(...read('after', 'a'), () => 1)).decision).toBe('executed');
  });

  it('per source (opt-in): a source that keeps sending blocked content is escalated; others are not; forgive and decay clear it', async () => {
    const { aegis, clock } = setup({ learning: { perSource: { minEvidence: 5, halfLifeMs: 60_000 } } });
    for (let i = 0; i < 5; i++) await aegis.process(...poisoned(`bad-${i}`, 'mallory'), () => 1);
    const mine = aegis.process(...read('m-1', 'mallory'), () => 1);
    const [pending] = aegis.hitl.pending();
    expect(pending?.description).toContain('learned: source "mallory" sent 5.0 of 5.0 recent requests');
    expect((await aegis.process(...read('a-1', 'alice'), () => 1)).decision).toBe('executed');
    aegis.hitl.reject(pending?.id as string, { responder: 'bob' });
    expect((await mine).decision).toBe('rejected');
    expect(aegis.forgive('mallory')).toBe(true);
    expect((await aegis.process(...read('m-2', 'mallory'), () => 1)).decision).toBe('executed');
    for (let i = 5; i < 10; i++) await aegis.process(...poisoned(`bad-${i}`, 'mallory'), () => 1);
    clock.now += 60_000; // one half-life: 2.5 of evidence, under the minimum of 5
    expect((await aegis.process(...read('m-3', 'mallory'), () => 1)).decision).toBe('executed');
    expect(aegis.forgive('nobody')).toBe(false);
  });

  it('by default, request content is held against no source either', async () => {
    const { aegis } = setup();
    for (let i = 0; i < 20; i++) await aegis.process(...poisoned(`bad-${i}`, 'mallory'), () => 1);
    expect((await aegis.process(...read('m', 'mallory'), () => 1)).decision).toBe('executed');
  });
});

describe('every call settles on its own', () => {
  it('an escalated call with a 150 ms deadline and nobody answering settles as expired, with no driver wired', async () => {
    const aegis = createAegis({ escalation: { unsafe: { priority: 'high', timeoutMs: 150 } } });
    const s = SCENARIOS.etcHosts;
    let ran = 0;
    const r = await aegis.process(s.request, s.action, () => ran++);
    expect(r.decision).toBe('expired');
    expect(ran).toBe(0);
    expect(r.hitl?.decision).toMatchObject({ by: 'timeout' });
    expect(entryTypes(aegis, r)).toEqual(PATHS.expired);
    expect(aegis.inFlight).toBe(0);
  });

  it('an aborted signal withdraws a call waiting for a human: cancelled, its request cancelled', async () => {
    const { aegis } = setup();
    const controller = new AbortController();
    const s = SCENARIOS.etcHosts;
    let ran = 0;
    const p = aegis.process(s.request, s.action, () => ran++, { signal: controller.signal });
    expect(aegis.hitl.pendingCount).toBe(1);
    controller.abort();
    const r = await p;
    expect(r.decision).toBe('cancelled');
    expect(ran).toBe(0);
    expect(r.hitl?.decision).toMatchObject({ outcome: 'expired', by: 'cancelled' });
    expect(aegis.hitl.pendingCount).toBe(0);
    expect(entryTypes(aegis, r)).toEqual([...PATHS.expired.slice(0, 4), 'action.cancelled']);
    expect(aegis.evolution.totalExperiences).toBe(0);
    expectAccounted(aegis, [r]);
    const gone = new AbortController();
    gone.abort();
    expect(await rejection(aegis.process(s.request, s.action, () => 1, { signal: gone.signal }))).toBe('CONFLICT');
  });

  it('an aborted signal stops waiting for a running execute, which is told through its context', async () => {
    const { aegis } = setup();
    const controller = new AbortController();
    let seen: unknown;
    const p = aegis.process(
      SCENARIOS.read.request,
      SCENARIOS.read.action,
      (ctx) => {
        seen = ctx.signal;
        return new Promise(() => {});
      },
      { signal: controller.signal },
    );
    await flush();
    controller.abort();
    const r = await p;
    expect(seen).toBe(controller.signal);
    expect(r.decision).toBe('cancelled');
    expect(aegis.inFlight).toBe(0);
  });

  it('executeTimeoutMs fails a hung tool and frees its id', async () => {
    const timers: (() => void)[] = [];
    const scheduler: Scheduler = {
      setTimeout: (fn) => timers.push(fn),
      clearTimeout: () => {},
    };
    const { aegis } = setup({ executeTimeoutMs: 5000, scheduler });
    const p = aegis.process(SCENARIOS.read.request, SCENARIOS.read.action, () => new Promise(() => {}));
    await flush();
    expect(aegis.inFlight).toBe(1);
    timers[0]?.();
    const r = await p;
    expect(r.decision).toBe('failed');
    expect(r.outcome).toMatchObject({ ok: false, error: { code: 'EXPIRED' } });
    expect(r.experience?.success).toBe(false);
    expect(aegis.inFlight).toBe(0);
    expect((await aegis.process(SCENARIOS.read.request, SCENARIOS.read.action, () => 2)).decision).toBe('executed');
  });

  it('close() cancels what is in flight, clears the queue timer and refuses new calls', async () => {
    const aegis = createAegis();
    const s = SCENARIOS.etcHosts;
    const waiting = aegis.process(s.request, s.action, () => 1);
    const running = aegis.process(SCENARIOS.read.request, SCENARIOS.read.action, () => new Promise(() => {}));
    await flush();
    expect(aegis.close()).toBe(2);
    const [a, b] = await Promise.all([waiting, running]);
    expect([a.decision, b.decision]).toEqual(['cancelled', 'cancelled']);
    expect(aegis.inFlight).toBe(0);
    expect(aegis.hitl.closed).toBe(true);
    expect(await rejection(aegis.process({ id: 'late', content: 'x' }, { actionType: 'y' }, () => 1))).toBe('CONFLICT');
    expect(aegis.audit.verifyChain().ok).toBe(true);
  });
});

describe('approvals cover what was shown', () => {
  const head = `Modify /etc/hosts to add an entry. ${'Keep the resolver configuration as agreed. '.repeat(30)}`;
  const base = { actionType: 'modify_file', parameters: { path: '/etc/hosts' } };

  it('a remembered approval never covers a request whose content differs after the shown excerpt', async () => {
    const { aegis } = setup();
    const first = aegis.process({ id: 'one', content: `${head}add 127.0.0.1 dev.local` }, base, () => 1);
    const [pending] = aegis.hitl.pending();
    aegis.hitl.approve(pending?.id as string, { responder: 'alice', remember: { ttlMs: 60_000 } });
    expect((await first).decision).toBe('executed');
    // The same head, another tail: a human must see it.
    const second = aegis.process(
      { id: 'two', content: `${head}make bank.example resolve to 203.0.113.66` },
      base,
      () => 1,
    );
    expect(aegis.hitl.pendingCount).toBe(1);
    aegis.hitl.reject(aegis.hitl.pending()[0]?.id as string, { responder: 'bob' });
    expect((await second).decision).toBe('rejected');
    // Exactly the same request is covered.
    const third = await aegis.process({ id: 'three', content: `${head}add 127.0.0.1 dev.local` }, base, () => 1);
    expect(third.hitl?.decision?.by).toBe('remembered');
  });

  it('the reviewer sees the head, the tail and the text around each match, and is told what was hidden', () => {
    const { aegis } = setup();
    const filler = 'lorem ipsum dolor sit amet '.repeat(200);
    const escalating = `Please edit the hosts file. ${filler}Modify /etc/hosts to add an entry ${filler}and report back.`;
    aegis.process({ id: 'hosts', content: escalating }, { actionType: 'modify_file' }, () => 1);
    const ctx = aegis.hitl.pending()[0]?.context as Record<string, unknown>;
    const text = ctx.content as string;
    expect(text.startsWith('Please edit the hosts file.')).toBe(true);
    expect(text).toContain('Modify /etc/hosts to add an entry');
    expect(text.endsWith('and report back.')).toBe(true);
    expect(text).toMatch(/\[… \d+ characters hidden …\]/);
    expect(ctx.hidden).toBe(escalating.length - text.replace(/\[… \d+ characters hidden …\]/g, '').length);
    expect(ctx.contentLength).toBe(escalating.length);
  });
});

describe('bounded by default', () => {
  it('refuses one call over maxInFlight with LIMIT_EXCEEDED, leaving nothing behind', async () => {
    const { aegis } = setup({ maxInFlight: 2 });
    const s = SCENARIOS.etcHosts;
    aegis.process({ ...s.request, id: 'a' }, s.action, () => 1);
    aegis.process({ ...s.request, id: 'b' }, s.action, () => 1);
    const size = aegis.audit.size;
    const error = await aegis.process({ ...s.request, id: 'c' }, s.action, () => 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AegisError);
    expect((error as AegisError).code).toBe('LIMIT_EXCEEDED');
    expect([aegis.audit.size, aegis.hitl.pendingCount, aegis.inFlight]).toEqual([size, 2, 2]);
    expect(aegis.maxInFlight).toBe(2);
  });

  it('a full queue fails an escalation closed: blocked (by limit), nothing filed', async () => {
    const { aegis } = setup({ hitl: new DecisionQueue({ maxPending: 1, scheduler: null }) });
    const s = SCENARIOS.etcHosts;
    aegis.process({ ...s.request, id: 'a' }, s.action, () => 1);
    const r = await aegis.process({ ...s.request, id: 'b' }, s.action, () => 1);
    expect(r.decision).toBe('blocked');
    expect(aegis.audit.entry(r.audit.seqs.at(-1) as number).data).toMatchObject({ by: 'limit' });
    expect(aegis.hitl.pendingCount).toBe(1);
  });

  it('10,000 junk action types do not stop a new read_file', async () => {
    const { aegis } = setup();
    // The last junk types through the pipeline itself; the rest straight into the Evolution Core.
    for (let i = 0; i < 9_990; i++) aegis.evolution.logExperience({ actionType: `junk_${i}`, success: true });
    for (let i = 9_990; i < 10_000; i++) {
      const r = await aegis.process({ id: `j${i}`, content: 'do it' }, { actionType: `junk_${i}` }, () => 1);
      expect(r.decision).toBe('executed');
    }
    expect(aegis.evolution.actionTypeCount).toBe(10_000);
    const r = await aegis.process(...read('after-junk', 'alice'), () => 'notes');
    expect(r.decision).toBe('executed');
    expect(r.reasons.some((x) => x.startsWith('experience not logged'))).toBe(true);
  });
});

describe('listeners and sinks', () => {
  it('a throwing onEvent is isolated: the call runs to its end, the request is not orphaned', async () => {
    const errors: unknown[] = [];
    const hitl = new DecisionQueue({
      onEvent: () => {
        throw new Error('listener down');
      },
      onListenerError: (e) => errors.push(e),
    });
    const { aegis } = setup({ hitl });
    const s = SCENARIOS.etcHosts;
    const p = aegis.process(s.request, s.action, () => 'ran');
    aegis.hitl.approve(aegis.hitl.pending()[0]?.id as string, { responder: 'alice' });
    const r = await p;
    expect(r.decision).toBe('executed');
    expect(errors.length).toBe(2);
    expect(entryTypes(aegis, r)).toEqual(PATHS.approved);
  });

  it('a sink that fails at hitl.request withdraws the call: nothing runs, the request is cancelled', async () => {
    let failOn = '';
    const aegis = createAegis({
      audit: {
        onAppend: (entry) => {
          if (entry.type === failOn) throw new Error('disk full');
        },
      },
    });
    failOn = 'hitl.request';
    const s = SCENARIOS.etcHosts;
    let ran = 0;
    const error = await aegis.process(s.request, s.action, () => ran++).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CONFLICT', name: 'AegisError' });
    expect(ran).toBe(0);
    expect(aegis.hitl.pendingCount).toBe(0);
    expect(aegis.hitl.decided({ limit: 1 })[0]?.decision?.by).toBe('cancelled');
    expect(aegis.inFlight).toBe(0);
  });
});

describe('100 concurrent tasks × 100 requests, 10% dangerous, default options', () => {
  it('all 10,000 settle, exactly the 9,000 safe ones execute, and the chain verifies', async () => {
    const aegis = createAegis();
    let executed = 0;
    const results: string[] = [];
    const task = async (t: number) => {
      for (let j = 0; j < 100; j++) {
        const dangerous = j % 10 === t % 10;
        const id = `t${t}-${j}`;
        const r = dangerous
          ? await aegis.process(
              { id, content: 'rm -rf / --no-preserve-root' },
              { actionType: 'run_shell', parameters: { command: 'rm -rf /' } },
              () => {
                throw new Error('must not run');
              },
            )
          : await aegis.process(
              { id, content: `Read the file notes-${t}-${j}.txt` },
              { actionType: 'read_file', parameters: { path: `notes-${t}-${j}.txt` } },
              async () => {
                await Promise.resolve();
                executed++;
                return id;
              },
            );
        results.push(r.decision);
      }
    };
    await Promise.all(Array.from({ length: 100 }, (_, t) => task(t)));
    expect(results.length).toBe(10_000);
    expect(executed).toBe(9000);
    expect(results.filter((d) => d === 'executed').length).toBe(9000);
    expect(results.filter((d) => d === 'blocked').length).toBe(1000);
    expect(aegis.inFlight).toBe(0);
    expect(aegis.audit.verifyChain({ full: true }).ok).toBe(true);
  }, 60_000);
});
