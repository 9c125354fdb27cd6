/**
 * The multi-pattern matcher against every JavaScript peer on one seeded workload, side by side:
 * per-request latency on ~200-character requests, throughput on a 1 MiB text (ASCII and a
 * non-ASCII variant), build time, retained memory, and linear time on adversarial input.
 */

import { AhoCorasick as MonyoneAhoCorasick } from '@monyone/aho-corasick';
import { AhoCorasick as MonyoneFastAhoCorasick } from '@monyone/aho-corasick/fast';
import AhoCorasickBrunorb from 'ahocorasick';
import ModernAhoCorasick from 'modern-ahocorasick';
import { AhoCorasick } from '../../src/structures/index.js';
import { type BenchContext, consume, forceGc, type Suite } from '../harness/context.js';
import type { Rng } from '../harness/rng.js';
import { fitPower, median } from '../harness/stats.js';
import { benignLine, insertAtWordBoundary } from '../harness/workload.js';

/** Realistic dangerous tokens that open every pattern set. */
export const DANGEROUS_TOKENS = [
  'rm -rf',
  'rm -fr',
  'curl | sh',
  'wget -qo- | bash',
  '/etc/passwd',
  '/etc/shadow',
  '/etc/sudoers',
  '/etc/hosts',
  'authorized_keys',
  'id_rsa',
  'ignore previous instructions',
  'disregard all prior instructions',
  'reveal your system prompt',
  'you are now dan',
  'mkfs.ext4',
  'dd if=/dev/zero of=/dev/sda',
  ':(){ :|:& };:',
  'chmod -r 777 /',
  'drop table',
  'drop database',
  'truncate table',
  'delete from users',
  'nc -e /bin/sh',
  'bash -i >& /dev/tcp/',
  'base64 -d | sh',
  'begin rsa private key',
  'aws_secret_access_key',
  'api_key=',
  'password dump',
  '.env file',
  'shutdown -h now',
  'iptables -f',
  'crontab -r',
  'history -c',
  'kill -9 1',
  'os.system(',
  'subprocess.popen',
  'eval(atob(',
  '/boot/grub/grub.cfg',
  'send to all users',
];

/** `count` unique patterns: the dangerous tokens, then seeded lowercase words of 4–24 letters. */
export function patternSet(rng: Rng, count: number): string[] {
  const out = DANGEROUS_TOKENS.slice(0, count);
  const seen = new Set(out);
  while (out.length < count) {
    const w = rng.word(4, 24);
    if (!seen.has(w)) {
      seen.add(w);
      out.push(w);
    }
  }
  return out;
}

/** Requests of ~200 characters; about 5% carry a pattern at a word boundary. */
export function requests(rng: Rng, patterns: readonly string[], count: number, nonAsciiRate = 0): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let line = benignLine(rng, 200, nonAsciiRate);
    if (rng.chance(0.05)) line = insertAtWordBoundary(rng, line, rng.pick(patterns));
    out.push(line);
  }
  return out;
}

function bigText(rng: Rng, patterns: readonly string[], targetLength: number, nonAsciiRate: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < targetLength) {
    const r = requests(rng, patterns, 64, nonAsciiRate).join('\n');
    parts.push(r);
    n += r.length + 1;
  }
  return parts.join('\n').slice(0, targetLength);
}

interface Built {
  run(text: string): unknown;
  /** Pattern indices in a result of `run` (for the correctness cross-check). */
  indices(result: unknown): number[];
}

