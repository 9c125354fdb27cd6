/**
 * Runs a held-out set through the default `IntentFirewall` and prints per-family recall, the
 * benign false-positive rate, every missed dangerous case and every flagged benign one. A case is
 * caught when the decision is anything but `allow`. Each case gets a fresh firewall, so no state
 * carries from one case to the next. Run with `npx tsx test/holdout/measure.ts [first|second]`
 * (the first set by default).
 */
import { IntentFirewall } from '../../src/index.js';
import { type CorpusCase, DANGEROUS_FAMILIES } from '../corpus/corpus.js';
import { HOLDOUT_SETS, type HoldoutSet, loadHoldout } from './holdout.js';

/** One case and the firewall's decision on it. */
interface Outcome {
  c: CorpusCase;
  decision: string;
}

const arg = process.argv[2] ?? 'first';
if (!(HOLDOUT_SETS as readonly string[]).includes(arg))
  throw new Error(`unknown set ${arg}: ${HOLDOUT_SETS.join(', ')}`);
const outcomes: Outcome[] = loadHoldout(arg as HoldoutSet).map((c, i) => ({
  c,
  decision: new IntentFirewall().validateRequest({ id: `holdout-${i}`, content: c.text }).decision,
}));

const caught = (o: Outcome): boolean => o.decision !== 'allow';
const pct = (n: number, d: number): string => (d === 0 ? '-' : `${((100 * n) / d).toFixed(1)}%`);
const show = (text: string): string => JSON.stringify(text.length > 160 ? `${text.slice(0, 157)}...` : text);

const lines: string[] = ['family              caught/total  recall'];
let hit = 0;
let total = 0;
for (const family of DANGEROUS_FAMILIES) {
  const mine = outcomes.filter((o) => o.c.family === family);
  const n = mine.filter(caught).length;
  hit += n;
  total += mine.length;
  lines.push(`${family.padEnd(20)}${`${n}/${mine.length}`.padStart(12)}  ${pct(n, mine.length).padStart(6)}`);
}
lines.push(`${'all dangerous'.padEnd(20)}${`${hit}/${total}`.padStart(12)}  ${pct(hit, total).padStart(6)}`);
const benign = outcomes.filter((o) => o.c.family === 'benign');
const flagged = benign.filter(caught);
lines.push(
  `${'benign flagged'.padEnd(20)}${`${flagged.length}/${benign.length}`.padStart(12)}  ${pct(flagged.length, benign.length).padStart(6)}`,
);

lines.push('', 'missed dangerous cases:');
for (const o of outcomes.filter((x) => x.c.label === 'dangerous' && !caught(x))) {
  lines.push(`  [${o.c.family}] ${show(o.c.text)}`);
}
lines.push('', 'flagged benign cases:');
for (const o of flagged) lines.push(`  [${o.decision}] ${show(o.c.text)}`);

process.stdout.write(`${lines.join('\n')}\n`);
