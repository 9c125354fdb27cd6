/**
 * The external sets' shape: every set parses with the corpus schema, has a README naming where its
 * cases come from, repeats no text, shares none with the tuning corpus or the held-out sets, and
 * keeps its frozen half out of the project's sources, tests and data. Detection figures on these
 * sets come from the `detection` bench, not from floors here.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectLeaks } from '../_project-text.js';
import { loadCorpus } from '../corpus/corpus.js';
import { HOLDOUT_SETS, loadHoldout } from '../holdout/holdout.js';
import { externalSets, fnv1a, groupOf, halfOf, loadAllExternal, loadExternal } from './external.js';

describe('the split of an external set', () => {
  it('hashes with 32-bit FNV-1a', () => {
    // Published FNV-1a test values (Fowler, Noll and Vo's reference code).
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('groups by an explicit group, else by the source up to its first semicolon', () => {
    expect(groupOf('owner/repo@abc path/a.yml; command 2')).toBe('owner/repo@abc path/a.yml');
    expect(groupOf('owner/repo@abc x.json; method PAIR; group: behavior 17; more')).toBe('behavior 17');
    expect(groupOf('no semicolon here')).toBe('no semicolon here');
  });

  it('puts a group in one half, by the low bit of its hash', () => {
    expect(halfOf('a')).toBe('tuned');
    expect(halfOf('foobar')).toBe('tuned');
    expect(halfOf('')).toBe('frozen');
  });
});

describe.each(externalSets())('the %s external set', (set) => {
  const cases = loadExternal(set);

  it('has a README and cases in both halves', () => {
    const readme = fileURLToPath(new URL(`./${set}/README.md`, import.meta.url));
    expect(readFileSync(readme, 'utf8').length).toBeGreaterThan(200);
    expect(cases.some((c) => c.half === 'tuned')).toBe(true);
    expect(cases.some((c) => c.half === 'frozen')).toBe(true);
  });

  it('repeats no text', () => {
    const counts = new Map<string, number>();
    for (const c of cases) counts.set(c.text, (counts.get(c.text) ?? 0) + 1);
    expect([...counts].filter(([, n]) => n > 1).map(([text]) => text)).toEqual([]);
  });

  it('shares no text with the tuning corpus or the held-out sets', () => {
    const seen = new Set([...loadCorpus(), ...HOLDOUT_SETS.flatMap((s) => loadHoldout(s))].map((c) => c.text));
    expect(cases.filter((c) => seen.has(c.text)).map((c) => c.text)).toEqual([]);
  });
});

describe('the frozen halves stay out of the project', () => {
  it('no frozen text of 24 characters or more appears in the sources, tests or fixtures', () => {
    expect(projectLeaks(loadAllExternal('frozen').map((c) => c.text))).toEqual([]);
  });
});
