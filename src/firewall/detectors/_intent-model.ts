/**
 * The learned request scorer: a logistic-regression model over hashed features of the first
 * {@link CHARS_MAX} code units of a segment (word unigrams, word bigrams, and character 3- and
 * 4-grams of the text lower-cased with every run of non-word characters read as one space, so
 * the character grams also span word boundaries). Weights are signed bytes shipped as base64 in
 * `_intent-weights.ts`; `scripts/train-intent.ts` trains them with this very featurizer.
 *
 * A segment is scored whole (scoring its sentences one by one and keeping the highest did worse in
 * cross-validation). Featurizing allocates nothing: features go to a buffer sized once.
 *
 * @internal Not part of the public API.
 */

import { signedBytes } from './_harmful-model.js';
import { WEIGHTS } from './_intent-weights.js';

/** log2 of the number of hash buckets: as many as `_harmful-model.ts`, whose `bucket` maps a hash to one. */
export const BITS = 16;
/** The categories a flagged request is put in, in the order of the category weights. */
export const CATEGORIES = [
  'destructive',
  'credential-exfiltration',
  'system-modification',
  'prompt-injection',
  'destructive-sql',
  'privacy',
  'remote-code-execution',
  'spam',
  'malware',
  'harmful-content',
] as const;
/** log2 of the buckets of the category weights (the low bits of each feature's bucket). */
export const CATEGORY_BITS = 12;
/** Code units of a segment the featurizer reads; the rest is not scored. */
export const CHARS_MAX = 600;
/** Upper bound on the features of one segment: two character grams per code unit, two per word. */
export const FEATURES_MAX = 4 * CHARS_MAX + 8;

/**
 * The seeds of the four kinds of feature, and the FNV steps' offset and prime, as {@link run}
 * writes them: 32-bit integers. The loop writes the numbers out rather than naming these module
 * constants: a module constant is read from the module's context and checked for initialization
 * at every use, and one above 2^31 is a heap number converted on every read, which made up a
 * fifth of the loop's instructions. `SEEDS` names them for the test that checks the loop against
 * a featurizer written with the names.
 */
export const SEEDS = { uni: 0x9e3779b1 | 0, bi: 0x85ebca6b | 0, g3: 0xc2b2ae35 | 0, g4: 0x27d4eb2f } as const;

/**
 * `bucket` of `_harmful-model.ts` with its mask written out (the reason is that of {@link SEEDS}): the low
 * {@link BITS} bits of the hash's 32-bit finalizer.
 */
function slot(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  const y = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (y ^ (y >>> 16)) & 0xffff;
}

/** The code unit as the featurizer reads it: ASCII lower-cased, 0 for a separator, -1 skipped. */
function norm(c: number): number {
  if (c >= 97 && c <= 122) return c;
  if (c >= 65 && c <= 90) return c + 32;
  if (c >= 48 && c <= 57) return c;
  // Apostrophes inside words are left out (`don't` reads as `dont`), soft hyphens and joiners too.
  if (c === 39 || c === 0x2019 || c === 0xad || (c >= 0x200b && c <= 0x200d)) return -1;
  if (c < 0xc0) return 0;
  // General punctuation, CJK punctuation, full-width ASCII punctuation and surrogates' halves
  // stay word characters only when they are letters of some script.
  if ((c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xff0f)) return 0;
  return c;
}

/** Features of one segment: buckets, in a buffer sized once. */
export class Features {
  readonly feat = new Int32Array(FEATURES_MAX);
  /** Features held. */
  length = 0;
  /** Words in the text read. */
  words = 0;
  /** Tokens (runs of characters between white space) in the text read. */
  tokens = 0;
  /** Tokens that read as code: holding one of `/ \\ $ { } [ ] | = _ ~ * \` < > @ # ^ &`, or a leading `-`. */
  codeTokens = 0;
}

