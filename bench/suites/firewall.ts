/**
 * Intent Firewall (Benchmark 1.1, Scalability 4.3): validation latency and throughput for simple
 * (read) and complex (system modification) requests with the default pack plus 0 to 10,000 seeded
 * synthetic rules; build time and memory per rule count; amortized addRule / removeRule at
 * 10,000 rules; streaming cost per chunk; a naive per-rule scan side by side (cross-checked first);
 * recall and false positives on the held-out corpora.
 */
import { readFileSync } from 'node:fs';
import { NaiveFirewall } from '../../property-tests/_naive-firewall.js';
import { type FirewallRule, IntentFirewall } from '../../src/firewall/index.js';
import { type BenchContext, consume, type Suite } from '../harness/context.js';
import type { Rng } from '../harness/rng.js';
import { median } from '../harness/stats.js';
import { BENIGN_WORDS } from '../harness/workload.js';

/** `n` realistic synthetic rules: blocked hosts, commands, phrases, paths, and statements with a context. */
export function syntheticRules(rng: Rng, n: number, prefix = 'syn'): FirewallRule[] {
  const rules: FirewallRule[] = [];
  const w = () => rng.word(4, 9);
  for (let k = 0; k < n; k++) {
    const id = `${prefix}.${k}`;
    const roll = rng.next();
    const severity = rng.pick(['low', 'medium', 'high', 'critical'] as const);
    let rule: FirewallRule;
    if (roll < 0.3) {
      const host = `${w()}-db-${k}`;
      rule = {
        id,
        patterns: [`${host}.internal`, host],
        word: true,
        category: 'custom-host',
        severity,
        description: 'a protected host',
      };
    } else if (roll < 0.55) {
      rule = {
        id,
        patterns: [`${w()} --${w()}`],
        word: true,
        category: 'custom-command',
        severity,
        description: 'a forbidden command',
      };
    } else if (roll < 0.75) {
      const a = w();
      const c = w();
      rule = {
        id,
        patterns: [`${a} ${w()} ${c}`, `${a} the ${c}`],
        word: true,
        category: 'custom-phrase',
        severity,
        description: 'a forbidden phrase',
      };
    } else if (roll < 0.9) {
      const a = w();
      rule = {
        id,
        patterns: [`/srv/${a}/${w()}`, `/opt/${a}/`],
        word: true,
        category: 'custom-path',
        severity,
        description: 'a protected path',
      };
    } else {
      rule = {
        id,
        patterns: [`${w()}${k}`],
        word: true,
        after: ' +[a-z0-9_.]+ *(;|$)',
        category: 'custom-statement',
        severity,
        description: 'a statement on a protected object',
      };
    }
    rules.push(rule);
  }
  return rules;
}

const fill = (rng: Rng, words: number) => Array.from({ length: words }, () => rng.pick(BENIGN_WORDS)).join(' ');

/** ~200-character read requests. */
function simpleRequests(rng: Rng, count: number): string[] {
  return Array.from(
    { length: count },
    () =>
      `Please read docs/${rng.word(4, 8)}.md and summarize the ${rng.pick(BENIGN_WORDS)} section for me, then list the open questions about ${fill(rng, 8)} so that the team can review all of them tomorrow morning.`,
  );
}

/** ~200-character system-modification requests (several of them match the default pack). */
function complexRequests(rng: Rng, count: number): string[] {
  const shapes = [
    () =>
      `Update /etc/nginx/sites-available/${rng.word(4, 8)}.conf to proxy /api to port ${rng.int(3000, 9000)}, then run sudo systemctl reload nginx and check the ${rng.word(4, 8)} service logs for any new errors or warnings.`,
    () =>
      `sudo sed -i 's/^#PermitRootLogin.*/PermitRootLogin no/' /etc/ssh/sshd_config && sudo systemctl restart sshd, then add 10.0.${rng.int(0, 255)}.${rng.int(1, 254)} ${rng.word(4, 8)}.internal to /etc/hosts on every web node.`,
    () =>
      `Create a cron job in /etc/cron.d/${rng.word(4, 8)} that runs /usr/local/bin/backup.sh every night at 2am, writes its logs to /var/log/${rng.word(4, 8)}.log, then chmod 644 the new file.`,
    () =>
      `Install ${rng.word(4, 8)} with apt, add the deploy user to the docker group with usermod -aG docker deploy, and restart the ${rng.word(4, 8)} daemon so that it picks up the new group membership.`,
  ];
  return Array.from({ length: count }, () => (rng.pick(shapes) as () => string)());
}

