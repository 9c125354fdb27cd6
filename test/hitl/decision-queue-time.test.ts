import { describe, expect, it } from 'vitest';
import { DecisionQueue, type DecisionRequest } from '../../src/hitl/index.js';
import { codeOf, flush, setup } from './_queue.js';

describe('DecisionQueue: deadlines are enforced on every call', () => {
  it('refuses to approve a request past its deadline even if nobody called expire', () => {
    const { queue, clock, events } = setup();
    const { id } = queue.requestDecision({ description: 'x', priority: 'high', requester: 'r', timeoutMs: 50 });
    clock.now += 50;
    expect(codeOf(() => queue.approve(id, { responder: 'a' }))).toBe('EXPIRED');
    expect(codeOf(() => queue.reject(id, { responder: 'a' }))).toBe('EXPIRED');
    expect(codeOf(() => queue.escalate(id))).toBe('EXPIRED');
    expect(queue.status(id).status).toBe('expired');
    expect(events.filter((e) => e.type === 'expired')).toHaveLength(1);
  });

  it('still accepts a decision one millisecond before the deadline', () => {
    const { queue, clock } = setup();
    const { id } = queue.requestDecision({ description: 'x', priority: 'high', requester: 'r', timeoutMs: 50 });
    clock.now += 49;
    expect(queue.approve(id, { responder: 'a' }).status).toBe('approved');
  });

  it('never lists an overdue request as pending', () => {
    const { queue, clock } = setup();
    queue.requestDecision({ description: 'soon', priority: 'critical', requester: 'r', timeoutMs: 10 });
    const later = queue.requestDecision({ description: 'later', priority: 'low', requester: 'r', timeoutMs: 1000 });
    clock.now += 10;
    expect(queue.pending().map((r) => r.id)).toEqual([later.id]);
  });

  it('uses the default timeout when a request gives none', () => {
    const { queue } = setup({ defaultTimeoutMs: 1234 });
    expect(queue.requestDecision({ description: 'x', priority: 'low', requester: 'r' }).deadline).toBe(2234);
  });

  it('expires at an explicit time, in deadline order, and returns only what it expired', () => {
    const { queue } = setup();
    const b = queue.requestDecision({ description: 'b', priority: 'low', requester: 'r', timeoutMs: 200 });
    const a = queue.requestDecision({ description: 'a', priority: 'low', requester: 'r', timeoutMs: 100 });
    queue.requestDecision({ description: 'c', priority: 'low', requester: 'r', timeoutMs: 300 });
    expect(queue.expire(1000 + 99)).toEqual([]);
    expect(queue.expire(1000 + 250).map((r) => r.id)).toEqual([a.id, b.id]);
    expect(queue.pendingCount).toBe(1);
  });
});

describe('DecisionQueue: escalation ladder', () => {
  it('escalates at each fraction of the deadline, then expires', () => {
    const { queue, clock } = setup({ escalationLadder: [0.25, 0.5, 0.75] });
    const { id } = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', timeoutMs: 400 });
    clock.now += 99;
    expect(queue.status(id).priority).toBe('low');
    clock.now += 1;
    expect(queue.status(id)).toMatchObject({ priority: 'medium', status: 'escalated', escalationCount: 1 });
    clock.now += 250; // past 0.5 and 0.75 in one step: both applied, at their own times
    expect(queue.status(id).escalations).toEqual([
      { at: 1100, from: 'low', to: 'medium', by: 'ladder' },
      { at: 1200, from: 'medium', to: 'high', by: 'ladder' },
      { at: 1300, from: 'high', to: 'critical', by: 'ladder' },
    ]);
    clock.now += 50;
    expect(queue.status(id).status).toBe('expired');
  });

  it('keeps critical at critical and still records the step', () => {
    const { queue, clock } = setup({ escalationLadder: [0.5] });
    const { id } = queue.requestDecision({ description: 'x', priority: 'critical', requester: 'r', timeoutMs: 10 });
    clock.now += 5;
    expect(queue.status(id).escalations).toEqual([{ at: 1005, from: 'critical', to: 'critical', by: 'ladder' }]);
  });

  it('stops once the request is decided', () => {
    const { queue, clock, events } = setup({ escalationLadder: [0.5] });
    const { id } = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', timeoutMs: 10 });
    queue.approve(id, { responder: 'a' });
    clock.now += 100;
    queue.expire();
    expect(events.map((e) => e.type)).toEqual(['requested', 'decided']);
  });

  it('reorders the pending list as it escalates', () => {
    const { queue, clock } = setup({ escalationLadder: [0.5] });
    const fast = queue.requestDecision({ description: 'fast', priority: 'low', requester: 'r', timeoutMs: 20 });
    clock.now += 1;
    const slow = queue.requestDecision({ description: 'slow', priority: 'medium', requester: 'r', timeoutMs: 1000 });
    expect(queue.pending().map((r) => r.id)).toEqual([slow.id, fast.id]);
    clock.now += 9;
    // fast is medium now and was requested first.
    expect(queue.pending().map((r) => r.id)).toEqual([fast.id, slow.id]);
    expect(queue.pending({ requester: 'r', minPriority: 'medium' }).map((r) => r.id)).toEqual([fast.id, slow.id]);
  });
});

