/**
 * The learned request scorer's one-pass score (`score`, which adds up the weights as the features
 * are made and keeps none) against featurizing the text and scoring the kept features: the same
 * log-odds, word count and prose reading, on text mixing ASCII letters, digits, separators, skipped code units and
 * other scripts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { signedBytes } from '../src/firewall/detectors/_harmful-model.js';
import {
  CHARS_MAX,
  Features,
  featurize,
  isProse,
  lastProse,
  lastWords,
  score,
  scoreFeatures,
} from '../src/firewall/detectors/_intent-model.js';
import { WEIGHTS } from '../src/firewall/detectors/_intent-weights.js';
import { runs } from './_config.js';

const units = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789',
  ' ',
  '  ',
  '\n',
  '\t',
  '-',
  '/',
  "'",
  '.',
  '_',
  '\u00ad',
  '\u200b',
  '\u2019',
  'é',
  'ж',
  'ß',
  '\u00b5',
  '\u2014',
  '\u3000',
  '中',
  '\ud83d\ude00',
);
const text = fc.array(units, { maxLength: 120 }).map((cs) => cs.join(''));
const weights = signedBytes(WEIGHTS.data);

function hashed(t: string): { log: number; words: number; prose: boolean } {
  const f = new Features();
  featurize(t, f);
  return { log: scoreFeatures(f, weights, WEIGHTS.scale, WEIGHTS.bias), words: f.words, prose: isProse(f) };
}

describe('intent model: score', () => {
  it('equals scoring the hashed features of the text', () => {
    fc.assert(
      fc.property(text, (t) => {
        const h = hashed(t);
        expect(score(t)).toBe(h.log);
        expect(lastWords()).toBe(h.words);
        expect(lastProse()).toBe(h.prose);
      }),
      { numRuns: runs(400) },
    );
  });

  it('equals it on every gram of the alphabet, and past the characters read', () => {
    const alphabet = ' 0123456789abcdefghijklmnopqrstuvwxyz';
    let all = '';
    for (const a of alphabet) for (const b of alphabet) all += `${a}${b}${alphabet}`;
    for (let from = 0; from < all.length; from += CHARS_MAX / 2) {
      const t = all.slice(from, from + CHARS_MAX + 40);
      expect(score(t)).toBe(hashed(t).log);
    }
  });
});
