/**
 * The encoding detector: finds encoded runs in a segment (base64 and base64url, hex, `0x` byte
 * lists, backslash escapes, URL percent-encoding, HTML entities, Unicode tag characters,
 * variation-selector and zero-width smuggling, ROT13 or reversed text where the segment asks for
 * decoding, atbash and Caesar shifts where it names a cipher, Morse, upside-down text, a line
 * whose words are injection key words backwards, and payloads split into quoted pieces or first
 * letters to be assembled), decodes them within fixed bounds and hands the decoded text back to
 * the firewall, which examines it with the whole rule pack and every detector. A blob that
 * decodes to nothing the pack knows is not a finding; text hidden from a human reader (tag
 * characters, selector or zero-width runs) is, and so is a request to decode something and then
 * run or follow it.
 *
 * @internal Not part of the public API.
 */

import type { Severity } from '../types.js';
import { hexUtf16, scanCodes } from './_encoding-codes.js';
import {
  atbash,
  caesar,
  decodeBackslash,
  decodeBase64,
  decodeEntities,
  decodeHexList,
  decodeHexRun,
  decodeMorse,
  decodePercent,
  hexValue,
  isBase64Char,
  isMostlyText,
  MAX_DECODED,
  reverseText,
  reverseWords,
  rot13,
  unturn,
  utf8,
} from './_encoding-decode.js';
import {
  G_BACKWARD,
  G_CIPHER,
  G_DECODE,
  G_EVASION,
  G_JOIN,
  G_REVERSE,
  G_ROT,
  type Prescan,
  prescan,
} from './_encoding-prescan.js';
import { G_JAIL, G_OBJ, G_PROMPT, G_REVEAL, G_VERB } from './_injection-lexicon.js';
import type { Detector, FindingSink } from './types.js';

/** Encoded runs decoded per segment, at most. */
const MAX_RUNS = 16;
/** Shortest base64 run decoded, and the shortest when it ends in padding or the text names an encoding. */
const MIN_BASE64 = 16;
const MIN_BASE64_HINTED = 8;
/** Shortest hex run decoded (four bytes). */
const MIN_HEX = 8;
/** Consecutive variation selectors or zero-width characters that count as smuggling. */
const MIN_SELECTORS = 4;
const MIN_ZERO_WIDTH = 8;

const DESC_TAGS = 'text written in invisible Unicode tag characters, which a human reviewer cannot see';
const DESC_SELECTORS = 'a run of Unicode variation selectors that can smuggle hidden bytes';
const DESC_ZERO_WIDTH = 'a run of zero-width characters that can smuggle hidden text';
const DESC_DECODE_RUN = 'asks for an encoded or obfuscated payload to be decoded and then run or followed';

/** Words that ask for decoding (the first half of a decode-and-run request). */
const DECODE_WORDS = new Set([
  'atbash',
  'morse',
  'decode',
  'decoded',
  'decoding',
  'decodes',
  'base64-decode',
  'base32',
  'base32-decode',
  'b32',
  'b64decode',
  'unbase64',
  'deobfuscate',
  'deobfuscated',
  'unescape',
  'unescaped',
  'unhex',
  'dehex',
  'decrypt',
  'decrypted',
  'decipher',
  'deciphered',
  'rot13',
  'reverse',
  'reversed',
  'reversing',
  'backwards',
  'backward',
  'unscramble',
  'unscrambled',
  'base64',
  'b64',
  'hex',
  'encoded',
  'obfuscated',
]);
/** Words that ask for execution or obedience. */
const RUN_WORDS = new Set([
  'run',
  'execute',
  'exec',
  'eval',
  'evaluate',
  'follow',
  'obey',
  'perform',
  'carry',
  'act',
  'comply',
  'do',
  'pipe',
  'respond',
  'answer',
  'reply',
]);
/** What may be run: the payload itself, never an unrelated noun (`run the tests`). */
const RUN_OBJECTS = new Set([
  'it',
  'this',
  'that',
  'them',
  'these',
  'those',
  'result',
  'output',
  'command',
  'commands',
  'instruction',
  'instructions',
  'payload',
  'code',
  'script',
  'string',
  'text',
  'message',
  'what',
  'whatever',
  'following',
]);
/** Words skipped between a run verb and its object. */
const RUN_FILLER = new Set(['the', 'decoded', 'resulting', 'reversed', 'hidden', 'above', 'below', 'and', 'then']);
/** After `run it`: the payload is examined, not run. */
const NOT_RUN = new Set(['through', 'by', 'past', 'against']);

/** Zero-width characters used to smuggle bits. */
function isZeroWidth(c: number): boolean {
  return c === 0x200b || c === 0x200c || c === 0x200d || c === 0x2060 || c === 0xfeff || (c >= 0x2061 && c <= 0x2064);
}

function isHex(c: number): boolean {
  return hexValue(c) >= 0;
}

/** The encoding detector. */
export const encodingDetector: Detector = Object.freeze({
  name: 'encoding',
  scan(segment: string, sink: FindingSink): void {
    scanEncodings(segment, sink);
  },
});

/**
 * A word spelled out letter by letter: four or more letters joined by the same kind of mark
 * (`k-e-y-l-o-g-g-e-r`, `r.a.n.s.o.m.w.a.r.e`) or five or more by spaces (`k e y l o g g e r`).
 * Each step of either expression consumes two characters, so a scan is linear.
 */
