import { describe, expect, it } from 'vitest';
import { BenchContext, targetRow } from '../../bench/harness/context.js';

// Rows written here: which Aegis bars get a verdict and which are only shown.
describe('BenchContext.target', () => {
  const ctx = () => new BenchContext('s', 'smoke', () => {});

  it('judges an Aegis bar on a same-run ratio', () => {
    const c = ctx();
    targetRow(c, 'C', { id: 'r', table: 'stress', operation: 'r', measured: 1.3, unit: '×', aegis: ['<=', 1.2] });
    expect(c.targets[0]?.aegisVerdict?.pass).toBe(false);
    expect(c.targets[0]?.aegisInfo).toBeUndefined();
  });

  it('shows an Aegis bar on an absolute time, or marked infoOnly, without judging it', () => {
    const c = ctx();
    targetRow(c, 'C', { id: 't', table: 'latency', operation: 't', measured: 9, unit: 'ms', aegis: ['<=', 1] });
    targetRow(c, 'C', {
      id: 'r',
      table: 'stress',
      operation: 'r',
      measured: 1.3,
      unit: '×',
      aegis: ['<=', 1.2],
      infoOnly: true,
    });
    for (const row of c.targets) {
      expect(row.aegisVerdict).toBeUndefined();
      expect(row.aegisInfo?.op).toBe('<=');
    }
  });
});
