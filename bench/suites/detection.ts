/**
 * Detection: the project's corpus (`test/corpus/`, ten dangerous families and a benign family) run
 * through the default `IntentFirewall` and, in the same process on the same cases, through the
 * JavaScript guards a user would otherwise pick: `@andersmyrmel/vard` and the checks of
 * `@openai/guardrails` that run offline without an API key (secret keys, PII, URL filter). Recall
 * by family, false positives on benign work, p50/p99 per guard, the ratios the detection bars are
 * written in, and the cases where Aegis loses.
 */
import vard from '@andersmyrmel/vard';
import { PIIConfig, pii, SecretKeysConfig, secretKeysCheck, UrlsConfig, urls } from '@openai/guardrails';
import { IntentFirewall } from '../../src/firewall/index.js';
import { type CorpusCase, DANGEROUS_FAMILIES, type Family, loadCorpus, sliceCorpus } from '../../test/corpus/corpus.js';
import { type ExternalHalf, externalSets, loadAllExternal } from '../../test/external/external.js';
import { HOLDOUT_SETS, type HoldoutSet, loadHoldout } from '../../test/holdout/holdout.js';
import { type BenchContext, forceGc, type Suite, settle, targetRow } from '../harness/context.js';
import { type LatencyStats, median, summarize } from '../harness/stats.js';

const COMPONENT = 'Intent Firewall (detection)';
const AEGIS = 'aegis IntentFirewall';

/** A guard under test: whether it flags a text (dangerous caught, or benign flagged). */
interface Guard {
  name: string;
  note: string;
  /** Whether the detection bars compare against this guard (Aegis itself: false). */
  bar: boolean;
  flags(text: string): boolean | Promise<boolean>;
}

/** The guards, Aegis first. Peer configurations are their defaults unless a note says otherwise. */
function guards(): Guard[] {
  const firewall = new IntentFirewall();
  const v = vard.moderate();
  const secretCfg = SecretKeysConfig.parse({});
  // block: true so that a finding trips the check (the default masks and lets the text through);
  // detect_encoded_pii: true so the check decodes base64/hex/URL-encoded text as it offers to.
  const piiCfg = PIIConfig.parse({ block: true, detect_encoded_pii: true });
  const urlCfg = UrlsConfig.parse({});
  const secret = async (t: string) => (await secretKeysCheck({}, t, secretCfg)).tripwireTriggered;
  const personal = async (t: string) => (await pii({}, t, piiCfg)).tripwireTriggered;
  return [
    {
      name: AEGIS,
      note: 'default options; caught = decision other than allow',
      bar: false,
      flags: (t) => firewall.validateRequest({ id: 'detection', content: t }).decision !== 'allow',
    },
    {
      name: `${AEGIS}, as messages`,
      note: "every case passed with kind: 'message' (a chat turn answered in words): commands only asked about, explained or warned against count as low",
      bar: false,
      flags: (t) => firewall.validateRequest({ id: 'detection', content: t, kind: 'message' }).decision !== 'allow',
    },
    {
      name: 'vard',
      note: 'vard.moderate() (the default preset); caught = safeParse not safe',
      bar: true,
      flags: (t) => !v.safeParse(t).safe,
    },
    { name: 'guardrails secret keys', note: `threshold ${secretCfg.threshold}`, bar: true, flags: secret },
    {
      name: 'guardrails PII',
      note: `${piiCfg.entities.length} default entities, block, detect_encoded_pii`,
      bar: true,
      flags: personal,
    },
    {
      name: 'guardrails secret keys + PII',
      note: 'either check trips',
      bar: true,
      flags: async (t) => (await secret(t)) || (await personal(t)),
    },
    {
      name: 'guardrails URL filter',
      note: 'default config (https only, empty allow list): it flags every URL, a policy rather than a detector, so it is shown beside the others but the bars do not compare against it',
      bar: false,
      flags: async (t) => (await urls({}, t, urlCfg)).tripwireTriggered,
    },
  ];
}

/**
 * Each guard's verdict on every case, in case order. A check that throws on a case (guardrails' PII
 * check refuses base64 runs that decode to more than 10 KB) counts as flagging it, as a caller that
 * fails closed would read it; `thrown` keeps those texts per guard for the notes.
 */
