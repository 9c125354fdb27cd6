/**
 * Trains the harmful-request scorer and evaluates it beside the lexicon grammar.
 *
 *   npx tsx scripts/train-harmful.ts          train, write src/firewall/detectors/_harmful-weights.ts, evaluate
 *   npx tsx scripts/train-harmful.ts --eval   evaluate the shipped weights only
 *
 * Data: data/harmful/*.txt, one request per line, `#` lines are comments (see PROVENANCE.md).
 * Split: a request goes to the held-out 20% when the FNV-1a hash of its text is 0 mod 5, so the
 * split never depends on file order. Training is deterministic: fixed seed, fixed epoch count.
 * The threshold is tuned on out-of-fold scores of the training split (5 folds), never on the
 * held-out part.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { classifyWindow } from '../src/firewall/detectors/_harmful-grammar.js';
import { TokenBuffer, tokenize, wordHash } from '../src/firewall/detectors/_harmful-lex.js';
import { BITS, FEATURES_MAX, featurize, SENTENCE_MAX } from '../src/firewall/detectors/_harmful-model.js';
import { type Model, trainLogistic } from './_linear.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const DATA = join(ROOT, 'data', 'harmful');
const OUT = join(ROOT, 'src', 'firewall', 'detectors', '_harmful-weights.ts');
const BENIGN_FILES = new Set(['benign.txt', 'jbb-benign.txt']);

interface Example {
  text: string;
  label: 0 | 1;
  file: string;
  test: boolean;
}

function load(): Example[] {
  const out: Example[] = [];
  for (const file of readdirSync(DATA).sort()) {
    if (!file.endsWith('.txt')) continue;
    const label = BENIGN_FILES.has(file) ? 0 : 1;
    for (const raw of readFileSync(join(DATA, file), 'utf8').split('\n')) {
      const text = raw.trim();
      if (text === '' || text.startsWith('#')) continue;
      out.push({ text, label, file, test: wordHash(text) % 5 === 0 });
    }
  }
  return out;
}

/** Feature buckets of a whole request, as the detector reads one sentence of it. */
function features(text: string): Int32Array {
  const buf = new TokenBuffer();
  const out = new Int32Array(FEATURES_MAX);
  let k = 0;
  tokenize(text, buf, (b) => {
    if (k > 0) return;
    if (!classifyWindow(b, text)) b.cls.fill(0);
    k = featurize(text, b, 0, Math.min(b.length, SENTENCE_MAX), out);
  });
  return out.slice(0, k);
}



const SIZE = 1 << BITS;
const EPOCHS = Number(process.env.HARMFUL_EPOCHS ?? 10);
const L2 = Number(process.env.HARMFUL_L2 ?? 1e-4);
const RATE = Number(process.env.HARMFUL_RATE ?? 0.5);

function train(xs: readonly Int32Array[], ys: readonly number[], seed: number): Model {
  return trainLogistic(xs, ys, seed, { size: SIZE, epochs: EPOCHS, l2: L2, rate: RATE });
}

function scoreOf(m: Model, x: Int32Array): number {
  const norm = 1 / Math.sqrt(Math.max(1, x.length));
  let z = m.bias;
  for (const f of x) z += (m.w[f] as number) * norm;
  return z;
}

/** Highest threshold-crossing recall with out-of-fold false positives at most `fpr`. */
function tuneThreshold(scores: number[], ys: number[], fpr: number): number {
  const neg = scores.filter((_, i) => ys[i] === 0).sort((a, b) => b - a);
  const allowed = Math.floor(neg.length * fpr);
  // Just above the (allowed+1)-th highest benign score.
  const t = neg[allowed] ?? Number.NEGATIVE_INFINITY;
  return t + 1e-6;
}

function quantize(m: Model): { data: string; scale: number } {
  let max = 0;
  for (const v of m.w) max = Math.max(max, Math.abs(v));
  const scale = max / 127 || 1;
  const q = new Int8Array(SIZE);
  for (let i = 0; i < SIZE; i++) q[i] = Math.max(-127, Math.min(127, Math.round((m.w[i] as number) / scale)));
  return { data: Buffer.from(q.buffer).toString('base64'), scale };
}

