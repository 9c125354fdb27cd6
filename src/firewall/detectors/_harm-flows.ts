/**
 * Where things go: three readings of a request by what is acted on, whose it is and where it is
 * sent, read over the harmful detector's word tokens (one window at a time).
 *
 * - Special categories of personal data (health, genes, pregnancy, sexuality, union membership,
 *   immigration status, disability, faith) of people held in records, moved to a party with power
 *   over them or to the public (an employer, an insurer, an advertiser, a landlord, the press), or
 *   sold; and records of people sold (`join the viewing logs to customers' names and sell them`).
 * - Another person's address signed up to mailing lists by the thousand (a mail bomb).
 * - A program that moves other people's funds, tokens or card data to the asker (`sweeps every
 *   NFT to my address`, `reads track data from the till's memory and posts it to my server`).
 *
 * Each reading looks a fixed number of tokens around an anchor, so a window is read in time
 * linear in its length. A negation before the act (`we never sell …`), a protective or
 * explanatory purpose (`a policy`, `redact`, `anonymized`, `how do …`) and the asker's own data
 * leave the request alone.
 *
 * @internal Not part of the public API.
 */
import { F_BREAK, F_CAPITAL, F_POSSESSIVE, foldHash, foldHashes, type TokenBuffer } from './_harmful-lex.js';

/** What a reading found: the finding kind and the token span `[first, last]`. */
export type FlowVisitor = (
  kind: 'personalData' | 'bulkMessaging' | 'malwareBehavior',
  first: number,
  last: number,
) => void;

// Word bits.
/** A special category of personal data, standing alone (`hiv`, `pregnancy`, `immigration`). */
const SPECIAL = 1;
/** People held in records (`patients`, `tenants`) or fields that name them (`names`, `emails`). */
const PEOPLE = 2;
/** Moving data to someone (`send`, `forward`, `share`, `upload`, `post`). */
const MOVE = 4;
/** A party with power over the people (`employer`, `insurer`, `landlord`), or a decision against them (`layoff`). */
const TAKER = 8;
/** Selling (`sell`, `sold`, `monetize`). */
const SALE = 16;
/** A protective, corrective or explanatory purpose (`policy`, `redact`, `anonymized`). */
const GUARD = 32;
/** A negation (`never`, `not`, `don't`). */
const NEG = 64;
/** Data about people (`records`, `logs`, `list`, `segment`). */
const DATA = 128;
/** A special category word that counts only with the word after it (`union` `members`). */
const HEADED = 256;
/** Signing up (`subscribe`, `register`, `enroll`). */
const ENROLL = 512;
/** Mailing lists and sign-up forms. */
const LISTS = 1024;
/** Many (`thousands`, `every`, `all`). */
const MANY = 2048;
/** An inbox or address (`email`, `inbox`, `address`). */
const INBOX = 4096;
/** Funds, tokens or card data. */
const ASSET = 8192;
/** Moving assets away (`sweep`, `drain`, `transfer`). */
const TAKE = 16384;
/** A destination held by the asker (`wallet`, `address`, `server`). */
const MINE_DEST = 32768;
/** Someone the program is run on (`visitors`, `victims`, `approval`, `memory`). */
const VICTIM = 65536;
/** Words that open a question (`how`, `why`, `is`, `does`). */
const ASKS = 131072;
/** Words that make a program (`write`, `code`, `build`, `finish`). */
const MAKE = 262144;
/** The public or those who publish (`press`, `tabloid`, `forum`, `pastebin`). */
const PUBLIC = 524288;
/** A third person (`her`, `his`): whose data it is when the data goes to the public or is sold. */
const THIRD = 1048576;
/** Where a program finds people it never dealt with (`directory`, `search`, `scraped`, `leaked`). */
const STRANGERS = 2097152;
/** A call that sends or posts a message (`send`, `post`, `comment`, `dm`). */
const SEND = 4194304;
/** An offer (`off`, `discount`, `casino`, `signals`). */
const PROMO = 8388608;
/** A loop (`for`, `foreach`, `while`). */
const LOOP = 16777216;
/** Who a campaign goes to, as a key or a noun (`recipients`, `audience`). */
const RECIPIENTS = 33554432;
/** Starting a send (`launch`, `start`, `send`, `blast`). */
const LAUNCH = 67108864;
/** A setting turned off (`false`, `disabled`): after a guard word, the guard is off. */
const OFF = 134217728;
/** Cleaning a list or guarding against it (`remove`, `suppress`, `detect`). */
const CLEAN = 268435456;

