import { describe, expect, it } from 'vitest';
import { AuditLog } from '../../src/index.js';
import { verifyConsistency } from '../../src/structures/index.js';
import { internals } from '../audit/_helpers.js';
import { run, setup } from './_aegis.js';

describe('Aegis.rotateAudit', () => {
  it('chains a new segment to the previous one, and later calls write there', async () => {
    const { aegis } = setup();
    await run(aegis, 'read', 'a').promise;
    await run(aegis, 'rmRf', 'b').promise;
    const first = aegis.audit;
    const next = new AuditLog();
    expect(aegis.rotateAudit(next)).toBe(first);
    expect(aegis.audit).toBe(next);
    expect(next.entry(0)).toMatchObject({
      type: 'audit.rotated',
      actor: 'agent',
      data: {
        previous: {
          origin: 'aegis-audit-log',
          size: 6,
          head: first.head,
          root: Buffer.from(first.root()).toString('hex'),
        },
      },
    });
    const r = await run(aegis, 'read', 'c').promise;
    expect(r.audit.log).toBe(next);
    expect(r.audit.seqs).toEqual([1, 2, 3]);
    expect(first.size).toBe(6);
    expect(next.verifyChain().ok).toBe(true);
  });

  it('lets calls in flight finish in the log they started in, provably extending the link', async () => {
    const { aegis } = setup();
    const waiting = run(aegis, 'etcHosts').promise;
    const first = aegis.rotateAudit(new AuditLog());
    const linked = (aegis.audit.entry(0).data as { previous: { size: number; root: string } }).previous;
    aegis.hitl.approve(aegis.hitl.pending()[0]?.id as string, { responder: 'a' });
    const r = await waiting;
    expect(r.audit.log).toBe(first);
    expect(r.audit.seqs).toEqual([0, 1, 2, 3, 4]);
    expect(first.size).toBe(5); // every entry of the first segment is the call's
    expect(first.verifyChain({ full: true }).ok).toBe(true);
    const proof = first.consistencyProof(linked.size);
    expect(Buffer.from(proof.oldRoot).toString('hex')).toBe(linked.root);
    expect(verifyConsistency(proof.oldSize, proof.newSize, proof.proof, proof.oldRoot, proof.newRoot)).toBe(true);
  });

  it('refuses a log that is not new, or not a log, and changes nothing', async () => {
    const { aegis } = setup();
    await run(aegis, 'read').promise;
    const used = new AuditLog();
    used.logAction('x', {});
    const current = aegis.audit;
    expect(() => aegis.rotateAudit(used)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => aegis.rotateAudit(current)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
    expect(() => aegis.rotateAudit({} as AuditLog)).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }));
    expect(aegis.audit).toBe(current);
    expect(used.size).toBe(1);
  });

  it('changes nothing when the sink of the new log refuses the link', async () => {
    const { aegis } = setup();
    await run(aegis, 'read').promise;
    const current = aegis.audit;
    const next = new AuditLog({
      onAppend: () => {
        throw new Error('disk full');
      },
    });
    expect(() => aegis.rotateAudit(next)).toThrow('disk full');
    expect(aegis.audit).toBe(current);
    expect(next.size).toBe(0);
  });

  it('leaves verification to the caller: a damaged segment is found by its own verifyChain', async () => {
    const { aegis } = setup();
    await run(aegis, 'read').promise;
    const old = aegis.rotateAudit(new AuditLog());
    internals(old).store.timestamps.set(1, 0); // simulated memory corruption
    expect(old.verifyChain({ full: true })).toMatchObject({ ok: false, firstBadSeq: 1 });
  });
});
