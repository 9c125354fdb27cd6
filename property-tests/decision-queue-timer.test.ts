/**
 * The queue's one timer against a naive rule: after every command, with live requests and the
 * queue open, exactly one timer is armed, for the earliest deadline or ladder step among the live
 * requests (recomputed here from `pending()`); with none, no timer. Firing it when the clock reaches
 * that time settles exactly the requests due then, and `maxPending` is never exceeded. Commands:
 * requests, approvals, rejections, cancellations, clock advances, fires, and `close`.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DecisionQueue, type DecisionRequest, type Scheduler } from '../src/hitl/index.js';
import { runs } from './_config.js';

const commandArb = fc.oneof(
  fc.record({ op: fc.constant('request' as const), timeoutMs: fc.integer({ min: 1, max: 5000 }) }),
  fc.record({ op: fc.constantFrom('approve' as const, 'reject' as const, 'cancel' as const), pick: fc.nat() }),
  fc.record({ op: fc.constant('advance' as const), ms: fc.integer({ min: 0, max: 3000 }) }),
  fc.record({ op: fc.constant('fire' as const) }),
  fc.record({ op: fc.constant('close' as const) }),
);

/** When a live request is next due: its next ladder step before the deadline, else the deadline. */
function nextDue(r: DecisionRequest, ladder: readonly number[]): number {
  const span = r.deadline - r.requestedAt;
  const steps = ladder.map((f) => r.requestedAt + f * span).filter((t) => t < r.deadline);
  return steps[r.escalations.filter((e) => e.by === 'ladder').length] ?? r.deadline;
}

describe('DecisionQueue timer', () => {
  it('is armed once, for the earliest due time, and settles what is due when it fires', () => {
    fc.assert(
      fc.property(
        fc.array(commandArb, { maxLength: 60 }),
        fc.constantFrom([], [0.5], [0.25, 0.75]),
        fc.integer({ min: 1, max: 6 }),
        (commands, ladder, maxPending) => {
          const clock = { now: 0 };
          const armed = new Map<number, { at: number; fn: () => void }>();
          let next = 1;
          const scheduler: Scheduler = {
            setTimeout(fn, ms) {
              const id = next++;
              armed.set(id, { at: clock.now + ms, fn });
              return id;
            },
            clearTimeout(handle) {
              armed.delete(handle as number);
            },
          };
          const q = new DecisionQueue({ clock: () => clock.now, scheduler, escalationLadder: ladder, maxPending });
          const ids: string[] = [];
          /** The live requests as last seen, before the clock moved on. */
          let seen: DecisionRequest[] = [];
          for (const c of commands) {
            try {
              if (c.op === 'request') {
                ids.push(
                  q.requestDecision({ description: 'x', priority: 'low', requester: 'r', timeoutMs: c.timeoutMs }).id,
                );
              } else if (c.op === 'advance') clock.now += c.ms;
              else if (c.op === 'close') q.close();
              else if (c.op === 'fire') {
                const [id, t] = [...armed.entries()][0] ?? [];
                if (id !== undefined && t !== undefined && t.at <= clock.now) {
                  armed.delete(id);
                  const due = seen.filter((r) => nextDue(r, ladder) <= clock.now);
                  t.fn();
                  for (const r of due) {
                    const now = q.status(r.id);
                    expect(now.status !== 'pending' || now.escalationCount > r.escalationCount).toBe(true);
                  }
                }
              } else if (ids.length > 0) {
                const id = ids[c.pick % ids.length] as string;
                if (c.op === 'approve') q.approve(id, { responder: 'a' });
                else if (c.op === 'reject') q.reject(id, { responder: 'a' });
                else q.cancel(id);
              }
            } catch (error) {
              expect((error as { name?: string }).name).toBe('AegisError');
            }
            // The naive rule, recomputed from what the queue reports (`pending` applies due work first).
            const live = q.closed ? [] : q.pending();
            seen = live;
            expect(live.length).toBeLessThanOrEqual(maxPending);
            if (live.length === 0) expect(armed.size).toBe(0);
            else {
              expect(armed.size).toBe(1);
              const earliest = Math.min(...live.map((r) => nextDue(r, ladder)));
              const [timer] = [...armed.values()];
              // Delays are whole milliseconds, rounded up: the timer never fires before its time.
              expect(timer?.at).toBeGreaterThanOrEqual(earliest);
              expect(timer?.at).toBeLessThan(earliest + 1);
            }
          }
        },
      ),
      { numRuns: runs(200) },
    );
  });
});
