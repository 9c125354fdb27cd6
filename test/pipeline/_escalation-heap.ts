/**
 * Run with `node --expose-gc --import tsx`: files `count` escalations nobody answers through a
 * default `createAegis()` and prints, as JSON, the heap growth and how the calls were refused.
 */
import { AegisError, createAegis } from '../../src/index.js';

const count = Number(process.argv[2] ?? 50_000);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined) throw new Error('run with --expose-gc');
gc();
const before = process.memoryUsage().heapUsed;
const aegis = createAegis();
const pending: Promise<unknown>[] = [];
const refused: Record<string, number> = {};
let other = 0;
const resolved: Record<string, number> = {};
const t0 = performance.now();
for (let i = 0; i < count; i++) {
  const p = aegis.process(
    { id: `e${i}`, content: `Modify /etc/hosts to add entry ${i}` },
    { actionType: 'modify_file', parameters: { path: '/etc/hosts', line: `10.0.0.${i % 250} host-${i}` } },
    () => 1,
  );
  pending.push(
    p.then(
      (r) => {
        resolved[r.decision] = (resolved[r.decision] ?? 0) + 1;
      },
      (error: unknown) => {
        if (error instanceof AegisError) refused[error.code] = (refused[error.code] ?? 0) + 1;
        else other++;
      },
    ),
  );
}
await new Promise((resolve) => setTimeout(resolve, 50));
gc();
const grown = process.memoryUsage().heapUsed - before;
const live = aegis.hitl.pendingCount;
const inFlight = aegis.inFlight;
aegis.close();
await Promise.all(pending);
process.stdout.write(
  JSON.stringify({
    count,
    heapGrowthMB: grown / 2 ** 20,
    live,
    inFlight,
    refused,
    other,
    resolved,
    ms: performance.now() - t0,
  }),
);