const SPELLED_MARKS = /(?<![A-Za-z0-9])[A-Za-z](?:[-._*][A-Za-z]){3,}(?![A-Za-z0-9])/g;
const SPELLED_SPACES = /(?<![A-Za-z0-9])[A-Za-z](?: [A-Za-z]){4,}(?![A-Za-z0-9])/g;
/** Both spellings, in the order they are tried. */
const SPELLINGS: readonly RegExp[] = [SPELLED_MARKS, SPELLED_SPACES];

/**
 * The segment with every spelled-out word joined, examined again; nothing when there is none.
 * `singles` tells whether the prescan saw three one-letter words in a row ({@link G_EVASION}):
 * letters spaced out by single spaces always make such a row (every letter but the first and the
 * last is a word of its own), so without one {@link SPELLED_SPACES} cannot match and is not run.
 */
function scanSpelled(s: string, sink: FindingSink, pre: Prescan): void {
  const marks = pre.spelledMarks;
  const singles = (pre.bits & G_EVASION) !== 0;
  // The prescan tells when neither kind of spelling can be there (most text): no expression runs.
  if (!marks && !singles) {
    if (pre.doubleSpace) spelledCommand(s, sink);
    return;
  }
  let out = '';
  let last = 0;
  let first = -1;
  let end = 0;
  for (const re of SPELLINGS) {
    if (re === SPELLED_MARKS && !marks) continue;
    if (re === SPELLED_SPACES && !singles) break;
    re.lastIndex = 0;
    for (let m = re.exec(s); m !== null; m = re.exec(s)) {
      if (m.index < last) continue;
      if (first < 0) first = m.index;
      // `a k e y l o g g e r`: a leading article stays a word of its own.
      const article = re === SPELLED_SPACES && (m[0][0] === 'a' || m[0][0] === 'A');
      const joined = m[0].replace(/[-._* ]/g, '');
      out += s.slice(last, m.index) + (article ? `${joined[0]} ${joined.slice(1)}` : joined);
      last = m.index + m[0].length;
      end = last;
    }
    if (first >= 0) break;
  }
  if (first < 0) {
    if (pre.doubleSpace) spelledCommand(s, sink);
    return;
  }
  sink.rescan((out + s.slice(last)).slice(0, MAX_DECODED), first, end, 'spelled');
}

/**
 * A command spelled out character by character (`r m  - r f  / e t c`, `r   m      -   r   f`): the
 * narrowest gap of a run is the one between letters and dropped, every wider gap parts two words
 * and is kept as one space, and the line is examined again. Gaps are bounded (eight spaces).
 */
const SPELLED_COMMAND = /(?<!\S)\S(?: {1,8}\S){5,}(?!\S)/g;

function spelledCommand(s: string, sink: FindingSink): void {
  if (s.indexOf('  ') < 0) return;
  let out = '';
  let last = 0;
  let first = -1;
  SPELLED_COMMAND.lastIndex = 0;
  for (let m = SPELLED_COMMAND.exec(s); m !== null; m = SPELLED_COMMAND.exec(s)) {
    const run = m[0];
    if (run.indexOf('  ') < 0 || !/[^A-Za-z ]/.test(run)) continue;
    let narrow = 9;
    let wide = 0;
    for (let i = 1, gap = 0; i < run.length; i++) {
      if (run.charCodeAt(i) === 0x20) gap++;
      else {
        if (gap < narrow) narrow = gap;
        if (gap > wide) wide = gap;
        gap = 0;
      }
    }
    if (wide === narrow) continue;
    if (first < 0) first = m.index;
    let joined = '';
    for (let i = 0, gap = 0; i < run.length; i++) {
      if (run.charCodeAt(i) === 0x20) gap++;
      else {
        if (gap > narrow) joined += ' ';
        joined += run[i];
        gap = 0;
      }
    }
    out += s.slice(last, m.index) + joined;
    last = m.index + run.length;
  }
  if (first >= 0) sink.rescan((out + s.slice(last)).slice(0, MAX_DECODED), first, last, 'spelled');
}

/**
 * A sentence written as one name, its words joined by underscores (a file name such as
 * `note_for_the_agent_delete_all_backups.txt`, or a name that is two thirds of its line): five or more
 * words, each up to twenty letters or digits. The words are read apart, as a person reads them.
 * A function's name is code's and is left to it. A first look counts the underscores; fewer than
 * four leave nothing to read.
 */
const JOINED_WORDS = /(?<![A-Za-z0-9_])[A-Za-z][A-Za-z0-9]{0,19}(?:_[A-Za-z0-9]{1,20}){4,}(?![A-Za-z0-9_])/g;

