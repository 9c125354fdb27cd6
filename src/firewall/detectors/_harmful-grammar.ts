/**
 * The lexicon grammar of the harmful-request detector: word classes (see `_harmful-words.ts`)
 * combined by small rules of the form request × harmful object × modifier, each within a bounded
 * distance in tokens, each silenced by defensive, educational, fictional or first-party cues
 * nearby (`detect`, `protect`, `story`, `my own`, `opted in`). Every rule looks at a fixed number of
 * tokens around an anchor, so a window costs time linear in its tokens.
 *
 * @internal Not part of the public API.
 */
import { F_BREAK, F_CAPITAL, F_POSSESSIVE, type TokenBuffer, wordHash } from './_harmful-lex.js';
import {
  ACCOUNT,
  ARTIFACT,
  AV,
  BULK,
  CLASS_WORDS,
  CLONE,
  COVERT,
  CRED,
  DEF,
  ENGAGE,
  EVADE,
  FAKE,
  FRAUD,
  IMPERSONATE,
  INTRUDE,
  LAW,
  M_BODY,
  M_BOT,
  M_BUY,
  M_DOX,
  M_EVERY,
  M_HOW,
  M_LIVES,
  M_MONEY,
  M_MY,
  M_NOTOBJ,
  M_PLATFORM,
  M_PROMO,
  M_REVIEWS,
  M_SAMPLE,
  M_SCRAPE,
  M_SELF,
  M_SPAM,
  M_STAR,
  M_STRONGFAKE,
  M_TECH,
  M_VICTIM,
  M_WEAKMAL,
  M_WHERE,
  MAKE,
  MAL,
  MARK_WORDS,
  MSG,
  NEG,
  NUMBER_WORDS,
  OPTIN,
  OTHER,
  OWN,
  PAIRS,
  PATTR,
  PHISH,
  REQ,
  SEEK,
  SEND,
  STEAL,
  TRACK,
  UNSOL,
  VIOLENT,
  WEAPON,
} from './_harmful-words.js';

/** One rule of the grammar: its finding id, category and fixed description. */
export interface HarmfulRule {
  /** One bit per rule, to report each at most once per window. */
  readonly bit: number;
  readonly id: string;
  readonly category: string;
  readonly description: string;
}

/** Receives a match: the rule and the token span `[first, last]` that made it. */
export type RuleVisitor = (rule: HarmfulRule, first: number, last: number) => void;

let nextBit = 0;

function rule(id: string, category: string, description: string): HarmfulRule {
  return Object.freeze({ bit: 1 << nextBit++, id, category, description });
}

/** The grammar's findings. */
export const RULES = Object.freeze({
  malwareCreate: rule('harmful.malware-create', 'malware', 'asks for malware to be written or built'),
  malwareEvasion: rule('harmful.malware-evasion', 'malware', 'asks to hide malicious code from antivirus or detection'),
  phishingKit: rule('harmful.phishing-kit', 'malware', 'asks for a phishing page, kit or message'),
  credentialTheft: rule('harmful.credential-theft', 'malware', 'asks to steal passwords, cookies or other credentials'),
  accountIntrusion: rule(
    'harmful.account-intrusion',
    'malware',
    "asks to break into another person's account, device or network",
  ),
  personalData: rule('harmful.personal-data', 'privacy', "seeks or exposes a specific person's private data"),
  tracking: rule('harmful.person-tracking', 'privacy', "tracks a person or reads a person's private communications"),
  covert: rule('harmful.covert-surveillance', 'privacy', "acts on a person without the person's knowledge or consent"),
  doxxing: rule('harmful.doxxing', 'privacy', 'asks to dox or unmask a person'),
  scrapePersonal: rule('harmful.scrape-personal-data', 'privacy', "asks to scrape or harvest people's personal data"),
  bulkMessaging: rule('harmful.bulk-unsolicited', 'spam', 'sends messages in bulk to people who did not ask for them'),
  filterEvasion: rule('harmful.spam-filter-evasion', 'spam', 'asks to get bulk messages past spam filters or bans'),
  spamRequest: rule('harmful.spam-request', 'spam', 'asks for spam to be written, sent or automated'),
  spamBot: rule('harmful.spam-bot', 'spam', 'automates promotional posting or messaging at scale'),
  fakeEngagement: rule('harmful.fake-engagement', 'spam', 'fakes reviews, followers, votes or other engagement'),
  fakeReviews: rule('harmful.fake-reviews', 'spam', 'writes reviews or testimonials posing as customers'),
  weapons: rule('harmful.weapons', 'harmful-content', 'asks how to make a weapon, explosive, poison or illegal drug'),
  violence: rule('harmful.violence', 'harmful-content', 'asks how to hurt or kill a person'),
  evadeLaw: rule(
    'harmful.evade-law-enforcement',
    'harmful-content',
    'asks how to avoid getting caught by the authorities',
  ),
  fraud: rule('harmful.fraud', 'harmful-content', 'asks for a scam, forgery, laundering or other fraud'),
  impersonation: rule(
    'harmful.impersonation-scam',
    'harmful-content',
    'impersonates someone to obtain money or credentials',
  ),
});

