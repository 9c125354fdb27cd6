/**
 * The Love Engine, Benchmark 1.2 of the plan: a simple action (read a file), a complex action
 * (a system modification with nested parameters, ~500 characters), a batch of 100 mixed actions,
 * and hallucination detection; p50/p95/p99, throughput and retained memory. Beside them: the
 * single matcher pass against a naive per-phrase substring scan on the same normalized text, the
 * cost against lexicon size and against text length, and the verdict rates on the labelled corpora.
 */
import { readFileSync } from 'node:fs';
import { naivePhraseScan } from '../../property-tests/_naive-ethics.js';
import { NormalizedView } from '../../src/ethics/_fast-normalize.js';
import { compileLexicon, ENTRY } from '../../src/ethics/_lexicon-compile.js';
import { PhraseScanner } from '../../src/ethics/_phrase-scan.js';
import { DEFAULT_ETHICS_LEXICON, type EthicsAction, type EthicsLexicon, LoveEngine } from '../../src/index.js';
import { type BenchContext, type Bound, consume, type Suite, type TargetTable } from '../harness/context.js';
import type { Rng } from '../harness/rng.js';
import { median } from '../harness/stats.js';
import { benignLine } from '../harness/workload.js';

const US = 1000; // ns per µs

/** Benchmark 1.2's simple action: a read. */
function simpleActions(rng: Rng, count: number): EthicsAction[] {
  const outcomes = [
    'Read the report to summarize it for the user',
    'Read file to help user',
    'Load the notes the user asked for',
    'Show the file contents in the chat',
  ];
  return Array.from({ length: count }, (_, i) => ({
    id: `simple-${i}`,
    actionType: 'read_file',
    parameters: { path: `/home/user/reports/${rng.word(4, 10)}-${rng.int(1, 999)}.csv` },
    expectedOutcome: rng.pick(outcomes),
  }));
}

/** Benchmark 1.2's complex action: a system modification, nested parameters, ~500 characters. */
function complexActions(rng: Rng, count: number): EthicsAction[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `complex-${i}`,
    actionType: 'modify_system_configuration',
    parameters: {
      target: `/etc/nginx/sites-enabled/${rng.word(4, 9)}.conf`,
      changes: [
        { key: 'worker_processes', value: String(rng.int(2, 16)) },
        { key: 'client_max_body_size', value: `${rng.int(10, 200)}m` },
        { key: 'keepalive_timeout', value: String(rng.int(5, 120)) },
      ],
      reasoning: 'Improve throughput for the upload service without downtime',
      alternatives_considered: ['scale horizontally', 'do nothing'],
      rollback: { strategy: 'restore backup', backupPath: `/var/backups/nginx-${rng.int(1, 99)}.conf.bak` },
      requestedBy: `ops-${rng.word(3, 8)}`,
    },
    expectedOutcome:
      'Update the web server configuration so that larger uploads succeed; no user data is deleted, ' +
      'the change is logged for audit and the previous file is kept for rollback',
  }));
}

const TYPES = [
  'read_file',
  'send_email',
  'update_ticket',
  'delete_file',
  'run_tests',
  'create_backup',
  'share_document',
];
const RISKY = [
  'dump user passwords to a public bucket',
  'send promotional emails to all users without consent',
  'permanently delete the production database',
  'secretly track the user location',
  'reject applicants based on age',
];

/** A mixed workload: mostly benign actions, one in five carrying a risky phrase. */
function mixedActions(rng: Rng, count: number): EthicsAction[] {
  return Array.from({ length: count }, (_, i) => {
    const risky = rng.chance(0.2);
    return {
      id: `mixed-${i}`,
      actionType: rng.pick(TYPES),
      parameters: { target: `${rng.word(4, 10)}_${rng.word(3, 8)}`, note: benignLine(rng, 40) },
      expectedOutcome: risky ? `${benignLine(rng, 40)} and ${rng.pick(RISKY)}` : benignLine(rng, 80),
    };
  });
}