function joinedWords(s: string, sink: FindingSink): void {
  let under = 0;
  for (let i = s.indexOf('_'); i >= 0 && under < 4; i = s.indexOf('_', i + 1)) under++;
  if (under < 4) return;
  let out = '';
  let last = 0;
  let first = -1;
  JOINED_WORDS.lastIndex = 0;
  for (let m = JOINED_WORDS.exec(s); m !== null; m = JOINED_WORDS.exec(s)) {
    // A function's name (`def drop_all_tables_in_test_db():`, `purge_old_rows_from_cache(x)`) names
    // what code does; it is read as code.
    const end = m.index + m[0].length;
    if (
      s.charCodeAt(end) === 0x28 ||
      /\b(?:def|function|fn|func|sub|void|async)\s+$/.test(s.slice(Math.max(0, m.index - 10), m.index))
    )
      continue;
    // A name that carries the text: a file's name (`….txt`) or most of the line. A name spoken of
    // in a sentence ("rename the job delete_all_rows_…") is the sentence's object, read with it.
    if (!/^\.[A-Za-z0-9]{1,5}\b/.test(s.slice(end, end + 7)) && m[0].length * 3 < s.trim().length * 2) continue;
    if (first < 0) first = m.index;
    out += s.slice(last, m.index) + m[0].replace(/_/g, ' ');
    last = m.index + m[0].length;
  }
  if (first >= 0) sink.rescan((out + s.slice(last)).slice(0, MAX_DECODED), first, last, 'joined words');
}

/**
 * A decoded value a command substitutes into its own line (`cat $(echo fi8uYXdz… | base64 -d)`):
 * the payload is a path or an argument, not a command of its own, and means something only in its
 * place. The line is read again with each such substitution replaced by what it decodes to. A
 * first look asks for `$(` or a backquote and `base64`.
 */
const SUBSTITUTED_B64 =
  /\$\(\s*(?:echo|printf)\s+(?:-[nNe]\s+)?(?:'%s'\s+)?["']?([A-Za-z0-9+/]{8,4096}={0,2})["']?\s*\|\s*base64\s+(?:-d|--decode|-D)\b[^()]{0,80}\)|`\s*(?:echo|printf)\s+(?:-n\s+)?["']?([A-Za-z0-9+/]{8,4096}={0,2})["']?\s*\|\s*base64\s+(?:-d|--decode|-D)\b[^`]{0,80}`/g;

function substitutedDecodes(s: string, sink: FindingSink): void {
  if ((s.indexOf('$(') < 0 && s.indexOf('`') < 0) || s.indexOf('base64') < 0) return;
  let out = '';
  let last = 0;
  let first = -1;
  SUBSTITUTED_B64.lastIndex = 0;
  for (let m = SUBSTITUTED_B64.exec(s); m !== null; m = SUBSTITUTED_B64.exec(s)) {
    const payload = (m[1] ?? m[2]) as string;
    const at = m.index + m[0].indexOf(payload);
    const decoded = decodeBase64(s, at, at + payload.length);
    if (decoded.length === 0 || !isMostlyText(decoded) || /[\n\r]/.test(decoded)) continue;
    if (first < 0) first = m.index;
    out += s.slice(last, m.index) + decoded;
    last = m.index + m[0].length;
  }
  if (first >= 0) sink.rescan((out + s.slice(last)).slice(0, MAX_DECODED), first, last, 'base64');
}

/**
 * A sink that passes everything on and remembers whether any decoded text it handed back was
 * examined (`decoded`) and whether any of them triggered a finding or could not be read (`found`).
 */
interface Watch extends FindingSink {
  decoded: number;
  found: boolean;
}

/** Whether a payload of a dozen characters or more follows a colon in `s`. */
function payloadAfterLabel(s: string): boolean {
  const colon = s.indexOf(':');
  if (colon < 0 || s.length - colon - 1 < 6) return false;
  // Six characters other than spaces: a short command reversed (`f- klbsl`) is a payload too.
  let n = 0;
  for (let i = colon + 1; i < s.length && n < 6; i++) if (s.charCodeAt(i) > 32) n++;
  return n >= 6;
}

/** Words so common in English prose that a decoding holding several of them reads as plain text. */
const COMMON_WORDS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'and',
  'or',
  'to',
  'of',
  'in',
  'on',
  'is',
  'it',
  'you',
  'your',
  'my',
  'that',
  'this',
  'for',
  'with',
  'about',
  'what',
  'how',
  'all',
  'from',
  'be',
  'are',
  'me',
  'write',
  'tell',
  'give',
  'make',
]);

/** How many words of {@link COMMON_WORDS} `t` holds (ASCII letters only, case folded). */
function commonWords(t: string): number {
  let n = 0;
  let i = 0;
  while (i < t.length) {
    const c = t.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) {
      i++;
      continue;
    }
    const b = i;
    while (i < t.length && (t.charCodeAt(i) | 0x20) >= 0x61 && (t.charCodeAt(i) | 0x20) <= 0x7a) i++;
    if (i - b <= 5 && COMMON_WORDS.has(t.slice(b, i).toLowerCase())) n++;
  }
  return n;
}

/**
 * The payload after an order's colon read in ROT13 when the order does not name it and nothing
 * else decoded it (`decode and answer: Jevgr n unvxh …`): where the reading is plain prose (two
 * common words more than the payload as written holds), it is examined like any decoding.
 */
function unnamedRot13(s: string, sink: FindingSink): void {
  const colon = s.indexOf(':');
  if (colon < 0) return;
  const payload = s.slice(colon + 1);
  const r = rot13(payload);
  if (commonWords(r) >= commonWords(payload) + 2) sink.rescan(r, colon + 1, s.length, 'rot13');
}

