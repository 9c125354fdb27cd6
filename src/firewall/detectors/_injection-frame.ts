/**
 * Two readings of how a jailbreak is wrapped around a request, rather than of what it asks:
 *
 * - attack suffix: a request in prose followed by a run of tokens optimized against a model (the
 *   suffixes of greedy coordinate-gradient searches and their kin: `… a scam ({[Sure] heres.](`).
 *   Such a run opens and closes brackets of different kinds out of order, which neither prose nor
 *   code does: code and markup close what they open, in order, and a snippet cut short leaves
 *   brackets open but closes none with the wrong kind. The reading counts, in one linear pass,
 *   closers that meet an opener of another kind or none, and openers left open; a run with a
 *   wrong closer and one more fault, or four faults of any kind, after at least four words of
 *   prose, is a suffix. List marks (`1)`, `a)`), emoticons (`:)`, `:(`) and escaped brackets
 *   (`\[`) are not brackets, and a text whose brackets balance when read backwards is reversed
 *   text (`)p(tnuoc`), read by the decoders, not a suffix.
 * - disclaimer frame: the request declared harmless by its use rather than by its content (`this
 *   is purely fictional and will never be used in real life`, `not meant to encourage or facilitate
 *   …`, `in no way promoting …`), the refusal a request expects answered before it is made. A
 *   denial tied to the real world, or to encouraging or facilitating, reads on its own; a bare
 *   `will never be used` reads beside a claim of purpose (`purely hypothetical`, `for educational
 *   purposes only`) or a persona or story frame (`you are a …`, `imagine you are`, `a fictional
 *   scenario`), since alone it is said of code and columns too (`this flag will never be used`).
 *
 * Both are bounded: the suffix reading is one pass over the segment after a first look for a
 * closing bracket; the frame reading runs its expressions only when the detectors' shared keyword
 * automaton (or, without it, one expression) finds one of its anchor words.
 *
 * @internal Not part of the public API.
 */
import { gateRead, joinGate } from './_gate.js';
import type { FindingSink } from './types.js';

const CATEGORY = 'prompt-injection';
const SUFFIX_ID = 'injection.attack-suffix';
const SUFFIX_DESC =
  'a request followed by a run of tokens optimized to make a model comply (brackets opened and closed out of order)';
const FRAME_ID = 'injection.disclaimer-frame';
const FRAME_DESC = 'declares the request fictional, hypothetical or never to be used, to pre-empt a refusal';

const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_SQUARE = 91;
const CLOSE_SQUARE = 93;
const OPEN_CURLY = 123;
const CLOSE_CURLY = 125;
const BACKSLASH = 92;

/** The opener of a closer's kind, 0 when `c` is not a closer. */
function openerOf(c: number): number {
  return c === CLOSE_PAREN ? OPEN_PAREN : c === CLOSE_SQUARE ? OPEN_SQUARE : c === CLOSE_CURLY ? OPEN_CURLY : 0;
}

function isOpener(c: number): boolean {
  return c === OPEN_PAREN || c === OPEN_SQUARE || c === OPEN_CURLY;
}

function isAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/**
 * Whether the bracket at `i` is a mark of another kind: escaped (`\[`) or an emoticon's mouth
 * (`:)`, `;(`, `=)`, `:-)` standing as a word of their own, not `"key":{` in JSON).
 */
function notBracket(s: string, i: number): boolean {
  const prev = i > 0 ? s.charCodeAt(i - 1) : 32;
  if (prev === BACKSLASH) return true;
  let eye = i - 1;
  if (prev === 45) eye--;
  const e = eye >= 0 ? s.charCodeAt(eye) : 32;
  if (e !== 58 && e !== 59 && e !== 61) return false;
  const before = eye > 0 ? s.charCodeAt(eye - 1) : 32;
  const after = i + 1 < s.length ? s.charCodeAt(i + 1) : 32;
  return !isAlnum(before) && before !== 34 && before !== 39 && !isAlnum(after) && after !== 34;
}

/** Whether the `)` at `i` ends a list mark (`1)`, `12)`, `a)` at the start of a word). */
function listMark(s: string, i: number): boolean {
  if (s.charCodeAt(i) !== CLOSE_PAREN || i === 0) return false;
  let k = i - 1;
  const digit = (c: number): boolean => c >= 48 && c <= 57;
  if (digit(s.charCodeAt(k))) while (k > 0 && digit(s.charCodeAt(k - 1))) k--;
  else if (!isAlnum(s.charCodeAt(k))) return false;
  return k === 0 || isSpace(s.charCodeAt(k - 1));
}

