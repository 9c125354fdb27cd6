/**
 * Shared fast-check settings: a fast default for `npm test`, many more runs for `npm run test:slow`
 * (AEGIS_SLOW=1). Every property uses `runs()` so the two modes differ only in effort.
 */
export const SLOW = process.env.AEGIS_SLOW === '1';

/** Number of runs: `fast` normally, `fast × factor` (default 50) in slow mode. */
export function runs(fast: number, factor = 50): number {
  return SLOW ? fast * factor : fast;
}

/** A size bound: `fast` normally, `slow` in slow mode. */
export function sized(fast: number, slow: number): number {
  return SLOW ? slow : fast;
}
