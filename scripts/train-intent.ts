/**
 * Trains the learned request scorer of `src/firewall/detectors/intent-model.ts`.
 *
 *   npx tsx scripts/train-intent.ts           train, cross-validate, write src/firewall/detectors/_intent-weights.ts
 *                                             (the shipped weights: this command, no variable set)
 *   npx tsx scripts/train-intent.ts --cv      cross-validate only (writes nothing)
 *   INTENT_HOLDOUT=none npx tsx …             train without any held-out set
 *   INTENT_OUT=<file> npx tsx …               write the weights to <file> instead (for comparisons)
 *
 * Data (see data/intent/PROVENANCE.md): every case of the detection corpus `test/corpus/` (label
 * from the case), `data/harmful/*.txt`, `data/intent/*.txt`, `data/intent/broad/*.txt` (each line
 * weighing `INTENT_BROAD_WEIGHT`, 0.5), and the held-out sets whose misses
 * have been read (first to ninth by default; `INTENT_HOLDOUT`: `read`, `all-read`, `none`, or a list of
 * sets), every case, dangerous and benign, near misses included, weighed `INTENT_HOLDOUT_WEIGHT`
 * (2); the lines of a benign case written over several lines count as benign examples too. The
 * newest held-out set (thirteenth) is never read: the script refuses it.
 *
 * Augmentation, for dangerous and benign texts alike so that no evasion or frame is a signal by
 * itself: keyboard slips, dropped vowels and text-speak, mixed case and digits for letters, words
 * cut by spaces or hyphens, and frames written here (`data/intent/frames.txt`: polite, story,
 * claimed authorization, embedded in a mail, ticket or log line). `INTENT_NOISES=...,phonetic,split`
 * adds spellings by sound and stretched letters, and the text cut into pieces on one line with a
 * lead to join them (measured, not shipped: see data/intent/PROVENANCE.md).
 *
 * Cross-validation: 5 folds by the FNV-1a hash of the original text, so a text and its
 * augmentations always share a fold; a held-out case is hashed by its set, family and base
 * request, so the evasions of one request share a fold too. Thresholds are chosen on out-of-fold
 * scores of benign training texts only (originals and augmentations), reading each line of a text
 * as the firewall does. Deterministic: fixed seeds, fixed epochs, text-based folds.
 *
 * Categories: a softmax regression over the same features (their low bits) names the category of
 * a flagged request; trained on the dangerous examples whose source names one (obfuscation and
 * translated requests name none), its accuracy on fold 0 held out is printed.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BITS,
  CATEGORIES,
  CATEGORY_BITS,
  Features,
  featurize,
  isProse,
  scoreFeatures,
} from '../src/firewall/detectors/_intent-model.js';
import { loadCorpus } from '../test/corpus/corpus.js';
import { HOLDOUT_SETS as ALL_HOLDOUT_SETS, type HoldoutSet, loadHoldout } from '../test/holdout/holdout.js';
import { type Model, mulberry32, shuffle, trainLogistic } from './_linear.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = process.env.INTENT_OUT ?? join(ROOT, 'src', 'firewall', 'detectors', '_intent-weights.ts');
/**
 * Loss weight of the broader data (`data/intent/broad/`: look-alikes and requests of every family
 * in some fifty languages), against 1 for the rest and {@link HOLDOUT_WEIGHT} for a held-out case;
 * 0 leaves it out. `INTENT_BROAD_FILES` (a comma-separated list) reads only those files of it.
 */
const BROAD_WEIGHT = Number(process.env.INTENT_BROAD_WEIGHT ?? 0.5);
const BROAD_ONLY = new Set((process.env.INTENT_BROAD_FILES ?? '').split(',').filter((f) => f !== ''));
const HARMFUL_BENIGN = new Set(['benign.txt', 'jbb-benign.txt']);

const SIZE = 1 << BITS;
const EPOCHS = Number(process.env.INTENT_EPOCHS ?? 8);
const L2 = Number(process.env.INTENT_L2 ?? 5e-4);
const RATE = Number(process.env.INTENT_RATE ?? 0.4);
const AUGMENT = Number(process.env.INTENT_AUGMENT ?? 4);
const FOLDS = 5;
/**
 * The held-out sets that may be read for training: those whose misses have been read, and which
 * therefore no longer measure generalization. The newest set (thirteenth) is never read: it stays the
 * independent check, and the script refuses it. `INTENT_HOLDOUT` picks them: `read` (the default,
 * {@link HOLDOUT_TRAINED}), `all-read` (every read set), `none`, or a comma-separated list; see
 * data/intent/PROVENANCE.md for what they add and what they cost.
 */