/** Outputs of ~200 characters for hallucination detection; a third carry markers. */
function outputs(rng: Rng, count: number): string[] {
  const markers = ['I think', 'probably', 'but', 'however', 'exactly'];
  return Array.from({ length: count }, () => {
    const words = benignLine(rng, 200).split(' ');
    if (rng.chance(0.33)) {
      for (let k = 0; k < 3; k++) words.splice(rng.int(0, words.length), 0, rng.pick(markers));
    }
    return words.join(' ');
  });
}

/** The default lexicon plus `extra` random phrases (one synthetic entry per 1,000). */
function biggerLexicon(rng: Rng, extra: number): EthicsLexicon {
  const taken = new Set([
    ...DEFAULT_ETHICS_LEXICON.entries.flatMap((e) => e.phrases),
    ...DEFAULT_ETHICS_LEXICON.negators,
    ...DEFAULT_ETHICS_LEXICON.postNegators,
    ...DEFAULT_ETHICS_LEXICON.scopeBreakers,
    ...(DEFAULT_ETHICS_LEXICON.counters ?? []),
    'or',
  ]);
  const entries = [...DEFAULT_ETHICS_LEXICON.entries];
  for (let made = 0, k = 0; made < extra; k++) {
    const phrases: string[] = [];
    while (phrases.length < 1000 && made < extra) {
      const w = rng.chance(0.3) ? `${rng.word(3, 8)} ${rng.word(3, 8)}` : rng.word(5, 12);
      if (taken.has(w)) continue;
      taken.add(w);
      phrases.push(w);
      made++;
    }
    entries.push({ id: `synthetic-${k}`, category: 'synthetic', phrases, effects: { harmPrevention: -0.1 } });
  }
  return { ...DEFAULT_ETHICS_LEXICON, entries };
}

/**
 * Cycles through a pool so no single input is cached, after a warm-up: the harness calibrates its
 * sample count on the first calls, and a path still being compiled made it take a dozen samples.
 */
function cycling<T>(pool: readonly T[], fn: (x: T) => unknown, warmUp = 2000): () => unknown {
  let i = 0;
  for (let k = 0; k < warmUp; k++) consume(fn(pool[k % pool.length] as T));
  return () => fn(pool[i++ % pool.length] as T);
}

function corpusRates(ctx: BenchContext, file: string, id: string, label: string): void {
  const corpus = JSON.parse(readFileSync(new URL(`../../test/fixtures/${file}`, import.meta.url), 'utf8')) as {
    label: string;
    action: EthicsAction;
  }[];
  const engine = new LoveEngine();
  let harmful = 0;
  let caught = 0;
  let benign = 0;
  let passed = 0;
  for (const c of corpus) {
    const v = engine.checkEthics(c.action);
    if (c.label === 'harmful') {
      harmful++;
      if (!v.passes) caught++;
    } else {
      benign++;
      if (v.passes) passed++;
    }
  }
  ctx.metric(
    `corpus.${id}.harmful-failed`,
    `${label}: harmful actions failed`,
    (100 * caught) / harmful,
    '%',
    'higher',
  );
  ctx.metric(`corpus.${id}.benign-passed`, `${label}: benign actions passed`, (100 * passed) / benign, '%', 'higher');
  ctx.note(`${label}: ${caught}/${harmful} harmful actions failed, ${passed}/${benign} benign actions passed`);
}