/** Puts a synthetic pattern into about 5% of the requests, so that matches happen. */
function sprinkle(rng: Rng, requests: string[], rules: FirewallRule[]): string[] {
  if (rules.length === 0) return requests;
  return requests.map((r) => (rng.chance(0.05) ? `${r} Also check ${rng.pick(rng.pick(rules).patterns)} today.` : r));
}

const strip = (ms: readonly { ruleId: string; pattern: string; start: number; end: number }[]) =>
  JSON.stringify(ms.map(({ ruleId, pattern, start, end }) => [ruleId, pattern, start, end]));

function timeMs(fn: () => unknown): number {
  const t0 = performance.now();
  consume(fn());
  return performance.now() - t0;
}

interface Corpus {
  dangerous: { text: string }[];
  benign: { kind: string; text: string }[];
}

export const firewallSuite: Suite = {
  id: 'firewall',
  title: 'Intent Firewall: validation, rule scaling, runtime rule changes, streaming',
  plan: 'Benchmark 1.1, Scalability 4.3',
  run(ctx: BenchContext) {
    const sizes = ctx.size({ smoke: [0, 10, 100], default: [0, 10, 100, 1000, 10_000] });
    const latencyMs = ctx.size({ smoke: 5, default: 300 });
    const requestCount = ctx.size({ smoke: 64, default: 512 });
    const rng = ctx.rng(0xf1);
    const simple = simpleRequests(rng, requestCount);
    const complex = complexRequests(rng, requestCount);
    ctx.note(
      `requests: simple (read) ${Math.round(median(simple.map((r) => r.length)))} chars, complex (system modification) ${Math.round(median(complex.map((r) => r.length)))} chars (medians); every firewall carries the ${new IntentFirewall().ruleCount}-rule default pack plus N synthetic rules`,
    );

    const oursP50 = new Map<number, number>();
    const naiveP50 = new Map<number, number>();
    const builds: { x: number; y: number }[] = [];
    const peerRows = new Map<number, { name: string; value: number; note?: string }[]>();

    for (const n of sizes) {
      const synthetic = syntheticRules(ctx.rng(0x5e + n), n);
      const simpleN = sprinkle(ctx.rng(0x51 + n), simple, synthetic);
      const complexN = sprinkle(ctx.rng(0x52 + n), complex, synthetic);
      const label = `${n.toLocaleString('en-US')} rules`;

      ctx.progress(`build ${label}`);
      let fw = new IntentFirewall({ rules: synthetic });
      const buildMs = median([0, 1, 2].map(() => timeMs(() => (fw = new IntentFirewall({ rules: synthetic })))));
      ctx.metric(`build.${n}`, `build with ${label}`, buildMs * 1e6, 'ns');
      if (n > 0) builds.push({ x: n, y: buildMs * 1e6 });
      const bytes = ctx.retained(`firewall with ${label}`, () => new IntentFirewall({ rules: synthetic }));
      ctx.metric(`memory.${n}`, `retained memory with the pack and ${label}`, bytes, 'bytes');
      // Pattern storage alone (the plan's Scalability 4.3 rows): a firewall holding only these rules.
      const alone = ctx.retained(
        `firewall with only ${label}`,
        () => new IntentFirewall({ defaultRules: false, rules: synthetic }),
      );
      ctx.metric(`memory.alone.${n}`, `retained memory with only ${label}`, alone, 'bytes');

      // Correctness first: the naive per-rule scan must find exactly the same matches.
      // Against the rule matches alone: the naive scan models rules, not the structural detectors.
      const naive = new NaiveFirewall(fw.rules());
      const rulesOnly = new IntentFirewall({ rules: synthetic, detectors: false });
      const sample = [...simpleN.slice(0, 40), ...complexN.slice(0, 40)];
      const wrong = sample.filter(
        (r) => strip(rulesOnly.validateRequest({ id: 'x', content: r }).matches) !== strip(naive.matches(r)),
      );
      if (wrong.length > 0)
        ctx.note(`naive scan disagrees with the firewall on ${wrong.length}/${sample.length} requests at ${label}`);

      // Steady state: the detectors' code is compiled on first use, over the first few thousand
      // requests; the first firewall measured would otherwise carry that warm-up in its percentiles.
      for (let w = 0; w < ctx.size({ smoke: 1, default: 4 }); w++) {
        for (const r of simpleN) fw.validateRequest({ id: 'w', content: r });
        for (const r of complexN) fw.validateRequest({ id: 'w', content: r });
      }
      let k = 0;
      const s = ctx.latency(
        `validate simple, ${label}`,
        () => fw.validateRequest({ id: 'b', content: simpleN[k++ % simpleN.length] as string }),
        {
          timeMs: latencyMs,
        },
      );
      ctx.latencyMetrics(`validate.simple.${n}`, `validate simple request, ${label}`, s);
      const c = ctx.latency(
        `validate complex, ${label}`,
        () => fw.validateRequest({ id: 'b', content: complexN[k++ % complexN.length] as string }),
        {
          timeMs: latencyMs,
        },
      );
      ctx.latencyMetrics(`validate.complex.${n}`, `validate complex request, ${label}`, c);
      const nv = ctx.latency(
        `naive scan simple, ${label}`,
        () => naive.matches(simpleN[k++ % simpleN.length] as string),
        {
          timeMs: Math.min(latencyMs, 150),
        },
      );
      ctx.metric(`naive.simple.${n}.p50`, `naive per-rule scan, simple request, ${label} p50`, nv.p50Ns, 'ns');
      oursP50.set(n, s.p50Ns);
      naiveP50.set(n, nv.p50Ns);
      peerRows.set(n, [
        { name: 'aegis IntentFirewall', value: s.p50Ns },
        { name: 'naive per-rule scan', value: nv.p50Ns, note: 'baseline: indexOf per pattern, same checks' },
      ]);
      const tput = ctx.throughput(`throughput simple, ${label}`, ctx.size({ smoke: 200, default: 5000 }), (m) => {
        let last: unknown;
        for (let i = 0; i < m; i++)
          last = fw.validateRequest({ id: 't', content: simpleN[i % simpleN.length] as string });
        return last;
      });
      ctx.metric(`throughput.simple.${n}`, `validations/s, simple request, ${label}`, tput, 'ops/s', 'higher');

      // Plan and Aegis targets for this size.
      if (n === 1000 || (ctx.scale === 'smoke' && n === 100)) {
        ctx.target({
          id: 'throughput',
          table: 'throughput',
          component: 'Intent Firewall',
          operation: `request validation (${label}, one core)`,
          measured: tput,
          unit: 'req/s',
          plan: { op: '>=', value: 500 },
          aegis: { op: '>=', value: 100_000 },
        });
        for (const [q, plan, bar] of [
          ['p50', 5e6, 50e3],
          ['p95', 10e6, 100e3],
          ['p99', 20e6, 50e3],
        ] as const) {
          for (const [kind, stats] of [
            ['simple', s],
            ['complex', c],
          ] as const) {
            const v = q === 'p50' ? stats.p50Ns : q === 'p95' ? stats.p95Ns : stats.p99Ns;
            ctx.target({
              id: `latency.${kind}.${q}`,
              table: 'latency',
              component: 'Intent Firewall',
              operation: `validate_request ${q}, ${kind} ~200-char request (${label})`,
              measured: v / 1e3,
              unit: 'µs',
              plan: { op: '<', value: plan / 1e3 },
              aegis: { op: '<=', value: bar / 1e3 },
            });
          }
        }
        ctx.target({
          id: 'memory.1000',
          table: 'memory',
          component: 'Intent Firewall',
          operation: `pattern storage, ${label} (no default pack)`,
          measured: alone / 2 ** 20,
          unit: 'MB',
          plan: { op: '<', value: 10 },
          aegis: { op: '<=', value: 1 },
        });
      }
      const planTime: Record<number, number> = { 10: 5, 100: 10, 1000: 20, 10000: 50 };
      const planMem: Record<number, number> = { 10: 1, 100: 5, 1000: 20, 10000: 100 };
      if (planTime[n] !== undefined) {
        ctx.target({
          id: `scaling.time.${n}`,
          table: 'rule-scaling',
          component: 'Intent Firewall',
          operation: `validation time p99 at ${label}`,
          measured: Math.max(s.p99Ns, c.p99Ns) / 1e6,
          unit: 'ms',
          plan: { op: '<', value: planTime[n] as number },
          ...(n === 10_000
            ? { aegis: { op: '<=' as const, value: 0.1 } }
            : n === 1000
              ? { aegis: { op: '<=' as const, value: 0.05 } }
              : {}),
        });
        ctx.target({
          id: `scaling.memory.${n}`,
          table: 'rule-scaling',
          component: 'Intent Firewall',
          operation: `memory at ${label} (no default pack)`,
          measured: alone / 2 ** 20,
          unit: 'MB',
          plan: { op: '<', value: planMem[n] as number },
          ...(n === 10_000 ? { aegis: { op: '<=' as const, value: 40 } } : {}),
        });
        if (n === 10_000) {
          ctx.target({
            id: 'memory.10000.pack',
            table: 'rule-scaling',
            component: 'Intent Firewall',
            operation: `memory at ${label} plus the default pack`,
            measured: bytes / 2 ** 20,
            unit: 'MB',
            plan: { op: '<', value: 100 },
            aegis: { op: '<=', value: 40 },
          });
        }
      }
    }

    for (const [n, rows] of peerRows) {
      ctx.peerTable({
        id: `validate.${n}`,
        title: `Per-request validation, default pack + ${n.toLocaleString('en-US')} rules`,
        metric: 'p50 per simple request',
        unit: 'ns',
        better: 'lower',
        ours: 'aegis IntentFirewall',
        rows,
      });
    }
    const curveSizes = sizes.filter((n) => n > 0);
    ctx.curve({
      id: 'validate-vs-rules',
      title: 'validation p50 (simple request) against synthetic rules, pack included',
      xLabel: 'synthetic rules',
      yLabel: 'p50',
      unit: 'ns',
      points: curveSizes.map((n) => ({ x: n, y: oursP50.get(n) as number })),
      maxExponent: 0.25,
    });
    ctx.curve({
      id: 'naive-vs-rules',
      title: 'naive per-rule scan p50 (simple request) against synthetic rules, pack included',
      xLabel: 'synthetic rules',
      yLabel: 'p50',
      unit: 'ns',
      points: curveSizes.map((n) => ({ x: n, y: naiveP50.get(n) as number })),
    });
    ctx.curve({
      id: 'build-vs-rules',
      title: 'firewall build time against synthetic rules, pack included',
      xLabel: 'synthetic rules',
      yLabel: 'build',
      unit: 'ns',
      points: builds,
      maxExponent: 1.3,
    });
    const largest = sizes[sizes.length - 1] as number;
    if (largest > 0) {
      ctx.note(
        `at ${largest.toLocaleString('en-US')} rules the naive per-rule scan is ${((naiveP50.get(largest) as number) / (oursP50.get(largest) as number)).toFixed(0)}× slower per request (same matches, cross-checked)`,
      );
    }

    control(ctx);
    ruleChanges(ctx, largest);
    streaming(ctx);
    corpora(ctx);
  },
};