function doTrain(): void {
  const all = load();
  const trainSet = all.filter((e) => !e.test);
  const xs = trainSet.map((e) => features(e.text));
  const ys = trainSet.map((e) => e.label);
  // Out-of-fold scores for the threshold.
  const oof = new Array<number>(xs.length).fill(0);
  for (let fold = 0; fold < 5; fold++) {
    const tx: Int32Array[] = [];
    const ty: number[] = [];
    for (let i = 0; i < xs.length; i++)
      if (i % 5 !== fold) {
        tx.push(xs[i] as Int32Array);
        ty.push(ys[i] as number);
      }
    const m = train(tx, ty, 1234 + fold);
    for (let i = fold; i < xs.length; i += 5) oof[i] = scoreOf(m, xs[i] as Int32Array);
  }
  const th = tuneThreshold(oof, ys, 0.01);
  {
    const negs = oof.filter((_, i) => ys[i] === 0);
    const poss = oof.filter((_, i) => ys[i] === 1);
    let auc = 0;
    for (const p of poss) for (const q of negs) auc += p > q ? 1 : p === q ? 0.5 : 0;
    const t3 = tuneThreshold(oof, ys, 0.03);
    console.log(`out-of-fold AUC ${(auc / (poss.length * negs.length)).toFixed(3)}; recall at 3% ${(poss.filter((p) => p >= t3).length / poss.length).toFixed(3)}`);
    if (process.env.HARMFUL_SWEEP) process.exit(0);
  }
  const oofTp = oof.filter((s, i) => s >= th && ys[i] === 1).length;
  const oofFp = oof.filter((s, i) => s >= th && ys[i] === 0).length;
  console.log(
    `train split: ${ys.filter((y) => y === 1).length} harmful, ${ys.filter((y) => y === 0).length} benign; out-of-fold at threshold ${th.toFixed(3)}: recall ${(oofTp / ys.filter((y) => y === 1).length).toFixed(3)}, false positives ${oofFp}`,
  );
  const model = train(xs, ys, 1234);
  const { data, scale } = quantize(model);
  const src = `/**
 * Generated by \`scripts/train-harmful.ts\`; do not edit. A logistic-regression model over
 * ${SIZE} hashed feature buckets, weights as signed bytes (base64), trained on the training split
 * of data/harmful (see PROVENANCE.md).
 *
 * @internal Not part of the public API.
 */
/** The quantized model: weight = byte × scale; log-odds = bias + Σ weights / √features. */
export const WEIGHTS = Object.freeze({
  data: '${data}',
  scale: ${scale},
  bias: ${model.bias},
  threshold: ${th},
});
`;
  writeFileSync(OUT, src);
  console.log(`wrote ${OUT}: ${src.length} bytes`);
}

async function doEval(): Promise<void> {
  const { harmfulDetector } = await import('../src/firewall/detectors/harmful.js');
  const { score, threshold } = await import('../src/firewall/detectors/_harmful-model.js');
  const th = threshold();
  /** The scorer alone, on every sentence, no gate: its own precision and recall. */
  const modelAlone = (text: string): boolean => {
    const buf = new TokenBuffer();
    let hit = false;
    tokenize(text, buf, (b) => {
      if (!classifyWindow(b, text)) b.cls.fill(0);
      if (score(text, b, 0, Math.min(b.length, SENTENCE_MAX)) >= th) hit = true;
    });
    return hit;
  };
  const all = load();
  const rows: Array<{ name: string; tp: number; fp: number; fn: number; tn: number }> = [];
  const kinds = ['lexicon', 'model', 'both'] as const;
  const perFile = new Map<string, Record<(typeof kinds)[number], number> & { n: number }>();
  const counts = { lexicon: [0, 0, 0, 0], model: [0, 0, 0, 0], both: [0, 0, 0, 0] };
  const misses: string[] = [];
  for (const e of all) {
    if (!e.test) continue;
    let lex = false;
    let mod = false;
    harmfulDetector.scan(e.text, {
      report(id) {
        if (id === 'harmful.model') mod = true;
        else lex = true;
      },
      rescan() {},
    });
    const got = { lexicon: lex, model: modelAlone(e.text), both: lex || mod };
    let pf = perFile.get(e.file);
    if (pf === undefined) {
      pf = { n: 0, lexicon: 0, model: 0, both: 0 };
      perFile.set(e.file, pf);
    }
    pf.n++;
    for (const k of kinds) {
      const c = counts[k];
      if (got[k]) pf[k]++;
      if (e.label === 1 && got[k]) c[0] = (c[0] as number) + 1;
      else if (e.label === 0 && got[k]) c[1] = (c[1] as number) + 1;
      else if (e.label === 1) c[2] = (c[2] as number) + 1;
      else c[3] = (c[3] as number) + 1;
    }
    if ((e.label === 1) !== got.both) misses.push(`${e.label === 1 ? 'MISS' : 'FP  '} ${e.file}: ${e.text}`);
  }
  for (const k of kinds) {
    const [tp, fp, fn, tn] = counts[k] as [number, number, number, number];
    rows.push({ name: k, tp, fp, fn, tn });
  }
  console.log('held-out 20% (model: the scorer alone on every request; both: the detector as shipped):');
  console.log('| detector | precision | recall | TP | FP | FN | TN |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows)
    console.log(
      `| ${r.name} | ${(r.tp / Math.max(1, r.tp + r.fp)).toFixed(3)} | ${(r.tp / Math.max(1, r.tp + r.fn)).toFixed(3)} | ${r.tp} | ${r.fp} | ${r.fn} | ${r.tn} |`,
    );
  console.log('\nflagged per file (held-out): file n lexicon model both');
  for (const [f, pf] of [...perFile].sort()) console.log(`  ${f} ${pf.n} ${pf.lexicon} ${pf.model} ${pf.both}`);
  if (process.argv.includes('--verbose')) for (const m of misses) console.log(m);
}

if (process.argv.includes('--eval')) await doEval();
else {
  doTrain();
  execFileSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--eval', ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
}