async function verdicts(guard: Guard, cases: readonly CorpusCase[]): Promise<boolean[]> {
  const out: boolean[] = [];
  for (const c of cases) {
    try {
      out.push(await guard.flags(c.text));
    } catch {
      out.push(true);
      const texts = thrown.get(guard.name) ?? new Set<string>();
      texts.add(c.text);
      thrown.set(guard.name, texts);
    }
  }
  return out;
}

/** Texts on which a guard's check threw, by guard (counted as flagged). */
const thrown = new Map<string, Set<string>>();

/** Per-call latency over `rounds` passes of every case, awaiting the async checks as a caller must. */
async function timeGuard(guard: Guard, texts: readonly string[], rounds: number, pause: number): Promise<LatencyStats> {
  const samples = new Float64Array(texts.length * rounds);
  let k = 0;
  forceGc();
  settle(pause);
  for (let r = 0; r < rounds; r++) {
    for (const t of texts) {
      const t0 = process.hrtime.bigint();
      const v = guard.flags(t);
      if (typeof v !== 'boolean') await v;
      samples[k++] = Number(process.hrtime.bigint() - t0);
    }
  }
  return summarize(samples);
}

const pct = (n: number, d: number) => (d === 0 ? Number.NaN : (100 * n) / d);
const fmt = (x: number) => `${x.toFixed(1)}%`;
const clip = (t: string, n = 90) => {
  const s = JSON.stringify(t);
  return s.length > n ? `${s.slice(0, n - 1)}…"` : s;
};

interface Scores {
  guard: Guard;
  flagged: boolean[];
  /** Share (%) of each dangerous family flagged. */
  byFamily: Map<Family, number>;
  recall: number;
  fp: number;
  stats: LatencyStats;
}

