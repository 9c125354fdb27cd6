/**
 * Deadlines enforced on their own: the queue's one timer, its bound on live requests, `cancel` and
 * `close`. Cases written here.
 */
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { DecisionQueue, type Scheduler } from '../../src/hitl/index.js';
import { codeOf, flush } from './_queue.js';

/** A scheduler that only records: timers fire when the test says so. */
function manual() {
  let next = 1;
  const armed = new Map<number, { callback: () => void; ms: number; refs: string[] }>();
  const scheduler: Scheduler = {
    setTimeout(callback, ms) {
      const id = next++;
      const entry = { callback, ms, refs: [] as string[] };
      armed.set(id, entry);
      return {
        id,
        ref: () => entry.refs.push('ref'),
        unref: () => entry.refs.push('unref'),
      };
    },
    clearTimeout(handle) {
      armed.delete((handle as { id: number }).id);
    },
  };
  const only = () => {
    expect(armed.size).toBe(1);
    return [...armed.values()][0] as { callback: () => void; ms: number; refs: string[] };
  };
  const fire = () => {
    const [id, entry] = [...armed.entries()][0] as [number, { callback: () => void }];
    armed.delete(id);
    entry.callback();
  };
  return { scheduler, armed, only, fire };
}

describe('DecisionQueue: deadlines enforced by its own timer', () => {
  it('settles an awaited request as expired at a 150 ms deadline with nothing driving the queue', async () => {
    const queue = new DecisionQueue();
    const request = queue.requestDecision({ description: 'x', priority: 'high', requester: 'r', timeoutMs: 150 });
    const final = await queue.waitFor(request.id);
    expect(final.status).toBe('expired');
    expect(final.decision).toMatchObject({ outcome: 'expired', by: 'timeout', at: request.deadline });
    expect(queue.pendingCount).toBe(0);
  });

  it('arms one timer for the earliest due time and re-arms it as requests come and go', () => {
    const clock = { now: 0 };
    const m = manual();
    const queue = new DecisionQueue({ clock: () => clock.now, scheduler: m.scheduler });
    expect(m.armed.size).toBe(0);
    const late = queue.requestDecision({ description: 'late', priority: 'low', requester: 'r', timeoutMs: 5000 });
    expect(m.only().ms).toBe(5000);
    queue.requestDecision({ description: 'later', priority: 'low', requester: 'r', timeoutMs: 9000 });
    expect(m.only().ms).toBe(5000);
    const soon = queue.requestDecision({ description: 'soon', priority: 'low', requester: 'r', timeoutMs: 1000 });
    expect(m.only().ms).toBe(1000);
    queue.approve(soon.id, { responder: 'a' });
    expect(m.only().ms).toBe(5000);
    clock.now = 5000;
    m.fire();
    expect(queue.status(late.id).status).toBe('expired');
    expect(m.only().ms).toBe(4000);
    clock.now = 9000;
    m.fire();
    expect(queue.pendingCount).toBe(0);
    expect(m.armed.size).toBe(0);
  });

  it('a timer that fires before the clock reaches the deadline only re-arms for the rest', () => {
    const clock = { now: 0 };
    const m = manual();
    const queue = new DecisionQueue({ clock: () => clock.now, scheduler: m.scheduler });
    const r = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', timeoutMs: 1000 });
    clock.now = 400;
    m.fire();
    expect(queue.status(r.id).status).toBe('pending');
    expect(m.only().ms).toBe(600);
  });

  it('fires the escalation ladder on time too', () => {
    const clock = { now: 0 };
    const m = manual();
    const queue = new DecisionQueue({ clock: () => clock.now, scheduler: m.scheduler, escalationLadder: [0.5] });
    const r = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', timeoutMs: 1000 });
    expect(m.only().ms).toBe(500);
    clock.now = 500;
    m.fire();
    expect(queue.status(r.id).priority).toBe('medium');
    expect(m.only().ms).toBe(500);
  });

  it('refs the timer while someone awaits a request and unrefs it otherwise', async () => {
    const clock = { now: 0 };
    const m = manual();
    const queue = new DecisionQueue({ clock: () => clock.now, scheduler: m.scheduler });
    const r = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', timeoutMs: 1000 });
    expect(m.only().refs).toEqual(['unref']);
    const waiting = queue.waitFor(r.id);
    expect(m.only().refs).toEqual(['unref', 'ref']);
    queue.requestDecision({ description: 'y', priority: 'low', requester: 'r', timeoutMs: 2000 });
    queue.reject(r.id, { responder: 'a' });
    expect((await waiting).status).toBe('rejected');
    expect(m.only().refs).toEqual(['unref']);
  });

  it('with scheduler null starts no timer, and expire(now) still drives a virtual clock', () => {
    const queue = new DecisionQueue({ clock: () => 0, scheduler: null });
    const r = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', timeoutMs: 10 });
    expect(queue.expire(10).map((x) => x.id)).toEqual([r.id]);
  });

  it('refuses a scheduler without both methods', () => {
    expect(codeOf(() => new DecisionQueue({ scheduler: { setTimeout: () => 1 } as unknown as Scheduler }))).toBe(
      'INVALID_ARGUMENT',
    );
  });

  it('in Node, keeps a process alive while a call awaits a deadline, and not when nobody waits', () => {
    const url = new URL('../../src/hitl/index.ts', import.meta.url).href;
    const awaited = `import { DecisionQueue } from ${JSON.stringify(url)};
      const q = new DecisionQueue();
      const r = q.requestDecision({ description: 'x', priority: 'high', requester: 'r', timeoutMs: 150 });
      const f = await q.waitFor(r.id);
      process.stdout.write(f.status + ' ' + f.decision.by);`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', awaited], {
      encoding: 'utf8',
    });
    expect(out).toBe('expired timeout');
    const idle = `import { DecisionQueue } from ${JSON.stringify(url)};
      const q = new DecisionQueue();
      q.requestDecision({ description: 'x', priority: 'high', requester: 'r', timeoutMs: 3_600_000 });
      process.stdout.write('left ' + q.pendingCount);`;
    const left = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', idle], {
      encoding: 'utf8',
      timeout: 20_000,
    });
    expect(left).toBe('left 1');
  });
});

