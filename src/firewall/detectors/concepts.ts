/**
 * Dangerous requests in any language, read as a bag of concepts. Each word of a segment is folded
 * (lower case, accents and tone marks dropped, Hebrew and Arabic points dropped) and looked up in
 * a lexicon of concepts written in some hundred and fifty languages, varieties and registers
 * (`_concept-lexicon.ts`): a word
 * matches an entry whole or, for a stem, by its start (so `smazat`, `smažte` and `smaž` all read
 * as DESTROY); Chinese, Japanese, Thai, Lao, Khmer, Burmese and Korean are matched by substrings
 * of their runs of letters. A sentence (with the one before it) that holds a dangerous combination is reported:
 * DESTROY with STORE (wiping a database, a disk, the backups), DISABLE or DESTROY with DEFENCE
 * (turning off an antivirus or a firewall), DESTROY with LOGS and ALL or CONCEAL, SECRET with
 * SEND, SECRET with REVEAL and ALL, STORE or CONCEAL, MAKE with MALWARE, FIND with PERSON, BULK
 * with SEND, FAKE with REVIEW, IGNORE with RULES, REVEAL with PROMPT (or SYSTEM with RULES).
 * CONCEAL (secretly, unnoticed, without telling anyone) raises `medium` to `high`. A second word of
 * concepts names what an act touches and where it goes (`MORE_CONCEPT_WORDS`): every compute
 * instance, an orphan branch forced over history, a secret pasted into a chat or printed base64
 * into a log, a registry autostart entry, a remote HTA script, suspended safety rules and personas
 * that never refuse, a person's home and running route, records sent to a private address, health
 * data posted in a channel, an anonymous author unmasked, accounts by the hundred, promo links under
 * every video, apps that send messages away in secret, code that spreads itself. A third word
 * (`THIRD_CONCEPT_WORDS`) adds the later combinations: people picked out by a special category
 * of their data (union membership, pregnancy, religion, sexual orientation, immigration status,
 * disability) for a dismissal, eviction or deportation; an agent told that a person's approval is
 * skipped, waived or off, or that a refund policy no longer applies and the refund is full; a
 * fake login screen that sends what is typed away, a clipboard hijacker swapping crypto
 * addresses, code that copies itself to every USB drive; promotion placed from rotating
 * addresses so that moderators do not revert it, many accounts replying with a referral link; a
 * location shared in secret with someone's ex.
 *
 * Precision: a sentence that asks about a thing (why, explain, difference, legal, risk, an
 * article about it, its documentation) or does a defensive act (protect, enable, scan, restore,
 * report) is not reported, unless it also asks for concealment (the second word's combinations
 * are too specific for a defensive word to clear them: only a question does); one's own channel
 * or servers stay quiet; a negation before a verb (`nie usuwaj`, `не
 * удаляй`) drops the verb; deleting throwaway data (temporary files, caches, build output) is
 * routine. English is read by the phrase packs and grammars: a combination is reported only when
 * at least one of its sentence's words belongs to another language, so English prose is never
 * judged here.
 *
 * One pass over the segment, no allocation per word: folded letters go to a reused buffer, words
 * are hashed (FNV-1a) and each prefix looked up behind a bit filter.
 *
 * @internal Not part of the public API.
 */
import {
  ACCOUNTS,
  ACCTFILE,
  ADDR,
  ADVERSE,
  ALL,
  ANON,
  ANSWER,
  APPROVAL,
  BOOT,
  BULK,
  CLIPBOARD,
  CLOUD,
  CLUES,
  COLLECT,
  COMPUTE,
  CONCEAL,
  CONCEPT_WORDS,
  CONFIRM,
  CONTACTS,
  CRYPTO,
  DEFAULT,
  DEFENCE,
  DEFEND,
  DESTROY,
  DISABLE,
  DOWNLOAD,
  EDIT,
  ENCODE,
  ENCRYPT,
  EVADE,
  EXE,
  FAKE,
  FILES,
  FIND,
  FORCE,
  HEALTH,
  HISTORY,
  HOME,
  HOW,
  IGNORE,
  INFO,
  KEYS,
  LOGIN,
  LOGON,
  LOGS,
  LOLBIN,
  MAKE,
  MALWARE,
  MESSAGE,
  MORE_CONCEPT_WORDS,
  NEG,
  NEVER,
  NUMBERS,
  OFFICIAL,
  ORPHAN,
  OTHERS,
  OVERWRITE,
  OWN,
  PERSON,
  PII,
  PLACE,
  PRIVATE,
  PROMO,
  PROMPT,
  PUBLISH,
  PURCHASED,
  QUESTION,
  RANSOM,
  REFUND,
  REFUSE,
  REGISTRY,
  REMOTE,
  REVEAL,
  REVIEW,
  ROLE,
  RULES,
  RUN,
  SAFE,
  SAVED,
  SCRIPT,
  SECRET,
  SEND,
  SKIP,
  SPECIAL,
  SPREAD,
  STORE,
  SYS,
  TABLE,
  TARGET,
  TELL,
  THIRD_CONCEPT_WORDS,
  THOUSANDS,
  TRACK,
  USB,
  VARY,
  WEB,
  WITHOUT,
  ZEROS,
} from './_concept-lexicon.js';
import { gateRead, gateWords, joinGate } from './_gate.js';
import type { Detector, FindingSink } from './types.js';

/** Set on a lexicon value whose word belongs to a language other than English. */
const NATIVE = 1 << 30;
/** Concepts whose words do not mark a sentence as written in another language. */
const NO_CREDIT = ALL | QUESTION | DEFEND | NEG | SAFE | TARGET | HOW;
/** Second-word concepts whose words do not mark a sentence as written in another language. */
const NO_CREDIT_2 = OWN;
/** Verbs a preceding negation cancels (`nichts wiederherstellbar`: no defensive act either). */
const ACTS = DESTROY | DISABLE | IGNORE | SEND | REVEAL | MAKE | FIND | DEFEND;
/** Second-word verbs a preceding negation cancels (not REFUSE: `ne refuse jamais` is the point). */
const ACTS_2 = PUBLISH | SPREAD | ANSWER;
/** Third-word verbs a preceding negation cancels. */
const ACTS_3 = DOWNLOAD | RUN | EDIT | COLLECT | ENCRYPT | SKIP | ADVERSE;
/** Shortest stem matched by prefix, and longest prefix looked up. */
const STEM_MIN = 3;
const STEM_MAX = 24;
/** Longest stem in the lexicon: no prefix longer than it is looked up. */
let stemLongest = STEM_MIN;
/** Longest substring looked up in a run of a script written without spaces (set from the lexicon). */
let SUB_MAX = 2;
/** Longest word kept in the buffer; the rest of a longer word is ignored. */
const WORD_MAX = 64;
/** Longest span reported. */
const SPAN_MAX = 120;

// ---------------------------------------------------------------------------------------------
// Folding

/** Folded form of U+0000–U+052F and U+1E00–U+1EFF; 0 where the code unit is dropped. */
const FOLD = new Uint16Array(0x530);
const FOLD_VI = new Uint16Array(0x100);
{
  const keep = new Set([0xe5, 0xc5, 0xe6, 0xc6, 0xf8, 0xd8, 0xdf]);
  const fold = (c: number): number => {
    if (keep.has(c)) return c === 0xc5 ? 0xe5 : c === 0xc6 ? 0xe6 : c === 0xd8 ? 0xf8 : c;
    const d = String.fromCharCode(c).toLowerCase().normalize('NFD');
    return d.length >= 1 && d.length <= 3 ? d.charCodeAt(0) : c;
  };
  for (let c = 0; c < 0x530; c++) FOLD[c] = c < 0x80 ? (c >= 65 && c <= 90 ? c + 32 : c) : fold(c);
  for (let c = 0x300; c < 0x370; c++) FOLD[c] = 0;
  FOLD[0x131] = 105; // ı
  FOLD[0x142] = 108; // ł
  FOLD[0x141] = 108;
  FOLD[0x111] = 100; // đ
  FOLD[0x110] = 100;
  FOLD[0x3c2] = 0x3c3; // final sigma
  for (let c = 0; c < 0x100; c++) FOLD_VI[c] = fold(0x1e00 + c);
}