const WORDS: ReadonlyArray<readonly [number, string]> = [
  [
    SPECIAL,
    'hiv std stds diagnosis diagnoses dx psychiatric psychiatry antidepressant antidepressants therapist rehab pregnancy pregnant pregnancies hcg prenatal fertility ivf abortion abortions miscarriage menstrual genetic dna genome genomic brca brca1 brca2 23andme ancestrydna orientation gay lesbian bisexual transgender closeted lgbt lgbtq immigration visa visas undocumented disability disabilities disabled religion religious mosque synagogue acr',
  ],
  [HEADED, 'union mental medical health viewing sexual'],
  [
    PEOPLE,
    'patients patient employees employee staff workers personnel customers customer clients members students tenants users residents applicants visitors subscribers donors voters guests riders viewers households names name emails addresses phone phones ssn passport',
  ],
  [
    MOVE,
    'send sends sent email emails emailed mail mails mailed forward forwards share shares shared upload uploads give hand post posts publish publishes leak leaks expose exposes deliver tell dm provide package packages export exports match matched join cross-reference crossreference',
  ],
  [
    TAKER,
    'employer employers manager managers management boss bosses supervisor supervisors leads insurer insurers insurance reinsurance underwriter underwriters advertiser advertisers ad ads adtech broker brokers databroker buyer buyers landlord landlords police cops ice tip tips husband wife spouse marketers company layoff layoffs rif fire firing evict eviction evictions deport deportation dismissal terminate termination demote blacklist redundancy',
  ],
  [
    PUBLIC,
    'press journalist journalists tabloid tabloids reporter reporters media forum pastebin paste public publicly family',
  ],
  [THIRD, 'her his him she he'],
  [SALE, 'sell sells selling sold resell monetize monetise monetizing monetising buy'],
  [
    GUARD,
    'policy policies notice explain explaining explains prevent prevents protect protects redact redacted mask masked anonymize anonymized anonymise anonymised aggregate aggregated deidentified pseudonymize pseudonymise remove removes delete deletes erase detect detection illegal lawful unlawful hipaa gdpr dpia translate translates claim claims billing reimbursement coverage prior consent consents consented count counts total totals statistics stats average detector detectors alert alerts suppress exclude dedupe purge block blocks hide hides moderate moderation classifier classify',
  ],
  [NEG, 'never not dont doesnt wont cannot no nor without'],
  [OFF, 'false disabled no none off'],
  [CLEAN, 'remove removes delete deletes suppress exclude dedupe purge detect detection block blocks filter filters'],
  [
    DATA,
    'data list lists segment records record logs log history file files csv spreadsheet table export dataset details profiles results transcripts chart labs notes sheet',
  ],
  [ENROLL, 'subscribe subscribes subscribing signup sign signing register registers enroll enrol enrolls'],
  [LISTS, 'newsletter newsletters mailing lists forms sites'],
  [MANY, 'thousands thousand hundreds every all many'],
  [INBOX, 'email inbox address mailbox'],
  [ASSET, 'tokens token nft nfts funds coins crypto eth usdt usdc card cards track assets'],
  [TAKE, 'sweep sweeps sweeper drain drains drainer transfer transfers move moves send sends post posts steal steals'],
  [MINE_DEST, 'wallet address addr server account'],
  [
    VICTIM,
    'visitors visitor victims victim approval approvals setapprovalforall memory readprocessmemory connect connects pos till',
  ],
  [ASKS, 'how why what which does do is are can should did'],
  [MAKE, 'write code build make create finish complete implement combine'],
  [STRANGERS, 'directory search scraped leaked harvested purchased bought'],
  [SEND, 'send sendmail post comment dm message messages reply tweet sms dial status'],
  [
    PROMO,
    'off discount discounts free win earn crypto casino signals loan loans giveaway promo deal deals vpn nitro bonus offer',
  ],
  [LOOP, 'for foreach while'],
  [RECIPIENTS, 'recipients recipient audience targets contacts'],
  [LAUNCH, 'launch start send run blast dial schedule'],
];