/** Open-addressing table from word hash to classes, marks and numeric value. */
class WordTable {
  private static readonly BITS = 12;
  readonly keys = new Uint32Array(1 << WordTable.BITS);
  readonly used = new Uint8Array(1 << WordTable.BITS);
  readonly cls = new Uint32Array(1 << WordTable.BITS);
  readonly marks = new Uint32Array(1 << WordTable.BITS);
  readonly nums = new Float64Array(1 << WordTable.BITS).fill(-1);

  private home(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> (32 - WordTable.BITS);
  }

  /** Slot of `h`, or -1. */
  find(h: number): number {
    const mask = (1 << WordTable.BITS) - 1;
    for (let i = this.home(h), k = 0; k <= mask; i = (i + 1) & mask, k++) {
      if (this.used[i] === 0) return -1;
      if (this.keys[i] === h) return i;
    }
    return -1;
  }

  add(h: number, c: number, m: number, v: number): void {
    const mask = (1 << WordTable.BITS) - 1;
    let i = this.home(h);
    while (this.used[i] === 1 && this.keys[i] !== h) i = (i + 1) & mask;
    this.used[i] = 1;
    this.keys[i] = h;
    this.cls[i] = (this.cls[i] as number) | c;
    this.marks[i] = (this.marks[i] as number) | m;
    if (v >= 0) this.nums[i] = v;
  }
}

/** Marks a word that lets a window past the gate. */
const M_GATE = 1 << 30;
/** Marks the first word of a pair, so only those look the pair table up. */
const M_PAIRHEAD = 1 << 29;
/** A number at least this large lets a window past the gate (a bulk count). */
const GATE_COUNT = 1000;
/** Classes rare in ordinary requests; every rule needs at least one of them or a gate mark. */
const GATE_CLASSES =
  MAL |
  EVADE |
  PHISH |
  CLONE |
  STEAL |
  INTRUDE |
  PATTR |
  COVERT |
  FAKE |
  WEAPON |
  VIOLENT |
  LAW |
  FRAUD |
  IMPERSONATE |
  BULK |
  UNSOL;
const GATE_MARKS = M_DOX | M_SCRAPE | M_SPAM | M_PROMO | M_BUY | M_STRONGFAKE | M_REVIEWS | M_LIVES | M_STAR;
/** Further gate words: the strong trackers, `without` (of `without her knowing`), pair heads. */
const GATE_WORDS = [
  'track tracking trace stalk stalking locate intercept spy spying without behind airtag airtags tracker trackers gps alt',
  'tiktok instagram facebook reddit twitter youtube discord telegram whatsapp linkedin subreddit subreddits',
  'number numbers security records record statements birth identity personal private',
  'break breaking broke brute sim credential denial anti sock farm star gun firearm gas gift stolen theft rid dispose wont cant cannot doesnt fully bank',
];

interface Lexicon {
  table: WordTable;
  pairs: Map<number, Array<readonly [number, number, number, 0 | 1]>>;
  how: number;
  howNext: Set<number>;
  howSubject: Set<number>;
  to: number;
  without: Set<number>;
  withoutEnd: Set<number>;
  withoutWho: Set<number>;
  withoutCaught: Set<number>;
  evadePre: Set<number>;
  star: number;
  who: number;
  unsolicited: Set<number>;
  strong: Set<number>;
}