function watching(sink: FindingSink, s: string): Watch {
  const w: Watch = {
    decoded: 0,
    found: false,
    report: (id, category, severity, description, start, end, evidence) =>
      sink.report(id, category, severity, description, start, end, evidence),
    rescan: (decoded, start, end, how) => {
      const hit = sink.rescan(decoded, start, end, how) !== false;
      if (!(start === 0 && end === s.length)) {
        w.decoded++;
        if (hit) w.found = true;
      } else if (payloadAfterLabel(s)) {
        // A reading of the whole segment (ROT13, reversed, a cipher) reads the order itself again:
        // what it finds is reported on its own, and it decodes a payload only when one follows the
        // order ("decode it and answer: Jung vf…").
        w.decoded++;
      }
      return hit;
    },
  };
  return w;
}

function scanEncodings(s: string, outer: FindingSink): void {
  const n = s.length;
  // A right-to-left override (U+202E) shows what follows it backwards: people see `rm -rf /` where
  // the text holds `/ fr- mr`. What it shows is read, up to the pop (U+202C) or the end.
  const rlo = s.indexOf('\u202e');
  if (rlo >= 0) {
    const pop = s.indexOf('\u202c', rlo);
    const end = pop < 0 ? n : pop;
    if (end - rlo > 2) outer.rescan(reverseText(s.slice(rlo + 1, end)), rlo, end, 'right-to-left');
  }
  const pre = prescan(s);
  // An order to decode and act on the payload: what the payloads decode to decides how much the
  // order weighs.
  const ordered = (pre.bits & (G_DECODE | G_ROT | G_REVERSE | G_CIPHER)) !== 0;
  const watch = ordered ? watching(outer, s) : null;
  const sink: FindingSink = watch ?? outer;
  scanSpelled(s, sink, pre);
  joinedWords(s, sink);
  substitutedDecodes(s, sink);
  const { pct, bs, amp, wide, runs } = pre;
  const hints = (pre.bits & G_DECODE) !== 0;
  const rot = (pre.bits & G_ROT) !== 0;
  const reverse = (pre.bits & G_REVERSE) !== 0;
  const cipher = (pre.bits & G_CIPHER) !== 0;
  const backward = (pre.bits & G_BACKWARD) !== 0;
  const turned = pre.turned >= MIN_TURNED;
  // Pieces joined by name, or by `+` between quoted pieces (`a = "ignore all"; … a + b`).
  if ((pre.bits & G_JOIN) !== 0 || s.includes('+')) scanAssembly(s, (pre.bits & G_JOIN) !== 0, sink);
  // Character codes, decimal escapes, XORed hex, named radixes and ciphers, Brainfuck.
  scanCodes(s, pre.bs, sink);
  if (
    pct < 2 &&
    bs < 2 &&
    amp < 2 &&
    !wide &&
    !pre.hexList &&
    runs.length === 0 &&
    !hints &&
    !rot &&
    !reverse &&
    !cipher &&
    !backward &&
    !turned
  )
    return;

  let budget = MAX_RUNS;
  if (runs.length > 0) budget = scanRuns(s, runs, hints, reverse, sink, budget);
  if (pre.hexList && budget > 0) scanHexLists(s, sink);
  // Separated byte groups (`72 6d 20 2d`, `01110010 01101101`) are ordinary numbers unless the
  // text speaks of decoding.
  if (hints) scanByteGroups(s, sink);
  if (pct >= 2) {
    const d = decodePercent(s);
    if (d.count >= 2) sink.rescan(d.text, d.start, d.end, 'url');
  }
  if (bs >= 2) {
    const d = decodeBackslash(s);
    if (d.count >= 2) sink.rescan(d.text, d.start, d.end, 'escape');
  }
  if (amp >= 2) {
    const d = decodeEntities(s);
    if (d.count >= 2) sink.rescan(d.text, d.start, d.end, 'html');
  }
  if (wide) scanInvisible(s, sink);
  if (rot) sink.rescan(rot13(s), 0, n, 'rot13');
  if (reverse) {
    sink.rescan(reverseText(s), 0, n, 'reversed');
    sink.rescan(reverseWords(s), 0, n, 'reversed words');
  } else if (backward) sink.rescan(reverseText(s), 0, n, 'reversed');
  if (turned) sink.rescan(unturn(s), 0, n, 'upside-down');
  if (cipher || hints) {
    const morse = decodeMorse(s);
    if (morse !== null) sink.rescan(morse.text, morse.start, morse.end, 'morse');
  }
  if (cipher) scanCiphers(s, rot, sink);
  if (hints) scanBase32(s, sink);
  // Payloads decoded and read in full, none of which triggers anything: the order runs what the
  // firewall has read, and counts as `low`. A payload that triggers something, or one past the
  // bounds: `high`. No payload here at all (it is elsewhere, or binary): `medium`, which escalates.
  if (watch !== null && watch.decoded === 0 && !rot && payloadAfterLabel(s)) unnamedRot13(s, watch);
  if (watch !== null) decodeAndRun(s, outer, watch.found ? 'high' : watch.decoded > 0 ? 'low' : 'medium');
}

/** A base32 run (RFC 4648 alphabet, padded to eight characters), at least 16 characters. */
const BASE32_RUN = /(?<![A-Za-z0-9+/])[A-Z2-7]{16,4096}={0,6}(?![A-Za-z0-9+/])/g;

/**
 * Base32 runs, read when the text speaks of decoding (`base32-decode and execute: OJWS…`): each run
 * decoded (RFC 4648) and read again. At most four runs. The extended-hex alphabet is
 * `_encoding-codes.ts`'s, where the text names it.
 */
