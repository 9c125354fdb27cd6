/**
 * Loads the held-out detection set (`test/holdout/<family>.jsonl`), with the same families, schema
 * and per-case checks as the tuning corpus under `test/corpus/`. The set measures whether detection
 * generalizes; detectors are never changed to fit it.
 */
import { readFileSync } from 'node:fs';
import { type CorpusCase, caseProblem, FAMILIES, type Family } from '../corpus/corpus.js';

/** The cases of one held-out family, in file order; throws on a malformed line. */
export function loadHoldoutFamily(family: Family): CorpusCase[] {
  const text = readFileSync(new URL(`./${family}.jsonl`, import.meta.url), 'utf8');
  const cases: CorpusCase[] = [];
  for (const [i, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const value: unknown = JSON.parse(line);
    const problem = caseProblem(value, family);
    if (problem !== null) throw new Error(`test/holdout/${family}.jsonl line ${i + 1}: ${problem}`);
    cases.push(value as CorpusCase);
  }
  return cases;
}

/** The whole held-out set, family by family in `FAMILIES` order. */
export function loadHoldout(): CorpusCase[] {
  return FAMILIES.flatMap((f) => loadHoldoutFamily(f));
}