/** Every held-out set but the newest, which stays blind. */
const HOLDOUT_READ: readonly HoldoutSet[] = ALL_HOLDOUT_SETS.slice(0, -1);
/**
 * The sets the shipped weights are trained on: first to ninth. The tenth, eleventh and twelfth are read but
 * not trained on: with the tenth, the then blind eleventh went from 274 to 272 caught (benign 13 to
 * 12) and three of the scorer's unit flags fell under their margin.
 */
const HOLDOUT_TRAINED: readonly HoldoutSet[] = HOLDOUT_READ.filter(
  (s) => s !== 'tenth' && s !== 'eleventh' && s !== 'twelfth',
);
const HOLDOUT_ARG = process.env.INTENT_HOLDOUT ?? 'read';
const HOLDOUT_SETS = (
  HOLDOUT_ARG === 'read'
    ? HOLDOUT_TRAINED
    : HOLDOUT_ARG === 'all-read'
      ? HOLDOUT_READ
      : HOLDOUT_ARG === 'none'
        ? []
        : HOLDOUT_ARG.split(',').filter((s) => s !== '')
) as HoldoutSet[];
if (HOLDOUT_SETS.some((s) => !HOLDOUT_READ.includes(s)))
  throw new Error(`train-intent: only the read held-out sets (${HOLDOUT_READ.join(', ')}) may be trained on, never the newest`);
/** Loss weight of a held-out example, against 1 for every other one. */
const HOLDOUT_WEIGHT = Number(process.env.INTENT_HOLDOUT_WEIGHT ?? 2);
/** Whether the held-out benign texts count among those the threshold's rate is taken over. */
const HOLDOUT_IN_THRESHOLD = (process.env.INTENT_HOLDOUT_THRESHOLD ?? '1') === '1';
/** Evasions of the held-out sets left out of training (`translation`, `typos`, …). */
const HOLDOUT_SKIP = new Set((process.env.INTENT_HOLDOUT_SKIP ?? '').split(',').filter((e) => e !== ''));
/** Whether both classes carry the same total weight within each evasion of the held-out sets. */
const HOLDOUT_BALANCE = (process.env.INTENT_HOLDOUT_BALANCE ?? '0') === '1';
/** Whether held-out texts get the augmentation too (they are already written through evasions). */
const HOLDOUT_AUGMENT = (process.env.INTENT_HOLDOUT_AUGMENT ?? '1') === '1';
/**
 * Out-of-fold false-positive rates on benign training texts: the shipped `medium` band, and a
 * `low` band reported for comparison only (a `low` finding alone never changes a decision). At
 * 0.5% the scorer flagged a dozen near misses of the unit tests, which are denser in look-alikes
 * than the training texts. 0.25% was shipped while the eighth was the newest set read; trained on
 * the ninth too it flagged two near misses of the translation tables (a Persian request to delete
 * old branches, a Polish request for approval), and 0.2%, which flags none, is the rate shipped.
 */
const FPR_MEDIUM = Number(process.env.INTENT_FPR_MEDIUM ?? 0.002);
const FPR_LOW = Number(process.env.INTENT_FPR_LOW ?? 0.02);

interface Original {
  text: string;
  label: 0 | 1;
  kind: string;
  fold: number;
  /** Loss weight of the text and its variants. */
  weight: number;
  /** Whether the text gets the augmentation. */
  augment: boolean;
}

interface Example {
  text: string;
  label: 0 | 1;
  /** Index of the original it was made from. */
  of: number;
  aug: string;
}