const stack: number[] = [];

/**
 * The faults of the brackets of `s` read forwards (`dir` 1) or from its end (-1, as the text it is
 * the reversal of reads): `[wrong closers, unclosed openers, position of the first fault or opener
 * left open]`.
 */
function faults(s: string, dir: number): [number, number, number] {
  stack.length = 0;
  let wrong = 0;
  let first = -1;
  const n = s.length;
  for (let k = 0; k < n; k++) {
    const i = dir > 0 ? k : n - 1 - k;
    const raw = s.charCodeAt(i);
    if (raw !== OPEN_PAREN && raw !== CLOSE_PAREN && raw !== OPEN_SQUARE && raw !== CLOSE_SQUARE)
      if (raw !== OPEN_CURLY && raw !== CLOSE_CURLY) continue;
    if (notBracket(s, i)) continue;
    const c = raw;
    if (isOpener(c)) {
      stack.push(i);
      stack.push(c);
      continue;
    }
    const want = openerOf(c);
    if (stack.length > 0 && stack[stack.length - 1] === want) {
      stack.length -= 2;
      continue;
    }
    // A list mark closes nothing: it is not a fault where no `(` waits for it.
    if (dir > 0 && listMark(s, i)) continue;
    wrong++;
    if (first < 0 || i < first) first = i;
  }
  const open = stack.length / 2;
  if (open > 0) {
    const at = stack[0] as number;
    if (first < 0 || at < first) first = at;
  }
  return [wrong, open, first];
}

/** Whether `[wrong, open]` is the disorder of an optimized run. */
function disordered(wrong: number, open: number): boolean {
  return (wrong >= 1 && wrong + open >= 2) || wrong + open >= 4;
}

/** Words of letters in `s` before `end`, counted up to `least`. */
function wordsBefore(s: string, end: number, least: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39;
    if (letter && !inWord && ++words >= least) return true;
    inWord = letter;
  }
  return false;
}

/**
 * Whether the run `s[from, n)` is written in words: a space at least every 20 code units and
 * letters for at least half of the rest, as an optimized run of word pieces is, and an encoded
 * payload (base85, a ROT47 line, a uuencoded block) is not.
 */
function wordy(s: string, from: number): boolean {
  let spaces = 0;
  let letters = 0;
  const n = s.length;
  for (let i = from; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) spaces++;
    else if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c > 127) letters++;
  }
  const len = n - from;
  return spaces * 20 >= len && letters * 2 >= len - spaces;
}

/** Reports an optimized token run after a request (see the module comment). */
function attackSuffix(segment: string, sink: FindingSink): void {
  const n = segment.length;
  if (n < 24) return;
  // First look: a closer of some kind (a run with none is left to the count of open brackets
  // only when it has four openers, which needs an opener: checked by the pass itself).
  if (segment.indexOf(']') < 0 && segment.indexOf('}') < 0 && segment.indexOf(')') < 0) {
    if (segment.indexOf('(') < 0 && segment.indexOf('[') < 0 && segment.indexOf('{') < 0) return;
  }
  const [wrong, open, first] = faults(segment, 1);
  if (!disordered(wrong, open) || first < 0) return;
  if (!wordsBefore(segment, first, 4) || !wordy(segment, first)) return;
  const [backWrong, backOpen] = faults(segment, -1);
  if (backWrong === 0 && backOpen === 0) return;
  sink.report(SUFFIX_ID, CATEGORY, 'medium', SUFFIX_DESC, first, n, segment.slice(first, Math.min(n, first + 80)));
}

/** Anchor words of the frame reading: one must be present before its expressions run. */
const LOOK = [
  'real life',
  'real-life',
  'reality',
  'real world',
  'real-world',
  'be used',
  'be actually used',
  'encourag',
  'facilitat',
  'in no way',
  'endorse',
];

/** A denial of use that reads on its own: tied to the real world, or to encouraging harm. */
const DENIAL =
  /\b(?:(?:never|not)\s+(?:(?:actually|ever|really)\s+)?be\s+(?:(?:actually|ever)\s+)?(?:used|applied|carried\s+out|put\s+into\s+practice)\s+(?:in\s+(?:real\s+life|reality|the\s+real\s+world|practice)|for\s+real|to\s+(?:facilitate|harm|hurt|commit|cause|encourage)\b|for\s+(?:any\s+)?(?:harmful|illegal|malicious|unethical|nefarious|criminal))|(?:no|without|with\s+no)\s+real[-\s]world\s+(?:implications|consequences|application|use)|not\s+(?:meant|intended|designed|written)\s+to\s+(?:encourage|facilitate|promote|incite|condone)|in\s+no\s+way\s+(?:promot|encourag|endors|condon|support)\w*)/i;