/**
 * The timing floor of this machine and harness: a fixed ~8 µs arithmetic loop that allocates
 * nothing, timed exactly like a validation. Its p99 shows how much of a validation's p99 is the
 * environment (preemption on a shared 2-core VM) rather than the firewall.
 */
function control(ctx: BenchContext): void {
  const words = BENIGN_WORDS;
  let k = 0;
  const stats = ctx.latency(
    'control: fixed arithmetic loop',
    () => {
      let x = 0;
      for (let i = 0; i < 4000; i++) x += (words[(k + i) % words.length] as string).length;
      k++;
      return x;
    },
    { timeMs: ctx.size({ smoke: 5, default: 300 }) },
  );
  ctx.metric('control.p50', 'control loop p50 (no allocation)', stats.p50Ns, 'ns');
  ctx.metric('control.p99', 'control loop p99 (no allocation)', stats.p99Ns, 'ns');
  ctx.note(
    `timing floor: a fixed arithmetic loop with p50 ${(stats.p50Ns / 1e3).toFixed(1)} µs measures p99 ${(stats.p99Ns / 1e3).toFixed(1)} µs in this run (machine noise, not the firewall)`,
  );
}

/** Amortized addRule / removeRule on top of N rules, and the curve of that cost against N. */
function ruleChanges(ctx: BenchContext, largest: number): void {
  const ops = ctx.size({ smoke: 40, default: 1000 });
  const points: { x: number; y: number }[] = [];
  for (const n of ctx.size({ smoke: [10, 100], default: [100, 1000, 10_000] })) {
    const fw = new IntentFirewall({ rules: syntheticRules(ctx.rng(0xad + n), n) });
    const extra = syntheticRules(ctx.rng(0xae + n), ops, 'added');
    ctx.progress(`addRule × ${ops} at ${n} rules`);
    const each: number[] = [];
    const t0 = performance.now();
    for (const r of extra) {
      const t = performance.now();
      fw.addRule(r);
      each.push(performance.now() - t);
    }
    const addMs = (performance.now() - t0) / ops;
    const probe = fw.validateRequest({ id: 'p', content: `check ${extra[ops - 1]?.patterns[0]} now` });
    consume(probe);
    const t1 = performance.now();
    for (const r of extra) fw.removeRule(r.id);
    const removeMs = (performance.now() - t1) / ops;
    points.push({ x: n, y: addMs * 1e6 });
    ctx.metric(`block.amortized.${n}`, `addRule amortized over ${ops} additions at ${n} rules`, addMs * 1e6, 'ns');
    ctx.metric(`block.worst.${n}`, `slowest single addRule (a merge) at ${n} rules`, Math.max(...each) * 1e6, 'ns');
    ctx.metric(
      `unblock.amortized.${n}`,
      `removeRule amortized over ${ops} removals at ${n} rules`,
      removeMs * 1e6,
      'ns',
    );
    if (n === largest || (ctx.scale === 'smoke' && n === 100)) {
      ctx.target({
        id: 'block.amortized',
        table: 'component-benchmarks',
        component: 'Intent Firewall',
        operation: `addRule amortized at ${n.toLocaleString('en-US')} rules (${ops} additions, merges included)`,
        measured: addMs,
        unit: 'ms',
        aegis: { op: '<=', value: 1 },
      });
      ctx.target({
        id: 'unblock.amortized',
        table: 'component-benchmarks',
        component: 'Intent Firewall',
        operation: `removeRule amortized at ${n.toLocaleString('en-US')} rules (${ops} removals, rebuilds included)`,
        measured: removeMs,
        unit: 'ms',
        aegis: { op: '<=', value: 1 },
      });
    }
  }
  ctx.curve({
    id: 'block-vs-rules',
    title: 'addRule amortized cost against rules in force',
    xLabel: 'synthetic rules',
    yLabel: 'per addition',
    unit: 'ns',
    points,
    maxExponent: 0.75,
  });
}