/** Words that let `union`, `mental`, `medical`, `health`, `sick`, `viewing`, `sexual` stand as a category. */
const HEAD_TAILS: ReadonlyMap<number, ReadonlySet<number>> = new Map(
  (
    [
      ['union', 'card cards member members membership dues organizer organizers organizing drive sign signup list'],
      ['mental', 'health illness condition conditions'],
      ['medical', 'history records record condition conditions file files data results notes status'],
      ['health', 'records record data condition conditions information info status history claims'],
      ['viewing', 'logs log history data habits'],
      ['sexual', 'orientation'],
    ] as const
  ).map(([w, tails]) => [foldHash(w), foldHashes(tails)]),
);

/**
 * Words that take their bits only beside certain words: `tips` before `line` or a mail address's
 * `@` (not `tips on …`), `family` before `group` or `chat` (not `family doctor`), `leads` after
 * `team`, `company` after `whole` or `insurance`, `public` not before `health`, `fire` not before
 * `off` or `alarm`.
 */
const TIED: ReadonlyMap<number, readonly [0 | 1 | 2, ReadonlySet<number>]> = new Map(
  (
    [
      ['tip', 0, 'line hotline'],
      ['tips', 0, 'line hotline'],
      ['family', 0, 'group chat thread whatsapp'],
      ['leads', 1, 'team'],
      ['company', 1, 'whole entire insurance'],
      ['public', 2, 'health'],
      ['fire', 2, 'off up alarm alarms drill safety department extinguisher'],
    ] as const
  ).map(([w, mode, others]) => [foldHash(w), [mode, foldHashes(others)]]),
);
/** Modes of {@link TIED}: the next word must be one of the set, the previous one must, the next must not. */
const NEXT_IN = 0;
const PREV_IN = 1;

/** Whether the tied word at `k` stands where it takes its bits (see {@link TIED}). */
function tiedStands(buf: TokenBuffer, text: string, k: number, n: number): boolean {
  const tie = TIED.get(buf.hash[k]!);
  if (tie === undefined) return true;
  const [mode, others] = tie;
  if (mode === PREV_IN) return k > 0 && others.has(buf.hash[k - 1]!);
  const next = k + 1 < n && others.has(buf.hash[k + 1]!);
  if (mode === NEXT_IN) return next || text.charCodeAt(buf.end[k]!) === 64;
  return !next;
}

/** Service nouns: a special category word before one names a service (`disability awareness training`). */
const SERVICE: ReadonlySet<number> = foldHashes(
  'clinic clinics counselor counsellor counselors resources resource policy policies training meeting meetings newsletter program programme benefit benefits coverage leave awareness support hotline services service provider providers campaign guide research prevention lawyer lawyers attorney office department law laws plan plans accommodation accommodations',
);
/** Using a service (`searched for abortion clinics`, `booked`, `attended`): the people who did are its data. */
const USED: ReadonlySet<number> = foldHashes(
  'searched search visited visit visits attended attend attends booked bought purchased enrolled called used uses',
);

let table: Map<number, number> | null = null;
function words(): Map<number, number> {
  if (table !== null) return table;
  const t = new Map<number, number>();
  for (const [bit, list] of WORDS) for (const h of foldHashes(list)) t.set(h, (t.get(h) ?? 0) | bit);
  table = t;
  return t;
}

const MY = foldHash('my');
const OUR = foldHash('our');
const ME = foldHash('me');
const UP = foldHash('up');
const SIGN = foldHash('sign');
const TO = foldHash('to');
const COULD = foldHash('could');

/** Bits of each token of the window, reused. */
const bits = new Uint32Array(256);

/** Tokens either side of a special category or a sale within which the people, the act and the taker are read. */
const REACH = 40;
/** Tokens either side of a sign-up within which the lists, the count and the address are read. */
const ENROLL_REACH = 16;
/** Tokens after a loop's source within which the loop sends, and either side within which the offer is read. */
const LOOP_REACH = 40;
/** Tokens either side of a move of assets within which the assets, the destination and the victim are read. */
const TAKE_REACH = 16;

function find(n: number, from: number, to: number, mask: number): number {
  const a = from < 0 ? 0 : from;
  const b = to >= n ? n - 1 : to;
  for (let k = a; k <= b; k++) if ((bits[k]! & mask) !== 0) return k;
  return -1;
}

/** Whether one of the three tokens before `at` negates it. */
function negated(n: number, at: number): boolean {
  return at < n && find(n, at - 3, at - 1, NEG) >= 0;
}