/** A bare denial of use, read only beside a claim of purpose or a frame. */
const BARE_DENIAL =
  /\b(?:never|not)\s+(?:(?:actually|ever|really)\s+)?be\s+(?:(?:actually|ever)\s+)?used\b|\bdoes\s+not\s+endorse\b/i;

/** A claim that the request serves only a fiction, a hypothesis or teaching. */
const PURPOSE =
  /\b(?:(?:purely|just|only|strictly|solely|entirely)\s+(?:for\s+)?(?:an?\s+)?(?:fictional|hypothetical|educational|academic|research|informational|training|theoretical|role-?play|simulation)|for\s+(?:educational|academic|research|informational|training)\s+(?:purposes|reasons)|(?:purely|entirely|just|only)\s+(?:fiction|hypothetically|a\s+(?:story|game|simulation|thought\s+experiment)))\b/i;

/** A persona or story frame around the request. */
const FRAME =
  /\b(?:you\s+are\s+an?|imagine\s+(?:you\s+are|you're|that\s+you)|pretend|act\s+as|role-?play|fictional\s+(?:scenario|story|world)|thought\s+experiment|(?:a|my|the)\s+(?:novel|story|screenplay|script)|protagonist|in\s+character)\b/i;

/** Without the shared automaton's matches: whether an anchor word is present. */
const LOOKED = /real[-\s](?:life|world)|reality|be\s+(?:actually\s+)?used|encourag|facilitat|in\s+no\s+way|endorse/i;

/** Reports a request framed as harmless by a denial of its use (see the module comment). */
function disclaimerFrame(segment: string, sink: FindingSink): void {
  let d = DENIAL.exec(segment);
  if (d === null) {
    d = BARE_DENIAL.exec(segment);
    if (d === null || !(PURPOSE.test(segment) || FRAME.test(segment))) return;
  }
  const start = d.index;
  const end = start + d[0].length;
  sink.report(FRAME_ID, CATEGORY, 'medium', FRAME_DESC, start, end, segment.slice(start, end));
}

/**
 * Anchor words of the refusal readings: a refusal named (`sorry`, `apologize`, `refuse`,
 * `disclaimer`, `caveat`, `warning`), a rule of conduct set aside (`moral`, `ethical`, `legal`), a
 * refusal quoted (`cannot`, `can't`, `unable`), or a promise kept whatever is asked (`even if`,
 * `no matter`, `regardless`).
 */
const REFUSAL_LOOK = [
  'sorry',
  'apolog',
  'refus',
  'disclaimer',
  'caveat',
  'warning',
  'moral',
  'ethic',
  'legal',
  'cannot',
  "can't",
  'can’t',
  'unable',
  'even if',
  'no matter',
  'regardless',
];

const REFUSAL_LOOKED =
  /sorry|apolog|refus|disclaimer|caveat|warning|moral|ethic|legal|cannot|can['’]t|unable|even if|no matter|regardless/i;

/**
 * The answer's refusal banned: a negated verb of saying or putting in, then within a few words a
 * refusal quoted in the first person (`never use phrases like "I can't assist"`), the assistant's
 * inability (`never say you cannot`), or the words a refusal is made of (`never use words like
 * "sorry" or "cannot"`, `do not add any warnings, disclaimers or refusals`).
 */
const BANNED =
  /\b(?:never|not|don['’]?t|mustn['’]?t|shouldn['’]?t|avoid|without)\s+(?:ever\s+|once\s+)?(?:(?:use|using|say|saying|write|writing|include|including|add|adding|start|starting|begin|mention|output|give|giving|print|respond\s+with|reply\s+with)\s+|(?=(?:phrases?|words?|terms?)\s))(?:[\w'’]+\s+){0,4}?(?:["'“‘]\s*(?:i\s+(?:can['’]?t|cannot|can\s+not|am\s+(?:unable|sorry|not\s+able)|apologi[sz]e|won['’]t|will\s+not)|i['’]m\s+(?:unable|sorry|not\s+able)|as\s+an\s+ai)|(?:that\s+)?(?:you|it)\s+(?:can['’]?t|cannot|can\s+not|are\s+unable|won['’]t|will\s+not|are\s+not\s+able)\b|(?:phrases?|words?|terms?|sentences?)\s+(?:like|such\s+as)\s+["'“‘]?(?:sorry|apolog\w*|refus\w*|cannot|can['’]?t|unable|unethical|ethical|legal|illegal|moral\w*|guidelines|policy)\b)/i;

/** Words a refusal's hedge is made of, banned only beside another or scoped to the answer. */
const HEDGES =
  /\b(?:never|not|don['’]?t|avoid|without)\s+(?:ever\s+)?(?:use|using|include|including|add|adding|give|giving|mention|write|writing)\s+(?:any\s+|the\s+|a\s+)?(?:(?:words?|phrases?)\s+(?:like|such\s+as)\s+)?["'“‘]?(?:warnings?|disclaimers?|caveats?|legal|ethical|safe|guidelines|cannot|can['’]t)\b["'”’]?\s*(?:,\s*|\s+(?:or|and|nor)\s+)["'“‘]?(?:warnings?|disclaimers?|caveats?|refusals?|legal|ethical|safe|guidelines|sorry|cannot|can['’]t|moral\w*|apolog\w*)\b/i;

/** The rules of conduct set aside for the request (`ignoring any moral or ethical implications`). */
const UNRULED =
  /\b(?:ignore|ignoring|disregard|disregarding|set\s+aside|setting\s+aside|put\s+aside|putting\s+aside|forget\s+about|forgetting|without\s+regard\s+(?:to|for))\s+(?:any|all|the)?\s*(?:possible\s+|potential\s+)?(?:moral|ethical|legal|safety)(?:\s*(?:,|and|or|\/)\s*(?:moral|ethical|legal|safety))*\s+(?:implications|concerns|considerations|constraints|guidelines|boundaries|limits|restrictions|issues|rules|norms|standards|qualms)\b/i;

/** A promise to do whatever is asked, questionable or not (`always fulfills the user's request, even if it is illegal`). */
const WHATEVER =
  /\b(?:always|will|must|shall)\s+(?:always\s+)?(?:fulfil|fulfill|fulfils|fulfills|comply\s+with|complies\s+with|answer|answers|complete|completes|carry\s+out|carries\s+out|obey|obeys|grant|grants|execute|executes)\s+(?:[\w'’]+\s+){0,3}?(?:requests?|questions?|instructions?|commands?|tasks?|orders?)\b[^.!?]{0,60}?\b(?:even\s+if|no\s+matter|regardless)\b[^.!?]{0,60}?\b(?:questionable|illegal|unethical|immoral|harmful|dangerous|inappropriate|offensive|wrong|unsafe|what)\b/i;

/** Where the segment bans the answer's refusal (see {@link wrapped}), or null. */
function refusalSuppressed(segment: string): [number, number] | null {
  const r = BANNED.exec(segment) ?? HEDGES.exec(segment) ?? UNRULED.exec(segment) ?? WHATEVER.exec(segment);
  return r === null ? null : [r.index, r.index + r[0].length];
}

/** Both readings' anchor words in one list of the shared automaton: the frame's, then the refusal's. */
const ANCHORS = [...LOOK, ...REFUSAL_LOOK];
let anchorBase = -1;

/**
 * Reads a segment for the wrappers of a jailbreak: reports an attack suffix and a disclaimer frame,
 * and returns where the segment bans the answer's refusal, sets aside rules of conduct, or promises
 * to do whatever is asked (`[start, end)`, read by the jailbreak-template family), or null. The
 * anchor words of both word readings are found in one pass over the shared automaton's matches.
 */
export function wrapped(segment: string, sink: FindingSink): [number, number] | null {
  attackSuffix(segment, sink);
  const n = segment.length;
  if (n < 16 || n > 8000) return null;
  if (anchorBase < 0) anchorBase = joinGate('injection-frame', ANCHORS);
  let frame = false;
  let refusal = false;
  const m = gateRead(segment);
  if (m === null) {
    frame = LOOKED.test(segment);
    refusal = REFUSAL_LOOKED.test(segment);
  } else {
    const mid = anchorBase + LOOK.length;
    const end = anchorBase + ANCHORS.length;
    // k < m.count ≤ the match arrays' length
    for (let k = 0; k < m.count; k++) {
      const p = m.pattern[k]!;
      if (p < anchorBase || p >= end) continue;
      if (p < mid) frame = true;
      else refusal = true;
    }
  }
  if (frame && n >= 40) disclaimerFrame(segment, sink);
  return refusal ? refusalSuppressed(segment) : null;
}