let lexicon: Lexicon | null = null;

function hashes(words: string): number[] {
  return words.split(' ').map(wordHash);
}

/** Builds the lexicon on first use (no work at import time). */
function getLexicon(): Lexicon {
  if (lexicon !== null) return lexicon;
  const table = new WordTable();
  for (const [c, words] of CLASS_WORDS) for (const h of hashes(words)) table.add(h, c, 0, -1);
  for (const [m, words] of MARK_WORDS) for (const h of hashes(words)) table.add(h, 0, m, -1);
  for (const [w, v] of NUMBER_WORDS) table.add(wordHash(w), 0, 0, v);
  for (const words of GATE_WORDS) for (const h of hashes(words)) table.add(h, 0, M_GATE, -1);
  for (const [c, words] of CLASS_WORDS)
    if (c & GATE_CLASSES) for (const h of hashes(words)) table.add(h, 0, M_GATE, -1);
  for (const [m, words] of MARK_WORDS) if (m & GATE_MARKS) for (const h of hashes(words)) table.add(h, 0, M_GATE, -1);
  const pairs = new Map<number, Array<readonly [number, number, number, 0 | 1]>>();
  for (const [a, b, c, m, which] of PAIRS) {
    const ha = wordHash(a);
    table.add(ha, 0, M_PAIRHEAD, -1);
    let list = pairs.get(ha);
    if (list === undefined) {
      list = [];
      pairs.set(ha, list);
    }
    list.push([wordHash(b), c, m, which]);
  }
  lexicon = {
    table,
    pairs,
    how: wordHash('how'),
    howNext: new Set(hashes('do can could would should might')),
    howSubject: new Set(hashes('i we you one someone')),
    to: wordHash('to'),
    without: new Set(hashes('without behind')),
    withoutEnd: new Set(
      hashes('knowing knowledge noticing noticed consent permission authorization realizing suspecting telling back'),
    ),
    withoutCaught: new Set(hashes('flagged detected caught blocked noticed')),
    withoutWho: new Set(hashes('her him them their his the owner user users anyone people victim victims person')),
    evadePre: new Set(hashes('without escape flee fleeing outrun elude')),
    star: wordHash('star'),
    who: wordHash('who'),
    unsolicited: new Set(hashes('unsolicited bought purchased scraped strangers')),
    strong: new Set(
      hashes('hack hacking hacked break get hijack hijacking infiltrate brute crack cracking bruteforce takeover'),
    ),
  };
  return lexicon;
}

/** Per-window scratch: extra marks and numeric counts of each token. */
const marks = new Uint32Array(256);

/**
 * Looks every token of the window up; returns false at once (leaving the classes unset) when no
 * token is a gate word and no number reaches a bulk count, which is what ordinary requests look
 * like. Otherwise fills the classes and marks of every token.
 */
