/**
 * The held-out sets' shape: every file parses with the corpus schema, every family is populated, no
 * text repeats within a set or across the sets, and none is copied from the tuning corpus.
 * Detection figures on these sets come from `measure.ts`, not from floors here, so that nobody
 * tunes against them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
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

/** Every file under `dir` (recursively) whose name ends with one of `exts`. */
function filesUnder(dir: string, exts: readonly string[]): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p, exts));
    else if (exts.some((e) => name.endsWith(e))) out.push(p);
  }
  return out;
}

describe('the held-out sets stay out of the project', () => {
  it('no held-out text of 24 characters or more appears in the sources, tests or fixtures', () => {
    const root = fileURLToPath(new URL('../../', import.meta.url));
    const files = [
      ...filesUnder(join(root, 'src'), ['.ts']),
      ...filesUnder(join(root, 'test', 'firewall'), ['.ts']),
      ...filesUnder(join(root, 'test', 'fixtures'), ['.json']),
      ...filesUnder(join(root, 'data'), ['.txt']),
    ];
    const texts = HOLDOUT_SETS.flatMap((set) => loadHoldout(set).map((c) => c.text)).filter((t) => t.length >= 24);
    const leaks: string[] = [];
    for (const f of files) {
      const body = readFileSync(f, 'utf8');
      for (const t of texts) {
        // As written, or escaped as a JSON or TypeScript string would hold it.
        if (body.includes(t) || body.includes(JSON.stringify(t).slice(1, -1))) leaks.push(`${f}: ${t}`);
      }
    }
    expect(leaks).toEqual([]);
  });
});