function scanBase32(s: string, sink: FindingSink): void {
  if (s.length > 16384) return;
  BASE32_RUN.lastIndex = 0;
  let k = 0;
  for (let m = BASE32_RUN.exec(s); m !== null && k < 4; m = BASE32_RUN.exec(s), k++) {
    const run = m[0].replace(/=+$/, '');
    const bytes: number[] = [];
    let bits = 0;
    let value = 0;
    for (let i = 0; i < run.length; i++) {
      const c = run.charCodeAt(i);
      value = (value << 5) | (c >= 65 ? c - 65 : c - 24);
      bits += 5;
      if (bits >= 8) {
        bits -= 8;
        bytes.push((value >>> bits) & 0xff);
        value &= (1 << bits) - 1;
      }
    }
    const text = utf8(bytes);
    if (isMostlyText(text)) sink.rescan(text, m.index, m.index + m[0].length, 'base32');
  }
}

/** Quoted pieces read per segment, at most, and the longest piece. */
const MAX_PIECES = 32;
const MAX_PIECE = 200;

/** Whether `c` is a letter or digit of ASCII (a quote beside one is an apostrophe). */
function isWordChar(c: number): boolean {
  const l = c | 0x20;
  return (l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39);
}

/**
 * Payloads split to get past a reader and assembled by the model: quoted pieces joined (`a =
 * "ignore all"; b = "previous instructions"; do a + b`, `"disre" + "gard your rules"`) when the
 * segment joins them by `+` or by name, read both run together and apart by a space; and the first
 * letters of the words after a colon, when the segment asks for first letters or an acrostic. Each
 * assembly is handed back for a full examination. One pass over the segment; pieces are bounded.
 */
function scanAssembly(s: string, named: boolean, sink: FindingSink): void {
  const n = Math.min(s.length, MAX_DECODED);
  const pieces: string[] = [];
  let first = -1;
  let last = -1;
  let plus = false;
  for (let i = 0; i < n && pieces.length < MAX_PIECES; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2b) plus = true;
    if (c !== 0x22 && c !== 0x27 && c !== 0x60) continue;
    if (i > 0 && isWordChar(s.charCodeAt(i - 1))) continue;
    const close = s.indexOf(s[i] as string, i + 1);
    if (close < 0 || close - i - 1 > MAX_PIECE || (close + 1 < n && isWordChar(s.charCodeAt(close + 1)))) continue;
    const piece = s.slice(i + 1, close);
    if (piece.includes('\n')) continue;
    pieces.push(piece);
    if (first < 0) first = i;
    last = close + 1;
    i = close;
  }
  if (pieces.length >= 2 && (plus || named)) {
    const tight = pieces.join('');
    sink.rescan(tight, first, last, 'joined');
    const spaced = pieces.map((p) => p.trim()).join(' ');
    if (spaced !== tight) sink.rescan(spaced, first, last, 'joined');
  }
  if (named) {
    const lower = s.slice(0, n).toLowerCase();
    const asks = lower.includes('acrostic') || (lower.includes('first letter') && lower.includes('each'));
    if (!asks) return;
    const colon = lower.lastIndexOf(':');
    let out = '';
    let at = colon + 1;
    let inWord = false;
    for (; at < n; at++) {
      const c = s.charCodeAt(at);
      const letter = ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c > 0x7f;
      if (letter && !inWord) out += s[at];
      inWord = letter || c === 0x27;
    }
    if (out.length >= 4) sink.rescan(out.toLowerCase(), colon + 1, n, 'first letters');
  }
}

/** Turned letters in a segment before it is read as upside-down text. */
const MIN_TURNED = 3;
/** Injection anchors that, found together in a shifted reading, make it the key. */
const SHIFT_ANCHORS = [G_VERB | G_OBJ, G_REVEAL | G_PROMPT];
/** A Caesar shift named in the text: `shift 3`, `shifted by 4`, `rot5`, `key 7`, `offset 2`. */
const STATED_SHIFT = /\b(?:shift(?:ed)?|rot|key|offset|by)\s*(?:of\s+|by\s+|=\s*|-)?(\d{1,2})\b/i;

/**
 * A segment that names a cipher: read as atbash, and at the one Caesar shift (of the 25) whose
 * reading has the anchor words of an injection (a dropping verb and an instruction object, a
 * reveal verb and a prompt word, or a jailbreak word), so that the key need not be parsed out of
 * prose. Shifts are tried on at most the first 512 code units; the chosen one is read whole.
 */
function scanCiphers(s: string, rotDone: boolean, sink: FindingSink): void {
  sink.rescan(atbash(s), 0, s.length, 'atbash');
  // A shift the text states (`Caesar cipher, shift 3 back`, `rot5`, `key 7`): read back by it,
  // and forward too, since which way is meant is rarely said.
  const stated = STATED_SHIFT.exec(s.slice(0, 200));
  if (stated !== null) {
    const k = Number(stated[1]) % 26;
    if (k !== 0 && !(k === 13 && rotDone)) {
      sink.rescan(caesar(s, 26 - k), 0, s.length, `caesar ${k}`);
      sink.rescan(caesar(s, k), 0, s.length, `caesar ${26 - k}`);
      return;
    }
  }
  const probe = s.slice(0, 512);
  for (let k = 1; k < 26; k++) {
    if (k === 13 && rotDone) continue;
    const bits = prescan(caesar(probe, k)).bits;
    if ((bits & G_JAIL) !== 0 || SHIFT_ANCHORS.some((a) => (bits & a) === a)) {
      sink.rescan(caesar(s, k), 0, s.length, `caesar ${26 - k}`);
      return;
    }
  }
}