/**
 * A protective purpose in `[from, to]` that is not negated: `without their consent` and
 * `"consent_check": false` are no guard.
 */
function guarded(n: number, from: number, to: number): boolean {
  const a = from < 0 ? 0 : from;
  const b = to >= n ? n - 1 : to;
  for (let k = a; k <= b; k++)
    if ((bits[k]! & GUARD) !== 0 && find(n, k - 2, k - 1, NEG) < 0 && find(n, k + 1, k + 2, OFF) < 0) return true;
  return false;
}

/**
 * Whether the sentence holding `at` is a question (`How do …?`, `Is it …?`): it opens with a
 * question word and ends with `?`. `Could you …?` asks for the act, and `Do the real version.` orders it.
 */
function question(buf: TokenBuffer, text: string, at: number): boolean {
  let s = at;
  while (s > 0 && (buf.flags[s]! & F_BREAK) === 0) s--;
  if ((bits[s]! & ASKS) === 0 || buf.hash[s] === COULD) return false;
  let e = at + 1;
  while (e < buf.length && (buf.flags[e]! & F_BREAK) === 0) e++;
  // The first mark after the sentence's last word.
  for (let c = buf.end[e - 1]!; c < text.length; c++) {
    const ch = text.charCodeAt(c);
    if (ch === 63) return true;
    if (ch === 46 || ch === 33 || ch === 10 || ch === 59) return false;
  }
  return false;
}

/** Whether `at` is the asker's (`my`/`our` right before it, or `our own`). */
function owned(buf: TokenBuffer, at: number): boolean {
  for (let k = at - 2; k < at; k++) if (k >= 0 && (buf.hash[k] === MY || buf.hash[k] === OUR)) return true;
  return false;
}

/** Whether the special category word at `i` stands as a category (`union members`, not `union` alone). */
function category(buf: TokenBuffer, i: number, n: number): boolean {
  // `disability awareness training`, `the abortion clinic`: a service, unless someone used it.
  if (i + 1 < n && (SERVICE.has(buf.hash[i + 1]!) || SERVICE.has(buf.stem[i + 1]!))) {
    let used = false;
    for (let k = Math.max(0, i - 4); k < i; k++) if (USED.has(buf.hash[k]!)) used = true;
    if (!used) return false;
  }
  if ((bits[i]! & SPECIAL) !== 0) return true;
  if ((bits[i]! & HEADED) === 0 || i + 1 >= n) return false;
  const tails = HEAD_TAILS.get(buf.hash[i]!);
  return tails !== undefined && (tails.has(buf.hash[i + 1]!) || tails.has(buf.stem[i + 1]!));
}

/**
 * Special categories of people's data moved to a party with power over them or sold, and records
 * of people sold. `[i]` is a special category word or a sale.
 */
function dataFlow(buf: TokenBuffer, text: string, n: number, i: number, visit: FlowVisitor): void {
  const a = i - REACH;
  const b = i + REACH;
  const special = category(buf, i, n);
  const sale = (bits[i]! & SALE) !== 0;
  if (!special && !sale) return;
  if (special && owned(buf, i) && find(n, i - 2, i - 1, PEOPLE) < 0) return;
  // Whose data: people in records, or a person named by a possessive; a pronoun or a name when the
  // data goes to the public or is sold.
  let who = find(n, a, b, PEOPLE);
  if (who < 0) {
    for (let k = Math.max(0, a); k <= Math.min(n - 1, b); k++)
      if ((buf.flags[k]! & F_POSSESSIVE) !== 0 && buf.hash[k] !== MY) {
        who = k;
        break;
      }
  }
  if (who < 0 && find(n, a, b, PUBLIC | SALE) >= 0) {
    who = find(n, a, b, THIRD);
    if (who < 0) who = properName(buf, Math.max(0, a), Math.min(n - 1, b));
  }
  if (who < 0) return;
  let act: number;
  let end: number;
  if (special) {
    // Moved to a taker, or sold.
    const move = find(n, a, b, MOVE | SALE);
    if (move < 0 || negated(n, move)) return;
    const taker = find(n, a, b, TAKER | PUBLIC | SALE);
    // `… never to their employers`: the taker is the one it must not reach.
    if (taker < 0 || negated(n, taker)) return;
    act = Math.min(move, taker);
    end = Math.max(move, taker);
  } else {
    // A sale of people's records: what is sold is the records (or `it` after them), and someone buys.
    if (negated(n, i) || !soldRecords(buf, n, i)) return;
    const data = find(n, i - 12, i + 8, DATA);
    if (data < 0 || find(n, a, b, TAKER | PUBLIC) < 0) return;
    act = Math.min(i, data);
    end = Math.max(i, data);
  }
  const from = Math.min(i, who, act);
  const to = Math.max(i, who, end);
  if (guarded(n, from - 4, to + 4) || question(buf, text, from) || question(buf, text, i)) return;
  visit('personalData', from, to);
}