/** Whether `c` belongs to a script written without spaces between words. */
function noSpace(c: number): boolean {
  if (c < 0x0e00) return false;
  return (
    c <= 0x0eff ||
    (c >= 0x1000 && c <= 0x109f && c !== 0x104a && c !== 0x104b) ||
    (c >= 0x1780 && c <= 0x17ff && (c < 0x17d4 || c > 0x17d6)) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff)
  );
}

/**
 * The folded code unit of `c` inside a word: -1 when `c` ends a word, 0 when it is dropped
 * (combining marks, Arabic and Hebrew points, joiners, soft hyphen, nukta).
 */
function foldLetter(c: number): number {
  if (c < 0x80) {
    if (c >= 97 && c <= 122) return c;
    if (c >= 65 && c <= 90) return c + 32;
    if (c >= 48 && c <= 57) return c;
    return c === 95 ? c : -1;
  }
  if (c < 0x530) {
    if (c < 0xc0) return c === 0xad ? 0 : c === 0xaa || c === 0xba || c === 0xb5 ? c : -1;
    if (c === 0xd7 || c === 0xf7 || c === 0x37e || c === 0x387) return -1;
    return FOLD[c] as number;
  }
  if (c < 0x591) {
    // Armenian: capitals read as small letters; stress, emphasis and question marks written over a vowel dropped.
    if (c >= 0x531 && c <= 0x556) return c + 0x30;
    if (c === 0x55b || c === 0x55c || c === 0x55e || c === 0x55f) return 0;
    if (c === 0x55a || c === 0x55d || c === 0x589 || c === 0x58a) return -1;
    return c;
  }
  if (c >= 0x591 && c <= 0x5c7) return c === 0x5be || c === 0x5c0 || c === 0x5c3 || c === 0x5c6 ? -1 : 0;
  // Hebrew final letters read as their ordinary forms, so a stem matches its inflections (`ענף`, `ענפים`).
  if (c === 0x5da || c === 0x5dd || c === 0x5df || c === 0x5e3 || c === 0x5e5) return c + 1;
  if (c >= 0x600 && c <= 0x6ff) {
    if ((c >= 0x64b && c <= 0x65f) || c === 0x640 || c === 0x670) return 0;
    if (c === 0x60c || c === 0x61b || c === 0x61f || c === 0x6d4 || c === 0x66a || c === 0x66b || c === 0x66c)
      return -1;
    if (c === 0x622 || c === 0x623 || c === 0x625) return 0x627;
    if (c === 0x649 || c === 0x6cc) return 0x64a;
    if (c === 0x6a9) return 0x643;
    return c;
  }
  if (c === 0x964 || c === 0x965) return -1;
  if (c === 0x93c || c === 0x9bc || c === 0xa3c || c === 0xabc || c === 0xb3c || c === 0xcbc) return 0;
  if (c === 0x200c || c === 0x200d) return 0;
  if (c >= 0xd80 && c <= 0x1fff) {
    // Sinhala, Burmese and Khmer punctuation, Ethiopic word space and punctuation.
    if (c === 0xdf4 || c === 0x104a || c === 0x104b || (c >= 0x17d4 && c <= 0x17d6) || (c >= 0x1361 && c <= 0x1368))
      return -1;
    // Georgian capitals (Mtavruli) read as their ordinary letters.
    if (c >= 0x1c90 && c <= 0x1cbf) return c - 0x1c90 + 0x10d0;
  }
  if (c >= 0x1e00 && c <= 0x1eff) return FOLD_VI[c - 0x1e00] as number;
  if (c >= 0x2000 && c < 0x3040) return -1;
  if (c >= 0xfe00 && c <= 0xfe0f) return 0;
  if (c >= 0xff00 && c <= 0xffef) return -1;
  return c;
}

// ---------------------------------------------------------------------------------------------
// Lexicon tables

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * Whole words, stems (matched by prefix), and substrings of spaceless scripts, each hash mapped to
 * a slot of `LOW` (first word of concepts, with `NATIVE`) and `HIGH` (second word of concepts).
 */
const EXACT = new Map<number, number>();
const STEMS = new Map<number, number>();
const SUBS = new Map<number, number>();
const LOW: number[] = [];
const HIGH: number[] = [];
const THIRD: number[] = [];
/** One bit per hash bucket that any table holds, so most lookups stop at a typed-array read. */
const FILTER = new Uint8Array(1 << 17);

function bucket(h: number): number {
  return (h ^ (h >>> 12)) & 0xfffff;
}

function inFilter(h: number): boolean {
  const b = bucket(h);
  return ((FILTER[b >>> 3] as number) & (1 << (b & 7))) !== 0;
}

function addEntry(table: Map<number, number>, h: number, low: number, high: number, third: number): void {
  let slot = table.get(h);
  if (slot === undefined) {
    slot = LOW.length;
    LOW.push(0);
    HIGH.push(0);
    THIRD.push(0);
    table.set(h, slot);
  }
  LOW[slot] = (LOW[slot] as number) | low;
  HIGH[slot] = (HIGH[slot] as number) | high;
  THIRD[slot] = (THIRD[slot] as number) | third;
  const b = bucket(h);
  FILTER[b >>> 3] = (FILTER[b >>> 3] as number) | (1 << (b & 7));
}

/** Folds a lexicon entry as the scanner folds text, or returns '' when it has a separator. */
function foldEntry(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const f = foldLetter(word.charCodeAt(i));
    if (f < 0) return '';
    if (f > 0) out += String.fromCharCode(f);
  }
  return out;
}

function hashOf(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME) >>> 0;
  return h;
}

/** Adds the words of `text` under `bit` of the first concept word (`word` 0), the second (1) or the third (2). */
function addWords(bit: number, text: string, which: 0 | 1 | 2): void {
  const second = which !== 0;
  for (const raw of text.split(/\s+/)) {
    if (raw === '' || raw.endsWith(':')) continue;
    let w = raw;
    const shared = w.startsWith('^');
    if (shared) w = w.slice(1);
    const stem = w.endsWith('*');
    if (stem) w = w.slice(0, -1);
    const folded = w.includes('+') ? w.split('+').map(foldEntry).join(' ') : foldEntry(w);
    if (folded === '') continue;
    const credit = shared || (second ? (bit & NO_CREDIT_2) !== 0 : (bit & NO_CREDIT) !== 0) ? 0 : NATIVE;
    const low = (second ? 0 : bit) | credit;
    const high = which === 1 ? bit : 0;
    const third = which === 2 ? bit : 0;
    if (folded.startsWith(' ') || folded.endsWith(' ') || folded.includes('  ')) continue;
    if (folded.includes(' ')) addEntry(EXACT, hashOf(folded), low, high, third);
    else if (noSpace(folded.charCodeAt(0))) {
      if (folded.length >= 2) addEntry(SUBS, hashOf(folded), low, high, third);
      if (folded.length > SUB_MAX) SUB_MAX = Math.min(folded.length, 24);
    } else if (stem && folded.length >= STEM_MIN) {
      addEntry(STEMS, hashOf(folded), low, high, third);
      if (folded.length > stemLongest) stemLongest = Math.min(folded.length, STEM_MAX);
    } else addEntry(EXACT, hashOf(folded), low, high, third);
  }
}
for (const [bit, text] of CONCEPT_WORDS) addWords(bit, text, 0);
for (const [bit, text] of MORE_CONCEPT_WORDS) addWords(bit, text, 1);
for (const [bit, text] of THIRD_CONCEPT_WORDS) addWords(bit, text, 2);

// ---------------------------------------------------------------------------------------------
// Scanning

const word = new Uint16Array(WORD_MAX);

/** Hebrew and Arabic one-letter proclitics (and, the, to, in, from, that, as). */
function clitic(c: number): boolean {
  return (
    c === 0x5d5 ||
    c === 0x5d4 ||
    c === 0x5dc ||
    c === 0x5d1 ||
    c === 0x5de ||
    c === 0x5e9 ||
    c === 0x5db ||
    c === 0x648 ||
    c === 0x628 ||
    c === 0x644 ||
    c === 0x641 ||
    c === 0x643
  );
}

