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
import { FNV_PRIME, type TokenBuffer } from './_harmful-lex.js';
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
 * The bucket of a feature hash, `mix(h) & (2^16 - 1)` ({@link mix} kept in 32-bit integers: its
 * `>>> 0` only makes the value unsigned, which the mask ignores), so no intermediate becomes a heap
 * number. The learned request scorer (`_intent-model.ts`) has as many buckets and uses it too.
 */
export function bucket(h: number): number {
  let x = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) & MASK;
}

/** Sum of the weights of the features of the last {@link run} given a table. */
let runSum = 0;

/**
 * The featurizer: writes the bucket of every feature of tokens `[from, to)` of `buf` into `out`
 * and returns how many; given a weight table, also adds up their weights as they are made (in
 * {@link runSum}). The character grams' FNV steps are those of `fnvStep` in 32-bit integers, which
 * give every bucket the same low bits.
 */
function run(text: string, buf: TokenBuffer, from: number, to: number, out: Int32Array, w: Int8Array | null): number {
  let k = 0;
  let sum = 0;
  let prev = 0;
  // from ≤ t < to ≤ the tokens in buf, and each token has its hash, class and span; every bucket is
  // below 1 << BITS, the weight table's length
  for (let t = from; t < to; t++) {
    const h = buf.hash[t]!;
    const b1 = bucket(h ^ SEED_UNI);
    out[k++] = b1;
    if (w !== null) sum += w[b1]!;
    if (t > from) {
      const b2 = bucket(Math.imul(prev, 31) ^ h ^ SEED_BI);
      out[k++] = b2;
      if (w !== null) sum += w[b2]!;
    }
    prev = h;
    // The grammar's word classes generalize over words the training data never used.
    let c = buf.cls[t]!;
    for (let bit = 0; c !== 0 && bit < 32; bit++, c >>>= 1) {
      if (c & 1) {
        const b = bucket(SEED_CLASS + bit);
        out[k++] = b;
        if (w !== null) sum += w[b]!;
      }
    }
    // Character n-grams of ` word `, n = 3 and 4, over the first WORD_CHARS characters.
    const s = buf.start[t]!;
    let e = buf.end[t]!;
    if (e - s > WORD_CHARS) e = s + WORD_CHARS;
    const len = e - s + 2;
    for (let p = 0; p + 3 <= len; p++) {
      let g = SEED_CHAR | 0;
      for (let q = 0; q < 4 && p + q < len; q++) {
        const pos = p + q;
        const ch = pos === 0 || pos === len - 1 ? 32 : lowerAt(text, s + pos - 1);
        g = Math.imul(g ^ ch, FNV_PRIME);
        if (q >= 2) {
          const b = bucket(g + q);
          out[k++] = b;
          if (w !== null) sum += w[b]!;
        }
      }
    }
  }
  runSum = sum;
  return k;
}

/**
 * Writes the bucket of every feature of tokens `[from, to)` of `buf` into `out`; returns how many.
 * Apostrophes inside a word are skipped, as the lexer does. Reads the word classes in `buf.cls`,
 * so the grammar must have classified the window first.
 */
export function featurize(text: string, buf: TokenBuffer, from: number, to: number, out: Int32Array): number {
  return run(text, buf, from, to, out, null);
}

/** Quantized weights shipped as base64: the signed bytes they spell. Shared by both learned scorers. */
export function signedBytes(data: string): Int8Array {
  const bytes = decodeBase64Loose(data, 0, data.length, data.length, 'skip') as Uint8Array;
  return new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
}

let weights: Int8Array | null = null;

/** The quantized weight table, decoded on first use. */
function table(): Int8Array {
  weights ??= signedBytes(WEIGHTS.data);
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
  if (w.length === 0) return Number.NEGATIVE_INFINITY;
  // The features and the sum of their weights in one pass (a sum of small integers, exact in any order).
  const k = run(text, buf, from, to, features, w);
  if (k === 0) return Number.NEGATIVE_INFINITY;
  return WEIGHTS.bias + (runSum * WEIGHTS.scale) / Math.sqrt(k);
}

/** The decision threshold on the log-odds, tuned on the training split. */
export function threshold(): number {
  return WEIGHTS.threshold;
}
