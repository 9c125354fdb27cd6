/**
 * `npm run bench`: runs every suite at its default size, prints each target of the performance
 * testing plan beside the measured value with a verdict, and writes `bench/results/<timestamp>.json`,
 * `bench/results/report.md` (with SVG charts) and a line of `bench/results/history.jsonl`.
 *
 *   --smoke                 every suite at tiny sizes (CI: keeps benchmark code from rotting)
 *   --full                  the plan's large sizes
 *   --only a,b              only the named suites (--list shows them)
 *   --save-baseline <name>  keep this run's figures as a baseline
 *   --baseline <name>       compare with a saved baseline and flag regressions over 10%
 *   --inject-delay <label>=<ns>
 *                           busy-wait <ns> in every timed call whose label contains <label>
 *                           (to check that the regression check catches a slower function)
 *   --no-report             skip report.md and the charts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Calibration, calibrate, noiseFloor, summarizeCalibration } from './harness/calibrate.js';
import { type Comparison, compareRuns, type RunFigures } from './harness/compare.js';
import {
  BenchContext,
  type InjectedDelay,
  type Scale,
  type Suite,
  type SuiteResult,
  type TargetRow,
} from './harness/context.js';
import { num, textTable } from './harness/format.js';
import { appendHistory, readHistory } from './harness/history.js';
import { machineInfo, machineLine } from './harness/machine.js';
import { renderSuite, TARGET_HEADERS, targetRows } from './harness/print.js';
import { type RunRecord, TABLE_ORDER, writeReport } from './report/report.js';
import { suites } from './suites.js';

interface Args {
  scale: Scale;
  only: string[] | null;
  list: boolean;
  saveBaseline: string | null;
  baseline: string | null;
  delay: InjectedDelay | undefined;
  report: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    scale: 'default',
    only: null,
    list: false,
    saveBaseline: null,
    baseline: null,
    delay: undefined,
    report: true,
  };
  const value = (i: number, flag: string): string => {
    const v = argv[i];
    if (!v || v.startsWith('--')) throw new Error(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--smoke') args.scale = 'smoke';
    else if (a === '--full') args.scale = 'full';
    else if (a === '--list') args.list = true;
    else if (a === '--no-report') args.report = false;
    else if (a === '--only')
      args.only = value(++i, a)
        .split(',')
        .map((s) => s.trim());
    else if (a.startsWith('--only=')) args.only = a.slice(7).split(',');
    else if (a === '--save-baseline') args.saveBaseline = value(++i, a);
    else if (a === '--baseline') args.baseline = value(++i, a);
    else if (a === '--inject-delay') {
      const v = value(++i, a);
      const at = v.lastIndexOf('=');
      const ns = Number(v.slice(at + 1));
      if (at <= 0 || !Number.isFinite(ns) || ns < 0)
        throw new Error('--inject-delay wants <label substring>=<nanoseconds>');
      args.delay = { match: v.slice(0, at), ns };
    } else throw new Error(`unknown argument ${a}; try --smoke, --full, --only <suites>, --list, --baseline <name>`);
  }
  for (const name of [args.baseline, args.saveBaseline]) {
    if (name !== null && !/^[\w.-]+$/.test(name))
      throw new Error(`baseline names use letters, digits, '.', '_' and '-': ${name}`);
  }
  return args;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const resultsDir = path.join(here, 'results');
const baselineDir = path.join(resultsDir, 'baselines');
const historyFile = path.join(resultsDir, 'history.jsonl');

async function runSuites(chosen: readonly Suite[], args: Args, started: number, log: boolean): Promise<SuiteResult[]> {
  const tty = process.stderr.isTTY === true;
  const trace = process.env.AEGIS_BENCH_TRACE === '1';
  const results: SuiteResult[] = [];
  for (const [i, suite] of chosen.entries()) {
    const t0 = performance.now();
    const progress = (text: string) => {
      const elapsed = ((performance.now() - started) / 1000).toFixed(trace ? 2 : 0);
      if (trace) {
        process.stderr.write(`[${elapsed}s ${suite.id}] ${text}\n`);
        return;
      }
      if (!tty) return;
      const line = `[${i + 1}/${chosen.length} ${suite.id} ${elapsed}s] ${text}`;
      process.stderr.write(`\r\x1b[2K${line.slice(0, (process.stderr.columns ?? 100) - 1)}`);
    };
    const ctx = new BenchContext(suite.id, args.scale, progress, args.delay);
    await suite.run(ctx);
    if (tty && !trace) process.stderr.write('\r\x1b[2K');
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
      profiles: ctx.profiles,
    };
    results.push(result);
    if (log) console.log(renderSuite(result));
  }
  return results;
}

function figures(calibration: Calibration, targets: readonly TargetRow[]): RunFigures {
  return {
    calibrationMs: calibration.ms,
    calibrationCv: calibration.cv,
    targets: targets.map(({ id, measured, unit, operation, planVerdict, aegisVerdict, aegisInfo }) => ({
      id,
      measured,
      unit,
      operation,
      ...(planVerdict ? { planVerdict } : {}),
      ...(aegisVerdict ? { aegisVerdict } : {}),
      ...(aegisInfo ? { aegisInfo } : {}),
    })),
  };
}

/** The better of two measurements of each target (noise only ever makes a figure worse). */
function bestOf(a: RunFigures, b: RunFigures): RunFigures {
  const other = new Map(b.targets.map((t) => [t.id, t]));
  return {
    ...a,
    targets: a.targets.map((t) => {
      const o = other.get(t.id);
      if (!o) return t;
      const op = t.aegisVerdict?.bound.op ?? t.aegisInfo?.op ?? t.planVerdict?.bound.op ?? '<=';
      const lower = op === '<' || op === '<=';
      return (lower ? o.measured < t.measured : o.measured > t.measured) ? { ...t, measured: o.measured } : t;
    }),
  };
}