describe('DecisionQueue: waitFor', () => {
  it('resolves once, with the final snapshot, on approval', async () => {
    const { queue } = setup();
    const { id } = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r' });
    const settled: DecisionRequest[] = [];
    const promise = queue.waitFor(id);
    expect(queue.waitFor(id)).toBe(promise);
    promise.then((r) => settled.push(r));
    await flush();
    expect(settled).toEqual([]);
    const approved = queue.approve(id, { responder: 'a' });
    await flush();
    expect(settled).toEqual([approved]);
  });

  it('resolves with status expired when the deadline passes (deny by default)', async () => {
    const { queue, clock } = setup();
    const { id } = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', timeoutMs: 5 });
    const promise = queue.waitFor(id);
    clock.now += 5;
    queue.expire();
    expect((await promise).status).toBe('expired');
  });

  it('resolves at once for a request already decided', async () => {
    const { queue } = setup();
    const { id } = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r' });
    queue.reject(id, { responder: 'a' });
    expect((await queue.waitFor(id)).status).toBe('rejected');
  });

  it('settles a thousand waiters, each with its own request', async () => {
    const { queue } = setup();
    const ids = Array.from(
      { length: 1000 },
      (_, i) => queue.requestDecision({ description: `t${i}`, priority: 'low', requester: 'r' }).id,
    );
    const all = Promise.all(ids.map((id) => queue.waitFor(id)));
    ids.forEach((id, i) => {
      if (i % 2) queue.approve(id, { responder: 'a' });
      else queue.reject(id, { responder: 'a' });
    });
    const results = await all;
    expect(results.map((r) => r.id)).toEqual(ids);
    expect(results.filter((r) => r.status === 'approved')).toHaveLength(500);
  });

  it('settles even when the event listener throws; the error is isolated and reported, not thrown', async () => {
    let calls = 0;
    const reported: [unknown, string][] = [];
    const noisy = new DecisionQueue({
      onEvent: () => {
        calls++;
        if (calls > 1) throw new Error('listener failure');
      },
      onListenerError: (error, event) => reported.push([error, event.type]),
    });
    const other = noisy.requestDecision({ description: 'x', priority: 'low', requester: 'r' });
    const promise = noisy.waitFor(other.id);
    expect(noisy.approve(other.id, { responder: 'a' }).status).toBe('approved');
    expect(reported).toEqual([[new Error('listener failure'), 'decided']]);
    expect(noisy.listenerErrors).toBe(1);
    expect((await promise).status).toBe('approved');
    expect(noisy.pendingCount).toBe(0);
    expect(noisy.status(other.id).status).toBe('approved');
  });
});

describe('DecisionQueue: bounded history', () => {
  it('keeps the last historyLimit decisions, newest first, and forgets older ones', () => {
    const { queue } = setup({ historyLimit: 2 });
    const ids = ['a', 'b', 'c'].map(
      (id) => queue.requestDecision({ id, description: id, priority: 'low', requester: 'r' }).id,
    );
    for (const id of ids) queue.approve(id, { responder: 'x' });
    expect(queue.decided().map((r) => r.id)).toEqual(['c', 'b']);
    expect(queue.decided({ limit: 1 }).map((r) => r.id)).toEqual(['c']);
    expect(codeOf(() => queue.status('a'))).toBe('NOT_FOUND');
    // A forgotten id may be used again.
    expect(queue.requestDecision({ id: 'a', description: 'again', priority: 'low', requester: 'r' }).status).toBe(
      'pending',
    );
  });

  it('with historyLimit 0 keeps nothing once decided', () => {
    const { queue } = setup({ historyLimit: 0 });
    const { id } = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r' });
    queue.approve(id, { responder: 'a' });
    expect(codeOf(() => queue.status(id))).toBe('NOT_FOUND');
    expect(queue.decided()).toEqual([]);
  });

  it('reacts to a listener that calls back into the queue', () => {
    const clock = { now: 0 };
    const seen: string[] = [];
    const q = new DecisionQueue({
      clock: () => clock.now,
      onEvent: (e) => {
        seen.push(`${e.type}:${q.pendingCount}`);
        if (e.type === 'expired') q.pending();
      },
    });
    q.requestDecision({ description: 'a', priority: 'low', requester: 'r', timeoutMs: 1 });
    q.requestDecision({ description: 'b', priority: 'low', requester: 'r', timeoutMs: 2 });
    clock.now = 5;
    q.expire();
    expect(seen).toEqual(['requested:1', 'requested:2', 'expired:1', 'expired:0']);
  });
});