/** A ~4 KB LLM answer streamed in 4-character tokens, with a dangerous command at the end. */
function streaming(ctx: BenchContext): void {
  const fw = new IntentFirewall();
  const rng = ctx.rng(0x57);
  const text = `${fill(rng, ctx.size({ smoke: 100, default: 700 }))} so finally run sudo rm -rf / to clean up`;
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += 4) chunks.push(text.slice(i, i + 4));
  const runs = ctx.size({ smoke: 3, default: 40 });
  const perChunk: number[] = [];
  let decision = '';
  for (let r = 0; r < runs; r++) {
    const s = fw.stream({ id: 's' });
    const t = performance.now();
    for (const c of chunks) s.write(c);
    perChunk.push(((performance.now() - t) / chunks.length) * 1e6);
    decision = s.end().decision;
  }
  if (decision !== 'block') ctx.note(`streaming: the dangerous tail was not blocked (${decision})`);
  const mid = fw.stream({ id: 'm' });
  for (const c of chunks.slice(0, chunks.length / 2)) mid.write(c);
  const v = ctx.latency('stream verdict() mid-stream', () => mid.verdict(), {
    timeMs: ctx.size({ smoke: 5, default: 200 }),
  });
  ctx.metric('stream.per-chunk', 'stream write per 4-character chunk (default pack)', median(perChunk), 'ns');
  ctx.metric('stream.verdict.p50', 'stream verdict() mid-stream p50', v.p50Ns, 'ns');
  ctx.note(
    `streaming ${text.length} characters in ${chunks.length} chunks: ${(median(perChunk) / 1e3).toFixed(2)} µs per chunk, verdict() ${(v.p50Ns / 1e3).toFixed(1)} µs`,
  );
}

