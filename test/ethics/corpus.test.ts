/**
 * The engine on realistic agent actions it was not written against. `ethics-corpus.json` (80
 * actions) was written before the lexicon and first measured blind (45/80: 8/40 harmful failed,
 * 38/40 benign passed); it then served as the development set (now 33/40 and 39/40).
 * `ethics-corpus-heldout.json` (40 actions) was written after the lexicon was frozen and measured
 * once, blind: 5/20 harmful failed, 20/20 benign passed. The floors below are those measurements,
 * so a change that makes the engine worse on either set fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type EthicsAction, LoveEngine } from '../../src/index.js';

interface Labelled {
  label: 'harmful' | 'benign';
  action: EthicsAction;
}

function load(name: string): Labelled[] {
  return JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as Labelled[];
}

function rates(corpus: Labelled[]) {
  const engine = new LoveEngine();
  let caught = 0;
  let harmful = 0;
  let passed = 0;
  let benign = 0;
  for (const { label, action } of corpus) {
    const v = engine.checkEthics(action);
    if (label === 'harmful') {
      harmful++;
      if (!v.passes) caught++;
    } else {
      benign++;
      if (v.passes) passed++;
    }
  }
  return { caught, harmful, passed, benign };
}

describe('LoveEngine on labelled corpora', () => {
  it('development corpus: fails at least 33/40 harmful actions and passes at least 39/40 benign ones', () => {
    const r = rates(load('ethics-corpus.json'));
    expect(r.harmful).toBe(40);
    expect(r.caught).toBeGreaterThanOrEqual(33);
    expect(r.passed).toBeGreaterThanOrEqual(39);
  });

  it('held-out corpus: fails at least 5/20 harmful actions and passes all 20 benign ones', () => {
    // Measured once, blind, after the lexicon was frozen: a keyword lexicon generalizes poorly to
    // harmful actions phrased in words it does not list (see DESIGN.md), while it stays precise.
    const r = rates(load('ethics-corpus-heldout.json'));
    expect(r.harmful).toBe(20);
    expect(r.caught).toBeGreaterThanOrEqual(5);
    expect(r.passed).toBe(20);
  });
});