export const ethicsSuite: Suite = {
  id: 'ethics',
  title: 'Love Engine: ethical evaluation',
  plan: 'Benchmark 1.2; Throughput, Latency and Memory tables (Love Engine)',
  run(ctx) {
    const rng = ctx.rng(1202);
    const timeMs = ctx.size({ smoke: 5, default: 400, full: 1500 });
    const engine = new LoveEngine();
    const simple = simpleActions(rng, 64);
    const complex = complexActions(rng, 64);
    const mixed = mixedActions(rng, 1000);

    const built: number[] = [];
    for (let i = 0; i < ctx.size({ smoke: 2, default: 10 }); i++) {
      const t0 = performance.now();
      consume(new LoveEngine());
      built.push(performance.now() - t0);
    }
    ctx.metric('build', 'LoveEngine construction (default lexicon), median', median(built) * 1e6, 'ns');

    // Simple and complex actions, one evaluation per sample.
    const s = ctx.latency(
      'checkEthics: simple action',
      cycling(simple, (a) => engine.checkEthics(a)),
      { timeMs },
    );
    ctx.latencyMetrics('simple', 'checkEthics simple', s);
    const c = ctx.latency(
      'checkEthics: complex action',
      cycling(complex, (a) => engine.checkEthics(a)),
      { timeMs },
    );
    ctx.latencyMetrics('complex', 'checkEthics complex', c);

    // A batch of 100 mixed actions per sample.
    const batches = Array.from({ length: 10 }, (_, k) => mixed.slice(k * 100, k * 100 + 100));
    const b = ctx.latency(
      'checkEthicsBatch: 100 actions',
      cycling(batches, (x) => engine.checkEthicsBatch(x), 50),
      {
        timeMs,
      },
    );
    ctx.latencyMetrics('batch100', 'checkEthicsBatch of 100', b);

    // Throughput on the mixed workload.
    let next = 0;
    const perSec = ctx.throughput(
      'checkEthics: mixed workload',
      ctx.size({ smoke: 200, default: 20_000 }),
      (n) => {
        let last: unknown;
        for (let i = 0; i < n; i++) last = engine.checkEthics(mixed[next++ % mixed.length] as EthicsAction);
        return last;
      },
      { timeMs },
    );
    ctx.metric('throughput', 'checkEthics, mixed workload', perSec, 'evaluations/s', 'higher');
    // The same work per second of this process's CPU time: what the engine costs, less sensitive than
    // wall time to other processes on a shared machine (still slowed by a busy sibling core).
    const cpuN = ctx.size({ smoke: 500, default: 100_000 });
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < cpuN; i++) consume(engine.checkEthics(mixed[i % mixed.length] as EthicsAction));
    const cpu = process.cpuUsage(cpu0);
    const perCpuSec = (cpuN * 1e6) / Math.max(1, cpu.user + cpu.system);
    ctx.metric('throughput.cpu', 'checkEthics, mixed workload, per CPU second', perCpuSec, 'evaluations/s', 'higher');
    ctx.note(
      `mixed workload: ${Math.round(perSec)} evaluations per wall second, ${Math.round(perCpuSec)} per CPU second`,
    );

    // Hallucination detection on ~200-character outputs.
    const texts = outputs(rng, 256);
    const h = ctx.latency(
      'detectHallucination: 200 characters',
      cycling(texts, (t) => engine.detectHallucination(t)),
      {
        timeMs,
      },
    );
    ctx.latencyMetrics('hallucination', 'detectHallucination (200 chars)', h);

    // Memory: an engine with the default lexicon and a full history.
    const memory = ctx.retained('LoveEngine with a full history', () => {
      const e = new LoveEngine();
      for (let i = 0; i < 1024; i++) e.checkEthics(mixed[i % mixed.length] as EthicsAction);
      return e;
    });
    ctx.metric('memory', 'LoveEngine retained memory (default lexicon, 1,024 evaluations remembered)', memory, 'bytes');

    // Every plan target and Aegis bar: [id, table, operation, measured, unit, plan, aegis].
    const lt = (value: number): Bound => ({ op: '<', value });
    const le = (value: number): Bound => ({ op: '<=', value });
    const rows: [string, TargetTable, string, number, string, Bound, Bound?][] = [
      [
        'throughput',
        'throughput',
        'ethical evaluations per second (mixed workload)',
        perSec,
        'eval/s',
        { op: '>=', value: 200 },
        { op: '>=', value: 200_000 },
      ],
      ['latency.p50', 'latency', 'check_ethics p50 (simple action)', s.p50Ns / US, 'µs', lt(10_000)],
      ['latency.p95', 'latency', 'check_ethics p95 (simple action)', s.p95Ns / US, 'µs', lt(20_000)],
      ['latency.p99', 'latency', 'check_ethics p99 (simple action)', s.p99Ns / US, 'µs', lt(50_000), le(20)],
      [
        'simple.p95',
        'component-benchmarks',
        'Benchmark 1.2 simple action (read file) p95',
        s.p95Ns / US,
        'µs',
        lt(10_000),
      ],
      [
        'complex.p95',
        'component-benchmarks',
        'Benchmark 1.2 complex action (system modification) p95',
        c.p95Ns / US,
        'µs',
        lt(20_000),
      ],
      [
        'complex.p99',
        'component-benchmarks',
        'Benchmark 1.2 complex action (system modification) p99',
        c.p99Ns / US,
        'µs',
        lt(50_000),
        le(50),
      ],
      [
        'batch100.p99',
        'component-benchmarks',
        'Benchmark 1.2 batch of 100 actions, p99 per batch',
        b.p99Ns / 1e6,
        'ms',
        lt(1000),
        le(2),
      ],
      ['memory', 'memory', 'baseline (default lexicon, full history)', memory / 2 ** 20, 'MB', lt(5), le(2)],
    ];
    for (const [id, table, operation, measured, unit, plan, aegis] of rows) {
      ctx.target({ id, table, component: 'Love Engine', operation, measured, unit, plan, ...(aegis ? { aegis } : {}) });
    }

    naiveScan(ctx, rng, [...mixed.slice(0, 200), ...complex, ...simple], timeMs);
    lexiconCurve(ctx, rng, complex[0] as EthicsAction, timeMs);
    lengthCurve(ctx, rng);
    corpusRates(ctx, 'ethics-corpus.json', 'development', 'Development corpus (80 actions)');
    corpusRates(ctx, 'ethics-corpus-heldout.json', 'heldout', 'Held-out corpus (40 actions)');
    corpusRates(ctx, 'ethics-corpus-heldout-2.json', 'heldout2', 'Held-out corpus 2, harm families (99 actions)');
    corpusRates(ctx, 'ethics-corpus-dev-2.json', 'development2', 'Development corpus 2, harm families (248 actions)');
  },
};