describe('DecisionQueue: bounded, cancellable, closable', () => {
  it('refuses one live request more than maxPending with LIMIT_EXCEEDED, leaving nothing behind', () => {
    const events: string[] = [];
    const queue = new DecisionQueue({ maxPending: 2, scheduler: null, onEvent: (e) => events.push(e.type) });
    const a = queue.requestDecision({ description: 'a', priority: 'low', requester: 'r' });
    queue.requestDecision({ description: 'b', priority: 'low', requester: 'r' });
    expect(codeOf(() => queue.requestDecision({ id: 'c', description: 'c', priority: 'low', requester: 'r' }))).toBe(
      'LIMIT_EXCEEDED',
    );
    expect(queue.pendingCount).toBe(2);
    expect(events).toEqual(['requested', 'requested']);
    expect(codeOf(() => queue.status('c'))).toBe('NOT_FOUND');
    // A twin joins and a remembered approval never goes live: neither needs room.
    expect(queue.requestDecision({ description: 'a', priority: 'high', requester: 'r', dedupe: true }).id).toBe(a.id);
    queue.approve(a.id, { responder: 'x', remember: { ttlMs: 1000 } });
    queue.requestDecision({ description: 'c', priority: 'low', requester: 'r' });
    expect(codeOf(() => queue.requestDecision({ description: 'd', priority: 'low', requester: 'r' }))).toBe(
      'LIMIT_EXCEEDED',
    );
    expect(queue.requestDecision({ description: 'a', priority: 'low', requester: 'r' }).decision?.by).toBe(
      'remembered',
    );
  });

  it('cancel withdraws a live request: denied, its waiter settles, a later approval is refused', async () => {
    const queue = new DecisionQueue({ scheduler: null });
    const r = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r' });
    const waiting = queue.waitFor(r.id);
    expect(queue.cancel(r.id).decision).toMatchObject({ outcome: 'expired', by: 'cancelled' });
    expect((await waiting).status).toBe('expired');
    expect(codeOf(() => queue.approve(r.id, { responder: 'a' }))).toBe('EXPIRED');
  });

  it('close cancels every live request, clears the timer and refuses new requests', async () => {
    const m = manual();
    const queue = new DecisionQueue({ clock: () => 0, scheduler: m.scheduler });
    const a = queue.requestDecision({ description: 'a', priority: 'low', requester: 'r', timeoutMs: 100 });
    const b = queue.requestDecision({ description: 'b', priority: 'low', requester: 'r', timeoutMs: 200 });
    const waits = [queue.waitFor(a.id), queue.waitFor(b.id)];
    expect(queue.close()).toBe(2);
    expect(m.armed.size).toBe(0);
    expect((await Promise.all(waits)).map((x) => x.decision?.by)).toEqual(['cancelled', 'cancelled']);
    expect(queue.closed).toBe(true);
    expect(codeOf(() => queue.requestDecision({ description: 'c', priority: 'low', requester: 'r' }))).toBe('CONFLICT');
    expect(queue.close()).toBe(0);
    await flush();
  });
});