function fnv(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

function lines(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

function loadOriginals(): Original[] {
  const out: Original[] = [];
  const seen = new Set<string>();
  const add = (text: string, label: 0 | 1, kind: string, key = text, weight = 1, augment = true): void => {
    if (seen.has(text)) return;
    seen.add(text);
    out.push({ text, label, kind, fold: fnv(key) % FOLDS, weight, augment });
  };
  for (const c of loadCorpus()) add(c.text, c.label === 'dangerous' ? 1 : 0, `corpus/${c.family}`);
  const harmful = join(ROOT, 'data', 'harmful');
  for (const f of readdirSync(harmful).sort())
    if (f.endsWith('.txt')) for (const t of lines(join(harmful, f))) add(t, HARMFUL_BENIGN.has(f) ? 0 : 1, `harmful/${f}`);
  const intent = join(ROOT, 'data', 'intent');
  for (const f of readdirSync(intent).sort()) {
    if (!f.endsWith('.txt') || f === 'frames.txt') continue;
    const label = f.startsWith('benign') ? 0 : 1;
    for (const t of lines(join(intent, f))) add(t, label, `intent/${f}`);
  }
  const broad = join(intent, 'broad');
  if (BROAD_WEIGHT > 0)
    for (const f of readdirSync(broad).sort()) {
      if (!f.endsWith('.txt') || (BROAD_ONLY.size > 0 && !BROAD_ONLY.has(f))) continue;
      const label = f.startsWith('benign') ? 0 : 1;
      for (const t of lines(join(broad, f))) add(t, label, `broad/${f}`, t, BROAD_WEIGHT);
    }
  // Held-out cases: the evasions of one base request share a fold (they share its words), so a
  // request is never scored by a model trained on another spelling of it. A benign case written
  // over several lines also gives each of its lines, as the firewall reads them, as benign.
  // With `INTENT_HOLDOUT_BALANCE=1`, both classes carry the same total weight within each evasion
  // (translation, typos, …): the sets put three times as many dangerous requests as benign ones
  // through each evasion, the rest of their benign cases being near misses written plainly.
  const cases = HOLDOUT_SETS.flatMap((set) => loadHoldout(set).map((c) => ({ set, c })));
  const evasionOf = (source: string): string => /evasion: ([\w-]+)/.exec(source)?.[1] ?? '';
  const perEvasion = new Map<string, [number, number]>();
  for (const { c } of cases) {
    const e = evasionOf(c.source);
    const n = perEvasion.get(e) ?? [0, 0];
    n[c.label === 'dangerous' ? 1 : 0]++;
    perEvasion.set(e, n);
  }
  for (const { set, c } of cases) {
    if (HOLDOUT_SKIP.has(evasionOf(c.source))) continue;
    const base = /base ([\w-]+)/.exec(c.source)?.[1];
    const key = base === undefined ? c.text : `${set}/${c.family}/${base}`;
    const label = c.label === 'dangerous' ? 1 : 0;
    const evasion = evasionOf(c.source);
    const n = perEvasion.get(evasion) as [number, number];
    const weight =
      HOLDOUT_BALANCE && evasion !== '' && n[0] > 0 && n[1] > 0 ? (HOLDOUT_WEIGHT * (n[0] + n[1])) / (2 * n[label]) : HOLDOUT_WEIGHT;
    add(c.text, label, `holdout/${set}`, key, weight, HOLDOUT_AUGMENT);
    if (label === 0 && c.text.includes('\n'))
      for (const l of c.text.split('\n')) if (l.trim() !== '') add(l.trim(), 0, `holdout/${set}`, key, weight, HOLDOUT_AUGMENT);
  }
  return out;
}


// ---------------------------------------------------------------- augmentation

const KEYBOARD = [
  'qwertyuiop',
  'asdfghjkl',
  'zxcvbnm',
];
function neighbour(c: string, rand: () => number): string {
  const lc = c.toLowerCase();
  for (let r = 0; r < KEYBOARD.length; r++) {
    const row = KEYBOARD[r] as string;
    const i = row.indexOf(lc);
    if (i < 0) continue;
    const options: string[] = [];
    if (i > 0) options.push(row[i - 1] as string);
    if (i + 1 < row.length) options.push(row[i + 1] as string);
    const up = KEYBOARD[r - 1];
    if (up !== undefined && up[i] !== undefined) options.push(up[i] as string);
    const down = KEYBOARD[r + 1];
    if (down !== undefined && down[i] !== undefined) options.push(down[i] as string);
    return options[Math.floor(rand() * options.length)] ?? c;
  }
  return c;
}

/** Maps each word (a run of letters) of `text` through `f`. */
function mapWords(text: string, f: (w: string) => string): string {
  return text.replace(/[A-Za-z]{2,}/g, f);
}

function slips(text: string, rand: () => number): string {
  return mapWords(text, (w) => {
    if (w.length < 4 || rand() > 0.3) return w;
    const i = 1 + Math.floor(rand() * (w.length - 2));
    const r = rand();
    if (r < 0.3) return w.slice(0, i) + (w[i + 1] ?? '') + w[i] + w.slice(i + 2);
    if (r < 0.55) return w.slice(0, i) + w.slice(i + 1);
    if (r < 0.75) return w.slice(0, i) + w[i] + w.slice(i);
    return w.slice(0, i) + neighbour(w[i] as string, rand) + w.slice(i + 1);
  });
}

const TEXT_SPEAK: Record<string, string> = {
  you: 'u',
  your: 'ur',
  please: 'pls',
  are: 'r',
  for: '4',
  to: '2',
  with: 'w/',
  because: 'bc',
  people: 'ppl',
  message: 'msg',
  messages: 'msgs',
  password: 'pw',
  passwords: 'pws',
  without: 'w/o',
  thanks: 'thx',
  before: 'b4',
  and: '&',
};

function textSpeak(text: string, rand: () => number): string {
  return mapWords(text, (w) => {
    const t = TEXT_SPEAK[w.toLowerCase()];
    if (t !== undefined && rand() < 0.8) return t;
    if (w.length >= 5 && rand() < 0.35) return w[0] + w.slice(1, -1).replace(/[aeiou]/gi, '') + w.slice(-1);
    return w;
  });
}

const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };

function leetCase(text: string, rand: () => number): string {
  const leet = rand() < 0.5;
  let out = '';
  for (const ch of text) {
    const l = LEET[ch.toLowerCase()];
    if (leet && l !== undefined && rand() < 0.45) out += l;
    else if (!leet && rand() < 0.5) out += ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
    else out += ch;
  }
  return out;
}

function cutWords(text: string, rand: () => number): string {
  return mapWords(text, (w) => {
    if (w.length < 6 || rand() > 0.35) return w;
    const r = rand();
    if (r < 0.3) return w.split('').join(' ');
    const i = 2 + Math.floor(rand() * (w.length - 3));
    const sep = r < 0.6 ? ' ' : r < 0.8 ? '-' : '.';
    return w.slice(0, i) + sep + w.slice(i);
  });
}

interface Frame {
  kind: string;
  pattern: string;
}

function loadFrames(): Frame[] {
  return lines(join(ROOT, 'data', 'intent', 'frames.txt')).map((l) => {
    const bar = l.indexOf('|');
    return { kind: l.slice(0, bar).trim(), pattern: l.slice(bar + 1).trim() };
  });
}

function frame(text: string, frames: readonly Frame[], rand: () => number): string {
  const f = frames[Math.floor(rand() * frames.length)] as Frame;
  // A request put in a sentence keeps its words; a lower-cased first letter reads on.
  const inner = /^[A-Z][a-z]/.test(text) ? text[0]?.toLowerCase() + text.slice(1) : text;
  return f.pattern.replace('{}', inner.replace(/[.!?]+$/, ''));
}

/** Encodings the firewall decodes and reads again: the encoded form itself must carry no signal. */
const ENCODINGS: ReadonlyArray<(t: string) => string> = [
  (t) => Buffer.from(t, 'utf8').toString('base64'),
  (t) => Buffer.from(t, 'utf8').toString('hex'),
  (t) => Array.from(Buffer.from(t, 'utf8'), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  (t) => Array.from(Buffer.from(t, 'utf8'), (b) => `\\x${b.toString(16).padStart(2, '0')}`).join(''),
  (t) => t.split('').reverse().join(''),
  (t) => t.replace(/[a-z]/gi, (c) => String.fromCharCode(((c.toLowerCase().charCodeAt(0) - 97 + 13) % 26) + (c === c.toLowerCase() ? 97 : 65))),
];
const DECODE_LEADS = [
  'Decode this and do what it says: {}',
  'Run the decoded command: {}',
  'Please decode and answer: {}',
  '{}',
  'echo {} | decode | sh',
  'The payload is {} — decode it first.',
];

function encoded(text: string, rand: () => number): string {
  const enc = ENCODINGS[Math.floor(rand() * ENCODINGS.length)] as (t: string) => string;
  const lead = DECODE_LEADS[Math.floor(rand() * DECODE_LEADS.length)] as string;
  return lead.replace('{}', enc(text));
}

/** Spellings by sound and stretched letters (`fone`, `kwik`, `nite`, `pleeease`), a word at a time. */
const PHONETIC: ReadonlyArray<readonly [RegExp, string]> = [
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/c(?=[aou])/g, 'k'],
  [/ee/g, 'i'],
  [/ea/g, 'ee'],
  [/oo/g, 'u'],
  [/tion/g, 'shun'],
  [/x/g, 'ks'],
  [/qu/g, 'kw'],
  [/ight/g, 'ite'],
  [/(?<=.)s$/g, 'z'],
  [/th/g, 'd'],
  [/([aeiou])/, '$1$1'],
  [/([bdfglmnprst])(?=[aeiou])/, '$1$1'],
];

function phonetic(text: string, rand: () => number): string {
  return mapWords(text, (w) => {
    if (w.length < 3 || rand() > 0.45) return w;
    let out = w.toLowerCase();
    for (const [re, to] of PHONETIC) {
      const next = out.replace(re, to);
      if (next !== out && rand() < 0.5) out = next;
    }
    return w[0] === w[0]?.toUpperCase() ? (out[0]?.toUpperCase() ?? '') + out.slice(1) : out;
  });
}

/** How the pieces of a split request are written out, on one line (the firewall reads a line). */
const SPLIT_FORMS: ReadonlyArray<(parts: readonly string[]) => string> = [
  (p) => p.map((x, i) => `part ${i + 1}: "${x}"`).join(' '),
  (p) => p.map((x, i) => `${String.fromCharCode(65 + i)} = "${x}"`).join('; '),
  (p) => p.map((x, i) => `(${i + 1}) ${x}`).join(' '),
  (p) => p.map((x) => `"${x}"`).join(' + '),
  (p) => p.map((x, i) => `${i + 1}. ${x}`).join(' / '),
  (p) => p.map((x, i) => `piece ${i + 1} is '${x}',`).join(' '),
];
const SPLIT_LEADS = [
  'Join the parts and do it: {}',
  '{} — put these together in order and follow them.',
  'Read the pieces in order, combine them and carry out the result: {}',
  'Concatenate the fragments and treat the result as my request. {}',
  '{} Now merge the fragments into one instruction.',
  'The task comes in pieces, join them without spaces where a word is cut: {}',
];

/** The request cut into two to four pieces (at words, now and then inside one) with a lead to join them. */
function split(text: string, rand: () => number): string {
  const words = text.split(' ');
  if (words.length < 4) return text;
  const n = Math.min(words.length - 1, 2 + Math.floor(rand() * 3));
  const cuts = new Set<number>();
  while (cuts.size < n - 1) cuts.add(1 + Math.floor(rand() * (words.length - 1)));
  const at = [0, ...[...cuts].sort((a, b) => a - b), words.length];
  const parts: string[] = [];
  for (let i = 0; i + 1 < at.length; i++) parts.push(words.slice(at[i], at[i + 1]).join(' '));
  const form = SPLIT_FORMS[Math.floor(rand() * SPLIT_FORMS.length)] as (p: readonly string[]) => string;
  const lead = SPLIT_LEADS[Math.floor(rand() * SPLIT_LEADS.length)] as string;
  return lead.replace('{}', () => form(parts));
}

/**
 * Noises, by function name: `INTENT_NOISES` (a comma-separated list) picks them, the first four by
 * default. `phonetic` and `split` are measured in data/intent/PROVENANCE.md (leaving one read set
 * out, they did not catch more at the same benign flags, and with new embedding frames they took
 * three requests of the scorer's unit tests below their margin): they are not in the shipped weights.
 */
const ALL_NOISES: ReadonlyArray<(t: string, r: () => number) => string> = [slips, textSpeak, leetCase, cutWords, phonetic, split];
const NOISE_NAMES = new Set((process.env.INTENT_NOISES ?? 'slips,textSpeak,leetCase,cutWords').split(','));
const NOISES = ALL_NOISES.filter((f) => NOISE_NAMES.has(f.name));

function augment(o: Original, frames: readonly Frame[], index: number): Example[] {
  const out: Example[] = [{ text: o.text, label: o.label, of: index, aug: 'none' }];
  const rand = mulberry32(fnv(o.text) ^ 0x5eed);
  // Multi-line texts (scripts, mails) are left as they are: a line is the unit the firewall reads.
  if (o.text.includes('\n') || !o.augment) return out;
  for (let a = 0; a < AUGMENT; a++) {
    let t = o.text;
    let aug = '';
    const r = rand();
    if (r < 0.4 || a === 0) {
      t = frame(t, frames, rand);
      aug = 'frame';
    }
    if (r >= 0.25 || a === 1) {
      const noise = NOISES[Math.floor(rand() * NOISES.length)] as (t: string, r: () => number) => string;
      t = noise(t, rand);
      aug += aug === '' ? 'noise' : '+noise';
    }
    if (t !== o.text) out.push({ text: t, label: o.label, of: index, aug });
  }
  if (o.text.length <= 200) out.push({ text: encoded(o.text, rand), label: o.label, of: index, aug: 'encoded' });
  return out;
}

// ---------------------------------------------------------------- model


const feats = new Features();

function featuresOf(text: string): Int32Array {
  featurize(text, feats);
  return feats.feat.slice(0, feats.length);
}

function train(xs: readonly Int32Array[], ys: readonly number[], ws: readonly number[], seed: number): Model {
  const weighed = ws.some((w) => w !== 1);
  return trainLogistic(xs, ys, seed, { size: SIZE, epochs: EPOCHS, l2: L2, rate: RATE }, true, weighed ? ws : undefined);
}

/** The detector's reading: every line of `text` that is prose scored, the highest kept. */
function scoreText(text: string, w: ArrayLike<number>, scale: number, bias: number): number {
  let best = Number.NEGATIVE_INFINITY;
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    featurize(line, feats);
    if (!isProse(feats)) continue;
    const z = scoreFeatures(feats, w, scale, bias);
    if (z > best) best = z;
  }
  return best;
}