/** The single matcher pass against one `indexOf` loop per phrase, on the same normalized texts. */
function naiveScan(ctx: BenchContext, _rng: Rng, actions: EthicsAction[], timeMs: number): void {
  const lexicon = compileLexicon('bench', DEFAULT_ETHICS_LEXICON);
  const patterns = Array.from({ length: lexicon.matcher.patternCount }, (_, p) => lexicon.matcher.pattern(p));
  const view = new NormalizedView();
  const texts = actions.map((a) =>
    view.normalize([a.actionType, JSON.stringify(a.parameters ?? ''), a.expectedOutcome ?? ''].join(' ; ')),
  );
  const scanner = new PhraseScanner(lexicon);
  // Correctness first: both must find the same entry occurrences.
  for (const text of texts) {
    scanner.scan(text);
    const ours = Array.from({ length: scanner.occCount }, (_, i) => `${scanner.occEntry[i]}@${scanner.occStart[i]}`);
    const theirs = naivePhraseScan(patterns, text)
      .filter((o) => lexicon.kinds[o.pattern] === ENTRY)
      .map((o) => `${lexicon.entryOf[o.pattern]}@${o.start}`);
    if (ours.join() !== theirs.join()) throw new Error(`ethics bench: scans disagree on ${JSON.stringify(text)}`);
  }
  const ours = ctx.latency(
    'phrase scan: one matcher pass',
    cycling(texts, (t) => scanner.scan(t)),
    { timeMs },
  );
  const naive = ctx.latency(
    'phrase scan: naive indexOf per phrase',
    cycling(texts, (t) => naivePhraseScan(patterns, t)),
    {
      timeMs,
    },
  );
  ctx.peerTable({
    id: 'scan',
    title: `Finding the lexicon's ${patterns.length} phrases in an action's normalized text (same occurrences, checked)`,
    metric: 'p50 per action',
    unit: 'ns',
    better: 'lower',
    ours: 'single AhoCorasick pass',
    rows: [
      { name: 'single AhoCorasick pass', value: ours.p50Ns },
      { name: 'naive indexOf per phrase', value: naive.p50Ns, note: 'baseline' },
    ],
  });
  ctx.metric('scan.ratio', 'naive per-phrase scan ÷ single pass (p50)', naive.p50Ns / ours.p50Ns, '×', 'higher');
}