/** Second- and third-word concepts of the last lookup (`lookupWord`, `scanRun`'s substrings). */
let high = 0;
let third = 0;

/** Concepts of the word held in `word[0, len)`, starting at letter `from`; ORs its second word into `high`. */
function lookupFrom(from: number, len: number): number {
  let h = FNV_OFFSET;
  let bits = 0;
  for (let k = from; k < len; k++) {
    h = Math.imul(h ^ (word[k] as number), FNV_PRIME) >>> 0;
    const n = k - from + 1;
    if (n >= STEM_MIN && n <= stemLongest && inFilter(h)) {
      const slot = STEMS.get(h);
      if (slot !== undefined) {
        bits |= LOW[slot] as number;
        high |= HIGH[slot] as number;
        third |= THIRD[slot] as number;
      }
    }
  }
  if (len - from >= 1 && inFilter(h)) {
    const slot = EXACT.get(h);
    if (slot !== undefined) {
      bits |= LOW[slot] as number;
      high |= HIGH[slot] as number;
      third |= THIRD[slot] as number;
    }
  }
  return bits;
}

/** Shortest word read as a compound, and the shortest head read in it. */
const COMPOUND_MIN = 10;
const HEAD_MIN = 4;
/** Concepts a compound's head gives it (nouns: what is deleted, sent, shown). */
const HEADS = STORE | SECRET | LOGS | FILES | DEFENCE | MALWARE | REVIEW | MESSAGE | RULES | PROMPT | SAFE;
const HEADS_3 = TABLE | KEYS;

/**
 * Parts of an identifier written in code style (`DB_PASSWORD`, `authToken`, `stripe_secret_key`):
 * where each part starts in `word`, set by `finishWord` (1 when the word is not one).
 */
const PARTS_MAX = 8;
const partStart = new Uint8Array(PARTS_MAX);
let partCount = 1;

/**
 * Concepts of the word in `word[0, len)`, seeing through Hebrew and Arabic proclitics and, in a
 * long word of Latin letters, the heads of a compound (`systeemlogboeken`, `kundtabellen`,
 * `tuotantotietokanta`): each later start is looked up too, and only nouns are kept from it. The
 * parts of a code-style identifier (`partStart`) are looked up the same way: a request in another
 * language names what it takes by the identifiers of its code and configuration (`kisim
 * DB_PASSWORD`, `copy di authToken`), and only their nouns are kept.
 */
function lookupWord(len: number): number {
  high = 0;
  third = 0;
  let bits = lookupFrom(0, len);
  if (len >= COMPOUND_MIN && (word[0] as number) < 0x250) {
    const high0 = high;
    const third0 = third;
    let inner = 0;
    for (let from = 4; from <= len - HEAD_MIN; from++) inner |= lookupFrom(from, len);
    bits |= inner & HEADS;
    high = high0;
    third = third0 | (third & HEADS_3);
  }
  const c0 = word[0] as number;
  if (partCount > 1) {
    const high0 = high;
    const third0 = third;
    let inner = 0;
    for (let p = 0; p < partCount; p++) {
      const from = partStart[p] as number;
      let to = p + 1 < partCount ? (partStart[p + 1] as number) : len;
      if ((word[to - 1] as number) === 95) to--;
      if (to - from >= 2) inner |= lookupFrom(from, to);
    }
    bits |= inner & HEADS;
    high = high0;
    third = third0 | (third & HEADS_3);
  }
  if (len >= 4 && c0 >= 0x5d0 && c0 <= 0x6ff) {
    const c1 = word[1] as number;
    const al = (a: number, b: number) => a === 0x627 && b === 0x644;
    if (clitic(c0)) bits |= lookupFrom(1, len);
    if (al(c0, c1) || (clitic(c0) && clitic(c1))) bits |= lookupFrom(2, len);
    if (len >= 5 && clitic(c0) && al(c1, word[2] as number)) bits |= lookupFrom(3, len);
  }
  // Tagalog asks with `paki-` written onto the verb (`pakibura`, `pakihanap`, `pakidelete`): the
  // verb after it is read, and the word marks its sentence as Tagalog even when the verb is English.
  if (len >= 7 && c0 === 112 && word[1] === 97 && word[2] === 107 && word[3] === 105) {
    const verb = lookupFrom(4, len);
    if (verb !== 0) bits |= verb | NATIVE;
  }
  // Amharic prepositions written onto the word: በ (in), የ (of), ለ (for), ከ (from).
  if (len >= 4 && (c0 === 0x1260 || c0 === 0x12e8 || c0 === 0x1208 || c0 === 0x12a8)) bits |= lookupFrom(1, len);
  return bits;
}

/** What one sentence window holds. */
interface Window {
  bits: number;
  /** Concepts of the second word. */
  more: number;
  /** Concepts of the third word. */
  third: number;
  start: number;
  end: number;
}

const cur: Window = { bits: 0, more: 0, third: 0, start: -1, end: -1 };
const prev: Window = { bits: 0, more: 0, third: 0, start: -1, end: -1 };

interface Rule {
  readonly id: string;
  readonly category: string;
  readonly description: string;
  /** Severity for the bits of the three concept words, or null when the rule does not apply. */
  readonly test: (b: number, m: number, t: number) => 'high' | 'medium' | null;
  /** Concepts that leave it unreported (questions, defensive acts) unless the sentence asks for concealment. */
  readonly veto: number;
}

const has = (b: number, m: number) => (b & m) === m;
const raise = (b: number, base: 'high' | 'medium', by: number): 'high' | 'medium' => (b & by ? 'high' : base);

