import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../src/structures/index.js';
import { codeOf, setup } from './_queue.js';

describe('DecisionQueue: the original behaviours', () => {
  it('files a request that is pending, then approved with responder and reasoning', () => {
    const { queue, clock } = setup();
    const request = queue.requestDecision({
      description: 'Delete 3 files in /var/data',
      priority: 'high',
      requester: 'agent-7',
      context: { files: 3 },
    });
    expect(request.status).toBe('pending');
    expect(queue.pending().map((r) => r.id)).toEqual([request.id]);
    clock.now += 10;
    const approved = queue.approve(request.id, { responder: 'alice', reasoning: 'backed up' });
    expect(approved.status).toBe('approved');
    expect(approved.decision).toEqual({
      outcome: 'approved',
      at: 1010,
      by: 'human',
      responder: 'alice',
      reasoning: 'backed up',
    });
    expect(queue.pending()).toEqual([]);
    expect(queue.status(request.id)).toBe(approved);
  });

  it('rejects with responder and reasoning', () => {
    const { queue } = setup();
    const { id } = queue.requestDecision({ description: 'Drop table users', priority: 'critical', requester: 'sql' });
    const rejected = queue.reject(id, { responder: 'bob', reasoning: 'production data' });
    expect(rejected.status).toBe('rejected');
    expect(rejected.decision).toMatchObject({ outcome: 'rejected', responder: 'bob', reasoning: 'production data' });
  });

  it('lists pending requests critical, high, then low', () => {
    const { queue } = setup();
    queue.requestDecision({ id: 'low', description: 'l', priority: 'low', requester: 'r' });
    queue.requestDecision({ id: 'critical', description: 'c', priority: 'critical', requester: 'r' });
    queue.requestDecision({ id: 'high', description: 'h', priority: 'high', requester: 'r' });
    expect(queue.pending().map((r) => r.id)).toEqual(['critical', 'high', 'low']);
  });

  it('escalates low to medium to high, observably', () => {
    const { queue, clock } = setup();
    const { id } = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r' });
    expect(queue.escalate(id).priority).toBe('medium');
    clock.now += 5;
    const twice = queue.escalate(id);
    expect(twice.priority).toBe('high');
    expect(twice.status).toBe('escalated');
    expect(twice.initialPriority).toBe('low');
    expect(twice.escalationCount).toBe(2);
    expect(twice.escalations).toEqual([
      { at: 1000, from: 'low', to: 'medium', by: 'manual' },
      { at: 1005, from: 'medium', to: 'high', by: 'manual' },
    ]);
    expect(queue.status(id).status).toBe('escalated');
  });

  it('times a request out: expired, denied, decided at its deadline', () => {
    const { queue, clock } = setup();
    const { id } = queue.requestDecision({ description: 'x', priority: 'medium', requester: 'r', timeoutMs: 100 });
    clock.now += 250;
    const expired = queue.expire();
    expect(expired.map((r) => r.id)).toEqual([id]);
    expect(queue.status(id).status).toBe('expired');
    expect(queue.status(id).decision).toEqual({ outcome: 'expired', at: 1100, by: 'timeout' });
  });

  it('leaves 2 pending of 5 after 2 approvals and 1 rejection', () => {
    const { queue } = setup();
    const ids = Array.from(
      { length: 5 },
      (_, i) => queue.requestDecision({ description: `task ${i}`, priority: 'medium', requester: 'r' }).id,
    );
    queue.approve(ids[0] as string, { responder: 'a' });
    queue.approve(ids[1] as string, { responder: 'a' });
    queue.reject(ids[2] as string, { responder: 'a' });
    expect(queue.pending().map((r) => r.id)).toEqual([ids[3], ids[4]]);
    expect(queue.pendingCount).toBe(2);
  });

  it('refuses a second approval', () => {
    const { queue } = setup();
    const { id } = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r' });
    queue.approve(id, { responder: 'a' });
    expect(codeOf(() => queue.approve(id, { responder: 'b' }))).toBe('CONFLICT');
    expect(codeOf(() => queue.reject(id, { responder: 'b' }))).toBe('CONFLICT');
    expect(codeOf(() => queue.escalate(id))).toBe('CONFLICT');
    expect(queue.status(id).decision?.responder).toBe('a');
  });
});