/** checkEthics on the complex action as the lexicon grows: one pass does not care how many phrases. */
function lexiconCurve(ctx: BenchContext, rng: Rng, action: EthicsAction, timeMs: number): void {
  const sizes = ctx.size({
    smoke: [0, 1000],
    default: [0, 1000, 3000, 9000, 27_000],
    full: [0, 1000, 3000, 9000, 27_000, 81_000],
  });
  const ours: { x: number; y: number }[] = [];
  const naive: { x: number; y: number }[] = [];
  const view = new NormalizedView();
  const text = view.normalize(
    [action.actionType, JSON.stringify(action.parameters), action.expectedOutcome ?? ''].join(' ; '),
  );
  for (const extra of sizes) {
    const lexicon = biggerLexicon(rng, extra);
    const engine = new LoveEngine({ lexicon });
    const compiled = compileLexicon('bench', lexicon);
    const patterns = Array.from({ length: compiled.matcher.patternCount }, (_, p) => compiled.matcher.pattern(p));
    const n = patterns.length;
    const e = ctx.latency(`checkEthics complex, ${n} phrases`, () => engine.checkEthics(action), {
      timeMs: timeMs / 2,
    });
    ours.push({ x: n, y: e.p50Ns });
    const nv = ctx.latency(`naive scan, ${n} phrases`, () => naivePhraseScan(patterns, text), { timeMs: timeMs / 4 });
    naive.push({ x: n, y: nv.p50Ns });
  }
  ctx.curve({
    id: 'lexicon',
    title: 'checkEthics (complex action) against lexicon size',
    xLabel: 'phrases',
    yLabel: 'p50',
    unit: 'ns',
    points: ours,
    maxExponent: 0.25,
  });
  ctx.curve({
    id: 'lexicon.naive',
    title: 'naive per-phrase scan against lexicon size (baseline)',
    xLabel: 'phrases',
    yLabel: 'p50',
    unit: 'ns',
    points: naive,
  });
}

/** checkEthics against the length of the action's text: linear. */
function lengthCurve(ctx: BenchContext, rng: Rng): void {
  const engine = new LoveEngine();
  const lengths = ctx.size({
    smoke: [1000, 4000],
    default: [1000, 4000, 16_000, 64_000, 256_000],
    full: [1000, 4000, 16_000, 64_000, 256_000, 1_000_000],
  });
  const points: { x: number; y: number }[] = [];
  for (const length of lengths) {
    let outcome = '';
    while (outcome.length < length) outcome += `${benignLine(rng, 120)} and ${rng.pick(RISKY)}. `;
    const action: EthicsAction = { id: 'long', actionType: 'summarize', expectedOutcome: outcome.slice(0, length) };
    const times: number[] = [];
    const budget = ctx.size({ smoke: 5, default: 200 });
    const start = performance.now();
    do {
      const t0 = performance.now();
      consume(engine.checkEthics(action));
      times.push(performance.now() - t0);
    } while (times.length < 3 || (performance.now() - start < budget && times.length < 200));
    points.push({ x: length, y: median(times) * 1e6 });
  }
  ctx.curve({
    id: 'length',
    title: 'checkEthics against text length',
    xLabel: 'characters',
    yLabel: 'median',
    unit: 'ns',
    points,
    maxExponent: 1.15,
  });
}