/** Whether `c` marks a token as code (see {@link Features.codeTokens}). */
function codeChar(c: number): boolean {
  switch (c) {
    case 47: // /
    case 92: // \
    case 36: // $
    case 123: // {
    case 125: // }
    case 91: // [
    case 93: // ]
    case 124: // |
    case 61: // =
    case 95: // _
    case 126: // ~
    case 42: // *
    case 96: // `
    case 60: // <
    case 62: // >
    case 64: // @
    case 35: // #
    case 94: // ^
    case 38: // &
      return true;
    default:
      return false;
  }
}

function space(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000;
}

/** Sum of the weights of the features of the last {@link run}. */
let runSum = 0;

/**
 * The featurizer: counts the features of the first {@link CHARS_MAX} code units of `text` in `out`,
 * writes them to `out.feat` when `keep`, and adds up their weights in `w` as they are made (in
 * {@link runSum}), so scoring reads the features once. Scoring does not keep them: the stores cost
 * about a tenth of the pass, and the category, which reads them, is asked for rarely (the text is
 * read again then). The hashes are the FNV steps of `_harmful-lex.ts` in 32-bit integers: every
 * feature keeps the low {@link BITS} bits, which do not depend on the sign. Linear in the
 * characters read.
 */
function run(text: string, out: Features, w: Int8Array, keep: boolean): void {
  const feat = out.feat;
  const n = Math.min(text.length, CHARS_MAX);
  let k = 0;
  let words = 0;
  let sum = 0;
  // The last three characters of the collapsed stream (0 stands for a space, -1 for none yet),
  // a space before all.
  let c1 = 0;
  let c2 = -1;
  let c3 = -1;
  let inWord = false;
  let word = -2128831035; // FNV_OFFSET, as a 32-bit integer
  let prevWord = 0;
  let tokens = 0;
  let codeTokens = 0;
  let inToken = false;
  let code = false;
  // Bucket indices are below 2^BITS = the weight table's length, and k < FEATURES_MAX.
  for (let i = 0; i <= n; i++) {
    const raw = i < n ? text.charCodeAt(i) : 32;
    let c: number;
    if (raw >= 97 && raw <= 122) {
      // A lowercase ASCII letter, most of any text: no space, no code mark, read as itself.
      if (!inToken) {
        inToken = true;
        tokens++;
        code = false;
      }
      c = raw;
    } else {
      if (space(raw)) {
        if (inToken && code) codeTokens++;
        inToken = false;
      } else {
        if (!inToken) {
          inToken = true;
          tokens++;
          code = raw === 45;
        }
        if (codeChar(raw)) code = true;
      }
      c = i < n ? norm(raw) : 0;
      if (c < 0) continue;
    }
    if (c === 0) {
      if (inWord) {
        // SEEDS.uni
        const b1 = slot(word ^ -1640531535);
        if (keep) feat[k] = b1;
        k++;
        sum += w[b1]!;
        if (words > 0) {
          // SEEDS.bi
          const b2 = slot(Math.imul(prevWord, 31) ^ word ^ -2048144789);
          if (keep) feat[k] = b2;
          k++;
          sum += w[b2]!;
        }
        prevWord = word;
        inWord = false;
        words++;
      }
      if (c1 === 0) continue;
    } else {
      if (!inWord) {
        inWord = true;
        word = -2128831035; // FNV_OFFSET
      }
      word = Math.imul(word ^ c, 0x01000193); // FNV_PRIME
    }
    // Character grams of the collapsed stream ending here.
    if (c2 >= 0) {
      // SEEDS.g3, then FNV steps (prime 0x01000193) over c2, c1, c
      const g2 = Math.imul(Math.imul(-1028477387 ^ c2, 0x01000193) ^ c1, 0x01000193);
      const b3 = slot(Math.imul(g2 ^ c, 0x01000193));
      if (keep) feat[k] = b3;
      k++;
      sum += w[b3]!;
      if (c3 >= 0) {
        // SEEDS.g4, then FNV steps over c3, c2, c1, c
        const g3 = Math.imul(Math.imul(Math.imul(0x27d4eb2f ^ c3, 0x01000193) ^ c2, 0x01000193) ^ c1, 0x01000193);
        const b4 = slot(Math.imul(g3 ^ c, 0x01000193));
        if (keep) feat[k] = b4;
        k++;
        sum += w[b4]!;
      }
    }
    c3 = c2;
    c2 = c1;
    c1 = c;
  }
  out.length = k;
  out.words = words;
  out.tokens = tokens;
  out.codeTokens = codeTokens;
  runSum = sum;
}