/** Decodes base64 and hex runs (`runs` holds start, end pairs); returns the run budget left. */
function scanRuns(
  s: string,
  runs: number[],
  hinted: boolean,
  reverse: boolean,
  sink: FindingSink,
  budget: number,
): number {
  // casts drop `undefined`: runs holds start, end pairs, so r + 1 < runs.length
  for (let r = 0; r < runs.length && budget > 0; r += 2) {
    const start = runs[r] as number;
    const end = runs[r + 1] as number;
    let allHex = true;
    for (let i = start; i < end; i++) {
      if (!isHex(s.charCodeAt(i))) {
        allHex = false;
        break;
      }
    }
    if (allHex && end - start >= MIN_HEX) {
      budget--;
      // UTF-16 hex (`0063 0075 …`, as `iconv -f UTF-16BE` reads it) before bytes.
      const wide = hexUtf16(s, start, end);
      const text = wide !== '' ? wide : decodeHexRun(s, start, end);
      if (isMostlyText(text)) {
        // Read in its place, for the words around it; a run piped into `xxd -r` is what xxd decodes,
        // and is read alone (the pipeline around it is the shell detector's).
        const piped = /^['"]?\s*\|\s*xxd\b/.test(s.slice(end, end + 16));
        sink.rescan(
          piped ? text : `${s.slice(0, start)}${text}${s.slice(end)}`.slice(0, MAX_DECODED),
          start,
          end,
          'hex',
        );
        continue;
      }
    }
    let padded = end;
    while (padded < s.length && padded < end + 2 && s.charCodeAt(padded) === 0x3d) padded++;
    const min = hinted || padded > end ? MIN_BASE64_HINTED : MIN_BASE64;
    if (end - start < min) continue;
    budget--;
    // Paths and identifiers are runs of the alphabet too: the printable-text check decides.
    const text = decodeBase64(s, start, end);
    if (isMostlyText(text)) {
      sink.rescan(text, start, padded, 'base64');
      // Text reversed before it was encoded, where the segment asks for a reversal.
      if (reverse) sink.rescan(reverseText(text), start, padded, 'base64 reversed');
    }
  }
  return budget;
}

/** `0x72 0x6d …` byte lists: each replaced by its text, and the segment rescanned. */
function scanHexLists(s: string, sink: FindingSink): void {
  let i = 0;
  let lists = 0;
  while (i >= 0 && i < s.length && lists < MAX_RUNS) {
    const at = indexOf0x(s, i);
    if (at < 0) return;
    const d = decodeHexList(s, at);
    if (d.count >= 2 && printable(d.text)) {
      lists++;
      sink.rescan(`${s.slice(0, at)}${d.text}${s.slice(d.end)}`.slice(0, MAX_DECODED), at, d.end, 'hex');
    }
    i = Math.max(d.end, at + 2);
  }
}

/**
 * Runs of two-digit hex groups or eight-digit binary groups separated by one space, `:` or `-`,
 * each run replaced by its text and the segment rescanned.
 */
function scanByteGroups(s: string, sink: FindingSink): void {
  const n = s.length;
  let i = 0;
  let runs = 0;
  while (i < n && runs < MAX_RUNS) {
    const width = groupAt(s, i);
    if (width === 0 || (i > 0 && !isSeparator(s.charCodeAt(i - 1)) && s.charCodeAt(i - 1) !== 0x3a)) {
      i++;
      continue;
    }
    const start = i;
    const bytes: number[] = [];
    let end = i;
    while (i < n && groupAt(s, i) === width && bytes.length < MAX_DECODED) {
      bytes.push(width === 2 ? (hexValue(s.charCodeAt(i)) << 4) | hexValue(s.charCodeAt(i + 1)) : binaryAt(s, i));
      i += width;
      end = i;
      if (i < n && isSeparator(s.charCodeAt(i)) && groupAt(s, i + 1) === width) i++;
      else break;
    }
    if (bytes.length >= 4) {
      const text = utf8(bytes);
      if (printable(text)) {
        runs++;
        sink.rescan(
          `${s.slice(0, start)}${text}${s.slice(end)}`.slice(0, MAX_DECODED),
          start,
          end,
          width === 2 ? 'hex' : 'binary',
        );
      }
    }
    i = Math.max(i, start + 1);
  }
}

function isSeparator(c: number): boolean {
  return c === 0x20 || c === 0x3a || c === 0x2d || c === 0x2c;
}

/** 2 for a hex pair, 8 for a binary octet, standing alone at `i`; else 0. */
function groupAt(s: string, i: number): number {
  const after = (k: number) => k >= s.length || isSeparator(s.charCodeAt(k)) || s.charCodeAt(k) === 0x2e;
  if (i + 8 <= s.length && after(i + 8)) {
    let ok = true;
    for (let k = i; k < i + 8; k++) {
      const c = s.charCodeAt(k);
      if (c !== 0x30 && c !== 0x31) {
        ok = false;
        break;
      }
    }
    if (ok) return 8;
  }
  if (i + 2 <= s.length && isHex(s.charCodeAt(i)) && isHex(s.charCodeAt(i + 1)) && after(i + 2)) return 2;
  return 0;
}

function binaryAt(s: string, i: number): number {
  let v = 0;
  for (let k = i; k < i + 8; k++) v = (v << 1) | (s.charCodeAt(k) - 0x30);
  return v;
}

function indexOf0x(s: string, from: number): number {
  for (let i = from; i + 1 < s.length; i++) {
    if (s.charCodeAt(i) === 0x30 && (s.charCodeAt(i + 1) | 0x20) === 0x78) {
      const prev = i > 0 ? s.charCodeAt(i - 1) : 0x20;
      if (!isBase64Char(prev) || prev === 0x2d) return i;
    }
  }
  return -1;
}

function printable(t: string): boolean {
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f) return false;
  }
  return true;
}

