/**
 * The corpora, as table tests. First the detection corpus under `test/corpus/` (ten dangerous
 * families and ordinary developer work): its schema, then per-family recall floors and a
 * false-positive ceiling for the default firewall. The floors are the figures the default firewall
 * measures today; raise them when detection improves, never lower them to make a change pass.
 *
 * Then the held-out corpora: dangerous requests (and evasions) that must not be allowed, and ordinary
 * or look-alike requests that should be. `mention` entries quote a dangerous command literally
 * ("why is curl | sh risky?"); a phrase-based firewall cannot tell them from the real thing, so
 * they are counted apart and not held to the false-positive bound.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IntentFirewall } from '../../src/firewall/index.js';
import {
  type CorpusCase,
  caseProblem,
  DANGEROUS_FAMILIES,
  FAMILIES,
  loadCorpus,
  loadFamily,
} from '../corpus/corpus.js';
import { GENERATED_COUNT, GENERATED_SOURCE, generateBenign } from '../corpus/generate-benign.js';

/** Least share (%) of each dangerous family the default firewall must catch. */
const RECALL_FLOORS: Record<(typeof DANGEROUS_FAMILIES)[number], number> = {
  'destructive-shell': 99,
  credentials: 98,
  'system-files': 100,
  'prompt-injection': 100,
  'destructive-sql': 98,
  privacy: 100,
  'remote-code': 99,
  spam: 99,
  malware: 100,
  obfuscation: 98,
};
/** Largest share (%) of the benign family the default firewall may flag. */
const BENIGN_FP_CEILING = 1;
/** Least number of cases: each dangerous family, and the benign family. */
const MIN_DANGEROUS_PER_FAMILY = 60;
const MIN_BENIGN = 2000;

describe('the detection corpus (test/corpus)', () => {
  const corpus = loadCorpus();
  const firewall = new IntentFirewall();
  const flagged = (c: CorpusCase) => firewall.validateRequest({ id: 'corpus', content: c.text }).decision !== 'allow';

  it('has every family, each case with text, label, family and source', () => {
    for (const family of FAMILIES) {
      const cases = loadFamily(family);
      expect(cases.length, family).toBeGreaterThanOrEqual(family === 'benign' ? MIN_BENIGN : MIN_DANGEROUS_PER_FAMILY);
      for (const c of cases) expect(caseProblem(c, family), c.text).toBeNull();
    }
    expect(corpus.filter((c) => c.label === 'benign').length).toBeGreaterThanOrEqual(MIN_BENIGN);
  });

  it('rejects malformed cases', () => {
    const good = { text: 'npm test', label: 'benign', family: 'benign', source: 'written here' };
    expect(caseProblem(good, 'benign')).toBeNull();
    expect(caseProblem({ ...good, text: '  ' }, 'benign')).toMatch(/empty text/);
    expect(caseProblem({ ...good, source: '' }, 'benign')).toMatch(/no source/);
    expect(caseProblem({ ...good, label: 'dangerous' }, 'benign')).toMatch(/label/);
    expect(caseProblem(good, 'spam')).toMatch(/family/);
    expect(caseProblem({ ...good, extra: 1 }, 'benign')).toMatch(/fields/);
    expect(caseProblem(['npm test'], 'benign')).toMatch(/not an object/);
  });

  it('holds no case twice, within or across families', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const c of corpus) {
      const at = seen.get(c.text);
      if (at !== undefined) twice.push(`${at} and ${c.family}: ${c.text}`);
      seen.set(c.text, c.family);
    }
    expect(twice).toEqual([]);
  });

  it('holds exactly what the benign generator makes, and more written benign cases than generated ones', () => {
    const benign = loadFamily('benign');
    const generated = benign.filter((c) => c.source === GENERATED_SOURCE).map((c) => c.text);
    const written = new Set(benign.filter((c) => c.source !== GENERATED_SOURCE).map((c) => c.text));
    expect(generated).toEqual(generateBenign(written));
    expect(generated.length).toBe(GENERATED_COUNT);
    expect(written.size).toBeGreaterThan(generated.length);
  });

  it.each(DANGEROUS_FAMILIES)('%s: the default firewall catches at least its floor', (family) => {
    const cases = corpus.filter((c) => c.family === family);
    const missed = cases.filter((c) => !flagged(c)).map((c) => c.text);
    const recall = (100 * (cases.length - missed.length)) / cases.length;
    expect(recall, `missed:\n${missed.join('\n')}`).toBeGreaterThanOrEqual(RECALL_FLOORS[family]);
  });

  it(`flags at most ${BENIGN_FP_CEILING}% of the benign family`, () => {
    const benign = corpus.filter((c) => c.label === 'benign');
    const wrong = benign.filter(flagged).map((c) => c.text);
    expect((100 * wrong.length) / benign.length, wrong.join('\n')).toBeLessThanOrEqual(BENIGN_FP_CEILING);
  });
});

interface Corpus {
  dangerous: { family: string; text: string }[];
  benign: { kind: 'ordinary' | 'lookalike' | 'mention'; text: string }[];
}

const load = (name: string): Corpus =>
  JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

describe.each(['firewall-corpus.json', 'firewall-corpus-2.json'])('the held-out corpus %s', (name) => {
  const corpus = load(name);
  const firewall = new IntentFirewall();
  const decide = (text: string) => firewall.validateRequest({ id: 'corpus', content: text }).decision;

  it('is large enough to mean something', () => {
    expect(corpus.dangerous.length).toBeGreaterThanOrEqual(100);
    expect(corpus.benign.filter((b) => b.kind !== 'mention').length).toBeGreaterThanOrEqual(80);
  });

  it('lets at most 3% of the dangerous requests through', () => {
    const allowed = corpus.dangerous.filter((d) => decide(d.text) === 'allow').map((d) => d.text);
    expect(allowed.length / corpus.dangerous.length, allowed.join('\n')).toBeLessThanOrEqual(0.03);
  });

  it('stops at most 5% of the ordinary and look-alike requests', () => {
    const benign = corpus.benign.filter((b) => b.kind !== 'mention');
    const stopped = benign.filter((b) => decide(b.text) !== 'allow').map((b) => b.text);
    expect(stopped.length / benign.length, stopped.join('\n')).toBeLessThanOrEqual(0.05);
  });
});