describe('DecisionQueue: ids', () => {
  it('refuses a duplicate id instead of overwriting', () => {
    const { queue } = setup();
    queue.requestDecision({ id: 'same', description: 'first', priority: 'low', requester: 'r' });
    expect(
      codeOf(() => queue.requestDecision({ id: 'same', description: 'second', priority: 'high', requester: 'r' })),
    ).toBe('CONFLICT');
    expect(queue.status('same').description).toBe('first');
  });

  it('generates ids that never collide with given ones', () => {
    const { queue } = setup();
    queue.requestDecision({ id: 'decision-1', description: 'mine', priority: 'low', requester: 'r' });
    const generated = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r' });
    expect(generated.id).toBe('decision-2');
  });

  it('answers NOT_FOUND for an unknown id', () => {
    const { queue } = setup();
    for (const call of [
      () => queue.approve('ghost', { responder: 'a' }),
      () => queue.reject('ghost', { responder: 'a' }),
      () => queue.escalate('ghost'),
      () => queue.status('ghost'),
      () => queue.waitFor('ghost'),
    ]) {
      expect(codeOf(call)).toBe('NOT_FOUND');
    }
  });
});

describe('DecisionQueue: pending queries', () => {
  const filled = () => {
    const s = setup();
    const specs = [
      ['a1', 'low', 'a'],
      ['b1', 'high', 'b'],
      ['a2', 'critical', 'a'],
      ['b2', 'medium', 'b'],
      ['a3', 'high', 'a'],
    ] as const;
    for (const [id, priority, requester] of specs) {
      s.queue.requestDecision({ id, description: id, priority, requester });
      s.clock.now += 1;
    }
    return s;
  };

  it('orders by priority, then by request time', () => {
    expect(
      filled()
        .queue.pending()
        .map((r) => r.id),
    ).toEqual(['a2', 'b1', 'a3', 'b2', 'a1']);
  });

  it('honours limit, minPriority and requester, alone and together', () => {
    const { queue } = filled();
    expect(queue.pending({ limit: 2 }).map((r) => r.id)).toEqual(['a2', 'b1']);
    expect(queue.pending({ minPriority: 'high' }).map((r) => r.id)).toEqual(['a2', 'b1', 'a3']);
    expect(queue.pending({ requester: 'a' }).map((r) => r.id)).toEqual(['a2', 'a3', 'a1']);
    expect(queue.pending({ requester: 'a', minPriority: 'high', limit: 1 }).map((r) => r.id)).toEqual(['a2']);
    expect(queue.pending({ requester: 'nobody' })).toEqual([]);
    expect(queue.pending({ limit: 0 })).toEqual([]);
  });

  it('moves an escalated request ahead of older ones at its new level', () => {
    const { queue } = filled();
    queue.escalate('b2');
    expect(queue.pending().map((r) => r.id)).toEqual(['a2', 'b1', 'b2', 'a3', 'a1']);
  });
});

describe('DecisionQueue: dedupe', () => {
  it('joins an identical pending request, whatever the key order of its context', () => {
    const { queue, events } = setup();
    const first = queue.requestDecision({
      description: 'send report',
      priority: 'low',
      requester: 'mailer',
      context: { to: 'team', n: 2 },
    });
    const again = queue.requestDecision({
      description: 'send report',
      priority: 'low',
      requester: 'mailer',
      context: { n: 2, to: 'team' },
      dedupe: true,
    });
    expect(again.id).toBe(first.id);
    expect(again.joined).toBe(1);
    expect(queue.pendingCount).toBe(1);
    expect(events.map((e) => e.type)).toEqual(['requested', 'joined']);
  });

  it('raises the pending request to a higher joining priority', () => {
    const { queue } = setup();
    queue.requestDecision({ description: 'x', priority: 'low', requester: 'r' });
    const joined = queue.requestDecision({ description: 'x', priority: 'critical', requester: 'r', dedupe: true });
    expect(joined.priority).toBe('critical');
    expect(queue.pending({ minPriority: 'critical' })).toHaveLength(1);
  });

  it('creates a new request when requester, description or context differ, or without dedupe', () => {
    const { queue } = setup();
    queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', context: { a: 1 } });
    queue.requestDecision({ description: 'x', priority: 'low', requester: 'other', context: { a: 1 }, dedupe: true });
    queue.requestDecision({ description: 'y', priority: 'low', requester: 'r', context: { a: 1 }, dedupe: true });
    queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', context: { a: 2 }, dedupe: true });
    queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', dedupe: true });
    queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', context: { a: 1 } });
    expect(queue.pendingCount).toBe(6);
  });

  it('does not join a decided request', () => {
    const { queue } = setup();
    const first = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r' });
    queue.reject(first.id, { responder: 'a' });
    const second = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', dedupe: true });
    expect(second.id).not.toBe(first.id);
    expect(second.status).toBe('pending');
  });
});

