/** Bounded by default: 50,000 escalations nobody answers, measured in a child process with --expose-gc. */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

describe('bounded by default', () => {
  it('50,000 unanswered escalations grow the heap by less than 150 MB; the calls past the bound are refused as AegisError', () => {
    const script = fileURLToPath(new URL('./_escalation-heap.ts', import.meta.url));
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', script, '50000'], {
      encoding: 'utf8',
      timeout: 120_000,
    });
    const r = JSON.parse(out) as {
      heapGrowthMB: number;
      live: number;
      inFlight: number;
      refused: Record<string, number>;
      resolved: Record<string, number>;
      other: number;
    };
    expect(r.heapGrowthMB).toBeLessThan(150);
    expect(r.other).toBe(0);
    // Every call is accounted for: waiting (then cancelled by close), refused, or blocked outright.
    expect(r.live + (r.refused.LIMIT_EXCEEDED ?? 0) + (r.resolved.blocked ?? 0)).toBe(50_000);
    expect(r.resolved.cancelled).toBe(r.live);
    expect(r.inFlight).toBe(r.live);
  }, 120_000);
});