/** The `detection` suite: the corpus through Aegis and its JavaScript peers, with the detection bars. */
export const detectionSuite: Suite = {
  id: 'detection',
  title: 'Detection corpus: recall by family, false positives, side by side with JavaScript guards',
  plan: 'Detection bars: recall, false positives, speed against vard and @openai/guardrails',
  async run(ctx: BenchContext) {
    const all = loadCorpus();
    const cases = ctx.size({ smoke: sliceCorpus(all, 10), default: all });
    const rounds = ctx.size({ smoke: 1, default: 5, full: 20 });
    const listed = ctx.size({ smoke: 3, default: 8 });
    const pause = ctx.size({ smoke: 1, default: 40 });
    const dangerous = cases.filter((c) => c.label === 'dangerous');
    const benign = cases.filter((c) => c.label === 'benign');
    const texts = cases.map((c) => c.text);
    const gs = guards();

    const scores: Scores[] = [];
    for (const guard of gs) {
      ctx.progress(`${guard.name}: verdicts`);
      const flagged = await verdicts(guard, cases);
      const byFamily = new Map<Family, number>();
      for (const f of DANGEROUS_FAMILIES) {
        const idx = cases.flatMap((c, i) => (c.family === f ? [i] : []));
        byFamily.set(f, pct(idx.filter((i) => flagged[i]).length, idx.length));
      }
      const caught = cases.filter((c, i) => c.label === 'dangerous' && flagged[i]).length;
      const fps = cases.filter((c, i) => c.label === 'benign' && flagged[i]).length;
      scores.push({
        guard,
        flagged,
        byFamily,
        recall: pct(caught, dangerous.length),
        fp: pct(fps, benign.length),
        stats: summarize([0]),
      });
    }
    // Timing passes, one guard after another over the same texts, after the verdict pass warmed each up.
    for (const s of scores) {
      ctx.progress(`${s.guard.name}: timing`);
      s.stats = await timeGuard(s.guard, texts, rounds, pause);
    }

    const ours = scores[0] as Scores;
    const peers = scores.slice(1);
    // The bars compare against every guard that takes part in them, each at its best: the highest
    // recall of any, the lowest p50 of any.
    const rivals = peers.filter((p) => p.guard.bar);
    const best = rivals.reduce((a, b) => (b.recall > a.recall ? b : a));
    const fastest = rivals.reduce((a, b) => (b.stats.p50Ns < a.stats.p50Ns ? b : a));
    const recallRatio = best.recall === 0 ? Number.POSITIVE_INFINITY : ours.recall / best.recall;
    const speedRatio = fastest.stats.p50Ns / ours.stats.p50Ns;

    ctx.note(
      `corpus: ${cases.length} cases (${dangerous.length} dangerous in ${DANGEROUS_FAMILIES.length} families, ${benign.length} benign)${ctx.scale === 'smoke' ? ', every 10th case of each family' : ''}; median text ${median(texts.map((t) => t.length))} characters; latency over ${rounds} pass(es) of every case, per call, async checks awaited`,
    );
    for (const s of scores) ctx.note(`${s.guard.name}: ${s.guard.note}`);

    // Target rows: the bars, then recall and latency as information.
    targetRow(ctx, COMPONENT, {
      id: 'recall.ratio',
      table: 'component-benchmarks',
      operation: `recall, Aegis ÷ best JavaScript guard (${best.guard.name}, ${fmt(best.recall)})`,
      measured: recallRatio,
      unit: '×',
      aegis: ['>=', 4],
    });
    targetRow(ctx, COMPONENT, {
      id: 'speed.ratio',
      table: 'component-benchmarks',
      operation: `p50, fastest JavaScript guard (${fastest.guard.name}, ${(fastest.stats.p50Ns / 1e3).toFixed(1)} µs) ÷ Aegis`,
      measured: speedRatio,
      unit: '×',
      aegis: ['>=', 4],
    });
    targetRow(ctx, COMPONENT, {
      id: 'fp',
      table: 'component-benchmarks',
      operation: `benign cases flagged (${benign.length} ordinary commands and requests)`,
      measured: ours.fp,
      unit: '%',
      aegis: ['<=', 1],
    });
    targetRow(ctx, COMPONENT, {
      id: 'recall',
      table: 'component-benchmarks',
      operation: `dangerous cases caught (${dangerous.length}, all families)`,
      measured: ours.recall,
      unit: '%',
    });
    for (const f of DANGEROUS_FAMILIES) {
      const n = dangerous.filter((c) => c.family === f).length;
      targetRow(ctx, COMPONENT, {
        id: `recall.${f}`,
        table: 'component-benchmarks',
        operation: `caught, ${f} (${n})`,
        measured: ours.byFamily.get(f) ?? Number.NaN,
        unit: '%',
      });
    }
    targetRow(ctx, COMPONENT, {
      id: 'p50',
      table: 'component-benchmarks',
      operation: 'p50 per corpus case',
      measured: ours.stats.p50Ns / 1e3,
      unit: 'µs',
    });
    targetRow(ctx, COMPONENT, {
      id: 'p99',
      table: 'component-benchmarks',
      operation: 'p99 per corpus case',
      measured: ours.stats.p99Ns / 1e3,
      unit: 'µs',
    });

    // Metrics (history, baselines) and peer tables.
    const slug = (name: string) => name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    for (const s of scores) {
      const id = slug(s.guard.name);
      ctx.metric(`${id}.recall`, `${s.guard.name}: dangerous caught`, s.recall, '%', 'higher');
      ctx.metric(`${id}.fp`, `${s.guard.name}: benign flagged`, s.fp, '%', 'lower');
      ctx.latencyMetrics(id, s.guard.name, s.stats);
    }
    const table = (
      id: string,
      title: string,
      metric: string,
      unit: string,
      better: 'lower' | 'higher',
      value: (s: Scores) => number,
    ) =>
      ctx.peerTable({
        id,
        title,
        metric,
        unit,
        better,
        ours: AEGIS,
        rows: scores.map((s) => ({ name: s.guard.name, value: value(s) })),
      });
    table('recall', `Dangerous cases caught (${dangerous.length})`, 'recall', '%', 'higher', (s) => s.recall);
    table('fp', `Benign cases flagged (${benign.length})`, 'false-positive rate', '%', 'lower', (s) => s.fp);
    table('p50', 'Latency per corpus case', 'p50 per case', 'ns', 'lower', (s) => s.stats.p50Ns);
    table('p99', 'Latency per corpus case', 'p99 per case', 'ns', 'lower', (s) => s.stats.p99Ns);

    // Recall by family, every guard side by side.
    const short = scores.map((s) =>
      s.guard.name
        .replace(AEGIS, 'aegis')
        .replace(', as messages', ' msg')
        .replace('guardrails', 'gr')
        .replace(' keys', ''),
    );
    ctx.note(`recall by family (${short.join(' / ')}):`);
    for (const f of DANGEROUS_FAMILIES) {
      const n = dangerous.filter((c) => c.family === f).length;
      ctx.note(`  ${f} (${n}): ${scores.map((s) => fmt(s.byFamily.get(f) ?? Number.NaN)).join(' / ')}`);
    }
    ctx.note(
      `p50 / p99 per case: ${scores.map((s) => `${s.guard.name} ${(s.stats.p50Ns / 1e3).toFixed(1)} / ${(s.stats.p99Ns / 1e3).toFixed(1)} µs`).join('; ')}`,
    );

    // Where Aegis loses: its misses by family, the cases a peer catches and it does not, its false positives.
    for (const f of DANGEROUS_FAMILIES) {
      const idx = cases.flatMap((c, i) => (c.family === f ? [i] : []));
      const missed = idx.filter((i) => !ours.flagged[i]);
      if (missed.length === 0) continue;
      const beaten = missed.filter((i) => peers.some((p) => p.flagged[i]));
      ctx.note(
        `aegis misses ${f}: ${missed.length} of ${idx.length}${beaten.length > 0 ? ` (${beaten.length} caught by a peer)` : ''}; first ${Math.min(listed, missed.length)}: ${missed
          .slice(0, listed)
          .map((i) => clip((cases[i] as CorpusCase).text))
          .join(' | ')}`,
      );
    }
    const peerOnly = cases.flatMap((c, i) =>
      c.label === 'dangerous' && !ours.flagged[i] && peers.some((p) => p.flagged[i]) ? [i] : [],
    );
    if (peerOnly.length > 0) {
      ctx.note(
        `caught by a peer, missed by aegis: ${peerOnly.length}; first ${Math.min(listed, peerOnly.length)}: ${peerOnly
          .slice(0, listed)
          .map(
            (i) =>
              `${clip((cases[i] as CorpusCase).text, 60)} [${peers
                .filter((p) => p.flagged[i])
                .map((p) => p.guard.name)
                .join(', ')}]`,
          )
          .join(' | ')}`,
      );
    }
    const fps = cases.flatMap((c, i) => (c.label === 'benign' && ours.flagged[i] ? [i] : []));
    ctx.note(
      `aegis flags ${fps.length} of ${benign.length} benign${fps.length > 0 ? `: ${fps.map((i) => clip((cases[i] as CorpusCase).text)).join(' | ')}` : ''}`,
    );

    for (const set of HOLDOUT_SETS) await heldOut(ctx, gs, set);
    for (const half of ['tuned', 'frozen'] as const) await externalHalf(ctx, gs, half);
    if (thrown.size > 0)
      ctx.note(
        `checks that threw on a case, counted as flagging it: ${[...thrown].map(([name, texts]) => `${name} ${texts.size}`).join(', ')}`,
      );
  },
};