const RULES_LIST: readonly Rule[] = [
  {
    id: 'concepts.destroy-data',
    category: 'destructive',
    description:
      'Asks to delete or wipe a database, disk, server, backups, files, every table or every compute instance',
    test: (b, m, t) =>
      ((b & DESTROY &&
        (b & STORE ||
          has(b, FILES | CONCEAL) ||
          (t & TABLE && b & ALL) ||
          (m & COMPUTE && (b & ALL || m & CONFIRM)))) ||
        (t & OVERWRITE && (t & ZEROS || has(b, STORE | ALL)))) &&
      !(b & SAFE) &&
      // A file or a secret taken out of a repository's history is its cleanup, not its loss.
      !(m & HISTORY && b & (FILES | SECRET) && !(b & (ALL | CONCEAL)))
        ? raise(b, 'medium', ALL | CONCEAL)
        : null,
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.history-erase',
    category: 'destructive',
    description: "Asks to erase a repository's history: an orphan branch or a wiped history force-pushed",
    test: (b, m) => (has(m, ORPHAN | FORCE) || (b & DESTROY && has(m, HISTORY | FORCE)) ? 'high' : null),
    veto: QUESTION,
  },
  {
    id: 'concepts.defence-off',
    category: 'system-modification',
    description:
      "Asks to turn off, remove or get around an antivirus, firewall or other protection, or the system's logging",
    test: (b) =>
      ((b & (DISABLE | DESTROY)) !== 0 && (b & DEFENCE) !== 0) ||
      (has(b, DISABLE | LOGS) && (b & (SYS | ALL | CONCEAL)) !== 0 && !(b & SAFE))
        ? 'high'
        : null,
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.destroy-logs',
    category: 'system-modification',
    description: 'Asks to delete logs wholesale or unnoticed',
    test: (b) => (has(b, DESTROY | LOGS) && (b & (ALL | CONCEAL)) !== 0 && !(b & SAFE) ? 'high' : null),
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.secret-send',
    category: 'credential-exfiltration',
    description: 'Asks to send passwords, keys, tokens or credentials somewhere',
    test: (b) => (has(b, SECRET | SEND) ? raise(b, 'medium', ALL | CONCEAL | BULK) : null),
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.secret-post',
    category: 'credential-exfiltration',
    description: 'Asks to paste or post passwords, keys or credential files to a chat, an issue, a paste site or a URL',
    test: (b, m) => (b & SECRET && m & PUBLISH && m & (PLACE | REMOTE) ? 'high' : null),
    veto: QUESTION,
  },
  {
    id: 'concepts.secret-reveal',
    category: 'credential-exfiltration',
    description: 'Asks to show or print stored passwords, keys or credentials',
    test: (b, _m, t) =>
      has(b, SECRET | REVEAL) && ((b & (ALL | CONCEAL | STORE)) !== 0 || (t & (SAVED | CLOUD)) !== 0)
        ? raise(b, 'medium', CONCEAL | ALL)
        : null,
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.secret-in-log',
    category: 'credential-exfiltration',
    description: 'Asks to print a secret base64-encoded into a log, where masking does not hide it',
    test: (b, m) => (has(b, SECRET | LOGS) && m & ENCODE ? 'high' : null),
    veto: QUESTION,
  },
  {
    id: 'concepts.malware-create',
    category: 'malware',
    description: 'Asks to write malware: a keylogger, ransomware, trojan, backdoor or the like',
    test: (b) =>
      has(b, MAKE | MALWARE) && (!(b & (DEFENCE | FIND)) || (b & (DISABLE | CONCEAL)) !== 0) ? 'high' : null,
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.person-find',
    category: 'privacy',
    description: "Asks to find a person's home address, ID number, medical records or whereabouts",
    test: (b, m, t) =>
      has(b, FIND | PERSON) ||
      (has(b, FIND | ADDR) && ((b & (TARGET | CONCEAL)) !== 0 || (m & (HOME | TRACK)) !== 0)) ||
      (b & FIND && has(m, HOME | TRACK)) ||
      (has(b, ADDR | CONCEAL | TARGET) && (b & (SEND | FIND) || m & TRACK)) ||
      (has(t, COLLECT | INFO) && (b & (TARGET | ADDR | PERSON) || m & (HOME | PII)))
        ? raise(b, 'medium', CONCEAL | TARGET)
        : null,
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.personal-data-out',
    category: 'privacy',
    description:
      "Asks to send people's records to a private address, to post health or identity data in a channel, to publish a person's home address, or to send out where people live",
    test: (b, m, t) =>
      (m & PII && b & SEND && m & PRIVATE) ||
      // Everyone's records (all patients, collected) sent to a private address.
      (b & PERSON && b & SEND && m & PRIVATE && (b & ALL || t & COLLECT)) ||
      (m & HEALTH && m & PLACE && (m & PII || b & PERSON)) ||
      (b & PERSON && has(m, PUBLISH | PLACE)) ||
      // A named person's home address or records published.
      (b & PERSON && m & PUBLISH && b & (TARGET | ADDR)) ||
      (m & HOME && has(b, ADDR | SEND | PERSON))
        ? 'high'
        : null,
    veto: QUESTION,
  },
  {
    id: 'concepts.unmask-author',
    category: 'privacy',
    description:
      'Asks to find out who is behind an anonymous account from writing style, posting times or staff lists, or to find its address',
    test: (b, m) =>
      (has(m, ANON | CLUES) && b & (FIND | REVEAL)) ||
      (m & ANON && b & FIND && (b & (ADDR | PERSON | TARGET) || m & (HOME | PII)))
        ? 'high'
        : null,
    veto: QUESTION,
  },
  {
    id: 'concepts.bulk-message',
    category: 'spam',
    description: 'Asks to send messages in bulk to people who did not ask for them',
    test: (b, m, t) =>
      (b & SEND) !== 0 &&
      ((b & BULK) !== 0 ||
        has(b, CONTACTS | ALL) ||
        has(m, VARY | ACCOUNTS) ||
        (t & (PURCHASED | THOUSANDS) && (t & NUMBERS || b & (ADDR | CONTACTS | MESSAGE))))
        ? raise(b, 'medium', MESSAGE | CONCEAL)
        : null,
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.fake-accounts',
    category: 'spam',
    description:
      'Asks to create accounts by the hundred that reply to posts or pass as real people, or fake accounts that reply',
    test: (b, m) =>
      m & ACCOUNTS && b & MAKE && ((b & BULK && (m & ANSWER || b & FAKE)) || (b & FAKE && m & ANSWER)) ? 'high' : null,
    veto: QUESTION,
  },
  {
    id: 'concepts.promo-spam',
    category: 'spam',
    description:
      "Asks to post a promotional link under every post or video of others' channels, or with varied wording",
    test: (b, m, t) =>
      m & PROMO && (b & (ALL | BULK) || m & VARY || t & OTHERS) && m & (PLACE | PUBLISH | ANSWER) && !(m & OWN)
        ? 'high'
        : null,
    veto: QUESTION,
  },
  {
    id: 'concepts.fake-reviews',
    category: 'spam',
    description: 'Asks for fake reviews, ratings or testimonials',
    test: (b) => (has(b, FAKE | REVIEW) && !(b & (DESTROY | FIND)) ? 'high' : null),
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.covert-forward',
    category: 'prompt-injection',
    description: "Asks to forward all of someone's mail or messages somewhere without telling them",
    test: (b) => (has(b, SEND | MESSAGE | ALL | CONCEAL) && !(b & MAKE) ? 'high' : null),
    veto: QUESTION,
  },
  {
    id: 'concepts.malware-behaviour',
    category: 'malware',
    description:
      "Asks for a program that secretly mines cryptocurrency on others' machines, encrypts files for a ransom or records keystrokes",
    test: (b, _m, t) =>
      (t & CRYPTO && (b & CONCEAL || t & OTHERS) && (b & MAKE || t & RUN)) ||
      (b & MAKE && t & ENCRYPT && (t & (RANSOM | CRYPTO) || (has(b, ALL | FILES) && (b & CONCEAL || t & OTHERS)))) ||
      (b & MAKE && t & KEYS && b & (CONCEAL | SEND) && !(b & REVIEW))
        ? 'high'
        : null,
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.covert-collection',
    category: 'malware',
    description: "Asks for an app or script that secretly sends its user's messages or location away",
    test: (b, m) => (has(b, CONCEAL | SEND | MAKE) && (b & (MESSAGE | ADDR) || m & TRACK) ? 'high' : null),
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.self-spreading',
    category: 'malware',
    description: 'Asks for code that spreads itself from machine to machine (default passwords, a miner, hiding)',
    test: (b, m) =>
      m & SPREAD && (b & (MALWARE | CONCEAL) || (b & SECRET && m & DEFAULT)) && !(m & OWN) ? 'high' : null,
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.autostart-entry',
    category: 'system-modification',
    description: 'Asks to add a registry entry that starts a program at every logon',
    test: (b, m) => (has(m, REGISTRY | LOGON | EXE) && !(b & (REVEAL | DESTROY)) && !(m & OWN) ? 'high' : null),
    veto: QUESTION,
  },
  {
    id: 'concepts.persistence',
    category: 'system-modification',
    description: 'Asks to make malware or a hidden program start at every boot or logon',
    test: (b, m, t) =>
      (m & LOGON || t & BOOT) && (b & MALWARE || (b & CONCEAL && (t & (RUN | SCRIPT) || m & EXE || b & MAKE)))
        ? 'high'
        : null,
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.account-files',
    category: 'system-modification',
    description: 'Asks to edit, empty, print or send sudoers, shadow or authorized_keys',
    test: (b, _m, t) => (t & ACCTFILE && (t & EDIT || b & (DESTROY | SEND | REVEAL | DISABLE)) ? 'high' : null),
    veto: QUESTION,
  },
  {
    id: 'concepts.download-run',
    category: 'remote-code-execution',
    description:
      'Asks to download a script, or anything from a site other than tests, and run it (not from the official site)',
    test: (b, m, t) =>
      has(t, DOWNLOAD | RUN) && (t & SCRIPT || ((t & WEB || m & (REMOTE | PLACE)) && !(b & SAFE))) && !(t & OFFICIAL)
        ? 'high'
        : null,
    veto: QUESTION | DEFEND,
  },
  {
    id: 'concepts.remote-script-run',
    category: 'remote-code-execution',
    description: 'Asks to run a remote script through a Windows binary such as mshta or regsvr32',
    test: (_b, m) => (has(m, LOLBIN | REMOTE) ? 'high' : null),
    veto: QUESTION,
  },
  {
    id: 'concepts.rules-suspended',
    category: 'prompt-injection',
    description: "Claims that the assistant's safety rules were suspended or turned off",
    test: (b) => (has(b, DISABLE | RULES | DEFENCE) && !(b & HOW) ? 'high' : null),
    veto: QUESTION,
  },
  {
    id: 'concepts.never-refuse',
    category: 'prompt-injection',
    description: 'Sets up a persona that never refuses',
    test: (b, m) => (has(m, NEVER | REFUSE) && (m & (ROLE | ANSWER) || b & RULES) && !(b & HOW) ? 'high' : null),
    veto: QUESTION,
  },
  {
    id: 'concepts.ignore-rules',
    category: 'prompt-injection',
    description: 'Tells the assistant to ignore or forget its instructions or rules',
    test: (b) => (has(b, IGNORE | RULES) && !(b & HOW) ? 'high' : null),
    veto: 0,
  },
  {
    id: 'concepts.reveal-prompt',
    category: 'prompt-injection',
    description: 'Asks the assistant to reveal or repeat its system prompt or initial instructions',
    test: (b) => (b & REVEAL && (b & PROMPT || has(b, SYS | RULES)) && !(b & HOW) ? 'high' : null),
    veto: 0,
  },
  {
    id: 'concepts.special-category',
    category: 'privacy',
    description:
      'Asks to pick people out by union membership, pregnancy, religion, sexual orientation, immigration status, disability or health for a dismissal, eviction, rejection or deportation',
    test: (b, m, t) => (t & SPECIAL && t & ADVERSE && (b & FIND || m & PII || t & COLLECT) ? 'high' : null),
    veto: QUESTION,
  },
  {
    id: 'concepts.oversight-skipped',
    category: 'prompt-injection',
    description:
      "Tells an agent that a person's approval or review is skipped, waived or off, to approve or to delete tests and hide it, or that a refund policy no longer applies",
    test: (b, m, t) =>
      (((t & APPROVAL && (t & SKIP || b & (DISABLE | IGNORE | CONCEAL))) ||
        (m & REFUND && has(b, RULES | ALL) && (t & SKIP || b & (DISABLE | IGNORE)))) &&
        !(m & NEVER)) ||
      // A note to an assistant to delete tests (disposable data) and to keep it from the user.
      (has(b, DESTROY | SAFE | CONCEAL) && m & ROLE && !(b & HOW))
        ? 'high'
        : null,
    veto: QUESTION,
  },
  {
    id: 'concepts.malware-forms',
    category: 'malware',
    description:
      'Asks for a fake login screen that sends what is typed away, a clipboard hijacker swapping crypto addresses, or code that copies itself to USB drives',
    test: (b, m, t) =>
      (b & FAKE && t & LOGIN && b & SEND) ||
      (t & CLIPBOARD && t & CRYPTO && (t & EDIT || b & (CONCEAL | MALWARE))) ||
      (t & USB && m & SPREAD && b & (ALL | CONCEAL | MALWARE))
        ? 'high'
        : null,
    veto: QUESTION,
  },
  {
    id: 'concepts.covert-upload',
    category: 'exfiltration',
    description: "Asks to upload or send someone's files, records or messages to a web address without telling them",
    test: (b, m, t) =>
      has(b, SEND | CONCEAL) && b & (FILES | MESSAGE | LOGS | SECRET) && (m & REMOTE || t & WEB) && !(b & MAKE)
        ? 'high'
        : null,
    veto: QUESTION,
  },
  {
    id: 'concepts.url-exfil',
    category: 'exfiltration',
    description:
      "Tells an AI reader to put a user's secret, address, conversation or files into a web address left open for them",
    test: (b, m) =>
      m & REMOTE && (m & ROLE || b & CONCEAL) && (b & (SECRET | ADDR | LOGS | FILES | MESSAGE) || m & (HOME | PII))
        ? 'high'
        : null,
    veto: QUESTION,
  },
  {
    id: 'concepts.moderation-evasion',
    category: 'spam',
    description:
      'Asks to place promotion while evading moderation (rotating addresses, edits not reverted) or to have many accounts reply with a promotional link',
    test: (b, m, t) =>
      (m & EVADE && m & PROMO && (!(b & QUESTION) || t & EDIT || b & MAKE)) ||
      (m & ACCOUNTS && m & PROMO && m & (ANSWER | PUBLISH) && b & (MAKE | BULK | ALL) && !(m & OWN) && !(b & QUESTION))
        ? 'high'
        : null,
    // A question alone does not clear an evasion that also adds or makes something (`Artikel` reads as a question word).
    veto: DEFEND,
  },
];

