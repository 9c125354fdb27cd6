/**
 * `npm run bench`: runs every suite at its default size, prints each target of the performance
 * testing plan beside the measured value with a verdict, and writes `bench/results/<timestamp>.json`.
 *
 *   --smoke              every suite at tiny sizes (CI: keeps benchmark code from rotting)
 *   --full               the plan's large sizes
 *   --only a,b           only the named suites
 *   --list               list the suites and exit
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BenchContext, type Scale, type SuiteResult } from './harness/context.js';
import { machineInfo, machineLine } from './harness/machine.js';
import { renderSuite } from './harness/print.js';
import { suites } from './suites.js';

interface Args {
  scale: Scale;
  only: string[] | null;
  list: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { scale: 'default', only: null, list: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--smoke') args.scale = 'smoke';
    else if (a === '--full') args.scale = 'full';
    else if (a === '--list') args.list = true;
    else if (a === '--only') {
      const v = argv[++i];
      if (!v) throw new Error('--only needs a comma-separated list of suite ids');
      args.only = v.split(',').map((s) => s.trim());
    } else if (a?.startsWith('--only=')) args.only = a.slice(7).split(',');
    else throw new Error(`unknown argument ${a}; try --smoke, --full, --only <suites>, --list`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.list) {
    for (const s of suites) console.log(`${s.id.padEnd(12)} ${s.title} (${s.plan})`);
    return;
  }
  const chosen = args.only ? suites.filter((s) => args.only?.includes(s.id)) : suites;
  if (args.only) {
    const unknown = args.only.filter((id) => !suites.some((s) => s.id === id));
    if (unknown.length > 0) throw new Error(`unknown suite(s) ${unknown.join(', ')}; --list shows them`);
  }
  const tty = process.stderr.isTTY === true;
  const trace = process.env.AEGIS_BENCH_TRACE === '1';
  const machine = machineInfo();
  console.log(`Aegis benchmarks · scale ${args.scale} · ${new Date().toISOString()}`);
  console.log(machineLine(machine));
  if (args.scale === 'smoke') {
    console.log('note: smoke sizes exercise the benchmark code only; their figures and verdicts mean nothing');
  }
  if (!(globalThis as { gc?: unknown }).gc) {
    console.log('note: started without --expose-gc, so memory figures are not measured (use npm run bench)');
  }

  const results: SuiteResult[] = [];
  const started = performance.now();
  for (const [i, suite] of chosen.entries()) {
    const t0 = performance.now();
    const progress = (text: string) => {
      if (trace) {
        process.stderr.write(`[${((performance.now() - started) / 1000).toFixed(2)}s ${suite.id}] ${text}\n`);
        return;
      }
      if (!tty) return;
      const elapsed = ((performance.now() - started) / 1000).toFixed(0);
      const line = `[${i + 1}/${chosen.length} ${suite.id} ${elapsed}s] ${text}`;
      process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns ?? 100) - 1)}`);
    };
    const ctx = new BenchContext(suite.id, args.scale, progress);
    await suite.run(ctx);
    if (tty) process.stderr.write('\r\x1b[2K');
    const result: SuiteResult = {
      id: suite.id,
      title: suite.title,
      plan: suite.plan,
      durationMs: performance.now() - t0,
      metrics: ctx.metrics,
      targets: ctx.targets,
      curves: ctx.curves,
      peers: ctx.peers,
      notes: ctx.notes,
    };
    results.push(result);
    console.log(renderSuite(result));
  }

  const failedPlan = results.flatMap((r) => r.targets).filter((t) => t.planVerdict && !t.planVerdict.pass);
  const failedAegis = results.flatMap((r) => r.targets).filter((t) => t.aegisVerdict && !t.aegisVerdict.pass);
  const totalTargets = results.reduce((n, r) => n + r.targets.length, 0);
  console.log(
    `\n${totalTargets} targets · plan: ${failedPlan.length} FAIL · Aegis bar: ${failedAegis.length} FAIL · ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const t of [...failedPlan, ...failedAegis]) console.log(`  FAIL ${t.id}: ${t.operation}`);

  const here = path.dirname(fileURLToPath(import.meta.url));
  const dir = path.join(here, 'results');
  mkdirSync(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `${stamp}${args.scale === 'default' ? '' : `-${args.scale}`}.json`);
  writeFileSync(
    file,
    `${JSON.stringify({ version: 1, scale: args.scale, date: new Date().toISOString(), machine, suites: results }, null, 1)}\n`,
  );
  console.log(`results: ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
