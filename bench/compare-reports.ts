/**
 * Compares the verdicts of two benchmark runs and lists every row whose verdict differs, with both
 * figures and whether the figure moved by more than the runs' noise (see `harness/stability.ts`).
 *
 *   npm run bench:compare -- bench/results/<a>.json bench/results/<b>.json [--k 3] [--json]
 *
 * Exit status: 0 when no verdict flips on a row whose figure stayed within noise; 1 when one does
 * (a broken bar); 2 on a usage or file error.
 */
import { readFileSync } from 'node:fs';
import { num, textTable, withUnit } from './harness/format.js';
import { compareVerdicts, type Flip, runFromJson } from './harness/stability.js';

function usage(message: string): never {
  console.error(`${message}\nusage: compare-reports <a.json> <b.json> [--k <noise multiple>] [--json]`);
  process.exit(2);
}

function parse(argv: readonly string[]): { files: string[]; k: number; json: boolean } {
  const files: string[] = [];
  let k = 3;
  let json = false;
  const rest = [...argv];
  for (let a = rest.shift(); a !== undefined; a = rest.shift()) {
    if (a === '--json') json = true;
    else if (a === '--k') {
      k = Number(rest.shift());
      if (!(k > 0)) usage('--k needs a positive number');
    } else if (a.startsWith('--')) usage(`unknown option ${a}`);
    else files.push(a);
  }
  if (files.length !== 2) usage('give exactly two results files');
  return { files, k, json };
}

const pct = (x: number) => (Number.isFinite(x) ? `${num(x * 100)}%` : '∞');
const verdict = (pass: boolean) => (pass ? 'pass' : 'FAIL');

function row(f: Flip): string[] {
  const bound = `${f.bound.op} ${withUnit(f.bound.value, f.unit)}${f.boundB ? ` / ${f.boundB.op} ${f.boundB.value}` : ''}`;
  return [
    f.id,
    f.source,
    bound,
    `${withUnit(f.a.measured, f.unit)} ${verdict(f.a.pass)}`,
    `${withUnit(f.b.measured, f.unit)} ${verdict(f.b.pass)}`,
    pct(f.change),
    pct(f.calibratedChange),
    f.withinNoise ? 'within noise: BROKEN' : 'moved beyond noise',
  ];
}

function main(): void {
  const { files, k, json } = parse(process.argv.slice(2));
  const runs = files.map((file) => {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      return usage(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    }
    try {
      return runFromJson(JSON.parse(text), file);
    } catch (error) {
      return usage(error instanceof Error ? error.message : String(error));
    }
  });
  const [a, b] = runs as [ReturnType<typeof runFromJson>, ReturnType<typeof runFromJson>];
  const r = compareVerdicts(a, b, k);
  process.exitCode = r.broken.length > 0 ? 1 : 0;
  if (json) {
    console.log(JSON.stringify({ a: files[0], b: files[1], k, ...r }, null, 1));
    return;
  }
  for (const [name, run, file] of [
    ['a', a, files[0]],
    ['b', b, files[1]],
  ] as const) {
    console.log(
      `${name}: ${file} · ${run.scale ?? '?'} · ${run.date ?? '?'} · calibration ${num(run.calibrationMs)} ms, noise ${pct(run.calibrationCv)}`,
    );
  }
  if (a.scale !== b.scale) console.log(`note: the runs are of different scales (${a.scale} and ${b.scale})`);
  console.log(
    `noise band ${pct(r.noise)} (${k} × the larger calibration spread) · b's speed index ÷ a's ${num(r.speedRatio)}`,
  );
  console.log(
    `${r.rows} rows in both runs · ${r.verdicts} verdicts compared · ${r.flips.length} flipped · ${r.broken.length} within noise (broken bar)`,
  );
  if (r.flips.length > 0) {
    console.log(
      `\n${textTable(['row', 'verdict', 'bound', 'a', 'b', 'moved', 'moved (calibrated)', ''], r.flips.map(row))}`,
    );
  }
  const lists: [string, string[]][] = [
    ['only in a', r.onlyInA],
    ['only in b', r.onlyInB],
    ['not measured in a or b', r.unmeasured],
    ['verdict in one run only', r.unmatched],
  ];
  for (const [label, ids] of lists) if (ids.length > 0) console.log(`\n${label}: ${ids.join(', ')}`);
}

main();
