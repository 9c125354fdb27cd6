/** Terminal rendering of suite results: targets with verdicts, peers as ratios, fitted curves. */
import type { Curve, PeerTable, SuiteResult, TargetRow, Verdict } from './context.js';
import { duration, num, textTable, withUnit } from './format.js';

function bound(v: Verdict | undefined, unit: string): string {
  return v ? `${v.bound.op} ${withUnit(v.bound.value, unit)}` : '—';
}

function verdict(v: Verdict | undefined): string {
  if (!v) return '';
  return `${v.pass ? 'PASS' : 'FAIL'} ${num(v.margin)}×`;
}

/** Rows of a target table: measured beside the plan's target and the Aegis bar. */
export function targetRows(rows: readonly TargetRow[]): string[][] {
  return rows.map((r) => [
    r.component,
    r.operation,
    withUnit(r.measured, r.unit),
    bound(r.planVerdict, r.unit),
    verdict(r.planVerdict),
    r.aegisInfo ? `(${r.aegisInfo.op} ${withUnit(r.aegisInfo.value, r.unit)})` : bound(r.aegisVerdict, r.unit),
    r.aegisInfo ? 'info' : verdict(r.aegisVerdict),
  ]);
}

export const TARGET_HEADERS = ['Component', 'Operation', 'Measured', 'Plan', 'Verdict', 'Aegis bar', 'Verdict'];

/** Rows of a peer table; the ratio says how many times better Aegis is (>1) or worse (<1). */
export function peerRows(table: PeerTable): string[][] {
  const ours = table.rows.find((r) => r.name === table.ours);
  return table.rows.map((r) => {
    let ratio = '';
    if (ours && r.name !== table.ours && Number.isFinite(r.value) && Number.isFinite(ours.value)) {
      const x = table.better === 'lower' ? r.value / ours.value : ours.value / r.value;
      ratio = `${num(x)}×`;
    }
    return [r.name === table.ours ? `${r.name} (ours)` : r.name, withUnit(r.value, table.unit), ratio, r.note ?? ''];
  });
}

export function curveLine(c: Curve): string {
  const bound =
    c.maxExponent !== undefined ? ` (bound ≤ ${c.maxExponent}: ${c.exponent <= c.maxExponent ? 'PASS' : 'FAIL'})` : '';
  const range =
    c.points.length > 0 ? ` over ${num(c.points[0]?.x ?? 0)}…${num(c.points[c.points.length - 1]?.x ?? 0)}` : '';
  return `${c.title}: exponent ${num(c.exponent)}, r² ${num(c.r2)}${range}${bound}`;
}

/** The whole block printed after a suite completes. */
export function renderSuite(result: SuiteResult): string {
  const out: string[] = [];
  out.push(`\n━━ ${result.id} · ${result.title} · ${result.plan} · ${duration(result.durationMs * 1e6)}`);
  if (result.targets.length > 0) {
    out.push('', textTable(TARGET_HEADERS, targetRows(result.targets)));
  }
  for (const table of result.peers) {
    out.push('', `${table.title} (${table.metric}; ratio = how many times Aegis is better)`);
    out.push(textTable(['Candidate', table.metric, 'Ratio', 'Note'], peerRows(table)));
  }
  if (result.curves.length > 0) {
    out.push('', 'Scaling (fitted exponent of y = a·xᵇ on log-log axes)');
    for (const c of result.curves) out.push(`  ${curveLine(c)}`);
  }
  for (const n of result.notes) out.push(`  note: ${n}`);
  return out.join('\n');
}