/** Tag characters, variation-selector runs and zero-width runs. */
function scanInvisible(s: string, sink: FindingSink): void {
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0xdb40 && i + 1 < n) {
      const lo = s.charCodeAt(i + 1);
      if (lo >= 0xdc00 && lo <= 0xdc7f) {
        i = tagRun(s, i, sink);
        continue;
      }
      if (lo >= 0xdd00 && lo <= 0xddef) {
        i = selectorRun(s, i, sink);
        continue;
      }
    } else if (c >= 0xfe00 && c <= 0xfe0f) {
      i = selectorRun(s, i, sink);
      continue;
    } else if (isZeroWidth(c)) {
      i = zeroWidthRun(s, i, sink);
      continue;
    }
    i++;
  }
}

/** Reads a run of tag characters (U+E0000–E007F) at `at`; returns where it ends. */
function tagRun(s: string, at: number, sink: FindingSink): number {
  let i = at;
  let text = '';
  let cancelled = false;
  while (i + 1 < s.length && s.charCodeAt(i) === 0xdb40) {
    const lo = s.charCodeAt(i + 1);
    if (lo < 0xdc00 || lo > 0xdc7f) break;
    const ascii = lo - 0xdc00;
    if (ascii === 0x7f) cancelled = true;
    else if (ascii >= 0x20 && ascii < 0x7f && text.length < MAX_DECODED) text += String.fromCharCode(ascii);
    i += 2;
  }
  // An emoji subdivision flag (black flag, a region code in tag letters, cancel tag) is their one
  // ordinary use.
  const flag = at >= 2 && s.charCodeAt(at - 2) === 0xd83c && s.charCodeAt(at - 1) === 0xdff4;
  if (flag && cancelled && text.length <= 7 && /^[a-z0-9]+$/.test(text)) return i;
  const evidence = text.length > 0 ? `tags: ${text.slice(0, 60)}` : 'tags';
  sink.report('encoding.unicode-tags', 'prompt-injection', 'medium', DESC_TAGS, at, i, evidence);
  if (text.length > 0) sink.rescan(text, at, i, 'tags');
  return i;
}

/** Reads a run of variation selectors at `at`, decoding each as one byte (VS1 = 0 … VS256 = 255). */
function selectorRun(s: string, at: number, sink: FindingSink): number {
  let i = at;
  const bytes: number[] = [];
  for (;;) {
    const c = s.charCodeAt(i);
    if (c >= 0xfe00 && c <= 0xfe0f) {
      if (bytes.length < MAX_DECODED) bytes.push(c - 0xfe00);
      i++;
    } else if (c === 0xdb40 && i + 1 < s.length) {
      const lo = s.charCodeAt(i + 1);
      if (lo < 0xdd00 || lo > 0xddef) break;
      if (bytes.length < MAX_DECODED) bytes.push(lo - 0xdd00 + 16);
      i += 2;
    } else break;
  }
  if (bytes.length >= MIN_SELECTORS) {
    const text = utf8(bytes);
    const readable = isMostlyText(text);
    sink.report(
      'encoding.variation-selectors',
      'prompt-injection',
      'medium',
      DESC_SELECTORS,
      at,
      i,
      readable ? `selectors: ${text.slice(0, 60)}` : `${bytes.length} selectors`,
    );
    if (readable) sink.rescan(text, at, i, 'selectors');
  }
  return i;
}

/**
 * Reads a run of zero-width characters at `at`. When the run uses exactly two of them, it is read
 * as bits, eight to a character, in both assignments; a readable one is rescanned.
 */
function zeroWidthRun(s: string, at: number, sink: FindingSink): number {
  let i = at;
  let a = -1;
  let b = -1;
  let kinds = 0;
  while (i < s.length && isZeroWidth(s.charCodeAt(i))) {
    const c = s.charCodeAt(i);
    if (c !== a && c !== b) {
      kinds++;
      if (a < 0) a = c;
      else if (b < 0) b = c;
    }
    i++;
  }
  const len = i - at;
  if (len < MIN_ZERO_WIDTH) return i;
  let decoded = '';
  if (kinds === 2 && len >= 16) {
    for (const one of [b, a]) {
      const bytes: number[] = [];
      for (let k = at; k + 8 <= i && bytes.length < MAX_DECODED; k += 8) {
        let v = 0;
        for (let j = 0; j < 8; j++) v = (v << 1) | (s.charCodeAt(k + j) === one ? 1 : 0);
        bytes.push(v);
      }
      const t = utf8(bytes);
      if (isMostlyText(t)) {
        decoded = t;
        break;
      }
    }
  }
  sink.report(
    'encoding.zero-width',
    'prompt-injection',
    'medium',
    DESC_ZERO_WIDTH,
    at,
    i,
    decoded.length > 0 ? `zero-width: ${decoded.slice(0, 60)}` : `${len} zero-width characters`,
  );
  if (decoded.length > 0) sink.rescan(decoded, at, i, 'zero-width');
  return i;
}