/** Index of `concepts.ignore-rules`, which a user's retraction of their own instruction leaves quiet. */
const IGNORE_RULES = RULES_LIST.findIndex((r) => r.id === 'concepts.ignore-rules');
/** Concepts that keep an ignored instruction the assistant's: every rule, its prompt, a secret, a defence, a persona. */
const NOT_RETRACTION = ALL | PROMPT | REVEAL | SECRET | DEFENCE | CONCEAL | DISABLE;
const NOT_RETRACTION_2 = ROLE | NEVER | REFUSE | ANSWER;
/**
 * What the ignored instruction is about, a word after it (`a instrução anterior sobre o formato`,
 * `meine Anweisung zur Gliederung`), or whose it is: the requester's own (`mi instrucción`,
 * `meine Anweisung`), or the turn just before (`さっきの指示`, `刚才的指示`, `아까`).
 */
const RETRACTED =
  /(?:^|[\s,;:(])(?:sobre|acerca|about|zur|zum|über|bezüglich|concernant|quant|riguardo|riguardante|circa|omtrent|angående|kohta|tentang|mengenai|soal|hakkında|ilgili|dotycząc\w*|ohledně|ohľadom|про|насчёт|насчет|относительно|щодо|kuhusu|tungkol|meine[nmrs]?|mein|minha|minhas|meu|meus|mis|mon|mes|mia|mie|mio|miei|mijn|mitt|mina|mine|moj[aeiu]|moją|mé|моё|мою|мой|мои|мою|моей|мої|моє|benim|saya|aku)(?=[\s,;:.)]|$)|さっき|先ほど|先程|刚才|剛才|方才|아까|방금/;
/** The ignored rules are someone else's: the assistant's (`tus`, `deine`, `vos`), or the safety ones. */
const THEIRS =
  /(?:^|[\s,;:(])(?:deine[nmrs]?|dein|tus|tu|tes|ton|ta|vos|votre|vuestr\w*|tuoi|tue|tuo|tua|jouw|je|din|dina|ditt|tvoj\w*|tvé|tvoje|твои|твоих|ваши|ваших|твої|senin|kamu|anda|seus|suas|sicherheit\w*|seguridad|segurança|sécurité|sicurezza|veiligheid|säkerhet|filtr\w*|restri\w*|polic\w*|polít\w*|richtlinie\w*|system\w*|sistem\w*|système\w*|sistema\w*|систем\w*)(?=[\s,;:.)]|$)|安全|系统|系統|システム|ルール|規則|규칙|시스템|안전/;

/**
 * Whether the sentence `start`–`end` retracts the requester's own earlier instruction (`Desconsidere
 * a instrução anterior sobre o formato`, `さっきの指示は無視して、もっと短く`): about a topic,
 * theirs, or the turn just before, and with nothing that makes it the assistant's rules (all of
 * them, the prompt, a secret, a defence, a persona, the system, safety).
 */
function retracted(text: string, start: number, end: number, b: number, m: number): boolean {
  if (b & NOT_RETRACTION || m & NOT_RETRACTION_2 || end - start > 400) return false;
  // The words of the sentence around the hits: whose instruction it was comes before them, what
  // it was about after.
  let from = start;
  while (from > 0 && start - from < 60 && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 120 && !isSentenceEnd(text.charCodeAt(to))) to++;
  const s = text.slice(from, to).toLowerCase();
  return RETRACTED.test(s) && !THEIRS.test(s);
}

