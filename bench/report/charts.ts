/**
 * SVG charts for the report, rendered headless by Vega-Lite → Vega → SVG (no browser, no canvas,
 * no network: the specs carry their data inline).
 */
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { compile } from 'vega-lite';
import type { Curve } from '../harness/context.js';
import { num } from '../harness/format.js';

const WIDTH = 560;
const HEIGHT = 300;

/** Renders a Vega-Lite spec to an SVG string. */
export async function renderSvg(spec: TopLevelSpec): Promise<string> {
  const view = new vega.View(vega.parse(compile(spec).spec), { renderer: 'none' });
  try {
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/** Converts a curve's y values to a display unit (ns → µs/ms, bytes → MiB) for readable axes. */
function displayUnit(unit: string, ys: number[]): { unit: string; scale: number } {
  const max = Math.max(...ys.filter(Number.isFinite), 0);
  if (unit === 'ns') {
    if (max >= 1e8) return { unit: 's', scale: 1e-9 };
    if (max >= 1e5) return { unit: 'ms', scale: 1e-6 };
    if (max >= 1e2) return { unit: 'µs', scale: 1e-3 };
    return { unit: 'ns', scale: 1 };
  }
  if (unit === 'bytes') return max >= 2 ** 20 ? { unit: 'MiB', scale: 2 ** -20 } : { unit: 'KiB', scale: 2 ** -10 };
  return { unit, scale: 1 };
}

/**
 * Scaling curves on log-log axes, one line per curve, each labelled with its fitted exponent.
 * Curves of one chart share a unit.
 */
export function scalingChart(title: string, curves: readonly Curve[]): TopLevelSpec {
  const unit = curves[0]?.unit ?? '';
  const { unit: shown, scale } = displayUnit(
    unit,
    curves.flatMap((c) => c.points.map((p) => p.y)),
  );
  // Curves of one unit may still measure different things (a total, a time per entry, a p50): then
  // each legend entry says what its y is, and the axis only the unit.
  const labels = new Set(curves.map((c) => c.yLabel));
  const mixed = labels.size > 1;
  const values = curves.flatMap((c) =>
    c.points.map((p) => ({
      x: p.x,
      y: p.y * scale,
      curve: `${c.title}${mixed ? ` [${c.yLabel}]` : ''} (b = ${num(c.exponent)})`,
    })),
  );
  const yTitle = mixed ? `as each curve's legend says (${shown})` : `${curves[0]?.yLabel ?? 'y'} (${shown})`;
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: { text: title, subtitle: 'log-log axes; b = fitted exponent of y = a·xᵇ' },
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'x', type: 'quantitative', scale: { type: 'log' }, title: curves[0]?.xLabel ?? 'n' },
      y: { field: 'y', type: 'quantitative', scale: { type: 'log' }, title: yTitle },
      color: {
        field: 'curve',
        type: 'nominal',
        legend: { orient: 'bottom', columns: 1, labelLimit: 720, title: null },
      },
    },
  };
}

export interface PercentileRow {
  operation: string;
  p50: number;
  p95: number;
  p99: number;
}

/**
 * p50 / p95 / p99 per operation as a dot plot on a log axis (values in ns). Dots rather than bars:
 * a bar on a log scale has no zero to start from, and the spread between the three dots is the point.
 */
export function percentileChart(title: string, rows: readonly PercentileRow[]): TopLevelSpec {
  const values = rows.flatMap((r) => [
    { operation: r.operation, percentile: 'p50', us: r.p50 / 1e3 },
    { operation: r.operation, percentile: 'p95', us: r.p95 / 1e3 },
    { operation: r.operation, percentile: 'p99', us: r.p99 / 1e3 },
  ]);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title,
    width: WIDTH,
    data: { values },
    layer: [
      {
        mark: { type: 'rule', color: '#bbb' },
        encoding: {
          y: { field: 'operation', type: 'nominal', sort: null, title: null },
          x: { aggregate: 'min', field: 'us', type: 'quantitative', scale: { type: 'log' } },
          x2: { aggregate: 'max', field: 'us' },
        },
      },
      {
        mark: { type: 'point', filled: true, size: 70 },
        encoding: {
          y: { field: 'operation', type: 'nominal', sort: null, title: null, axis: { labelLimit: 360 } },
          x: { field: 'us', type: 'quantitative', scale: { type: 'log' }, title: 'latency (µs, log scale)' },
          color: { field: 'percentile', type: 'nominal', legend: { orient: 'bottom', title: null } },
        },
      },
    ],
  };
}

export interface TrendPoint {
  run: string;
  figure: string;
  /** Figure relative to its first recorded value, after calibration (1 = unchanged, >1 = worse). */
  relative: number;
}

/** Headline figures over the recorded runs, each relative to its first run (>1 is worse). */
export function trendChart(title: string, points: readonly TrendPoint[]): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v5.json',
    title: {
      text: title,
      subtitle: 'each figure relative to its first run, calibrated for machine speed; above 1 is worse',
    },
    width: WIDTH,
    height: 220,
    data: { values: [...points] },
    layer: [
      {
        mark: { type: 'line', point: true, opacity: 0.7 },
        encoding: {
          x: { field: 'run', type: 'ordinal', title: 'run', axis: { labelAngle: -40 } },
          y: { field: 'relative', type: 'quantitative', scale: { type: 'log' }, title: 'relative to first run' },
          color: { field: 'figure', type: 'nominal', legend: null },
          tooltip: [{ field: 'figure' }, { field: 'relative' }],
        },
      },
      { mark: { type: 'rule', strokeDash: [4, 4], color: 'gray' }, encoding: { y: { datum: 1.1 } } },
    ],
  };
}