/**
 * A held-out set (`test/holdout/`, and the later ones under `test/holdout/<name>/`; all written
 * apart from the detectors and never tuned on): recall and false positives of every guard, and the recall ratio
 * against the best JavaScript guard. Its cases are not listed: what it misses is read as principles,
 * not fitted case by case.
 */
async function heldOut(ctx: BenchContext, gs: readonly Guard[], set: HoldoutSet): Promise<void> {
  const n = HOLDOUT_SETS.indexOf(set);
  await measureSet(ctx, gs, {
    all: loadHoldout(set),
    key: n === 0 ? 'holdout' : `holdout${n + 1}`,
    label: n === 0 ? 'held-out set' : `${set} held-out set`,
    where: `${n === 0 ? 'test/holdout' : `test/holdout/${set}`}, cases written apart from the detectors`,
  });
}

/**
 * The external sets (`test/external/<name>/`: cases taken or derived from public projects outside
 * this one), half by half: the tuned half, which detectors may be studied against, and the frozen
 * half, which is only counted. Each half is measured as one set, with every guard, and a note
 * gives each external set's figures within it.
 */
async function externalHalf(ctx: BenchContext, gs: readonly Guard[], half: ExternalHalf): Promise<void> {
  const all = loadAllExternal(half);
  if (all.length === 0) return;
  await measureSet(ctx, gs, {
    all,
    key: `external-${half}`,
    label: `external sets, ${half} half`,
    where: `test/external/, ${half} half: cases from ${externalSets().join(', ')}`,
  });
  for (const set of externalSets()) {
    const mine = all.filter((c) => c.set === set);
    if (mine.length === 0) continue;
    const parts: string[] = [];
    for (const guard of gs) {
      const flagged = await verdicts(guard, mine);
      const d = mine.filter((c) => c.label === 'dangerous').length;
      const b = mine.length - d;
      const caught = mine.filter((c, i) => c.label === 'dangerous' && flagged[i]).length;
      const fps = mine.filter((c, i) => c.label === 'benign' && flagged[i]).length;
      parts.push(`${guard.name} ${caught}/${d} caught${b > 0 ? `, ${fps}/${b} flagged` : ''}`);
    }
    ctx.note(`external ${set}, ${half} half: ${parts.join('; ')}`);
  }
}