/** Recall and false positives of the default pack on the held-out corpora. */
function corpora(ctx: BenchContext): void {
  const fw = new IntentFirewall();
  for (const name of ['firewall-corpus', 'firewall-corpus-2']) {
    const corpus: Corpus = JSON.parse(
      readFileSync(new URL(`../../test/fixtures/${name}.json`, import.meta.url), 'utf8'),
    );
    const decide = (t: string) => fw.validateRequest({ id: 'c', content: t }).decision;
    const caught = corpus.dangerous.filter((d) => decide(d.text) !== 'allow').length;
    const benign = corpus.benign.filter((b) => b.kind !== 'mention');
    const stopped = benign.filter((b) => decide(b.text) !== 'allow').length;
    const mentions = corpus.benign.filter((b) => b.kind === 'mention');
    const flagged = mentions.filter((b) => decide(b.text) !== 'allow').length;
    ctx.metric(
      `corpus.${name}.recall`,
      `${name}: dangerous requests not allowed`,
      caught / corpus.dangerous.length,
      'ratio',
      'higher',
    );
    ctx.metric(
      `corpus.${name}.fpr`,
      `${name}: ordinary and look-alike requests not allowed`,
      stopped / benign.length,
      'ratio',
    );
    ctx.note(
      `${name}: recall ${caught}/${corpus.dangerous.length}, false positives ${stopped}/${benign.length} ordinary and look-alike requests, ${flagged}/${mentions.length} quoted mentions flagged`,
    );
  }
}