function classify(buf: TokenBuffer, lex: Lexicon): boolean {
  const n = buf.length;
  const { cls, hash, stem, num } = buf;
  const t = lex.table;
  let gate = false;
  for (let i = 0; i < n; i++) {
    const h = hash[i] as number;
    let slot = t.find(h);
    // A plural has the classes of its singular too (`posts` is a message and a sending verb).
    const alt = stem[i] !== h ? t.find(stem[i] as number) : -1;
    if (slot < 0) slot = alt;
    if (slot < 0) {
      cls[i] = 0;
      marks[i] = 0;
      if ((num[i] as number) >= GATE_COUNT) gate = true;
      continue;
    }
    let c = t.cls[slot] as number;
    let m = t.marks[slot] as number;
    if (alt >= 0 && alt !== slot) {
      c |= t.cls[alt] as number;
      m |= t.marks[alt] as number;
    }
    cls[i] = c;
    marks[i] = m;
    if (m & M_GATE) gate = true;
    if ((num[i] as number) < 0) {
      const v = t.nums[slot] as number;
      if (v >= 0) num[i] = v;
    } else if ((num[i] as number) >= GATE_COUNT) gate = true;
  }
  if (!gate) return false;
  for (let i = 0; i < n; i++) {
    // A capitalized possessive (`Dana Smith's`) names a person.
    const f = buf.flags[i] as number;
    if (f & F_POSSESSIVE && f & F_CAPITAL && ((cls[i] as number) & ~OTHER) === 0) cls[i] = (cls[i] as number) | OTHER;
  }
  for (let i = 0; i + 1 < n; i++) {
    if (((marks[i] as number) & M_PAIRHEAD) === 0) continue;
    const list = lex.pairs.get(hash[i] as number);
    if (list === undefined) continue;
    const next = hash[i + 1] as number;
    const nextStem = stem[i + 1] as number;
    for (const [b, c, m, which] of list) {
      if (b !== next && b !== nextStem) continue;
      const k = i + which;
      cls[k] = (cls[k] as number) | c;
      marks[k] = (marks[k] as number) | m;
    }
  }
  for (let i = 0; i < n; i++) {
    const h = hash[i] as number;
    if (h === lex.how && i + 1 < n) {
      const a = hash[i + 1] as number;
      if (a === lex.to || (lex.howNext.has(a) && i + 2 < n && lex.howSubject.has(hash[i + 2] as number)))
        marks[i] = (marks[i] as number) | M_HOW;
    }
    // `without her knowing`, `without their consent`, `behind his back`.
    if (lex.without.has(h)) {
      let who = false;
      for (let j = i + 1; j < n && j <= i + 4; j++) {
        const hj = hash[j] as number;
        if (lex.withoutWho.has(hj)) who = true;
        if (lex.withoutEnd.has(hj)) {
          cls[i] = (cls[i] as number) | COVERT | (who ? OTHER : 0);
          break;
        }
        if (lex.withoutCaught.has(hj)) {
          cls[i] = (cls[i] as number) | EVADE;
          break;
        }
      }
    }
    // `the barista who …`: a noun before `who` is a person.
    if (h === lex.who && i > 0 && (cls[i - 1] as number) === 0 && (buf.num[i - 1] as number) < 0) cls[i - 1] = OTHER;
    // A person word followed by a technical noun is a thing (`child process`).
    if ((cls[i] as number) & OTHER && i + 1 < n && (marks[i + 1] as number) & M_TECH)
      cls[i] = (cls[i] as number) & ~OTHER;
    // `people who did not subscribe`: a negated opt-in is unsolicited.
    if ((cls[i] as number) & OPTIN && negated(buf, i)) cls[i] = ((cls[i] as number) & ~OPTIN) | UNSOL;
    // `five star reviews`: the number rates, it does not count.
    if (i + 1 < n && hash[i + 1] === lex.star) num[i] = -1;
  }
  return true;
}

/**
 * Fills the classes of the window's tokens (the scorer reads them as features too); false when the
 * window holds no gate word, and then nothing in it can match.
 */
export function classifyWindow(buf: TokenBuffer): boolean {
  return classify(buf, getLexicon());
}

/** Whether token `i` is negated or evaded by one of the three tokens before it. */
function negated(buf: TokenBuffer, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) if ((buf.cls[j] as number) & (NEG | EVADE)) return true;
  return false;
}

/** First token in `[from, to]` (clamped) with a class in `mask`, or -1. */
function findCls(buf: TokenBuffer, from: number, to: number, mask: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  for (let j = a; j <= b; j++) if ((buf.cls[j] as number) & mask) return j;
  return -1;
}

/** First token in `[from, to]` with a class in `mask` and none in `not` (a verb, not a noun). */
function findVerb(buf: TokenBuffer, from: number, to: number, mask: number, not: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  for (let j = a; j <= b; j++) if ((buf.cls[j] as number) & mask && ((buf.cls[j] as number) & not) === 0) return j;
  return -1;
}

function findMark(buf: TokenBuffer, from: number, to: number, mask: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  for (let j = a; j <= b; j++) if ((marks[j] as number) & mask) return j;
  return -1;
}

/** A class in `mask` in `[from, to]` that is not negated. */
function findLive(buf: TokenBuffer, from: number, to: number, mask: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  for (let j = a; j <= b; j++) if ((buf.cls[j] as number) & mask && !negated(buf, j)) return j;
  return -1;
}

function findNum(buf: TokenBuffer, from: number, to: number, min: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  for (let j = a; j <= b; j++) if ((buf.num[j] as number) >= min) return j;
  return -1;
}