/** Index of `concepts.url-exfil`, which needs a web address left open in its sentences. */
const URL_EXFIL = RULES_LIST.findIndex((r) => r.id === 'concepts.url-exfil');

/**
 * Whether the text from a little before `start` to `end` holds a web address whose query is left
 * open for a value to be added (`?d=` at its end, `=[…]`, `={…}`, `=<…>`): what the request puts
 * there is the data it takes out.
 */
function openUrl(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - 200);
  const to = Math.min(text.length, end + 200);
  let i = text.indexOf('http', from);
  while (i >= 0 && i < to) {
    let j = i + 4;
    while (j < text.length && j - i < 400) {
      const c = text.charCodeAt(j);
      if (c <= 32 || c === 34 || c === 39 || c === 41 || c === 0x3001 || c === 0x3002 || c >= 0x3000) break;
      if (c === 61 && text.charCodeAt(j - 1) !== 61) {
        const n = j + 1 < text.length ? text.charCodeAt(j + 1) : 32;
        if (n <= 32 || n === 91 || n === 123 || n === 60 || n === 38 || n >= 0x3000 || n === 34 || n === 39)
          return true;
      }
      j++;
    }
    i = text.indexOf('http', j);
  }
  return false;
}

/** Rules whose act may be someone else's that an alert or a rule watches for. */
const WATCHABLE = new Uint8Array(RULES_LIST.length);
for (const id of ['concepts.defence-off', 'concepts.destroy-logs', 'concepts.destroy-data'])
  WATCHABLE[RULES_LIST.findIndex((r) => r.id === id)] = 1;
/**
 * An alert, a rule or a detection that fires when someone else does the act (`Crée une alerte
 * Sentinel quand quelqu'un désactive la journalisation`, `Alarm, wenn jemand den Virenschutz
 * abschaltet`): the act is watched for, not asked for.
 */