function printComparison(name: string, c: Comparison): void {
  console.log(
    `\nRegression check against baseline "${name}": calibration ${num(c.speedRatio)}× the baseline's time, threshold ${num(c.threshold * 100)}%`,
  );
  const moved = c.changes.filter((x) => x.status !== 'same');
  if (moved.length > 0) {
    console.log(
      textTable(
        ['Figure', 'Calibrated change', 'Status'],
        moved.map((x) => [x.id, `${num(x.factor)}× ${x.factor > 1 ? 'worse' : 'better'}`, x.status.toUpperCase()]),
      ),
    );
  }
  console.log(c.regressions.length === 0 ? 'no regression' : `${c.regressions.length} REGRESSION(S)`);
  if (c.missing.length > 0) console.log(`not measured in this run: ${c.missing.length} baseline figure(s)`);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.list) {
    for (const s of suites) console.log(`${s.id.padEnd(12)} ${s.title} (${s.plan})`);
    return;
  }
  if (args.only) {
    const unknown = args.only.filter((id) => !suites.some((s) => s.id === id));
    if (unknown.length > 0) throw new Error(`unknown suite(s) ${unknown.join(', ')}; --list shows them`);
  }
  const chosen = args.only ? suites.filter((s) => args.only?.includes(s.id)) : suites;
  let baseline: (RunFigures & { scale?: string }) | null = null;
  if (args.baseline) {
    const file = path.join(baselineDir, `${args.baseline}.json`);
    if (!existsSync(file))
      throw new Error(`no baseline "${args.baseline}" (save one with --save-baseline ${args.baseline})`);
    baseline = JSON.parse(readFileSync(file, 'utf8')) as RunFigures & { scale?: string };
    if (baseline.scale && baseline.scale !== args.scale) {
      throw new Error(`baseline "${args.baseline}" was measured at scale ${baseline.scale}, this run is ${args.scale}`);
    }
  }

  const machine = machineInfo();
  const date = new Date().toISOString();
  console.log(`Aegis benchmarks · scale ${args.scale} · ${date}`);
  console.log(machineLine(machine));
  if (args.scale === 'smoke') {
    console.log('note: smoke sizes exercise the benchmark code only; their figures and verdicts mean nothing');
  }
  if (!(globalThis as { gc?: unknown }).gc) {
    console.log('note: started without --expose-gc, so memory figures are not measured (use npm run bench)');
  }
  if (args.delay)
    console.log(`note: injecting ${args.delay.ns} ns into every timed call labelled "*${args.delay.match}*"`);

  const started = performance.now();
  const calStart = calibrate(args.scale === 'smoke' ? 3 : 9);
  const floor = noiseFloor(args.scale === 'smoke' ? 400 : 4000);
  console.log(
    `noise floor: a constant ${num(floor.p50Us)} µs operation measures p99 ${num(floor.p99Us)} µs on this machine now (every p99 below includes this)`,
  );
  const results = await runSuites(chosen, args, started, true);
  const calEnd = calibrate(args.scale === 'smoke' ? 3 : 9);
  const calibration: Calibration = summarizeCalibration([...calStart.samples, ...calEnd.samples]);
  const targets = results.flatMap((r) => r.targets);

  // Scorecard: every target, grouped as the plan's tables.
  console.log('\n━━ Scorecard: every target of the plan beside the measured value');
  for (const table of TABLE_ORDER) {
    const rows = targets.filter((t) => t.table === table);
    if (rows.length === 0) continue;
    console.log(`\n${table}\n${textTable(TARGET_HEADERS, targetRows(rows))}`);
  }
  const failedPlan = targets.filter((t) => t.planVerdict && !t.planVerdict.pass);
  const failedAegis = targets.filter((t) => t.aegisVerdict && !t.aegisVerdict.pass);
  console.log(
    `\n${targets.length} targets · plan: ${failedPlan.length} FAIL · Aegis bar: ${failedAegis.length} FAIL · calibration ${num(calibration.ms)} ms (noise ${num(calibration.cv * 100)}%) · ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(
    `calibration before the suites ${num(calStart.ms)} ms (spread ${num(calStart.cv * 100)}%), after ${num(calEnd.ms)} ms (spread ${num(calEnd.cv * 100)}%)`,
  );
  for (const t of [...failedPlan, ...failedAegis]) console.log(`  FAIL ${t.id}: ${t.operation}`);

  let current = figures(calibration, targets);
  let comparison: Comparison | undefined;
  if (baseline && args.baseline) {
    comparison = compareRuns(baseline, current);
    if (comparison.regressions.length > 0) {
      // Noise-aware: re-measure the suites that regressed and keep each figure's better value.
      const again = new Set(comparison.regressions.map((r) => r.id.split('.')[0]));
      console.log(
        `\n${comparison.regressions.length} figure(s) look slower; measuring ${[...again].join(', ')} again to rule out noise`,
      );
      const rerun = await runSuites(
        chosen.filter((s) => again.has(s.id)),
        args,
        started,
        false,
      );
      current = bestOf(
        current,
        figures(
          calibration,
          rerun.flatMap((r) => r.targets),
        ),
      );
      comparison = compareRuns(baseline, current);
    }
    printComparison(args.baseline, comparison);
  }

  mkdirSync(resultsDir, { recursive: true });
  const record: RunRecord = {
    version: 1,
    scale: args.scale,
    date,
    durationMs: performance.now() - started,
    machine,
    calibration: {
      ms: calibration.ms,
      cv: calibration.cv,
      start: { ms: calStart.ms, cv: calStart.cv },
      end: { ms: calEnd.ms, cv: calEnd.cv },
    },
    noiseFloor: floor,
    suites: results,
  };
  const stamp = date.replace(/[:.]/g, '-');
  const file = path.join(resultsDir, `${stamp}${args.scale === 'default' ? '' : `-${args.scale}`}.json`);
  writeFileSync(file, `${JSON.stringify(record, null, 1)}\n`);
  console.log(`results: ${path.relative(process.cwd(), file)}`);
  if (args.saveBaseline) {
    mkdirSync(baselineDir, { recursive: true });
    const out = path.join(baselineDir, `${args.saveBaseline}.json`);
    writeFileSync(out, `${JSON.stringify({ ...current, scale: args.scale, date }, null, 1)}\n`);
    console.log(`baseline saved: ${path.relative(process.cwd(), out)}`);
  }
  if (!args.delay) {
    appendHistory(historyFile, {
      ...figures(calibration, targets),
      date,
      commit: machine.gitCommit,
      scale: args.scale,
    });
  }
  if (args.report) {
    const history = readHistory(historyFile).filter((h) => h.scale === args.scale);
    const report = await writeReport(resultsDir, {
      run: record,
      comparison: comparison && args.baseline ? { name: args.baseline, result: comparison } : undefined,
      history,
    });
    console.log(`report: ${path.relative(process.cwd(), report)}`);
  }
  if (comparison && comparison.regressions.length > 0) process.exitCode = 2;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