/** Lowest threshold whose false positives among `negatives` stay at most `fpr` of them. */
function thresholdAt(negatives: readonly number[], fpr: number): number {
  const neg = negatives.slice().sort((a, b) => b - a);
  const allowed = Math.floor(neg.length * fpr);
  return (neg[allowed] ?? Number.NEGATIVE_INFINITY) + 1e-6;
}

function quantize(m: Model): { q: Int8Array; scale: number } {
  const mags = Array.from(m.w, Math.abs)
    .filter((v) => v > 0)
    .sort((a, b) => a - b);
  // The scale puts the 99.95th percentile of magnitudes at 127: the few larger weights are clipped.
  const top = mags[Math.floor(mags.length * 0.9995)] ?? 1;
  const scale = top / 127 || 1;
  const q = new Int8Array(SIZE);
  for (let i = 0; i < SIZE; i++) q[i] = Math.max(-127, Math.min(127, Math.round((m.w[i] as number) / scale)));
  return { q, scale };
}

/** The category each dangerous source names; sources of mixed kinds name none. */
const CATEGORY_OF: Record<string, string> = {
  'corpus/destructive-shell': 'destructive',
  'corpus/credentials': 'credential-exfiltration',
  'corpus/system-files': 'system-modification',
  'corpus/prompt-injection': 'prompt-injection',
  'corpus/destructive-sql': 'destructive-sql',
  'corpus/privacy': 'privacy',
  'corpus/remote-code': 'remote-code-execution',
  'corpus/spam': 'spam',
  'corpus/malware': 'malware',
  'harmful/malware.txt': 'malware',
  'harmful/privacy.txt': 'privacy',
  'harmful/spam.txt': 'spam',
  'harmful/harmful-content.txt': 'harmful-content',
  'harmful/jbb-harmful.txt': 'harmful-content',
  ...Object.fromEntries(
    (
      [
        ['destructive', 'destructive'],
        ['datastores', 'destructive-sql'],
        ['credentials', 'credential-exfiltration'],
        ['system', 'system-modification'],
        ['planted', 'prompt-injection'],
        ['privacy', 'privacy'],
        ['spam', 'spam'],
        ['malware', 'malware'],
        ['remote-code', 'remote-code-execution'],
      ] as const
    ).map(([f, c]) => [`broad/dangerous-${f}.txt`, c]),
  ),
};
const NCAT = CATEGORIES.length;
const CAT_SIZE = 1 << CATEGORY_BITS;
const CAT_MASK = CAT_SIZE - 1;

