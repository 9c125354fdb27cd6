import { describe, expect, it } from 'vitest';
import type { Aegis, ProcessResult } from '../../src/index.js';
import { entryTypes, expectAccounted, flush, SCENARIOS, type ScenarioName, setup } from './_aegis.js';

/** mulberry32: a small seeded PRNG, so that every run interleaves the same way. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Waits a random short while: a few microtasks or an immediate. */
async function pause(random: () => number): Promise<void> {
  const k = Math.floor(random() * 4);
  if (k === 0) return;
  if (k === 3) return flush();
  for (let i = 0; i < k; i++) await Promise.resolve();
}

const MIX: ScenarioName[] = ['read', 'read', 'read', 'rmRf', 'etcHosts', 'spam', 'deleteDatabase'];

/** The entries a result must have, given what happened to it. */
function expectedTypes(r: ProcessResult<unknown>): string[] {
  const middle = r.hitl === undefined ? [] : ['hitl.request', 'hitl.decision'];
  return ['safety.check', 'ethics.check', ...middle, `action.${r.decision}`];
}

/**
 * `tasks` concurrent loops of `perTask` calls each, with executors that pause and sometimes throw,
 * and a human who approves, rejects or lets requests expire while they run.
 */
async function storm(aegis: Aegis, clock: { now: number }, tasks: number, perTask: number, seed: number) {
  const random = rng(seed);
  const results: ProcessResult<unknown>[] = [];
  const ids: string[] = [];
  let running = tasks;
  const task = async (t: number) => {
    for (let j = 0; j < perTask; j++) {
      const name = MIX[Math.floor(random() * MIX.length)] as ScenarioName;
      const s = SCENARIOS[name];
      const id = `t${t}-${j}`;
      const fails = random() < 0.1;
      const r = await aegis.process({ ...s.request, id }, s.action, async () => {
        await pause(random);
        if (fails) throw new Error(`${id} failed`);
        return id;
      });
      results.push(r);
      ids.push(id);
      await pause(random);
    }
    running--;
  };
  const human = async () => {
    while (running > 0) {
      await pause(random);
      for (const p of aegis.hitl.pending({ limit: 3 })) {
        const x = random();
        if (x < 0.4) aegis.hitl.approve(p.id, { responder: 'alice' });
        else if (x < 0.7) aegis.hitl.reject(p.id, { responder: 'bob' });
      }
      if (random() < 0.2) {
        clock.now += 200_000;
        aegis.hitl.expire();
      }
    }
  };
  await Promise.all([...Array.from({ length: tasks }, (_, t) => task(t)), human()]);
  return { results, ids };
}

describe('many calls in flight at once', () => {
  it('20 tasks × 25 calls with pausing executors and a human: every call completes, every entry is accounted for', async () => {
    const { aegis, clock } = setup();
    const { results, ids } = await storm(aegis, clock, 20, 25, 0xa5e1);
    expect(results).toHaveLength(500);
    expect(aegis.inFlight).toBe(0);
    expect(aegis.hitl.pendingCount).toBe(0);
    expectAccounted(aegis, results, ids);
    for (const r of results) expect(entryTypes(aegis, r)).toEqual(expectedTypes(r));
    // No experience lost: one per call that ran or whose action showed something itself, each its own;
    // none for a call refused only for what its request said, or left to a human who said no.
    const taught = results.filter((r) => r.experience !== undefined);
    expect(aegis.evolution.totalExperiences).toBe(taught.length);
    expect(new Set(taught.map((r) => r.experience?.id)).size).toBe(taught.length);
    for (const r of results) {
      const ran = r.decision === 'executed' || r.decision === 'failed';
      const own = r.actionSafety.decision !== 'allow' || !r.ethics.passes;
      if (ran) expect(r.experience).toBeDefined();
      if (!ran && !own) expect(r.experience).toBeUndefined();
    }
    const decisions = new Set(results.map((r) => r.decision));
    for (const d of ['executed', 'failed', 'blocked', 'rejected', 'expired']) expect(decisions).toContain(d);
    // Entries of different calls interleave, yet each call's own entries are in stage order.
    const interleaved = results.some((r) =>
      r.audit.seqs.some((s, i) => i > 0 && s !== (r.audit.seqs[i - 1] as number) + 1),
    );
    expect(interleaved).toBe(true);
  });

  it('the same storm twice gives the same log, byte for byte', async () => {
    const logs: string[][] = [];
    for (let i = 0; i < 2; i++) {
      const { aegis, clock } = setup();
      await storm(aegis, clock, 5, 10, 7);
      logs.push([...aegis.audit.exportLog()]);
    }
    expect(logs[0]).toEqual(logs[1]);
  });
});
