/**
 * The performance report: `bench/results/report.md` with SVG charts beside it in `charts/`.
 * Every target of the plan with its measured value and verdict (grouped as the plan's tables),
 * scaling curves with fitted exponents, latency percentiles per component, peers side by side,
 * bottlenecks, the regression comparison and the trend of each headline figure.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Comparison } from '../harness/compare.js';
import type { Curve, SuiteResult, TargetRow, TargetTable } from '../harness/context.js';
import { duration, markdownTable, num, withUnit } from '../harness/format.js';
import type { HistoryEntry } from '../harness/history.js';
import { type MachineInfo, machineLine } from '../harness/machine.js';
import { peerRows, TARGET_HEADERS, targetRows } from '../harness/print.js';
import { percentileChart, renderSvg, scalingChart, type TrendPoint, trendChart } from './charts.js';

export interface RunRecord {
  version: number;
  scale: string;
  date: string;
  durationMs: number;
  machine: MachineInfo;
  /** Both blocks of calibration passes together, and each block (before and after the suites) apart. */
  calibration: { ms: number; cv: number; start?: { ms: number; cv: number }; end?: { ms: number; cv: number } };
  noiseFloor?: { p50Us: number; p99Us: number };
  suites: SuiteResult[];
}

export const TABLE_ORDER: readonly TargetTable[] = [
  'throughput',
  'latency',
  'memory',
  'experience-scaling',
  'audit-scaling',
  'rule-scaling',
  'component-benchmarks',
  'stress',
];

/**
 * The only place where the performance testing plan's section names appear: each target table's
 * descriptive id → the title of the plan's table it reproduces.
 */
export const TABLE_TITLES: Record<TargetTable, string> = {
  throughput: 'Throughput targets',
  latency: 'Latency targets (P50 / P95 / P99)',
  memory: 'Memory usage targets',
  'experience-scaling': 'Scalability 4.1: experience scaling',
  'audit-scaling': 'Scalability 4.2: audit chain scaling',
  'rule-scaling': 'Scalability 4.3: pattern database scaling',
  'component-benchmarks': 'Component benchmarks (Suites 1 and 2)',
  stress: 'Stress tests (Suite 3)',
};

function slug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function verdictCounts(rows: readonly TargetRow[]): string {
  const plan = rows.filter((r) => r.planVerdict);
  const aegis = rows.filter((r) => r.aegisVerdict);
  const planPass = plan.filter((r) => r.planVerdict?.pass).length;
  const aegisPass = aegis.filter((r) => r.aegisVerdict?.pass).length;
  return `plan targets: **${planPass}/${plan.length} PASS**; Aegis bar: **${aegisPass}/${aegis.length} PASS**`;
}

/** Percentile rows from the metrics recorded by `ctx.latencyMetrics` (ids ending in .p50/.p95/.p99). */
function percentiles(suite: SuiteResult) {
  const byBase = new Map<string, { operation: string; p50?: number; p95?: number; p99?: number }>();
  for (const m of suite.metrics) {
    const match = /^(.*)\.(p50|p95|p99)$/.exec(m.id);
    if (!match || m.unit !== 'ns') continue;
    const base = match[1] as string;
    const row = byBase.get(base) ?? { operation: m.label.replace(/ p(50|95|99)$/, '') };
    row[match[2] as 'p50' | 'p95' | 'p99'] = m.value;
    byBase.set(base, row);
  }
  return [...byBase.values()].filter(
    (r): r is { operation: string; p50: number; p95: number; p99: number } =>
      r.p50 !== undefined && r.p95 !== undefined && r.p99 !== undefined,
  );
}

/** Trend points from the history: each target relative to its first recorded value, calibrated. */
function trendPoints(history: readonly HistoryEntry[], suiteId: string): TrendPoint[] {
  const points: TrendPoint[] = [];
  const first = new Map<string, { value: number; cal: number }>();
  history.forEach((h, i) => {
    const run = `${i + 1} ${h.date.slice(5, 16).replace('T', ' ')}`;
    for (const t of h.targets) {
      if (!t.id.startsWith(`${suiteId}.`) || !Number.isFinite(t.measured) || t.measured === 0) continue;
      const f = first.get(t.id);
      if (!f) {
        first.set(t.id, { value: t.measured, cal: h.calibrationMs });
        points.push({ run, figure: t.operation, relative: 1 });
        continue;
      }
      const op = t.aegisVerdict?.bound.op ?? t.aegisInfo?.op ?? t.planVerdict?.bound.op ?? '<=';
      const lower = op === '<' || op === '<=';
      let rel = lower ? t.measured / f.value : f.value / t.measured;
      if (/s$|\/s$/.test(t.unit) && t.unit !== '×') rel /= h.calibrationMs / f.cal;
      points.push({ run, figure: t.operation, relative: rel });
    }
  });
  return points;
}