/** Softmax regression over the categories, on the low {@link CATEGORY_BITS} bits of each bucket. */
function trainCategories(xs: readonly Int32Array[], ys: readonly number[], seed: number): Float64Array {
  const w = new Float64Array(CAT_SIZE * NCAT);
  const g2 = new Float64Array(CAT_SIZE * NCAT).fill(1e-8);
  const z = new Float64Array(NCAT);
  const order = xs.map((_, i) => i);
  const rand = mulberry32(seed);
  for (let epoch = 0; epoch < 6; epoch++) {
    shuffle(order, rand);
    for (const i of order) {
      const x = xs[i] as Int32Array;
      if (x.length === 0) continue;
      const norm = 1 / Math.sqrt(x.length);
      z.fill(0);
      for (const f of x) for (let c = 0; c < NCAT; c++) z[c] = (z[c] as number) + (w[(f & CAT_MASK) * NCAT + c] as number) * norm;
      let max = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < NCAT; c++) max = Math.max(max, z[c] as number);
      let sum = 0;
      for (let c = 0; c < NCAT; c++) {
        z[c] = Math.exp((z[c] as number) - max);
        sum += z[c] as number;
      }
      for (let c = 0; c < NCAT; c++) {
        const g = (z[c] as number) / sum - (c === ys[i] ? 1 : 0);
        if (Math.abs(g) < 1e-4) continue;
        for (const f of x) {
          const at = (f & CAT_MASK) * NCAT + c;
          const gf = g * norm;
          g2[at] = (g2[at] as number) + gf * gf;
          w[at] = (w[at] as number) - (0.3 * gf) / Math.sqrt(g2[at] as number);
        }
      }
    }
  }
  return w;
}

