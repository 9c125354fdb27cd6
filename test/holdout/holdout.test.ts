/**
 * The held-out sets' shape: every file parses with the corpus schema, every family is populated, no
 * text repeats within a set or across the sets, and none is copied from the tuning corpus.
 * Detection figures on these sets come from `measure.ts`, not from floors here, so that nobody
 * tunes against them.
 */
import { describe, expect, it } from 'vitest';
import { projectLeaks } from '../_project-text.js';
import { DANGEROUS_FAMILIES, loadCorpus } from '../corpus/corpus.js';
import { HOLDOUT_SETS, loadHoldout, loadHoldoutFamily } from './holdout.js';

describe.each(HOLDOUT_SETS)('the %s held-out detection set', (set) => {
  const cases = loadHoldout(set);

  it.each(DANGEROUS_FAMILIES)('holds at least 30 cases of %s', (family) => {
    expect(loadHoldoutFamily(family, set).length).toBeGreaterThanOrEqual(30);
  });

  it('holds at least 300 benign cases', () => {
    expect(loadHoldoutFamily('benign', set).length).toBeGreaterThanOrEqual(300);
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

describe('the held-out sets together', () => {
  it('share no text', () => {
    const seen = new Set<string>();
    const repeated: string[] = [];
    for (const set of HOLDOUT_SETS) {
      const mine = new Set(loadHoldout(set).map((c) => c.text));
      for (const t of mine) if (seen.has(t)) repeated.push(`${set}: ${t}`);
      for (const t of mine) seen.add(t);
    }
    expect(repeated).toEqual([]);
  });
});

describe('the held-out sets stay out of the project', () => {
  it('no held-out text of 24 characters or more appears in the sources, tests or fixtures', () => {
    expect(projectLeaks(HOLDOUT_SETS.flatMap((set) => loadHoldout(set).map((c) => c.text)))).toEqual([]);
  });
});