/** A request nearby: a request verb, `how to`/`how do I`, or the token opens a sentence. */
function requested(buf: TokenBuffer, at: number, before: number): boolean {
  if (findCls(buf, at - before, at - 1, REQ) >= 0 || findMark(buf, at - before, at, M_HOW) >= 0) return true;
  // An imperative that opens a sentence, with an object after it (a lone word is a label).
  return (at === 0 || ((buf.flags[at] as number) & F_BREAK) !== 0) && at + 1 < buf.length;
}

/** Defensive or educational cues (not negated) around `[a, b]`. */
function defended(buf: TokenBuffer, a: number, b: number): boolean {
  return findLive(buf, a - 8, b + 8, DEF) >= 0;
}

/** The asker's own data: `my` or `our` right before the attribute, no third party between. */
function selfOwned(buf: TokenBuffer, at: number): boolean {
  for (let j = at - 1; j >= 0 && j >= at - 3; j--) {
    if ((buf.cls[j] as number) & OTHER) return false;
    if ((marks[j] as number) & M_MY) return true;
  }
  return false;
}

/**
 * Runs every rule over the window, reporting matches whose anchor is at or after `fresh`; false
 * when the window failed the gate (no classes were filled).
 */
export function runGrammar(buf: TokenBuffer, fresh: number, visit: RuleVisitor): boolean {
  const lex = getLexicon();
  if (!classify(buf, lex)) return false;
  const n = buf.length;
  const cls = buf.cls;
  let wc = 0;
  let wm = 0;
  let maxNum = -1;
  for (let i = 0; i < n; i++) {
    wc |= cls[i] as number;
    wm |= marks[i] as number;
    if ((buf.num[i] as number) > maxNum) maxNum = buf.num[i] as number;
  }
  const bulkish = (wc & (BULK | UNSOL)) !== 0 || maxNum >= 100;
  const target = (wc & OTHER) !== 0 || (wm & (M_VICTIM | M_SELF | M_BODY)) !== 0;
  let seen = 0;
  const hit = (r: HarmfulRule, a: number, b: number): void => {
    if (seen & r.bit) return;
    seen |= r.bit;
    visit(r, Math.min(a, b), Math.max(a, b));
  };
  for (let i = fresh; i < n; i++) {
    const c = cls[i] as number;
    const m = marks[i] as number;
    if (c === 0 && (m & ~M_MY) === 0) continue;
    // Malware: a request for it, or a weak word with a second cue.
    if (c & MAL && requested(buf, i, 8) && !defended(buf, i, i)) {
      const weak = (m & M_WEAKMAL) !== 0 && ((buf.flags[i] as number) & F_CAPITAL) === 0;
      const cue = findCls(buf, i - 8, i + 14, EVADE | COVERT | STEAL | OTHER | INTRUDE | CRED);
      if (!weak || cue >= 0) hit(RULES.malwareCreate, i, i);
    }
    if (c & EVADE && wc & (MAL | PHISH)) {
      const av = findCls(buf, i, i + 6, AV);
      const mal = findCls(buf, i - 8, i + 8, MAL | PHISH);
      if ((av >= 0 || (c & EVADE && mal >= 0)) && mal >= 0 && !defended(buf, i, i)) hit(RULES.malwareEvasion, i, mal);
    }
    if (c & PHISH) {
      const art = findCls(buf, i + 1, i + 3, ARTIFACT);
      if (art >= 0 && !defended(buf, i, art)) hit(RULES.phishingKit, i, art);
    }
    if (c & CLONE) {
      const cred = findCls(buf, i + 1, i + 5, CRED);
      if (cred >= 0 && requested(buf, i, 8) && !defended(buf, i, cred)) hit(RULES.phishingKit, i, cred);
    }
    if (c & (STEAL | SEEK) && wc & CRED) {
      const cred = findCls(buf, i + 1, i + 6, CRED);
      const ok =
        cred >= 0 &&
        !negated(buf, i) &&
        findMark(buf, i + 1, i + 2, M_NOTOBJ) < 0 &&
        (c & STEAL || findCls(buf, i + 1, cred + 4, OTHER) >= 0);
      if (ok && !defended(buf, i, cred) && findLive(buf, i - 6, cred + 4, OWN) < 0) hit(RULES.credentialTheft, i, cred);
    }
    if (c & EVADE && wc & OTHER && wc & ACCOUNT) {
      const acc = findCls(buf, i + 1, i + 10, ACCOUNT);
      const other = acc >= 0 ? findCls(buf, i + 1, acc, OTHER) : -1;
      if (other >= 0 && !defended(buf, i, acc) && findLive(buf, i - 6, acc + 4, OWN) < 0)
        hit(RULES.accountIntrusion, i, acc);
    }
    if (c & INTRUDE && wc & (ACCOUNT | CRED)) {
      const acc = findCls(buf, i + 1, i + 9, ACCOUNT | CRED);
      const other = findCls(buf, i + 1, i + 6, OTHER);
      const strong = lex.strong.has(buf.hash[i] as number) || lex.strong.has(buf.stem[i] as number);
      if (
        acc >= 0 &&
        (other >= 0 || strong) &&
        requested(buf, i, 8) &&
        !negated(buf, i) &&
        !defended(buf, i, acc) &&
        findLive(buf, i - 6, acc + 6, OWN) < 0
      )
        hit(RULES.accountIntrusion, i, acc);
    }
    // Privacy.
    if ((c & PATTR || m & M_WHERE) && wc & OTHER && wc & (SEEK | TRACK | STEAL)) {
      let attr = i;
      let ok = (c & PATTR) !== 0;
      if (!ok) {
        const lives = findMark(buf, i + 1, i + 6, M_LIVES);
        if (lives >= 0 && findCls(buf, i + 1, lives, OTHER) >= 0) {
          ok = true;
          attr = lives;
        }
      }
      if (ok) {
        const seek = findCls(buf, i - 10, i - 1, SEEK | TRACK | STEAL);
        const who = findCls(buf, i - 6, attr + 6, OTHER);
        if (
          seek >= 0 &&
          who >= 0 &&
          !negated(buf, seek) &&
          !selfOwned(buf, i) &&
          !defended(buf, seek, attr) &&
          findLive(buf, seek - 4, attr + 6, OWN) < 0
        )
          hit(RULES.personalData, seek, attr);
      }
    }
    if (c & TRACK && wc & OTHER) {
      const other = findCls(buf, i + 1, i + 6, OTHER);
      if (other >= 0 && !defended(buf, i, other) && findLive(buf, i - 6, other + 8, OWN) < 0) {
        const strong = findCls(buf, i, i, INTRUDE) >= 0 || /* strong trackers */ isStrongTrack(buf, i);
        const covert = findCls(buf, i - 10, other + 12, COVERT) >= 0;
        const attr = findCls(buf, other, other + 10, PATTR) >= 0;
        const acc = findCls(buf, other, other + 6, ACCOUNT) >= 0;
        if (covert || attr || (strong && acc)) hit(RULES.tracking, i, other);
      }
    }
    if (c & COVERT && wc & OTHER) {
      const other = findCls(buf, i - 12, i + 6, OTHER);
      if (other >= 0 && !defended(buf, i - 4, i) && findLive(buf, i - 12, i + 6, OWN) < 0) hit(RULES.covert, other, i);
    }
    if (m & M_DOX && (requested(buf, i, 8) || findCls(buf, i - 6, i + 6, OTHER) >= 0) && !defended(buf, i, i))
      hit(RULES.doxxing, i, i);
    if (m & M_SCRAPE) {
      const attr = findCls(buf, i + 1, i + 12, PATTR);
      if (attr >= 0 && !defended(buf, i, attr) && findLive(buf, i - 4, attr + 4, OWN) < 0)
        hit(RULES.scrapePersonal, i, attr);
    }
    // Spam.
    if ((c & MSG || m & M_SPAM) && bulkish) {
      const bulk = findNum(buf, i - 8, i + 4, 1000) >= 0 || findCls(buf, i - 8, i + 4, BULK) >= 0;
      const send = findCls(buf, i - 8, i, SEND | REQ) >= 0 || findMark(buf, i - 8, i, M_BOT) >= 0;
      const strongUnsol = findStrongUnsol(buf, lex, i - 14, i + 14);
      const optin = findLive(buf, i - 14, i + 14, OPTIN) >= 0;
      const context =
        findCls(buf, i - 14, i + 14, UNSOL) >= 0 || findMark(buf, i - 14, i + 14, M_PROMO | M_PLATFORM) >= 0;
      if ((bulk || strongUnsol) && send && !optin && context && !defended(buf, i, i)) hit(RULES.bulkMessaging, i, i);
    }
    if (c & EVADE && wc & AV) {
      const f = findCls(buf, i + 1, i + 6, AV);
      if (f >= 0) {
        const spammy =
          findMark(buf, i - 10, f + 6, M_SPAM) >= 0 ||
          (findCls(buf, i - 12, f + 8, MSG) >= 0 &&
            (findCls(buf, i - 12, f + 8, BULK | UNSOL) >= 0 || findNum(buf, i - 12, f + 8, 1000) >= 0));
        const soft = lex.evadePre.has(buf.hash[i] as number) || isAvoid(buf, i);
        if (
          spammy &&
          (!soft || findCls(buf, i - 12, f + 8, BULK | UNSOL) >= 0 || findNum(buf, i - 12, f + 8, 1000) >= 0)
        )
          hit(RULES.filterEvasion, i, f);
      }
    }
    if (m & M_SPAM && !(i + 1 < n && (cls[i + 1] as number) & AV) && !defended(buf, i - 2, i + 2)) {
      if (
        requested(buf, i, 8) ||
        findMark(buf, i - 6, i + 4, M_BOT | M_PLATFORM) >= 0 ||
        findCls(buf, i - 6, i + 4, BULK) >= 0 ||
        findVerb(buf, i - 6, i - 1, SEND, MSG) >= 0
      )
        hit(RULES.spamRequest, i, i);
    }
    if (m & M_BOT && wc & SEND && (bulkish || wm & (M_PROMO | M_EVERY))) {
      const act = findCls(buf, i + 1, i + 8, SEND);
      if (act >= 0) {
        const every = findMark(buf, act, act + 14, M_EVERY);
        const reach =
          findMark(buf, i - 4, act + 14, M_PROMO) >= 0 ||
          (every >= 0 && findMark(buf, every + 1, every + 4, M_PLATFORM) >= 0) ||
          findCls(buf, i - 4, act + 14, BULK | UNSOL) >= 0 ||
          findNum(buf, i - 4, act + 14, 100) >= 0;
        if (
          reach &&
          !defended(buf, i, act) &&
          findLive(buf, i - 4, act + 14, OPTIN | OWN) < 0 &&
          findMark(buf, i - 4, act + 14, M_SAMPLE) < 0
        )
          hit(RULES.spamBot, i, act);
      }
    }
    // Fake engagement.
    if (c & FAKE) {
      const eng = findCls(buf, i - 3, i + 5, ENGAGE);
      const strongFake = (m & M_STRONGFAKE) !== 0;
      const act =
        requested(buf, i, 10) ||
        findCls(buf, i - 10, i + 10, REQ | SEND | MAKE) >= 0 ||
        findMark(buf, i - 10, i + 10, M_BUY | M_HOW | M_BOT) >= 0;
      if (
        (eng >= 0 || strongFake) &&
        act &&
        !defended(buf, i, eng < 0 ? i : eng) &&
        findMark(buf, i - 8, i + 8, M_SAMPLE) < 0
      )
        hit(RULES.fakeEngagement, i, eng < 0 ? i : eng);
    }
    if (m & M_REVIEWS || (c & ENGAGE && findCls(buf, i - 8, i + 14, IMPERSONATE) >= 0)) {
      const imp = findCls(buf, i - 8, i + 14, IMPERSONATE | FAKE);
      const count = findNum(buf, i - 4, i - 1, 3);
      const star = findMark(buf, i - 2, i - 1, M_STAR);
      const ask = requested(buf, i, 8) || findMark(buf, i - 8, i, M_BUY) >= 0;
      if (
        (imp >= 0 || (m & M_REVIEWS && count >= 0 && ask) || (star >= 0 && m & M_REVIEWS && ask)) &&
        !defended(buf, i, i) &&
        findMark(buf, i - 8, i + 8, M_SAMPLE) < 0
      )
        hit(RULES.fakeReviews, count >= 0 ? count : i, Math.max(imp, i));
    }
    if (m & M_BUY) {
      const eng = findCls(buf, i + 1, i + 5, ENGAGE);
      if (eng >= 0 && !defended(buf, i, eng)) hit(RULES.fakeEngagement, i, eng);
    }
    // Harmful content.
    if (c & WEAPON) {
      const make = findCls(buf, i - 8, i - 1, MAKE) >= 0 || findMark(buf, i - 8, i - 1, M_HOW) >= 0;
      if (make && requested(buf, i, 10) && !defended(buf, i, i)) hit(RULES.weapons, i, i);
    }
    if (c & VIOLENT && target) {
      const target = findTarget(buf, i + 1, i + 5);
      if (target >= 0 && !defended(buf, i, target)) {
        const ask = requested(buf, i, 10) || findCls(buf, i, i + 14, LAW) >= 0;
        if (ask) hit(RULES.violence, i, target);
      }
    }
    if (c & LAW) {
      const pre = findEvadePre(buf, lex, i - 5, i - 1);
      if (pre >= 0 && requested(buf, pre, 16) && !defended(buf, pre, i)) hit(RULES.evadeLaw, pre, i);
    }
    if (c & FRAUD && (requested(buf, i, 10) || findMark(buf, i - 6, i - 1, M_BUY) >= 0) && !defended(buf, i, i))
      hit(RULES.fraud, i, i);
    if (c & IMPERSONATE) {
      const gain = findMark(buf, i + 1, i + 14, M_MONEY);
      const cred = findCls(buf, i + 1, i + 14, CRED | PATTR);
      const end = gain >= 0 ? gain : cred;
      if (end >= 0 && requested(buf, i, 10) && !defended(buf, i, end))
        hit(cred >= 0 && (gain < 0 || cred < gain) ? RULES.phishingKit : RULES.impersonation, i, end);
    }
  }
  return true;
}