/** Lowercase words of `s` (letters, digits, `-`, `_`) and `:` marks, with their offsets. */
function words(s: string): { w: string[]; at: number[] } {
  const w: string[] = [];
  const at: number[] = [];
  const n = Math.min(s.length, MAX_DECODED);
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    const l = c | 0x20;
    if ((l >= 0x61 && l <= 0x7a) || (c >= 0x30 && c <= 0x39)) {
      const start = i;
      while (i < n) {
        const d = s.charCodeAt(i);
        const dl = d | 0x20;
        if ((dl >= 0x61 && dl <= 0x7a) || (d >= 0x30 && d <= 0x39) || d === 0x2d || d === 0x5f) i++;
        else break;
      }
      w.push(s.slice(start, i).toLowerCase());
      at.push(start);
      continue;
    }
    if (c === 0x3a || c === 0x2e || c === 0x3b) {
      w.push(c === 0x3a ? ':' : '.');
      at.push(i);
    }
    i++;
  }
  return { w, at };
}

/**
 * A decode word and a run word within a few words of each other, where what is run is the payload
 * itself (`decode this and run it`, `execute the following after decoding`, `follow the decoded
 * instructions`), not some other thing (`decode the token and run the tests`).
 */
function decodeAndRun(s: string, sink: FindingSink, severity: Severity): void {
  const { w, at } = words(s);
  const WINDOW = 10;
  // casts drop `undefined`: j and k are below w.length; lo and hi are word indices, and at has one offset per word
  for (let j = 0; j < w.length; j++) {
    const verb = w[j] as string;
    if (!RUN_WORDS.has(verb)) continue;
    if (negatedRun(w, j) || !runsPayload(w, j)) continue;
    let decodeAt = -1;
    for (let k = Math.max(0, j - WINDOW); k < Math.min(w.length, j + WINDOW + 1); k++) {
      if (k !== j && DECODE_WORDS.has(w[k] as string)) {
        decodeAt = k;
        break;
      }
    }
    if (decodeAt < 0) continue;
    const lo = Math.min(decodeAt, j);
    const hi = Math.max(decodeAt, j);
    const start = at[lo] as number;
    const end = (at[hi] as number) + (w[hi] as string).length;
    sink.report(
      'encoding.decode-and-execute',
      'remote-code-execution',
      severity,
      DESC_DECODE_RUN,
      start,
      end,
      s.slice(start, Math.min(end, start + 80)),
    );
    return;
  }
}

/** Words that deny the run verb right after them (`don't run it`, `do not execute`, `without running`). */
const RUN_DENIED: ReadonlySet<string> = new Set(['not', 'never', 'without', 'dont', 'no', 'nor']);
/** Contractions split at the apostrophe into their first part and `t` (`don't`, `shouldn't`). */
const DENIED_CONTRACTIONS: ReadonlySet<string> = new Set(['don', 'doesn', 'didn', 'won', 'shouldn', 'mustn', 'can']);

/** Whether the run verb at `j` is denied by the word or the contraction right before it. */
function negatedRun(w: string[], j: number): boolean {
  const a = w[j - 1];
  if (a === undefined) return false;
  if (RUN_DENIED.has(a)) return true;
  return a === 't' && DENIED_CONTRACTIONS.has(w[j - 2] ?? '');
}

/** Whether the run verb at `j` takes the payload as its object. */
function runsPayload(w: string[], j: number): boolean {
  // cast drops `undefined`: the caller passes a word index j < w.length
  const verb = w[j] as string;
  let k = j + 1;
  if (verb === 'pipe') {
    // `pipe it to sh`, `pipe the output into bash`
    // cast drops `undefined`: k < w.length
    for (; k < w.length && k < j + 6; k++) {
      const t = w[k] as string;
      if (t === 'sh' || t === 'bash' || t === 'zsh' || t === 'python' || t === 'powershell' || t === 'shell')
        return true;
    }
    return false;
  }
  if (verb === 'do') return w[k] === 'it' || w[k] === 'what' || w[k] === 'as' || w[k] === 'whatever';
  // `respond to it`, `answer it`: the payload is a prompt to obey.
  if ((verb === 'respond' || verb === 'reply' || verb === 'answer') && w[k] === 'to') k++;
  if (verb === 'carry' || verb === 'act') {
    const particle = w[k];
    if (particle !== 'out' && particle !== 'on' && particle !== 'upon') return false;
    k++;
  }
  // cast drops `undefined`: k < w.length (the obj read below too, past the return); w[k + 1] may be past the end, and NOT_RUN has no undefined
  while (k < w.length && k < j + 4 && RUN_FILLER.has(w[k] as string)) k++;
  if (k >= w.length) return true;
  const obj = w[k] as string;
  if (obj === '.' || obj === ':') return true;
  if (!RUN_OBJECTS.has(obj)) return false;
  return !NOT_RUN.has(w[k + 1] as string);
}