const DETERMINER: ReadonlySet<number> = foldHashes('the our my a an this that these those their all every its');
const PRONOUN_OBJECT: ReadonlySet<number> = foldHashes('it them that this');
const BUY = foldHash('buy');

/**
 * Whether the sale at `i` sells records of people: its object (past determiners) is data or people
 * (`sell the segment`, `sell customers' emails`), or `it` after the data (`… and sell it`), or the
 * buying is someone else's (`insurers who asked to buy it`). `sell our house` and `sell the
 * business` sell something else.
 */
function soldRecords(buf: TokenBuffer, n: number, i: number): boolean {
  if (buf.hash[i] === BUY) return true;
  let k = i + 1;
  while (k < n && k <= i + 3 && DETERMINER.has(buf.hash[k]!)) k++;
  if (k >= n) return false;
  if ((bits[k]! & (DATA | PEOPLE)) !== 0) return true;
  // `sell the browsing data`: one word before the data, in the same sentence.
  if (k + 1 < n && (bits[k + 1]! & DATA) !== 0 && (buf.flags[k + 1]! & F_BREAK) === 0) return true;
  return PRONOUN_OBJECT.has(buf.hash[k]!) && find(n, i - 12, i - 1, DATA) >= 0;
}

/** First of two capitalized words in a row inside a sentence in `[from, to]` (`Leona Marsh`), or -1. */
function properName(buf: TokenBuffer, from: number, to: number): number {
  for (let k = from; k < to; k++)
    if (
      (buf.flags[k]! & (F_CAPITAL | F_BREAK)) === F_CAPITAL &&
      (buf.flags[k + 1]! & (F_CAPITAL | F_BREAK)) === F_CAPITAL &&
      bits[k] === 0 &&
      bits[k + 1] === 0
    )
      return k;
  return -1;
}

/**
 * Another person's address signed up to mailing lists by the thousand: `subscribe ops@rival… to
 * every newsletter you can find`, `sign my ex's email up to thousands of mailing lists`.
 */
function mailBomb(buf: TokenBuffer, text: string, n: number, i: number, visit: FlowVisitor): void {
  // `sign` counts only as `sign … up`.
  if (buf.hash[i] === SIGN) {
    let up = -1;
    for (let k = i + 1; k <= i + 6 && k < n; k++) if (buf.hash[k] === UP) up = k;
    if (up < 0) return;
  }
  if (negated(n, i) || question(buf, text, i)) return;
  const b = i + ENROLL_REACH;
  const lists = find(n, i + 1, b, LISTS);
  const many = find(n, i + 1, b, MANY);
  if (lists < 0 || (many < 0 && !bulkCount(buf, Math.max(0, i - 6), Math.min(n - 1, b)))) return;
  // Whose address: a written mail address, or another person's inbox (`my coworker's address`).
  let target = -1;
  for (let k = Math.max(0, i - 8); k < lists && target < 0; k++) {
    if (text.charCodeAt(buf.end[k]!) === 64) target = k;
    else if ((bits[k]! & INBOX) !== 0 && k > 0 && (buf.flags[k - 1]! & F_POSSESSIVE) !== 0 && buf.hash[k - 1] !== MY)
      target = k;
  }
  if (target < 0) return;
  if (guarded(n, i - 10, b + 4)) return;
  visit('bulkMessaging', i, lists);
}

/** A number of at least a hundred in `[from, to]`. */
function bulkCount(buf: TokenBuffer, from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (buf.num[k]! >= 100) return true;
  return false;
}

/**
 * A program that moves other people's funds, tokens or card data to the asker: `a fake mint page
 * that sweeps every NFT to my address`, `read the track data from the till's memory and post it to
 * my server`. The asker's own assets (`move my tokens to my new wallet`) are left.
 */