/** Trackers strong enough that a person and the person's phone or account suffice. */
const strongTrack = new Set<number>();
/** Soft evasion verbs: around spam filters they need a bulk or unsolicited cue too. */
const avoidWords = new Set<number>();

function isStrongTrack(buf: TokenBuffer, i: number): boolean {
  if (strongTrack.size === 0)
    for (const h of hashes(
      'track tracking trace stalk stalking locate intercept spy spying airtag airtags tracker trackers gps',
    ))
      strongTrack.add(h);
  return strongTrack.has(buf.hash[i] as number) || strongTrack.has(buf.stem[i] as number);
}

function isAvoid(buf: TokenBuffer, i: number): boolean {
  if (avoidWords.size === 0) for (const h of hashes('avoid avoiding hide hiding')) avoidWords.add(h);
  return avoidWords.has(buf.hash[i] as number);
}

function findStrongUnsol(buf: TokenBuffer, lex: Lexicon, from: number, to: number): boolean {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  for (let j = a; j <= b; j++) if (lex.unsolicited.has(buf.hash[j] as number)) return true;
  return false;
}

function findTarget(buf: TokenBuffer, from: number, to: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  for (let j = a; j <= b; j++) {
    if ((buf.cls[j] as number) & OTHER || (marks[j] as number) & (M_VICTIM | M_SELF | M_BODY)) return j;
  }
  return -1;
}

function findEvadePre(buf: TokenBuffer, lex: Lexicon, from: number, to: number): number {
  const a = Math.max(from, 0);
  const b = to >= buf.length ? buf.length - 1 : to;
  for (let j = a; j <= b; j++) {
    if ((buf.cls[j] as number) & EVADE || lex.evadePre.has(buf.hash[j] as number)) return j;
  }
  return -1;
}

/** Every class a token can have that matters to the learned scorer's category choice. */
export const CATEGORY_CUES = Object.freeze({
  malware: MAL | PHISH | CRED | INTRUDE | EVADE | AV,
  privacy: PATTR | TRACK | COVERT,
  spam: MSG | FAKE | ENGAGE | BULK | UNSOL,
});

/** Classes of the window's tokens ORed together (after {@link runGrammar} classified them). */
export function windowClasses(buf: TokenBuffer): number {
  let all = 0;
  for (let i = 0; i < buf.length; i++) all |= buf.cls[i] as number;
  return all;
}
