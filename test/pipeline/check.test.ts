/** Decide now, run later: `check`, `decision` and `complete`, and tickets as plain JSON. Cases written here. */
import { describe, expect, it } from 'vitest';
import { AegisError } from '../../src/errors.js';
import type { Ticket } from '../../src/index.js';
import { expectAccounted, SCENARIOS, setup } from './_aegis.js';

function codeOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof AegisError) return error.code;
    throw error;
  }
  return undefined;
}

const roundTrip = (t: Ticket): Ticket => JSON.parse(JSON.stringify(t));

describe('Aegis.check and Aegis.complete', () => {
  it('allow: the caller runs the action, then completes the ticket (after a JSON round trip)', () => {
    const { aegis } = setup();
    const v = aegis.check(SCENARIOS.read.request, SCENARIOS.read.action);
    expect(v.decision).toBe('allow');
    expect(v.ticket).toEqual(roundTrip(v.ticket));
    expect(aegis.inFlight).toBe(1);
    expect(aegis.audit.size).toBe(2);
    const done = aegis.complete(roundTrip(v.ticket), { status: 'executed', result: 'ok' });
    expect(done.decision).toBe('executed');
    expect(done.experience?.success).toBe(true);
    expect(done.audit.seqs.map((s) => aegis.audit.entry(s).type)).toEqual([
      'safety.check',
      'ethics.check',
      'action.executed',
    ]);
    expect(aegis.inFlight).toBe(0);
    // Repeated: refused, nothing written.
    expect(codeOf(() => aegis.complete(v.ticket, { status: 'executed' }))).toBe('CONFLICT');
    expect(aegis.audit.size).toBe(3);
  });

  it('a failed outcome is learned as a failure; skipped is cancelled and teaches nothing', () => {
    const { aegis } = setup();
    const a = aegis.check({ ...SCENARIOS.read.request, id: 'a' }, SCENARIOS.read.action);
    expect(aegis.complete(a.ticket, { status: 'failed', error: new Error('EIO') })).toMatchObject({
      decision: 'failed',
      experience: { success: false },
    });
    const b = aegis.check({ ...SCENARIOS.read.request, id: 'b' }, SCENARIOS.read.action);
    const skipped = aegis.complete(b.ticket, { status: 'skipped' });
    expect(skipped.decision).toBe('cancelled');
    expect(skipped.experience).toBeUndefined();
    expect(aegis.evolution.totalExperiences).toBe(1);
  });

  it('deny: everything is recorded at once; completing it is refused', () => {
    const { aegis } = setup();
    const v = aegis.check(SCENARIOS.rmRf.request, SCENARIOS.rmRf.action);
    expect(v).toMatchObject({ decision: 'deny', final: 'blocked' });
    expect(v.reasons).toContain('route: the firewall blocked it → block');
    expect(aegis.inFlight).toBe(0);
    expect(aegis.audit.entry(aegis.audit.size - 1).type).toBe('action.blocked');
    expect(codeOf(() => aegis.complete(v.ticket, { status: 'executed' }))).toBe('CONFLICT');
  });

  it('ask: the answer can be awaited (or polled in the queue), then the approved action completed', async () => {
    const { aegis } = setup();
    const v = aegis.check(SCENARIOS.etcHosts.request, SCENARIOS.etcHosts.action);
    expect(v.decision).toBe('ask');
    expect(aegis.hitl.status(v.ticket.hitl as string).status).toBe('pending');
    // Not decided yet: only skipping is accepted.
    expect(codeOf(() => aegis.complete(v.ticket, { status: 'executed' }))).toBe('CONFLICT');
    const answer = aegis.decision(roundTrip(v.ticket));
    aegis.hitl.approve(v.ticket.hitl as string, { responder: 'alice' });
    const a = await answer;
    expect(a.decision).toBe('allow');
    expect(a.hitl?.status).toBe('approved');
    const done = aegis.complete(v.ticket, { status: 'executed' });
    expect(done.decision).toBe('executed');
    expect(done.audit.seqs.map((s) => aegis.audit.entry(s).type)).toEqual([
      'safety.check',
      'ethics.check',
      'hitl.request',
      'hitl.decision',
      'action.executed',
    ]);
    expect(aegis.audit.verifyChain().ok).toBe(true);
  });

  it('ask then rejected: the answer is deny, the call is finished', async () => {
    const { aegis } = setup();
    const v = aegis.check(SCENARIOS.etcHosts.request, SCENARIOS.etcHosts.action);
    aegis.hitl.reject(v.ticket.hitl as string, { responder: 'bob' });
    const a = await aegis.decision(v.ticket);
    expect(a).toMatchObject({ decision: 'deny', final: 'rejected' });
    expect(codeOf(() => aegis.complete(v.ticket, { status: 'executed' }))).toBe('CONFLICT');
    expect(aegis.inFlight).toBe(0);
  });

  it('ask then skipped: the decision request is withdrawn', () => {
    const { aegis } = setup();
    const v = aegis.check(SCENARIOS.etcHosts.request, SCENARIOS.etcHosts.action);
    expect(aegis.complete(v.ticket, { status: 'skipped' }).decision).toBe('cancelled');
    expect(aegis.hitl.status(v.ticket.hitl as string).decision?.by).toBe('cancelled');
    expect(aegis.hitl.pendingCount).toBe(0);
  });

  it('refuses unknown, stale and malformed tickets and outcomes', () => {
    const { aegis } = setup();
    const v = aegis.check(SCENARIOS.read.request, SCENARIOS.read.action);
    expect(codeOf(() => aegis.complete({ ...v.ticket, request: 'nope' }, { status: 'executed' }))).toBe('NOT_FOUND');
    expect(codeOf(() => aegis.complete({ ...v.ticket, serial: v.ticket.serial + 7 }, { status: 'executed' }))).toBe(
      'CONFLICT',
    );
    expect(codeOf(() => aegis.complete({} as Ticket, { status: 'executed' }))).toBe('INVALID_ARGUMENT');
    expect(codeOf(() => aegis.complete(v.ticket, { status: 'done' } as never))).toBe('INVALID_ARGUMENT');
    aegis.complete(v.ticket, { status: 'executed' });
    // The request id used again: the old ticket is stale.
    aegis.check(SCENARIOS.read.request, SCENARIOS.read.action);
    expect(codeOf(() => aegis.complete(v.ticket, { status: 'executed' }))).toBe('CONFLICT');
  });

  it('process is check → human → execute → complete: the same entries as the two halves', async () => {
    const a = setup();
    const b = setup();
    const r = await a.aegis.process(SCENARIOS.read.request, SCENARIOS.read.action, () => 'x');
    const v = b.aegis.check(SCENARIOS.read.request, SCENARIOS.read.action);
    b.aegis.complete(v.ticket, { status: 'executed', result: 'x' });
    expect(a.aegis.audit.head).toBe(b.aegis.audit.head);
    expectAccounted(a.aegis, [r]);
  });
});