export interface ReportInput {
  run: RunRecord;
  comparison?: { name: string; result: Comparison } | undefined;
  history: readonly HistoryEntry[];
}

/** Writes report.md and its charts into `dir`; returns the report's path. */
export async function writeReport(dir: string, input: ReportInput): Promise<string> {
  const { run, comparison, history } = input;
  const chartDir = path.join(dir, 'charts');
  mkdirSync(chartDir, { recursive: true });
  const out: string[] = [];
  const chart = async (name: string, spec: Parameters<typeof renderSvg>[0], alt: string) => {
    writeFileSync(path.join(chartDir, `${name}.svg`), await renderSvg(spec));
    out.push(`![${alt}](charts/${name}.svg)`, '');
  };
  const allTargets = run.suites.flatMap((s) => s.targets);

  out.push('# Aegis performance report', '');
  out.push(
    `- ${run.date} · scale **${run.scale}** · ${duration(run.durationMs * 1e6)} · suites: ${run.suites.map((s) => s.id).join(', ')}`,
  );
  out.push(`- Machine: ${machineLine(run.machine)}`);
  const blocks =
    run.calibration.start && run.calibration.end
      ? `; before the suites ${num(run.calibration.start.ms)} ms (spread ${num(run.calibration.start.cv * 100)}%), after ${num(run.calibration.end.ms)} ms (spread ${num(run.calibration.end.cv * 100)}%)`
      : '';
  out.push(
    `- Calibration loop: ${num(run.calibration.ms)} ms per pass (noise ${num(run.calibration.cv * 100)}%${blocks})`,
  );
  if (run.noiseFloor) {
    out.push(
      `- Noise floor: a constant ${num(run.noiseFloor.p50Us)} µs operation measured p99 ${num(run.noiseFloor.p99Us)} µs in this run; every p99 in this report includes what the machine did to that operation.`,
    );
  }
  out.push(`- ${verdictCounts(allTargets)}`);
  if (run.scale === 'smoke') out.push('- Smoke sizes: the figures exercise the code only and mean nothing.');
  out.push('');
  out.push(
    'Each target of the performance testing plan is printed beside the measured value, with the verdict and the margin as a ratio (how many times inside the bound; below 1 fails). "Aegis bar" is the project\'s own, stricter bound; one in parentheses marked "info" is an absolute time or rate, which measures the machine as much as the code, so it is shown without a verdict (the project\'s verdicts are same-run ratios, counts and memory).',
    '',
  );

  out.push("## The plan's tables", '');
  for (const table of TABLE_ORDER) {
    const rows = allTargets.filter((t) => t.table === table);
    if (rows.length === 0) continue;
    out.push(`### ${TABLE_TITLES[table]}`, '', markdownTable(TARGET_HEADERS, targetRows(rows)), '');
  }

  out.push('## Scaling analysis', '');
  const curves = run.suites.flatMap((s) => s.curves);
  if (curves.length > 0) {
    out.push(
      markdownTable(
        ['Curve', 'Range', 'Fitted exponent', 'r²', 'Bound'],
        curves.map((c) => [
          c.title,
          `${num(c.points[0]?.x ?? 0)} … ${num(c.points[c.points.length - 1]?.x ?? 0)}`,
          num(c.exponent),
          num(c.r2),
          c.maxExponent === undefined ? '—' : `≤ ${c.maxExponent}: ${c.exponent <= c.maxExponent ? 'PASS' : 'FAIL'}`,
        ]),
      ),
      '',
    );
  }
  for (const suite of run.suites) {
    const byUnit = new Map<string, Curve[]>();
    for (const c of suite.curves) byUnit.set(c.unit, [...(byUnit.get(c.unit) ?? []), c]);
    for (const [unit, group] of byUnit) {
      const kind = unit === 'bytes' ? 'memory growth' : 'scaling';
      await chart(
        `${suite.id}-${slug(kind)}-${slug(unit)}`,
        scalingChart(`${suite.title}: ${kind}`, group),
        `${suite.id} ${kind}`,
      );
    }
  }

  out.push('## Latency percentiles per component', '');
  for (const suite of run.suites) {
    const rows = percentiles(suite);
    if (rows.length === 0) continue;
    await chart(
      `${suite.id}-latency`,
      percentileChart(`${suite.title}: latency percentiles`, rows.slice(0, 24)),
      `${suite.id} latency`,
    );
  }

  out.push('## Peers and baselines, same run', '');
  for (const suite of run.suites) {
    for (const table of suite.peers) {
      out.push(`**${table.title}** (${table.metric}; ratio = how many times Aegis is better)`, '');
      out.push(markdownTable(['Candidate', table.metric, 'Ratio', 'Note'], peerRows(table)), '');
    }
  }

  out.push('## Bottlenecks', '');
  // Aegis's own curves: baselines and naive scans are there to be steep.
  const own = curves.filter((c) => !/baseline|naive/i.test(c.title));
  const steepest = [...own].sort((a, b) => b.exponent - a.exponent)[0];
  if (steepest) {
    out.push(
      `- Steepest scaling curve: **${steepest.title}** (exponent ${num(steepest.exponent)}, suite ${steepest.suite}).`,
    );
  }
  const bounded = own.filter((c) => c.maxExponent !== undefined && c.maxExponent > 0);
  const tightest = [...bounded].sort(
    (a, b) => b.exponent / (b.maxExponent as number) - a.exponent / (a.maxExponent as number),
  )[0];
  if (tightest && tightest !== steepest) {
    out.push(
      `- Closest to its bound: **${tightest.title}** (exponent ${num(tightest.exponent)} of at most ${num(tightest.maxExponent as number)}, suite ${tightest.suite}).`,
    );
  }
  for (const suite of run.suites) {
    const stages = suite.metrics.filter((m) => m.id.startsWith(`${suite.id}.stage.`) && m.unit === 'ns');
    if (stages.length > 0) {
      const total = stages.reduce((s, m) => s + m.value, 0);
      const slow = [...stages].sort((a, b) => b.value - a.value);
      out.push(
        `- ${suite.title}: slowest stage **${slow[0]?.label}** (${duration(slow[0]?.value ?? 0)}, ${num((100 * (slow[0]?.value ?? 0)) / total)}% of the stages' time).`,
      );
      out.push(
        '',
        markdownTable(
          ['Stage', 'Median time', 'Share'],
          slow.map((m) => [m.label, duration(m.value), `${num((100 * m.value) / total)}%`]),
        ),
        '',
      );
    }
    for (const p of suite.profiles ?? []) {
      out.push(`CPU profile of **${p.label}** (${duration(p.totalMs * 1e6)} sampled; top self time):`, '');
      out.push(
        markdownTable(
          ['Function', 'Self time', 'Share'],
          p.top.map((f) => [f.name, duration(f.selfMs * 1e6), `${num(f.share * 100)}%`]),
        ),
        '',
      );
    }
  }
  out.push('');

  out.push('## Regression check (Suite 5)', '');
  if (comparison) {
    const c = comparison.result;
    out.push(
      `Against baseline **${comparison.name}**: this run's calibration loop was ${num(c.speedRatio)}× the baseline's time; figures are divided by that before comparing. Threshold: worse by more than ${num(c.threshold * 100)}%.`,
      '',
    );
    out.push(
      c.regressions.length === 0 ? '**No regression.**' : `**${c.regressions.length} regression(s).**`,
      '',
      markdownTable(
        ['Figure', 'Baseline', 'Now', 'Calibrated change', 'Status'],
        c.changes
          .filter((x) => x.status !== 'same')
          .map((x) => [
            x.operation,
            withUnit(x.baseline, x.unit),
            withUnit(x.current, x.unit),
            `${num(x.factor)}× ${x.factor > 1 ? 'worse' : 'better'}`,
            x.status,
          ]),
      ),
      '',
    );
  } else {
    out.push(
      'No baseline given (`npm run bench -- --baseline <name>` compares against one saved with `--save-baseline <name>`).',
      '',
    );
  }
  if (history.length >= 2) {
    out.push(`Trend over the ${history.length} runs in \`bench/results/history.jsonl\`:`, '');
    for (const suite of run.suites) {
      const points = trendPoints(history, suite.id);
      if (points.length === 0) continue;
      await chart(`${suite.id}-trend`, trendChart(`${suite.title}: trend`, points), `${suite.id} trend`);
    }
  }

  out.push('## Notes', '');
  for (const suite of run.suites) for (const n of suite.notes) out.push(`- ${suite.id}: ${n}`);
  out.push('');

  const file = path.join(dir, 'report.md');
  writeFileSync(file, `${out.join('\n')}\n`);
  return file;
}