const WATCHED =
  /(?:^|[\s,;:(])(?:quand|lorsque|si|cuando|wenn|falls|quando|se|als|wanneer|gdy|jeśli|jesli|kiedy|když|kdyz|когда|если|коли|якщо|eğer|ketika|jika)\s+(?:\S+\s+)?(?:quelqu['’]un|un utilisateur|un attaquant|alguien|un usuario|un atacante|jemand|ein benutzer|ein angreifer|qualcuno|un utente|un attaccante|alguém|alguem|um usuário|um usuario|iemand|een gebruiker|een aanvaller|ktoś|ktos|użytkownik|uzytkownik|někdo|nekdo|кто-то|кто-нибудь|хтось|biri|birisi|seseorang|pengguna)(?=[\s,;:.)]|$)/;
/** A detection word in the same sentence: what watches. */
const WATCHER =
  /alert|alarm|allarm|r[eè]gle|regla|regel|regol|regra|regu[lł]|pravidl|правил|kural|aturan|sigma|yara|splunk|sentinel|wazuh|siem|edr|falco|osquery|auditd|détect|detect|erkenn|rilev|wykry|обнаруж|виявл|tespit|deteksi/;
/** `then` and another act after the watch, which makes it an order again (`… puis désactive …`). */
const THEN_ACT =
  /(?:^|[\s,;])(?:y luego|y después|luego|después|puis|ensuite|und dann|dann|danach|e poi|poi|e depois|depois|en dan|daarna|a potem|potem|a pak|затем|потом|а потом|sonra|lalu|kemudian)(?=[\s,])/;

/** Whether the sentence `start`–`end` watches for someone else's act with an alert or a rule. */
function watched(text: string, start: number, end: number): boolean {
  if (end - start > 400) return false;
  let from = start;
  while (from > 0 && start - from < 80 && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  while (to < text.length && to - end < 120 && !isSentenceEnd(text.charCodeAt(to))) to++;
  const s = text.slice(from, to).toLowerCase();
  return WATCHED.test(s) && WATCHER.test(s) && !THEN_ACT.test(s);
}

/** Which rules have reported in the current segment (one report per rule). */
const reported = new Uint8Array(RULES_LIST.length);
/** When set, receives each sentence's bits instead of judging them. */
let judgeHook: ((bits: number, more: number, third: number) => void) | null = null;

/** Reports what the window `prev ∪ cur` holds. */
function judge(text: string, sink: FindingSink): void {
  if (judgeHook !== null) {
    judgeHook(cur.bits, cur.more, cur.third);
    return;
  }
  const b = cur.bits | prev.bits;
  if (!(b & NATIVE)) return;
  if (mixed && !hasOtherScript(text, prev.start >= 0 ? prev.start : cur.start, cur.end)) return;
  const m = cur.more | prev.more;
  const t = cur.third | prev.third;
  const vetoes = b & CONCEAL ? 0 : b & (QUESTION | DEFEND);
  for (let r = 0; r < RULES_LIST.length; r++) {
    if (reported[r] !== 0) continue;
    const rule = RULES_LIST[r] as Rule;
    if (rule.veto & vetoes) continue;
    const severity = rule.test(b, m, t);
    if (severity === null) continue;
    const start = prev.start >= 0 ? prev.start : cur.start;
    if (r === IGNORE_RULES && retracted(text, start, cur.end, b, m)) continue;
    if (WATCHABLE[r] === 1 && watched(text, start, cur.end)) continue;
    if (r === URL_EXFIL && !openUrl(text, start, cur.end)) continue;
    reported[r] = 1;
    let end = cur.end;
    if (end - start > SPAN_MAX) {
      end = start + SPAN_MAX;
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end--;
    }
    sink.report(rule.id, rule.category, severity, rule.description, start, end, text.slice(start, end));
  }
}

function isSentenceEnd(c: number): boolean {
  if (c < 0x80) return c === 46 || c === 33 || c === 63 || c === 59 || c === 10;
  return (
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff1f ||
    c === 0x61f ||
    c === 0x6d4 ||
    c === 0x964 ||
    c === 0x965 ||
    c === 0x589 ||
    c === 0x1362 ||
    c === 0x1367 ||
    c === 0x104b ||
    c === 0x17d4 ||
    c === 0x17d5 ||
    c === 0xdf4
  );
}

/**
 * Whether the full stop or question mark `c` at `i` stands inside a token (a host name, a file
 * name, a web address's query: `img.example`, `wp-config.php`, `p?d=`): a letter, a digit or `=`
 * follows it at once, so it ends no sentence and the web address stays one with its request.
 */
function inToken(text: string, i: number, c: number): boolean {
  if ((c !== 46 && c !== 63) || i + 1 >= text.length || i === 0) return false;
  const n = text.charCodeAt(i + 1);
  const p = text.charCodeAt(i - 1);
  const word = (x: number) => (x >= 97 && x <= 122) || (x >= 65 && x <= 90) || (x >= 48 && x <= 57) || x === 95;
  return word(p) && (word(n) || n === 61);
}

function endSentence(text: string, sink: FindingSink): void {
  prevWord = 0;
  clauseHead = 0;
  sentenceHead = 0;
  withoutAt = 0;
  tellAt = 0;
  negAt = 0;
  if (cur.bits !== 0 || cur.more !== 0 || cur.third !== 0) judge(text, sink);
  publicKey = false;
  prev.bits = cur.bits;
  prev.more = cur.more;
  prev.third = cur.third;
  prev.start = cur.start;
  prev.end = cur.end;
  cur.bits = 0;
  cur.more = 0;
  cur.third = 0;
  cur.start = -1;
  cur.end = -1;
}

function addHit(bits: number, more: number, thirdBits: number, start: number, end: number): void {
  if (bits === 0 && more === 0 && thirdBits === 0) return;
  cur.bits |= bits;
  cur.more |= more;
  cur.third |= thirdBits;
  if (cur.start < 0) cur.start = start;
  cur.end = end;
}

/** Scans the spaceless run `[from, to)` by substrings. */
function scanRun(text: string, from: number, to: number, negBefore: boolean): number {
  let neg = negBefore;
  let last = 0;
  for (let i = from; i < to; i++) {
    let h = FNV_OFFSET;
    let bits = 0;
    let more = 0;
    let thirdBits = 0;
    let endAt = i;
    const lim = Math.min(to, i + SUB_MAX);
    for (let k = i; k < lim; k++) {
      h = Math.imul(h ^ text.charCodeAt(k), FNV_PRIME) >>> 0;
      if (k > i && inFilter(h)) {
        const slot = SUBS.get(h);
        if (slot !== undefined) {
          bits |= LOW[slot] as number;
          more |= HIGH[slot] as number;
          thirdBits |= THIRD[slot] as number;
          endAt = k + 1;
        }
      }
    }
    if (bits !== 0 || more !== 0 || thirdBits !== 0) {
      if (neg) {
        bits &= ~ACTS;
        more &= ~ACTS_2;
        thirdBits &= ~ACTS_3;
      }
      neg = false;
      addHit(bits, more, thirdBits, i, endAt);
      last = bits;
    }
  }
  return last;
}

function scan(text: string, sink: FindingSink): void {
  reported.fill(0);
  wordArmenian = false;
  lastBits = 0;
  prevWord = 0;
  clauseHead = 0;
  sentenceHead = 0;
  wordNo = 0;
  withoutAt = 0;
  tellAt = 0;
  negAt = 0;
  publicKey = false;
  cur.bits = 0;
  cur.more = 0;
  cur.third = 0;
  cur.start = -1;
  cur.end = -1;
  prev.more = 0;
  prev.bits = 0;
  prev.third = 0;
  prev.start = -1;
  prev.end = -1;
  const n = text.length;
  let len = 0;
  let wordStart = -1;
  let negPrev = false;
  let i = 0;
  while (i <= n) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (i < n && noSpace(c)) {
      if (len > 0) {
        negPrev = finishWord(text, wordStart, i, len, negPrev);
        len = 0;
      }
      let j = i + 1;
      while (j < n && noSpace(text.charCodeAt(j))) j++;
      scanRun(text, i, j, negPrev);
      negPrev = false;
      i = j;
      continue;
    }
    const f = foldLetter(c);
    if (f > 0) {
      if (len === 0) wordStart = i;
      if (len < WORD_MAX) word[len++] = f;
      if (f >= 0x561 && f <= 0x587) wordArmenian = true;
    } else if (f < 0) {
      if (len > 0) {
        negPrev = finishWord(text, wordStart, i, len, negPrev);
        len = 0;
      }
      if (isSentenceEnd(c) && !inToken(text, i, c)) endSentence(text, sink);
      else if (c === 44 || c === 58) {
        clauseHead = 0;
        negAt = 0;
      }
    }
    i++;
  }
}

/** Concepts of the word before the current one, so that `vergiss nicht` can drop its verb. */
let lastBits = 0;
/** Hash of the word before the current one in its sentence (0 at a sentence's start). */
let prevWord = 0;
/** Hash of the first word of the current clause (0 before it): where a separable verb stands. */
let clauseHead = 0;
/**
 * Hash of the first word of the current sentence (0 before it): a verb whose particle ends the
 * sentence after a list joined by a conjunction (`zet de firewall en de virusscanner uit`).
 */
let sentenceHead = 0;
/** Words that start a new clause. */
const CONJUNCTIONS = new Set(['und', 'dann', 'en', 'dan', 'daarna', 'och', 'sedan', 'og', 'så'].map(hashOf));
/** Number of the current word, and of the last `without` word (0 when none). */
let wordNo = 0;
let withoutAt = 0;
/** Number of the last `tell` word and of the last negation in the clause (0 when none). */
let tellAt = 0;
let negAt = 0;
/** Whether the sentence names a public key: its key words are no secret. */
let publicKey = false;

/** Whether the word being read has an Armenian letter. */
let wordArmenian = false;
/** Latin look-alikes read back as the Armenian letters they stand for (0: kept). */
const ARMENIAN_OF = new Uint16Array(128);
for (const p of 'oօ uս gց hհ nո'.split(' ')) ARMENIAN_OF[p.charCodeAt(0)] = p.charCodeAt(1);

/**
 * An Armenian word with Latin look-alikes among its letters (the Unicode fold writes `ո` as `n`,
 * `ս` as `u`, `օ` as `o`: `ինչու` becomes `ինչnւ`) read back as Armenian, so that a question word
 * is not lost while the verb beside it, written without those letters, is kept.
 */
function unmix(len: number): void {
  for (let k = 0; k < len; k++) {
    const c = word[k] as number;
    if (c < 128 && (ARMENIAN_OF[c] as number) !== 0) word[k] = ARMENIAN_OF[c] as number;
  }
}

/** Looks the buffered word up, records its concepts; returns whether it was a negation. */
function finishWord(text: string, start: number, end: number, len: number, negPrev: boolean): boolean {
  if (len < 1) return false;
  if (wordArmenian) {
    wordArmenian = false;
    unmix(len);
  }
  splitIdentifier(text, start, len);
  let bits = lookupWord(len);
  partCount = 1;
  let more = high;
  let thirdBits = third;
  // Two words read as one (`cơ sở dữ liệu`, `ladda ner`): the previous word, a space, this one.
  let h = FNV_OFFSET;
  for (let k = 0; k < len; k++) h = Math.imul(h ^ (word[k] as number), FNV_PRIME) >>> 0;
  // A separable verb: the clause's or the sentence's first word and a particle later in it
  // (`zet … uit`, `führe … aus`).
  for (let pass = 0; pass < 3; pass++) {
    const head =
      pass === 0
        ? prevWord
        : pass === 1
          ? clauseHead !== prevWord
            ? clauseHead
            : 0
          : sentenceHead !== clauseHead && sentenceHead !== prevWord
            ? sentenceHead
            : 0;
    if (head === 0) continue;
    let h2 = Math.imul(head ^ 32, FNV_PRIME) >>> 0;
    for (let k = 0; k < len; k++) h2 = Math.imul(h2 ^ (word[k] as number), FNV_PRIME) >>> 0;
    if (inFilter(h2)) {
      const slot = EXACT.get(h2);
      if (slot !== undefined) {
        bits |= LOW[slot] as number;
        more |= HIGH[slot] as number;
        thirdBits |= THIRD[slot] as number;
      }
    }
  }
  if (clauseHead === 0 || CONJUNCTIONS.has(h)) clauseHead = CONJUNCTIONS.has(h) ? 0 : h;
  if (sentenceHead === 0) sentenceHead = h;
  prevWord = h;
  wordNo++;
  // `sin decirle nada`, `ohne es ihm zu sagen`, `bez jeho vědomí`: a telling or consent left out.
  if (thirdBits & WITHOUT) withoutAt = wordNo;
  if (thirdBits & TELL && withoutAt > 0 && wordNo - withoutAt <= 6) bits |= CONCEAL;
  // Where the verb comes before its postposition (`बताए बिना`, `tell-without`; Hindi, Urdu,
  // Bengali, Korean, Japanese, Turkish): the telling, then the word for without.
  if (thirdBits & WITHOUT && tellAt > 0 && wordNo - tellAt <= 2) bits |= CONCEAL;
  if (thirdBits & TELL) tellAt = wordNo;
  // A telling forbidden (`huwag sabihin`, `no se lo digas`, `не говори`; `sag es ihm nicht`, the
  // negation after the verb): what the request does is to be hidden.
  if (thirdBits & TELL && (negPrev || (negAt > 0 && wordNo - negAt <= 3))) bits |= CONCEAL;
  if (bits & NEG) {
    negAt = wordNo;
    if (tellAt > 0 && wordNo - tellAt <= 4) bits |= CONCEAL;
  }
  // `ohne sie zu sichern`, `без восстановления`, `sin respaldarla`: a backup or a restore left out
  // is no defensive act.
  if (bits & DEFEND && withoutAt > 0 && wordNo - withoutAt <= 3 && !(thirdBits & WITHOUT)) bits &= ~DEFEND;
  // `20.000`, `10,000`, `30 000`: a count in thousands.
  if (len === 3 && isThousands(text, start)) thirdBits |= THOUSANDS;
  // `e-mail`, `e-maily`: the noun, not the English verb `mail` (send).
  if (bits & SEND && start >= 2 && text.charCodeAt(start - 1) === 45 && isLoneE(text, start - 2)) bits &= ~SEND;
  const before = lastBits;
  lastBits = bits;
  // A public key (`clave pública`, `öffentlicher Schlüssel` read the other way is rare) is made to
  // be handed over: the key word before it is no secret.
  if (before & SECRET && (bits & ~NATIVE) === 0 && isPublic(len)) {
    cur.bits &= ~SECRET;
    publicKey = true;
  }
  // The key's kind named after it (`clave pública SSH`) keeps it public.
  if (publicKey && bits & SECRET) bits &= ~SECRET;
  if (bits === 0 && more === 0 && thirdBits === 0) return false;
  if (bits & NEG && before & IGNORE) cur.bits &= ~IGNORE;
  if (negPrev) {
    bits &= ~ACTS;
    more &= ~ACTS_2;
    thirdBits &= ~ACTS_3;
  }
  const concepts = bits & ~(NEG | NATIVE);
  if (concepts !== 0 || more !== 0 || thirdBits !== 0 || (bits & NATIVE) !== 0)
    addHit(concepts | (bits & NATIVE), more, thirdBits, start, end);
  return (bits & NEG) !== 0;
}

/**
 * Where the parts of a code-style identifier start (`partStart`, `partCount`): an ASCII word of
 * six letters or more split at its underscores, where a small letter is followed by a capital and
 * where a letter follows a digit (`DB_PASSWORD`: `db`, `password`; `authToken`: `auth`, `token`;
 * `1Password`: `1`, `password`). The folded word keeps every
 * ASCII character in its place, so the text's capitals mark the parts.
 */
function splitIdentifier(text: string, start: number, len: number): void {
  partCount = 1;
  partStart[0] = 0;
  if (len < 6 || len > 48) return;
  let prevLower = false;
  let prevDigit = false;
  for (let k = 0; k < len; k++) {
    const c = text.charCodeAt(start + k);
    if (c >= 0x80) {
      partCount = 1;
      return;
    }
    if (c === 95) {
      if (k + 1 < len && k > 0 && partCount < PARTS_MAX) partStart[partCount++] = k + 1;
      prevLower = false;
      prevDigit = false;
      continue;
    }
    const upper = c >= 65 && c <= 90;
    const lower = c >= 97 && c <= 122;
    if (((upper && prevLower) || ((upper || lower) && prevDigit)) && partCount < PARTS_MAX) partStart[partCount++] = k;
    prevLower = lower;
    prevDigit = c >= 48 && c <= 57;
  }
}

/** Whether the word at `start` is three digits after a digit and a thousands separator. */
function isThousands(text: string, start: number): boolean {
  if (start < 2) return false;
  for (let k = start; k < start + 3; k++) {
    const c = text.charCodeAt(k);
    if (c < 48 || c > 57) return false;
  }
  const sep = text.charCodeAt(start - 1);
  const d = text.charCodeAt(start - 2);
  return (sep === 46 || sep === 44 || sep === 32 || sep === 0xa0 || sep === 0x202f) && d >= 48 && d <= 57;
}

/** Whether `text[i]` is an `e` or `E` that starts no longer word (the `e` of `e-mail`). */
function isLoneE(text: string, i: number): boolean {
  const c = text.charCodeAt(i) | 0x20;
  return c === 101 && (i === 0 || foldLetter(text.charCodeAt(i - 1)) < 0);
}

/** "Public" after a key word, folded, in the languages of the lexicon. */
const PUBLIC = new Set([
  'publica',
  'publico',
  'publique',
  'pubblica',
  'public',
  'publiczny',
  'publicznego',
  'publiczna',
  'openbare',
  'offentlig',
  'offentlige',
  'julkinen',
  'nyilvanos',
  'verejny',
  'публичный',
  'публичного',
  'публічний',
]);

function isPublic(len: number): boolean {
  if (len < 6 || len > 12) return false;
  let w = '';
  for (let k = 0; k < len; k++) w += String.fromCharCode(word[k] as number);
  return PUBLIC.has(w);
}

/** The concept detector. */
export const conceptsDetector: Detector = Object.freeze({
  name: 'concepts',
  scan(segment: string, sink: FindingSink): void {
    mixed = false;
    if (isEnglish(segment)) {
      // English prose is read elsewhere; the sentences of it written in another script are read here.
      if (!hasOtherScript(segment, 0, segment.length)) return;
      mixed = true;
    }
    scan(segment, sink);
  },
});

/**
 * Whether the segment being read is English prose with sentences in another script (`Thanks for
 * the help with the migration. 生产数据库全部删掉。`): only the sentences that hold a letter of
 * another script than Latin are judged.
 */
let mixed = false;

/** Whether `text[from, to)` holds a letter of a script other than Latin (Greek, Cyrillic, Arabic, CJK, …). */
function hasOtherScript(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x370) continue;
    if ((c >= 0x1e00 && c <= 0x1eff) || (c >= 0x2000 && c <= 0x2bff) || (c >= 0x3000 && c <= 0x303f)) continue;
    if ((c >= 0xd800 && c <= 0xdfff) || (c >= 0xfe00 && c <= 0xfe0f) || (c >= 0xff00 && c <= 0xff0f)) continue;
    return true;
  }
  return false;
}

/** Words of English prose that other languages of the lexicon do not write. */
const ENGLISH =
  /\b(?:the|and|of|that|with|this|please|your|from|then|would|should|could|what|which|there|their|have|has)\b/gi;

/**
 * {@link ENGLISH}'s words in the detectors' shared keyword automaton (ASCII letters in either case,
 * every occurrence): a segment it has read is looked up in its matches instead of read again.
 */
const ENGLISH_WORDS = [
  'the',
  'and',
  'of',
  'that',
  'with',
  'this',
  'please',
  'your',
  'from',
  'then',
  'would',
  'should',
  'could',
  'what',
  'which',
  'there',
  'their',
  'have',
  'has',
];
let englishBase = -1;

/**
 * Whether `segment` reads as English prose (three or more of its common words): the phrase rules
 * and grammars read English, and the concept reading would only repeat them, more coarsely.
 */
function isEnglish(segment: string): boolean {
  if (englishBase < 0) englishBase = joinGate('concepts', ENGLISH_WORDS);
  const m = gateRead(segment);
  // Each match of the expression is a whole word (`\b` on both sides): the automaton's matches
  // that stand as words are the words it finds.
  if (m !== null) return gateWords(m, segment, englishBase, ENGLISH_WORDS.length, 3);
  ENGLISH.lastIndex = 0;
  let n = 0;
  while (ENGLISH.exec(segment) !== null) if (++n >= 3) return true;
  return false;
}

/**
 * The concept bits of every word of `text` ORed together, with bit 30 set when one of them
 * belongs to a language other than English (for tests and the lexicon checks).
 */
export function readConcepts(text: string): number {
  return read(text)[0];
}

/** The second word of concepts (`MORE_CONCEPT_WORDS`) of every word of `text` ORed together. */
export function readMoreConcepts(text: string): number {
  return read(text)[1];
}

/** The third word of concepts (`THIRD_CONCEPT_WORDS`) of every word of `text` ORed together. */
export function readThirdConcepts(text: string): number {
  return read(text)[2];
}

function read(text: string): [number, number, number] {
  let all = 0;
  let more = 0;
  let third3 = 0;
  const sink: FindingSink = { report() {}, rescan() {} };
  const save = judgeHook;
  mixed = false;
  judgeHook = (b, m, t) => {
    all |= b;
    more |= m;
    third3 |= t;
  };
  try {
    scan(`${text}\n`, sink);
  } finally {
    judgeHook = save;
  }
  return [all, more, third3];
}
