/**
 * The held-out corpora: dangerous requests (and evasions) that must not be allowed, and ordinary
 * or look-alike requests that should be. `mention` entries quote a dangerous command literally
 * ("why is curl | sh risky?"); a phrase-based firewall cannot tell them from the real thing, so
 * they are counted apart and not held to the false-positive bound.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IntentFirewall } from '../../src/firewall/index.js';

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
