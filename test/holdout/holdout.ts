/**
 * Loads the held-out detection sets (`test/holdout/<family>.jsonl`, the first;
 * `test/holdout/second/<family>.jsonl`, written later and blind to the first's lessons; and
 * `test/holdout/third/`, `fourth/`, `fifth/`, `sixth/`, `seventh/`, `eighth/`, `ninth/`, `tenth/`,
 * `eleventh/`, `twelfth/` and `thirteenth/<family>.jsonl`, each forty dangerous requests put through nine evasions,
 * with benign requests through the same evasions and near misses), with the same families,
 * schema and per-case checks as the tuning corpus under `test/corpus/`. The sets measure whether
 * detection generalizes; detectors are never changed to fit them.
 */
import { readFileSync } from 'node:fs';
import { type CorpusCase, caseProblem, FAMILIES, type Family } from '../corpus/corpus.js';

/** The held-out sets, by name. */
export type HoldoutSet =
  | 'first'
  | 'second'
  | 'third'
  | 'fourth'
  | 'fifth'
  | 'sixth'
  | 'seventh'
  | 'eighth'
  | 'ninth'
  | 'tenth'
  | 'eleventh'
  | 'twelfth'
  | 'thirteenth';

/** Every held-out set, oldest first. */
export const HOLDOUT_SETS: readonly HoldoutSet[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
];

const DIRS: Record<HoldoutSet, string> = {
  first: './',
  second: './second/',
  third: './third/',
  fourth: './fourth/',
  fifth: './fifth/',
  sixth: './sixth/',
  seventh: './seventh/',
  eighth: './eighth/',
  ninth: './ninth/',
  tenth: './tenth/',
  eleventh: './eleventh/',
  twelfth: './twelfth/',
  thirteenth: './thirteenth/',
};

/** The cases of one held-out family, in file order; throws on a malformed line. */
export function loadHoldoutFamily(family: Family, set: HoldoutSet = 'first'): CorpusCase[] {
  const file = `${DIRS[set]}${family}.jsonl`;
  const text = readFileSync(new URL(file, import.meta.url), 'utf8');
  const cases: CorpusCase[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const value: unknown = JSON.parse(line);
    const problem = caseProblem(value, family);
    if (problem !== null) throw new Error(`test/holdout/${file.slice(2)} line ${i + 1}: ${problem}`);
    cases.push(value as CorpusCase);
  }
  return cases;
}

/** A whole held-out set, family by family in `FAMILIES` order. */
export function loadHoldout(set: HoldoutSet = 'first'): CorpusCase[] {
  return FAMILIES.flatMap((f) => loadHoldoutFamily(f, set));
}