interface Candidate {
  name: string;
  /** Whether it reports every occurrence (true) or only non-overlapping ones. */
  overlapping: boolean;
  /** A baseline rather than a peer: shown side by side, never counted as the best peer. */
  baseline?: boolean;
  build(patterns: string[]): Built;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function indexOfMap(patterns: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  patterns.forEach((p, i) => {
    if (!m.has(p)) m.set(p, i);
  });
  return m;
}

const OURS = 'aegis AhoCorasick';

export const CANDIDATES: Candidate[] = [
  {
    name: OURS,
    overlapping: true,
    build(patterns) {
      const ac = new AhoCorasick(patterns);
      return {
        run: (text) => ac.findOverlapping(text),
        indices: (r) => (r as { pattern: number }[]).map((m) => m.pattern),
      };
    },
  },
  {
    name: 'modern-ahocorasick',
    overlapping: true,
    build(patterns) {
      const ac = new ModernAhoCorasick(patterns);
      return {
        run: (text) => ac.search(text),
        indices: (r) => (r as { patternIndex: number }[]).map((m) => m.patternIndex),
      };
    },
  },
  {
    name: 'ahocorasick',
    overlapping: true,
    build(patterns) {
      const ac = new AhoCorasickBrunorb(patterns);
      const idx = indexOfMap(patterns);
      return {
        run: (text) => ac.search(text),
        indices: (r) => (r as [number, string[]][]).flatMap(([, words]) => words.map((w) => idx.get(w) ?? -1)),
      };
    },
  },
  {
    name: '@monyone/aho-corasick',
    overlapping: true,
    build(patterns) {
      const ac = new MonyoneAhoCorasick(patterns);
      const idx = indexOfMap(patterns);
      return {
        run: (text) => ac.matchInText(text),
        indices: (r) => (r as { keyword: string }[]).map((m) => idx.get(m.keyword) ?? -1),
      };
    },
  },
  {
    name: '@monyone/aho-corasick/fast',
    overlapping: true,
    build(patterns) {
      const ac = new MonyoneFastAhoCorasick(patterns);
      const idx = indexOfMap(patterns);
      return {
        run: (text) => ac.matchInText(text),
        indices: (r) => (r as { keyword: string }[]).map((m) => idx.get(m.keyword) ?? -1),
      };
    },
  },
  {
    name: 'RegExp alternation',
    overlapping: false,
    build(patterns) {
      const re = new RegExp(patterns.map(escapeRegExp).join('|'), 'g');
      const idx = indexOfMap(patterns);
      return {
        run: (text) => text.match(re),
        indices: (r) => ((r as string[] | null) ?? []).map((w) => idx.get(w) ?? -1),
      };
    },
  },
  {
    name: 'naive includes loop',
    overlapping: true,
    // Answers only "which patterns occur": each includes() stops at the first occurrence.
    baseline: true,
    build(patterns) {
      return {
        run: (text) => {
          const found: number[] = [];
          for (let i = 0; i < patterns.length; i++) if (text.includes(patterns[i] as string)) found.push(i);
          return found;
        },
        indices: (r) => r as number[],
      };
    },
  },
];

/** Builds are skipped when extrapolation from smaller sizes says they would exceed this. */
const BUILD_LIMIT_MS = 10_000;

function timeOnce(fn: () => unknown): number {
  const t0 = performance.now();
  consume(fn());
  return performance.now() - t0;
}

/** Median wall time in ms of `fn` over at least `minRuns` runs or `budgetMs`, whichever is longer. */
function medianMs(fn: () => unknown, budgetMs: number, minRuns = 3): number {
  const times: number[] = [];
  const start = performance.now();
  do times.push(timeOnce(fn));
  while (times.length < minRuns || (performance.now() - start < budgetMs && times.length < 50));
  return median(times);
}

const setOf = (xs: number[]) => [...new Set(xs)].sort((a, b) => a - b).join(',');

/** Smallest prefix whose time is long enough to tell linear growth from quadratic. */
const PROBE_MIN = 64 * 1024;
/** A probe longer than this ends the probing; the figure then comes from that prefix. */
const PROBE_LIMIT_MS = 400;
/** Longest a run over the whole text may be expected to take, at the growth observed. */
const FULL_RUN_LIMIT_MS = 3_000;
/** Growth exponent between probes above which a candidate is treated as superlinear. */
const SUPERLINEAR = 1.3;

/**
 * Median MB/s of `run` over the whole of `text`. Before that, a candidate is probed on prefixes from
 * 64 KiB growing 4× at a time; the growth between two such probes tells linear from quadratic. A
 * candidate that grows faster than length^1.3 and whose projected time over the whole text exceeds
 * {@link FULL_RUN_LIMIT_MS}, or whose probe alone exceeds {@link PROBE_LIMIT_MS}, is reported on its
 * largest probe with the observed growth and the projected time (one peer's time grows as
 * length^2.3 on non-ASCII text); every other candidate is measured on the whole text.
 */
function megabytesPerSecond(
  run: (text: string) => unknown,
  text: string,
  budgetMs: number,
): { mbps: number; ms: number; note?: string } {
  const probes: { x: number; y: number }[] = [];
  forceGc();
  for (let len = PROBE_MIN; len < text.length; len *= 4) {
    const prefix = text.slice(0, len);
    const ms = medianMs(() => run(prefix), 0, 3);
    probes.push({ x: len, y: ms });
    const growth = probes.length >= 2 ? fitPower(probes.slice(-2)).exponent : undefined;
    const projected = ms * (text.length / len) ** Math.max(1, growth ?? 1);
    // A superlinear candidate that would still finish in time is measured on the whole text too.
    const cut = ms > PROBE_LIMIT_MS || (growth !== undefined && growth > SUPERLINEAR && projected > FULL_RUN_LIMIT_MS);
    if (cut) {
      const shape = growth === undefined ? 'growth not measured' : `time grows as length^${growth.toFixed(1)}`;
      return {
        mbps: len / 1e6 / (ms / 1000),
        ms: projected,
        note: `measured on a ${len / 1024} KiB prefix (${shape}); the whole text would take ~${(projected / 1000).toFixed(1)} s`,
      };
    }
  }
  forceGc();
  const ms = medianMs(() => run(text), budgetMs, budgetMs > 0 ? 5 : 1);
  return { mbps: text.length / 1e6 / (ms / 1000), ms };
}

export const matcherSuite: Suite = {
  id: 'matcher',
  title: 'Multi-pattern matcher (AhoCorasick) against the JavaScript peers',
  plan: 'foundation of Benchmark 1.1 and Scalability 4.3',
  run(ctx: BenchContext) {
    const sizes = ctx.size({ smoke: [10, 100], default: [10, 100, 1000, 10_000] });
    const requestCount = ctx.size({ smoke: 300, default: 10_000 });
    const textLength = ctx.size({ smoke: 16 * 1024, default: 1024 * 1024 });
    const latencyMs = ctx.size({ smoke: 5, default: 300 });
    const buildHistory = new Map<string, { x: number; y: number }[]>();
    const p50Rows = new Map<number, { name: string; value: number; note?: string }[]>();
    const mbRows = new Map<number, { name: string; value: number; note?: string }[]>();

    for (const size of sizes) {
      const rng = ctx.rng(0xac + size);
      const patterns = patternSet(rng, size);
      const reqs = requests(rng, patterns, requestCount);
      const text = bigText(rng, patterns, textLength, 0);
      const checkCount = Math.min(reqs.length, 1000);
      const truth = reqs.slice(0, checkCount).map((r) => setOf(patterns.flatMap((p, i) => (r.includes(p) ? [i] : []))));
      const p50s: { name: string; value: number; note?: string }[] = [];
      const mbs: { name: string; value: number; note?: string }[] = [];
      const builds: { name: string; value: number; note?: string }[] = [];
      const mems: { name: string; value: number; note?: string }[] = [];

      for (const cand of CANDIDATES) {
        const history = buildHistory.get(cand.name) ?? [];
        const last = history[history.length - 1];
        if (last) {
          const exponent = history.length >= 2 ? Math.max(1, fitPower(history).exponent) : 2;
          const predicted = last.y * (size / last.x) ** exponent;
          if (predicted > BUILD_LIMIT_MS) {
            const note = `skipped: build extrapolated to ${(predicted / 1000).toFixed(0)} s`;
            ctx.note(`${cand.name} at ${size} patterns ${note} (limit ${BUILD_LIMIT_MS / 1000} s)`);
            continue;
          }
        }
        ctx.progress(`${cand.name}: build ${size}`);
        let built: Built | undefined;
        const buildMs = medianMs(
          () => {
            built = cand.build(patterns);
            return built;
          },
          ctx.scale === 'smoke' ? 0 : 400,
          1,
        );
        history.push({ x: size, y: buildMs });
        buildHistory.set(cand.name, history);
        const b = built as Built;
        builds.push({ name: cand.name, value: buildMs * 1e6 });

        // Correctness first: the same set of patterns per request as the naive ground truth.
        let wrong = 0;
        let semantic = 0;
        for (let i = 0; i < checkCount; i++) {
          const got = setOf(b.indices(b.run(reqs[i] as string)));
          if (got !== truth[i]) {
            const gotSet = new Set(got.split(','));
            const subset = [...gotSet].every((x) => x === '' || (truth[i] as string).split(',').includes(x));
            if (!cand.overlapping && subset) semantic++;
            else wrong++;
          }
        }
        if (wrong > 0)
          ctx.note(`${cand.name} at ${size} patterns: ${wrong}/${checkCount} requests disagree with the ground truth`);
        if (semantic > 0) {
          ctx.note(
            `${cand.name} at ${size} patterns: ${semantic}/${checkCount} requests miss an overlapping occurrence (non-overlapping semantics, expected)`,
          );
        }

        let k = 0;
        const stats = ctx.latency(
          `${cand.name}: ${size} patterns per request`,
          () => b.run(reqs[k++ % reqs.length] as string),
          {
            timeMs: latencyMs,
          },
        );
        p50s.push({ name: cand.name, value: stats.p50Ns, ...(cand.baseline ? { note: 'baseline' } : {}) });
        ctx.metric(
          `request.p50.${size}.${cand.name}`,
          `${cand.name} p50 per request, ${size} patterns`,
          stats.p50Ns,
          'ns',
        );
        ctx.metric(
          `request.p99.${size}.${cand.name}`,
          `${cand.name} p99 per request, ${size} patterns`,
          stats.p99Ns,
          'ns',
        );

        ctx.progress(`${cand.name}: ${size} patterns on ${textLength} chars`);
        const tp = megabytesPerSecond(b.run, text, ctx.scale === 'smoke' ? 0 : 400);
        const mbPerSec = tp.mbps;
        mbs.push({ name: cand.name, value: mbPerSec, ...(tp.note ? { note: tp.note } : {}) });
        ctx.metric(`text.mbps.${size}.${cand.name}`, `${cand.name} MB/s, ${size} patterns`, mbPerSec, 'MB/s', 'higher');

        const bytes = ctx.retained(`${cand.name}: ${size} patterns`, () => cand.build(patterns));
        mems.push({ name: cand.name, value: bytes });
        if (cand.name === OURS) {
          ctx.metric(`build.${size}`, `AhoCorasick build, ${size} patterns`, buildMs * 1e6, 'ns');
          ctx.metric(`memory.${size}`, `AhoCorasick retained memory, ${size} patterns`, bytes, 'bytes');
        }
      }
      p50Rows.set(size, p50s);
      mbRows.set(size, mbs);
      const label = `${size.toLocaleString('en-US')} patterns`;
      ctx.peerTable({
        id: `request.${size}`,
        title: `Per-request latency, ${label}`,
        metric: 'p50 per request',
        unit: 'ns',
        better: 'lower',
        ours: OURS,
        rows: p50s,
      });
      ctx.peerTable({
        id: `text.${size}`,
        title: `1 MiB text, ${label}`,
        metric: 'MB/s',
        unit: 'MB/s',
        better: 'higher',
        ours: OURS,
        rows: mbs,
      });
      ctx.peerTable({
        id: `build.${size}`,
        title: `Build, ${label}`,
        metric: 'build time',
        unit: 'ns',
        better: 'lower',
        ours: OURS,
        rows: builds,
      });
      ctx.peerTable({
        id: `memory.${size}`,
        title: `Retained memory, ${label}`,
        metric: 'bytes',
        unit: 'bytes',
        better: 'lower',
        ours: OURS,
        rows: mems,
      });
    }

    // Verdicts against the best peer at each size.
    const mbBar: Record<number, number> = { 10: 1, 100: 1, 1000: 2, 10000: 4 };
    for (const size of sizes) {
      const p50s = p50Rows.get(size) ?? [];
      const ours = p50s.find((r) => r.name === OURS);
      const isPeer = (name: string) => name !== OURS && !CANDIDATES.find((c) => c.name === name)?.baseline;
      const peers = p50s.filter((r) => isPeer(r.name));
      const best = peers.reduce((a, r) => (r.value < a.value ? r : a), peers[0] ?? { name: '-', value: Number.NaN });
      if (ours) {
        ctx.target({
          id: `request.vs-best.${size}`,
          table: 'component-benchmarks',
          component: 'Matcher',
          operation: `p50 per request at ${size} patterns, vs best peer (${best.name})`,
          measured: best.value / ours.value,
          unit: '×',
          aegis: { op: '>=', value: 1 },
        });
      }
      const mbs = mbRows.get(size) ?? [];
      const oursMb = mbs.find((r) => r.name === OURS);
      const peerMbs = mbs.filter((r) => isPeer(r.name));
      const bestMb = peerMbs.reduce(
        (a, r) => (r.value > a.value ? r : a),
        peerMbs[0] ?? { name: '-', value: Number.NaN },
      );
      if (oursMb) {
        ctx.target({
          id: `text.vs-best.${size}`,
          table: 'component-benchmarks',
          component: 'Matcher',
          operation: `MB/s on 1 MiB at ${size} patterns, vs best peer (${bestMb.name})`,
          measured: oursMb.value / bestMb.value,
          unit: '×',
          aegis: { op: '>=', value: mbBar[size] ?? 1 },
        });
      }
    }
    const rust: Record<number, number> = { 100: 576, 10000: 147 };
    for (const [size, mb] of Object.entries(rust)) {
      const ours = mbRows.get(Number(size))?.find((r) => r.name === OURS);
      if (ours) {
        ctx.note(
          `vs the Rust aho-corasick crate's published ${mb} MB/s at ${size} patterns (another machine, not this run): ${(ours.value / mb).toFixed(2)}×`,
        );
      }
    }
    const largest = sizes[sizes.length - 1] as number;
    const buildNs = ctx.metrics.find((m) => m.id === `matcher.build.${largest}`)?.value ?? Number.NaN;
    const memBytes = ctx.metrics.find((m) => m.id === `matcher.memory.${largest}`)?.value ?? Number.NaN;
    ctx.target({
      id: `build.${largest}`,
      table: 'component-benchmarks',
      component: 'Matcher',
      operation: `build at ${largest} patterns`,
      measured: buildNs / 1e6,
      unit: 'ms',
      aegis: { op: '<=', value: 100 },
    });
    ctx.target({
      id: `memory.${largest}`,
      table: 'component-benchmarks',
      component: 'Matcher',
      operation: `retained memory at ${largest} patterns`,
      measured: memBytes / 2 ** 20,
      unit: 'MB',
      aegis: { op: '<=', value: 32 },
    });

    nonAscii(ctx, textLength);
    adversarial(ctx);
  },
};

/** The same 1,000-pattern workload with non-ASCII words in the text: nobody should slow down much. */
function nonAscii(ctx: BenchContext, textLength: number): void {
  const size = ctx.size({ smoke: 100, default: 1000 });
  const rng = ctx.rng(0xe9);
  const patterns = patternSet(rng, size);
  const ascii = bigText(rng, patterns, textLength, 0);
  const mixed = bigText(rng, patterns, textLength, 0.1);
  const rows: { name: string; value: number; note?: string }[] = [];
  for (const cand of CANDIDATES) {
    if (cand.name === 'naive includes loop') continue;
    const b = cand.build(patterns);
    ctx.progress(`${cand.name}: non-ASCII text`);
    const budget = ctx.scale === 'smoke' ? 0 : 300;
    let asciiMs = megabytesPerSecond(b.run, ascii, budget).ms;
    const mixedTp = megabytesPerSecond(b.run, mixed, budget);
    let mixedMs = mixedTp.ms;
    if (!mixedTp.note) {
      // Alternate the two texts so that machine noise hits both alike.
      const a: number[] = [];
      const m: number[] = [];
      for (let r = 0; r < (ctx.scale === 'smoke' ? 1 : 7); r++) {
        a.push(timeOnce(() => b.run(ascii)));
        m.push(timeOnce(() => b.run(mixed)));
      }
      asciiMs = median(a);
      mixedMs = median(m);
    }
    const slowdown = `${(mixedMs / asciiMs).toFixed(2)}× the time of ASCII text`;
    rows.push({ name: cand.name, value: mixedTp.mbps, note: mixedTp.note ? `${slowdown}; ${mixedTp.note}` : slowdown });
    if (cand.name === OURS) {
      ctx.target({
        id: 'non-ascii.slowdown',
        table: 'component-benchmarks',
        component: 'Matcher',
        operation: `time on non-ASCII text ÷ ASCII text (${size} patterns)`,
        measured: mixedMs / asciiMs,
        unit: '×',
        aegis: { op: '<=', value: 1.5 },
      });
    }
  }
  ctx.peerTable({
    id: 'non-ascii',
    title: `1 MiB text with 10% non-ASCII words, ${size} patterns`,
    metric: 'MB/s (UTF-16 code units)',
    unit: 'MB/s',
    better: 'higher',
    ours: OURS,
    rows,
  });
}

/**
 * `a^n` against a, aa, …, a⁵⁰ (one match per character) and against a…ab (no match at all, the
 * worst case for a backtracking matcher): time must grow linearly with n in every semantics.
 * `forEachMatch` measures the matching itself; `findAll` also allocates one object per match, and
 * its curve is shown beside the cost of allocating the same objects in a bare loop.
 */
function adversarial(ctx: BenchContext): void {
  const patterns = Array.from({ length: 50 }, (_, i) => 'a'.repeat(i + 1));
  const noMatch = patterns.map((p) => `${p}b`);
  const ns = ctx.size({ smoke: [1000, 10_000], default: [10_000, 100_000, 1_000_000] });
  const budget = ctx.scale === 'smoke' ? 0 : 200;
  const texts = new Map(ns.map((n) => [n, 'a'.repeat(n)]));
  const curve = (id: string, title: string, run: (text: string) => unknown, maxExponent?: number) =>
    ctx.curve({
      id,
      title,
      xLabel: 'text length',
      yLabel: 'time',
      unit: 'ns',
      points: ns.map((n) => {
        ctx.progress(`${title} n=${n}`);
        return { x: n, y: medianMs(() => run(texts.get(n) as string), budget, 3) * 1e6 };
      }),
      ...(maxExponent === undefined ? {} : { maxExponent }),
    });
  const count = () => {};
  for (const matchKind of ['standard', 'leftmost-longest', 'leftmost-first'] as const) {
    const ac = new AhoCorasick(patterns, { matchKind });
    curve(
      `adversarial.${matchKind}`,
      `forEachMatch (${matchKind}), aaaa… against a, aa, …, a⁵⁰`,
      (t) => ac.forEachMatch(t, count),
      1.1,
    );
    const none = new AhoCorasick(noMatch, { matchKind });
    curve(
      `adversarial-nomatch.${matchKind}`,
      `findAll (${matchKind}), aaaa… against ab, aab, …, a⁵⁰b`,
      (t) => none.findAll(t),
      1.1,
    );
  }
  const ac = new AhoCorasick(patterns);
  curve('adversarial.findAll', 'findAll (standard), aaaa… against a, aa, …, a⁵⁰ (n result objects)', (t) =>
    ac.findAll(t),
  );
  curve('allocation-baseline', 'baseline: allocating n {pattern, start, end} objects in a bare loop', (t) => {
    const out: { pattern: number; start: number; end: number }[] = [];
    for (let i = 0; i < t.length; i++) out.push({ pattern: 0, start: i, end: i + 1 });
    return out;
  });
}
