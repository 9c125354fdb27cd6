/**
 * The learned scorer of the harmful-request detector: a logistic-regression model over hashed
 * features of one sentence (word unigrams, word bigrams and character 3- and 4-grams of each word
 * padded with spaces), weights quantized to signed bytes and shipped as base64 in
 * `_harmful-weights.ts`. Features are hashed straight from the segment's code units, so scoring
 * allocates no string. `scripts/train-harmful.ts` trains it with the very same featurizer.
 *
 * @internal Not part of the public API.
 */

import { decodeBase64Loose } from '../../text/_base64.js';
import { fnvStep, type TokenBuffer } from './_harmful-lex.js';
import { WEIGHTS } from './_harmful-weights.js';

/** log2 of the number of hash buckets. */
export const BITS = 16;
const MASK = (1 << BITS) - 1;
/** Most tokens of one sentence the featurizer reads; a longer sentence is cut. */
export const SENTENCE_MAX = 64;
/** Characters of a word that feed its character n-grams. */
const WORD_CHARS = 24;
/** Upper bound on features of one sentence. */
export const FEATURES_MAX = SENTENCE_MAX * (2 + 32 + 3 * (WORD_CHARS + 2));

const SEED_UNI = 0x9e3779b1;
const SEED_BI = 0x85ebca6b;
const SEED_CHAR = 0xc2b2ae35;
const SEED_CLASS = 0x27d4eb2f;

/** A 32-bit finalizer that spreads a hash's bits before it is cut to a bucket. */
export function mix(h: number): number {
  let x = h >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

function lowerAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Writes the bucket of every feature of tokens `[from, to)` of `buf` into `out`; returns how many.
 * Apostrophes inside a word are skipped, as the lexer does. Reads the word classes in `buf.cls`,
 * so the grammar must have classified the window first.
 */
export function featurize(text: string, buf: TokenBuffer, from: number, to: number, out: Int32Array): number {
  let k = 0;
  let prev = 0;
  // from ≤ t < to ≤ the tokens in buf, and each token has its hash, class and span
  for (let t = from; t < to; t++) {
    const h = buf.hash[t]!;
    out[k++] = mix(h ^ SEED_UNI) & MASK;
    if (t > from) out[k++] = mix(Math.imul(prev, 31) ^ h ^ SEED_BI) & MASK;
    prev = h;
    // The grammar's word classes generalize over words the training data never used.
    let c = buf.cls[t]!;
    for (let bit = 0; c !== 0 && bit < 32; bit++, c >>>= 1) if (c & 1) out[k++] = mix(SEED_CLASS + bit) & MASK;
    // Character n-grams of ` word `, n = 3 and 4, over the first WORD_CHARS characters.
    const s = buf.start[t]!;
    let e = buf.end[t]!;
    if (e - s > WORD_CHARS) e = s + WORD_CHARS;
    const len = e - s + 2;
    for (let p = 0; p + 3 <= len; p++) {
      let g = SEED_CHAR;
      for (let q = 0; q < 4 && p + q < len; q++) {
        const pos = p + q;
        const c = pos === 0 || pos === len - 1 ? 32 : lowerAt(text, s + pos - 1);
        g = fnvStep(g, c);
        if (q >= 2) out[k++] = mix(g + q) & MASK;
      }
    }
  }
  return k;
}

let weights: Int8Array | null = null;

/** The quantized weight table, decoded on first use. */
function table(): Int8Array {
  if (weights === null) {
    const s = WEIGHTS.data;
    const bytes = decodeBase64Loose(s, 0, s.length, s.length, 'skip') as Uint8Array;
    weights = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  }
  return weights;
}

/** Whether a trained model is shipped (an empty table scores nothing). */
export function hasModel(): boolean {
  return WEIGHTS.data.length > 0;
}

const features = new Int32Array(FEATURES_MAX);

/**
 * Log-odds that tokens `[from, to)` of `buf` are a harmful request. Sum of quantized weights
 * scaled once, normalized by the square root of the feature count (as in training).
 */
export function score(text: string, buf: TokenBuffer, from: number, to: number): number {
  const w = table();
  const k = featurize(text, buf, from, to, features);
  if (k === 0 || w.length === 0) return Number.NEGATIVE_INFINITY;
  let sum = 0;
  // i < k ≤ features.length; every feature is masked below 1 << BITS, the weight table's length
  for (let i = 0; i < k; i++) sum += w[features[i]!]!;
  return WEIGHTS.bias + (sum * WEIGHTS.scale) / Math.sqrt(k);
}

/** The decision threshold on the log-odds, tuned on the training split. */
export function threshold(): number {
  return WEIGHTS.threshold;
}
