import { describe, expect, it } from 'vitest';
import { FNV_OFFSET, FNV_PRIME } from '../../../src/firewall/detectors/_harmful-lex.js';
import { bucket } from '../../../src/firewall/detectors/_harmful-model.js';
import { CHARS_MAX, Features, featurize, SEEDS } from '../../../src/firewall/detectors/_intent-model.js';

/** FNV-1a over `codes` from `seed`, in 32-bit integers. */
function fnv(seed: number, codes: readonly number[]): number {
  let h = seed | 0;
  for (const c of codes) h = Math.imul(h ^ c, FNV_PRIME);
  return h;
}

/**
 * The featurizer written plainly, from the named constants: the text lower-cased, apostrophes and
 * joiners dropped, every run of separators one space; word unigrams and bigrams, and the character
 * 3- and 4-grams of the collapsed stream with a space before it and after it.
 */
function reference(text: string): number[] {
  const stream: number[] = [0];
  const n = Math.min(text.length, CHARS_MAX);
  for (let i = 0; i < n; i++) {
    const raw = text.charCodeAt(i);
    let c: number;
    if (raw >= 97 && raw <= 122) c = raw;
    else if (raw >= 65 && raw <= 90) c = raw + 32;
    else if (raw >= 48 && raw <= 57) c = raw;
    else if (raw === 39 || raw === 0x2019 || raw === 0xad || (raw >= 0x200b && raw <= 0x200d)) continue;
    else if (raw < 0xc0) c = 0;
    else if ((raw >= 0x2000 && raw <= 0x2bff) || (raw >= 0x3000 && raw <= 0x303f) || (raw >= 0xff00 && raw <= 0xff0f))
      c = 0;
    else c = raw;
    if (c === 0 && stream[stream.length - 1] === 0) continue;
    stream.push(c);
  }
  if (stream[stream.length - 1] !== 0) stream.push(0);
  const out: number[] = [];
  let word: number[] = [];
  let prev = 0;
  let words = 0;
  for (let i = 1; i < stream.length; i++) {
    const c = stream[i] as number;
    if (c === 0) {
      const h = fnv(FNV_OFFSET, word);
      out.push(bucket(h ^ SEEDS.uni));
      if (words > 0) out.push(bucket(Math.imul(prev, 31) ^ h ^ SEEDS.bi));
      prev = h;
      words++;
      word = [];
    } else word.push(c);
    if (i >= 2) out.push(bucket(fnv(SEEDS.g3, stream.slice(i - 2, i + 1))));
    if (i >= 3) out.push(bucket(fnv(SEEDS.g4, stream.slice(i - 3, i + 1))));
  }
  return out;
}

const TEXTS = [
  'Please read docs/notes.md and summarize the intro section for me',
  "Don't   DELETE the  backups -- they're needed (really!)",
  'Löschen Sie bitte alle Dateien im Ordner, Ärger vermeiden',
  'rm -rf / && echo "done"\n\tnext line 42',
  'soft\u00adhyphen and zero\u200bwidth and curly\u2019s quote \u2014 dash \u3000 wide\uff01',
  'x',
  '',
  'a'.repeat(700),
];

describe('intent model featurizer', () => {
  it('the seeds are the named constants as 32-bit integers', () => {
    expect(SEEDS).toEqual({ uni: 0x9e3779b1 | 0, bi: 0x85ebca6b | 0, g3: 0xc2b2ae35 | 0, g4: 0x27d4eb2f });
  });

  it.each(TEXTS)('gives the features of the plain featurizer: %j', (text) => {
    const f = new Features();
    featurize(text, f);
    expect(Array.from(f.feat.subarray(0, f.length))).toEqual(reference(text));
  });
});