function bestCategory(w: ArrayLike<number>, x: Int32Array): number {
  let best = 0;
  let bestZ = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < NCAT; c++) {
    let zc = 0;
    for (const f of x) zc += w[(f & CAT_MASK) * NCAT + c] as number;
    if (zc > bestZ) {
      bestZ = zc;
      best = c;
    }
  }
  return best;
}

const pct = (n: number, d: number): string => `${((100 * n) / Math.max(1, d)).toFixed(2)}%`;

function main(): void {
  const originals = loadOriginals();
  const frames = loadFrames();
  const examples = originals.flatMap((o, i) => augment(o, frames, i));
  const xs = examples.map((e) => featuresOf(e.text));
  const ys = examples.map((e) => e.label);
  const ws = examples.map((e) => (originals[e.of] as Original).weight);
  const kinds = new Map<string, [number, number]>();
  for (const o of originals) {
    const k = kinds.get(o.kind) ?? [0, 0];
    k[o.label]++;
    kinds.set(o.kind, k);
  }
  console.log(
    `originals ${originals.length} (${originals.filter((o) => o.label === 1).length} dangerous, ${originals.filter((o) => o.label === 0).length} benign); examples with augmentation ${examples.length}; ${frames.length} frames; ${SIZE} buckets`,
  );
  // Out-of-fold scores.
  const oof = new Float64Array(examples.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    const tx: Int32Array[] = [];
    const ty: number[] = [];
    const tw: number[] = [];
    for (let i = 0; i < examples.length; i++)
      if ((originals[(examples[i] as Example).of] as Original).fold !== fold) {
        tx.push(xs[i] as Int32Array);
        ty.push(ys[i] as number);
        tw.push(ws[i] as number);
      }
    const m = train(tx, ty, tw, 1234 + fold);
    for (let i = 0; i < examples.length; i++) {
      const e = examples[i] as Example;
      if ((originals[e.of] as Original).fold === fold) oof[i] = scoreText(e.text, m.w, 1, m.bias);
    }
  }
  // Each band holds its rate both over all benign examples and over the original benign texts.
  const pooled = (e: Example): boolean => HOLDOUT_IN_THRESHOLD || !(originals[e.of] as Original).kind.startsWith('holdout/');
  const negAll = examples.flatMap((e, i) => (e.label === 0 && pooled(e) ? [oof[i] as number] : []));
  const negOrig = examples.flatMap((e, i) => (e.label === 0 && e.aug === 'none' && pooled(e) ? [oof[i] as number] : []));
  const medium = Math.max(thresholdAt(negAll, FPR_MEDIUM), thresholdAt(negOrig, FPR_MEDIUM));
  const low = Math.max(thresholdAt(negAll, FPR_LOW), thresholdAt(negOrig, FPR_LOW));
  const report = (name: string, pick: (e: Example) => boolean): void => {
    let p = 0;
    let tpM = 0;
    let tpL = 0;
    let n = 0;
    let fpM = 0;
    let fpL = 0;
    for (let i = 0; i < examples.length; i++) {
      const e = examples[i] as Example;
      if (!pick(e)) continue;
      const s = oof[i] as number;
      if (e.label === 1) {
        p++;
        if (s >= medium) tpM++;
        if (s >= low) tpL++;
      } else {
        n++;
        if (s >= medium) fpM++;
        if (s >= low) fpL++;
      }
    }
    console.log(
      `| ${name} | ${p} | ${pct(tpM, p)} | ${pct(tpL, p)} | ${n} | ${pct(fpM, n)} (${fpM}) | ${pct(fpL, n)} (${fpL}) |`,
    );
  };
  console.log(`\nthresholds (out-of-fold, benign FP ≤ ${FPR_MEDIUM} / ${FPR_LOW}): medium ${medium.toFixed(3)}, low ${low.toFixed(3)}`);
  console.log('| out-of-fold | dangerous | recall medium | recall low | benign | FP medium | FP low |');
  console.log('| --- | --- | --- | --- | --- | --- | --- |');
  report('all', () => true);
  report('originals', (e) => e.aug === 'none');
  report('augmented', (e) => e.aug !== 'none');
  for (const a of ['frame', 'noise', 'frame+noise', 'encoded']) report(`augmented: ${a}`, (e) => e.aug === a);
  for (const kind of [...kinds.keys()].sort()) report(kind, (e) => (originals[e.of] as Original).kind === kind && e.aug === 'none');
  // Categories: trained on the dangerous examples whose source names one; fold 0 held out.
  const cx: Int32Array[] = [];
  const cy: number[] = [];
  const cFold: number[] = [];
  examples.forEach((e, i) => {
    const o = originals[e.of] as Original;
    const cat = CATEGORY_OF[o.kind];
    if (e.label !== 1 || cat === undefined) return;
    cx.push(xs[i] as Int32Array);
    cy.push(CATEGORIES.indexOf(cat));
    cFold.push(e.aug === 'none' ? o.fold : -1 - o.fold);
  });
  {
    const tx = cx.filter((_, i) => cFold[i] !== 0 && cFold[i] !== -1);
    const ty = cy.filter((_, i) => cFold[i] !== 0 && cFold[i] !== -1);
    const wc = trainCategories(tx, ty, 99);
    let right = 0;
    let n = 0;
    cx.forEach((x, i) => {
      if (cFold[i] !== 0) return;
      n++;
      if (bestCategory(wc, x) === cy[i]) right++;
    });
    console.log(`\ncategory of a dangerous original, fold 0 held out: ${pct(right, n)} right of ${n}`);
  }
  if (process.argv.includes('--cv')) return;

  const model = train(xs, ys, ws, 1234);
  const { q, scale } = quantize(model);
  // In-sample check of the quantized table at the chosen thresholds.
  let fp = 0;
  let tp = 0;
  let nNeg = 0;
  let nPos = 0;
  for (const e of examples) {
    if (e.aug !== 'none') continue;
    const s = scoreText(e.text, q, scale, model.bias);
    if (e.label === 1) {
      nPos++;
      if (s >= medium) tp++;
    } else {
      nNeg++;
      if (s >= medium) fp++;
    }
  }
  console.log(`\nin-sample, quantized, originals at medium: recall ${pct(tp, nPos)}, benign FP ${pct(fp, nNeg)} (${fp})`);
  const data = Buffer.from(q.buffer).toString('base64');
  const wc = trainCategories(cx, cy, 99);
  let cmax = 0;
  for (const v of wc) cmax = Math.max(cmax, Math.abs(v));
  const categoryScale = cmax / 127 || 1;
  const cq = new Int8Array(wc.length);
  for (let i = 0; i < wc.length; i++) cq[i] = Math.round((wc[i] as number) / categoryScale);
  const categories = Buffer.from(cq.buffer).toString('base64');
  const src = `/**
 * Generated by \`scripts/train-intent.ts\`; do not edit. A logistic-regression model over
 * ${SIZE} hashed feature buckets, weights as signed bytes (base64), trained on the detection
 * corpus (\`test/corpus/\`), \`data/harmful/\` and \`data/intent/\`${BROAD_WEIGHT > 0 ? ` (\`broad/\` weighing ${BROAD_WEIGHT})` : ''}${HOLDOUT_SETS.length === 0 ? '' : `, and the held-out sets\n * ${HOLDOUT_SETS.join(', ')},`} with augmentation (see
 * data/intent/PROVENANCE.md). Threshold: out-of-fold benign false positives at most
 * ${Number((FPR_MEDIUM * 100).toFixed(3))}% of the benign training texts, originals and augmented alike.
 *
 * @internal Not part of the public API.
 */
/** The quantized model: weight = byte × scale; log-odds = bias + Σ weights / √features. */
export const WEIGHTS = Object.freeze({
  data: '${data}',
  scale: ${scale},
  bias: ${model.bias},
  threshold: ${medium},
  /** Category weights: byte × categoryScale, ${NCAT} per bucket of the low ${CATEGORY_BITS} bits. */
  categories:
    '${categories}',
  categoryScale: ${categoryScale},
});
`;
  writeFileSync(OUT, src);
  console.log(`wrote ${OUT}: ${src.length} bytes`);
}

main();