describe('DecisionQueue: remembered approvals', () => {
  it('auto-approves identical requests for the TTL, recorded as such', () => {
    const { queue, clock, events } = setup();
    const first = queue.requestDecision({ description: 'read logs', priority: 'low', requester: 'r', context: [1] });
    const approved = queue.approve(first.id, {
      responder: 'alice',
      reasoning: 'harmless',
      remember: { ttlMs: 60_000 },
    });
    expect(approved.decision?.rememberUntil).toBe(61_000);
    clock.now += 30_000;
    const later = queue.requestDecision({ description: 'read logs', priority: 'high', requester: 'r', context: [1] });
    expect(later.id).not.toBe(first.id);
    expect(later.status).toBe('approved');
    expect(later.decision).toEqual({
      outcome: 'approved',
      at: 31_000,
      by: 'remembered',
      responder: 'alice',
      reasoning: 'harmless',
      rememberedFrom: first.id,
    });
    expect(queue.pendingCount).toBe(0);
    expect(events.slice(-2).map((e) => [e.type, e.request.status])).toEqual([
      ['requested', 'pending'],
      ['decided', 'approved'],
    ]);
  });

  it('stops at the end of the TTL, and never applies to other requests', () => {
    const { queue, clock } = setup();
    const first = queue.requestDecision({ description: 'read logs', priority: 'low', requester: 'r' });
    queue.approve(first.id, { responder: 'alice', remember: { ttlMs: 100 } });
    expect(queue.rememberedCount).toBe(1);
    expect(queue.requestDecision({ description: 'read logs', priority: 'low', requester: 'r2' }).status).toBe(
      'pending',
    );
    clock.now += 100;
    expect(queue.requestDecision({ description: 'read logs', priority: 'low', requester: 'r' }).status).toBe('pending');
    expect(queue.rememberedCount).toBe(0);
  });

  it('can be forgotten at once', () => {
    const { queue } = setup();
    const first = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r' });
    queue.approve(first.id, { responder: 'a', remember: { ttlMs: 1000 } });
    expect(queue.clearRemembered()).toBe(1);
    expect(queue.requestDecision({ description: 'x', priority: 'low', requester: 'r' }).status).toBe('pending');
  });
});

describe('DecisionQueue: snapshots and events are plain, frozen data', () => {
  it('copies the context, so later changes by the caller do not leak in', () => {
    const { queue } = setup();
    const context = { path: '/etc/hosts', tags: ['a'] };
    const request = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', context });
    context.tags.push('b');
    expect(queue.status(request.id).context).toEqual({ path: '/etc/hosts', tags: ['a'] });
    expect(Object.isFrozen(request)).toBe(true);
    expect(Object.isFrozen((request.context as { tags: string[] }).tags)).toBe(true);
  });

  it('accepts a null-prototype context and writes -0 as 0, as a JSON round trip would', () => {
    const { queue } = setup();
    const context = Object.assign(Object.create(null) as Record<string, unknown>, { n: -0, list: [-0] });
    const request = queue.requestDecision({
      description: 'x',
      priority: 'low',
      requester: 'r',
      context: context as never,
    });
    expect(Object.is((request.context as { n: number }).n, 0)).toBe(true);
    expect(Object.is((request.context as { list: number[] }).list[0], 0)).toBe(true);
  });

  it('keeps a __proto__ key of the context as data', () => {
    const { queue } = setup();
    const context = JSON.parse('{"__proto__":{"admin":true}}') as { admin?: boolean };
    const request = queue.requestDecision({ description: 'x', priority: 'low', requester: 'r', context });
    expect(Object.keys(request.context as object)).toEqual(['__proto__']);
    expect((request.context as { admin?: boolean }).admin).toBeUndefined();
  });

  it('reports every request, join, escalation, decision and expiry, each canonical JSON', () => {
    const { queue, clock, events } = setup({ escalationLadder: [0.5] });
    const a = queue.requestDecision({ description: 'a', priority: 'low', requester: 'r', timeoutMs: 100 });
    queue.requestDecision({ description: 'a', priority: 'low', requester: 'r', dedupe: true });
    const b = queue.requestDecision({ description: 'b', priority: 'high', requester: 'r', context: { k: [1, null] } });
    queue.escalate(b.id);
    queue.approve(b.id, { responder: 'x', remember: { ttlMs: 10 } });
    queue.requestDecision({ description: 'b', priority: 'high', requester: 'r', context: { k: [1, null] } });
    clock.now += 100;
    queue.expire();
    expect(events.map((e) => `${e.type}:${e.request.id}@${e.at}`)).toEqual([
      `requested:${a.id}@1000`,
      `joined:${a.id}@1000`,
      `requested:${b.id}@1000`,
      `escalated:${b.id}@1000`,
      `decided:${b.id}@1000`,
      'requested:decision-3@1000',
      'decided:decision-3@1000',
      `escalated:${a.id}@1050`,
      `expired:${a.id}@1100`,
    ]);
    for (const event of events) expect(JSON.parse(canonicalize(event))).toEqual(event);
  });
});