/**
 * Fills `out` with the features of the first {@link CHARS_MAX} code units of `text`. Linear in
 * the characters read.
 */
export function featurize(text: string, out: Features): void {
  zeros ??= new Int8Array(1 << BITS);
  run(text, out, zeros, true);
}

/** A weight table of zeros, for featurizing without scoring. */
let zeros: Int8Array | null = null;

/**
 * Whether the text read is prose: at least four tokens, at most one in eight of them code. Commands,
 * scripts and code are read by the structural detectors, which parse them.
 */
export function isProse(f: Features): boolean {
  return f.tokens >= 4 && f.codeTokens * 8 <= f.tokens;
}

let weights: Int8Array | null = null;

/** The quantized weight table, decoded on first use. */
function table(): Int8Array {
  weights ??= signedBytes(WEIGHTS.data);
  return weights;
}

let categoryWeights: Int8Array | null = null;
const sums = new Float64Array(CATEGORIES.length);

/**
 * The category of the last text scored: the highest of a softmax regression over the same
 * features (only read for a text reported, so its cost is paid once per finding).
 */
export function lastCategory(): (typeof CATEGORIES)[number] {
  categoryWeights ??= signedBytes(WEIGHTS.categories);
  // The features of the last text scored, kept this time (the same pass: the same features).
  run(lastText, scratch, table(), true);
  const w = categoryWeights;
  const n = CATEGORIES.length;
  const mask = (1 << CATEGORY_BITS) - 1;
  sums.fill(0);
  const feat = scratch.feat;
  for (let i = 0; i < scratch.length; i++) {
    const at = ((feat[i] as number) & mask) * n;
    for (let c = 0; c < n; c++) sums[c] = (sums[c] as number) + (w[at + c] ?? 0);
  }
  let best = CATEGORIES.length - 1;
  for (let c = 0; c < n; c++) if ((sums[c] as number) > (sums[best] as number)) best = c;
  return CATEGORIES[best] ?? 'harmful-content';
}

/** Whether a trained model is shipped (an empty table scores nothing). */
export function hasModel(): boolean {
  return WEIGHTS.data.length > 0;
}

/**
 * Log-odds of the features in `f` under weights `w` (byte × `scale`, or a float table with scale
 * 1): bias plus the sum of the weights normalized by the square root of the feature count, as in
 * training.
 */
export function scoreFeatures(f: Features, w: ArrayLike<number>, scale: number, bias: number): number {
  const feat = f.feat;
  const k = f.length;
  if (k === 0) return Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (let i = 0; i < k; i++) sum += w[feat[i] as number] as number;
  return bias + (sum * scale) / Math.sqrt(k);
}

const scratch = new Features();
/** The last text scored. */
let lastText = '';

/** Log-odds that `text` (its first {@link CHARS_MAX} code units) is a dangerous request. */
export function score(text: string): number {
  const w = table();
  if (w.length === 0) return Number.NEGATIVE_INFINITY;
  // The features and the sum of their weights in one pass: the same number as
  // scoreFeatures(scratch, w, WEIGHTS.scale, WEIGHTS.bias), whose sum of small integers is exact
  // in any order.
  run(text, scratch, w, false);
  lastText = text;
  const k = scratch.length;
  if (k === 0) return Number.NEGATIVE_INFINITY;
  return WEIGHTS.bias + (runSum * WEIGHTS.scale) / Math.sqrt(k);
}

/** Words in the last text scored. */
export function lastWords(): number {
  return scratch.words;
}

/** Whether the last text scored is prose (see {@link isProse}). */
export function lastProse(): boolean {
  return isProse(scratch);
}

/** The decision threshold on the log-odds, tuned on out-of-fold scores of the training data. */
export function threshold(): number {
  return WEIGHTS.threshold;
}
