/**
 * The held-out set's shape: every file parses with the corpus schema, every family is populated, no
 * text repeats within the set, and none is copied from the tuning corpus. Detection figures on this
 * set come from `measure.ts`, not from floors here, so that nobody tunes against them.
 */
import { describe, expect, it } from 'vitest';
import { DANGEROUS_FAMILIES, loadCorpus } from '../corpus/corpus.js';
import { loadHoldout, loadHoldoutFamily } from './holdout.js';

describe('the held-out detection set', () => {
  const cases = loadHoldout();

  it.each(DANGEROUS_FAMILIES)('holds at least 30 cases of %s', (family) => {
    expect(loadHoldoutFamily(family).length).toBeGreaterThanOrEqual(30);
  });

  it('holds at least 300 benign cases', () => {
    expect(loadHoldoutFamily('benign').length).toBeGreaterThanOrEqual(300);
  });

  it('repeats no text', () => {
    const counts = new Map<string, number>();
    for (const c of cases) counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1).map(([text]) => text)).toEqual([]);
  });

  it('shares no text with the tuning corpus', () => {
    const tuned = new Set(loadCorpus().map((c) => c.text));
    expect(cases.filter((c) => tuned.has(c.text)).map((c) => c.text)).toEqual([]);
  });
});