/** One labelled set measured with every guard: rows, peer tables and a note. */
async function measureSet(
  ctx: BenchContext,
  gs: readonly Guard[],
  opts: { all: CorpusCase[]; key: string; label: string; where: string },
): Promise<void> {
  const { all, key, label, where } = opts;
  const heading = `${label[0]?.toUpperCase()}${label.slice(1)}`;
  const cases = ctx.size({ smoke: sliceCorpus(all, 10), default: all });
  const dangerous = cases.filter((c) => c.label === 'dangerous');
  const benign = cases.filter((c) => c.label === 'benign');
  const rows: { name: string; bar: boolean; recall: number; fp: number }[] = [];
  for (const guard of gs) {
    ctx.progress(`${guard.name}: ${label} verdicts`);
    const flagged = await verdicts(guard, cases);
    const caught = cases.filter((c, i) => c.label === 'dangerous' && flagged[i]).length;
    const fps = cases.filter((c, i) => c.label === 'benign' && flagged[i]).length;
    rows.push({ name: guard.name, bar: guard.bar, recall: pct(caught, dangerous.length), fp: pct(fps, benign.length) });
  }
  const ours = rows[0] as (typeof rows)[number];
  const best = rows.filter((r) => r.bar).reduce((a, b) => (b.recall > a.recall ? b : a));
  targetRow(ctx, COMPONENT, {
    id: `${key}.recall.ratio`,
    table: 'component-benchmarks',
    operation: `${label}: recall, Aegis ÷ best JavaScript guard (${best.name}, ${fmt(best.recall)})`,
    measured: best.recall === 0 ? Number.POSITIVE_INFINITY : ours.recall / best.recall,
    unit: '×',
    aegis: ['>=', 4],
  });
  targetRow(ctx, COMPONENT, {
    id: `${key}.recall`,
    table: 'component-benchmarks',
    operation: `${label}: dangerous cases caught (${dangerous.length})`,
    measured: ours.recall,
    unit: '%',
  });
  targetRow(ctx, COMPONENT, {
    id: `${key}.fp`,
    table: 'component-benchmarks',
    operation: `${label}: benign cases flagged (${benign.length}, near misses included)`,
    measured: ours.fp,
    unit: '%',
  });
  for (const r of rows) {
    const id = r.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
    ctx.metric(`${key}.${id}.recall`, `${r.name}: ${label}, dangerous caught`, r.recall, '%', 'higher');
    ctx.metric(`${key}.${id}.fp`, `${r.name}: ${label}, benign flagged`, r.fp, '%', 'lower');
  }
  for (const [id, title, metric, better, value] of [
    [
      `${key}.recall`,
      `${heading}: dangerous cases caught (${dangerous.length})`,
      'recall',
      'higher',
      (r: (typeof rows)[number]) => r.recall,
    ],
    [
      `${key}.fp`,
      `${heading}: benign cases flagged (${benign.length})`,
      'false-positive rate',
      'lower',
      (r: (typeof rows)[number]) => r.fp,
    ],
  ] as const) {
    ctx.peerTable({
      id,
      title,
      metric,
      unit: '%',
      better,
      ours: AEGIS,
      rows: rows.map((r) => ({ name: r.name, value: value(r) })),
    });
  }
  ctx.note(
    `${label} (${where}; ${cases.length} cases): ${rows.map((r) => `${r.name} ${fmt(r.recall)} caught, ${fmt(r.fp)} flagged`).join('; ')}`,
  );
}