function assetsTaken(buf: TokenBuffer, text: string, n: number, i: number, visit: FlowVisitor): void {
  if (negated(n, i) || question(buf, text, i)) return;
  const a = i - TAKE_REACH;
  const b = i + TAKE_REACH;
  const asset = find(n, a, b, ASSET);
  if (asset < 0 || owned(buf, asset)) return;
  // To the asker: `my wallet`, `my address`, `me`.
  let dest = -1;
  for (let k = i + 1; k <= b && k < n && dest < 0; k++) {
    if (buf.hash[k] === ME && buf.hash[k - 1] === TO) dest = k;
    else if ((bits[k]! & MINE_DEST) !== 0 && (buf.hash[k - 1] === MY || buf.hash[k - 2] === MY)) dest = k;
    // A literal wallet address (`0x9a3f…`).
    else if (
      buf.hash[k - 1] === TO &&
      text.charCodeAt(buf.start[k]!) === 48 &&
      (text.charCodeAt(buf.start[k]! + 1) | 32) === 120
    )
      dest = k;
  }
  if (dest < 0) return;
  const victim = find(n, a - 8, b, VICTIM);
  const make = find(n, a - 8, b + 8, MAKE);
  if (victim < 0 || make < 0) return;
  if (guarded(n, a, b)) return;
  visit('malwareBehavior', Math.min(make, asset, victim), Math.max(dest, asset, victim));
}

/**
 * A program that loops over people it found and never dealt with, sending each an offer: `for acct
 * in m.directory(): m.status_post('@' + acct + ' 50% off …')`, `for r in $(gh search repos …); do gh
 * issue comment … 'Try our VPN, 70% off'`. `[i]` is the loop's source.
 */
function codeBlast(n: number, i: number, visit: FlowVisitor): void {
  const loop = find(n, i - 8, i - 1, LOOP);
  if (loop < 0) return;
  const send = find(n, i + 1, i + LOOP_REACH, SEND);
  if (send < 0 || find(n, loop - LOOP_REACH, send + LOOP_REACH, PROMO) < 0) return;
  if (negated(n, send) || guarded(n, loop - 8, send + 8)) return;
  visit('bulkMessaging', loop, send);
}

/**
 * A campaign whose recipients are a scraped, leaked or bought list, set going: `"recipients":
 * "scraped_leads_20k.csv" … Launch this campaign config.` `[i]` is the list's origin.
 */
function listCampaign(n: number, i: number, visit: FlowVisitor): void {
  const rec = find(n, i - 4, i - 1, RECIPIENTS);
  if (rec < 0) return;
  const go = find(n, i - LOOP_REACH, i + LOOP_REACH, LAUNCH);
  if (go < 0 || negated(n, go) || find(n, i - 10, i + 10, CLEAN) >= 0) return;
  visit('bulkMessaging', Math.min(rec, go), Math.max(i, go));
}

/**
 * Reads the window's tokens from `fresh` on (earlier ones were read with the previous window) and
 * reports each finding to `visit`.
 */
export function readFlows(buf: TokenBuffer, text: string, fresh: number, visit: FlowVisitor): void {
  const n = buf.length;
  if (n < 4) return;
  const t = words();
  let any = 0;
  for (let k = 0; k < n; k++) {
    let v = (t.get(buf.hash[k]!) ?? 0) | (t.get(buf.stem[k]!) ?? 0);
    if (v !== 0 && !tiedStands(buf, text, k, n)) v = 0;
    bits[k] = v;
    any |= v;
  }
  const anchors = SPECIAL | HEADED | SALE | ENROLL | TAKE | STRANGERS;
  if ((any & anchors) === 0) return;
  for (let i = fresh; i < n; i++) {
    const v = bits[i]!;
    if ((v & anchors) === 0) continue;
    if (v & (SPECIAL | HEADED | SALE)) dataFlow(buf, text, n, i, visit);
    if (v & ENROLL) mailBomb(buf, text, n, i, visit);
    if (v & TAKE) assetsTaken(buf, text, n, i, visit);
    if (v & STRANGERS && (any & LOOP) !== 0) codeBlast(n, i, visit);
    if (v & STRANGERS && (any & RECIPIENTS) !== 0) listCampaign(n, i, visit);
  }
}
