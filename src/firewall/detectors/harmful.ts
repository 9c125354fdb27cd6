/**
 * Harmful requests in plain language: malware creation and intrusion, collecting or exposing a
 * specific person's private data, mass unsolicited messaging, fake reviews and engagement, and
 * other harmful requests (weapons, violence, fraud, evading the authorities).
 *
 * Two passes over the words of a segment, and a third by characters over Chinese, Japanese and
 * Korean sentences (`_harmful-cjk.ts`). A lexicon grammar (`_harmful-grammar.ts`) reports
 * `high` findings when a request, a harmful object and a modifier meet within a few words, unless
 * defensive, educational, fictional or first-party cues sit nearby. A learned scorer
 * (`_harmful-model.ts`) reads each sentence that carries a harm cue and reports a `low`
 * finding when its log-odds pass a threshold tuned on the training split; it reads only windows
 * the grammar reported nothing in. Trained on little data, it is a supporting signal: alone it
 * lowers the score without changing the decision, beside any other finding it tips the balance.
 *
 * @internal Not part of the public API.
 */
import { frameReading, isNarrated } from './_frame-reading.js';
import { gateFinds, gateRead, joinGate } from './_gate.js';
import { readFlows } from './_harm-flows.js';
import { type CjkFindingKind, scanHarmfulCjk } from './_harmful-cjk.js';
import { CATEGORY_CUES, type HarmfulRule, RULES, runGrammar, windowClasses } from './_harmful-grammar.js';
import { F_BREAK, foldHashes, lastTokens, TokenBuffer, tokenize } from './_harmful-lex.js';
import { hasModel, SENTENCE_MAX, score, threshold } from './_harmful-model.js';
import { COVERT, FRAUD, INTRUDE, LAW, MAL, PATTR, PHISH, STEAL, UNSOL, VIOLENT, WEAPON } from './_harmful-words.js';
import type { Detector, FindingSink } from './types.js';

/** Fewest word tokens a sentence needs before the scorer reads it. */
const MIN_WORDS = 4;
/** Shortest segment worth tokenizing: two words and a space (every rule needs two words). */
const MIN_CHARS = 3;
/**
 * Classes that let a sentence reach the scorer when the grammar found nothing in its window: words
 * rare in ordinary requests (`fake`, `disable`, `hide`, `avoid` are common there and do not).
 */
const MODEL_CUES = MAL | PHISH | STEAL | INTRUDE | COVERT | PATTR | WEAPON | VIOLENT | FRAUD | LAW | UNSOL;

const MODEL_ID = 'harmful.model';
const MODEL_DESCRIPTION = 'reads as a harmful request to the learned scorer';

const buf = new TokenBuffer();

/** Longest span reported: the evidence is the span itself, so a long one is cut. */
const SPAN_MAX = 80;

/** Reports `[start, end)` of the segment, cut to {@link SPAN_MAX} without splitting a surrogate pair. */
function report(
  sink: FindingSink,
  text: string,
  id: string,
  category: string,
  severity: 'high' | 'medium' | 'low',
  description: string,
  start: number,
  end: number,
): void {
  let e = end;
  if (e - start > SPAN_MAX) {
    e = start + SPAN_MAX;
    const c = text.charCodeAt(e - 1);
    if (c >= 0xd800 && c <= 0xdbff) e--;
  }
  sink.report(id, category, severity, description, start, e, text.slice(start, e));
}

function categoryOf(classes: number): string {
  if (classes & CATEGORY_CUES.malware) return 'malware';
  if (classes & CATEGORY_CUES.privacy) return 'privacy';
  if (classes & CATEGORY_CUES.spam) return 'spam';
  return 'harmful-content';
}

/** Classes ORed over tokens `[from, to)` (after the grammar classified them). */
function classesOf(from: number, to: number): number {
  let all = 0;
  // cast drops `undefined`: from ≤ i < to ≤ buf.length
  for (let i = from; i < to; i++) all |= buf.cls[i] as number;
  return all;
}

let current = '';
let currentSink: FindingSink | null = null;
/** The grammar reported something in the current window. */
let found = false;

/** A made-up artifact: a simulation, a scene, a story, a drawing of the thing. */
const UNREAL =
  /\b(?:simulat(?:e|es|ed|ion|ions|or|ing)|scene|story|short story|visuali[sz](?:e|ation)|animation|diagram|toy model|board game|harmless(?!-)|tabletop|prop|mock-?up)\b/i;
/**
 * The working artifact disclaimed: `no network code`, `without any code`, `at a high level`, `no
 * real payload`, `changes nothing on disk`, `touches no files`.
 */
const DISCLAIMED =
  /\b(?:no|without(?:\s+any)?|zero)\s+(?:(?:real|actual|working|functional|live|network|networking|exploit|malicious)\s+){0,2}(?:code|payload|networking|network access|exploits?)\b|\bat\s+a\s+high\s+level\b|\bconceptual(?:ly)?\b|\b(?:changes|touches|modifies|encrypts|deletes|does)\s+nothing\b(?!\s+(?:else|visible|noticeable|obvious|suspicious|but)\b)|\b(?:changes|touches|modifies|encrypts|deletes)\s+no\s+(?:files?|data)\b/i;
/** The working thing asked for after all: `full working code`, `for real`, `real machines`. */
const MADE_REAL =
  /(?<!\b(?:no|without|any)\s)\b(?:(?:full|complete|working|functional|compilable|runnable|actual|real)\s+(?:source\s+)?code|real\s+(?:machines|hosts|networks?|targets|devices|computers))\b|\bfor\s+real\b/i;
/** Segment whose non-operational reading was last taken, and that reading. */
let unrealOf = '';
let unrealSeen = false;

/**
 * Whether the segment asks for a made-up artifact and disclaims the working thing (`a worm
 * simulation over a graph, no network code`; `a scene where a trainer explains, at a high level,
 * what a reverse shell is`): malware named in it is the subject of the drawing, not a program
 * asked for. Read once per segment, only when a malware finding is about to be reported.
 */
function nonOperational(segment: string): boolean {
  if (unrealOf !== segment) {
    unrealOf = segment;
    unrealSeen = UNREAL.test(segment) && DISCLAIMED.test(segment) && !MADE_REAL.test(segment);
  }
  return unrealSeen;
}

function onRule(rule: HarmfulRule, first: number, last: number): void {
  // casts drop `undefined`: the grammar reports token indices
  const s = buf.start[first] as number;
  const e = buf.end[last] as number;
  found = true;
  if (rule.category === 'malware' && nonOperational(current)) return;
  if (currentSink !== null) report(currentSink, current, rule.id, rule.category, 'high', rule.description, s, e);
}

function onFlow(kind: 'personalData' | 'bulkMessaging' | 'malwareBehavior', first: number, last: number): void {
  const r = RULES[kind];
  // casts drop `undefined`: the reading reports token indices
  const s = buf.start[first] as number;
  const e = buf.end[last] as number;
  found = true;
  if (currentSink !== null) report(currentSink, current, r.id, r.category, 'high', r.description, s, e);
}

function scanWindow(segment: string, sink: FindingSink, fresh: number): void {
  // i < buf.length ≤ the buffer's capacity; the filter's byte first, the map only on a hit
  for (let i = fresh; i < buf.length; i++) {
    const h = buf.hash[i] as number;
    if ((CUE_FILTER[h & CUE_FILTER_MASK] as number) !== 0) cues |= CUES.get(h) ?? 0;
  }
  current = segment;
  currentSink = sink;
  found = false;
  const gated = runGrammar(buf, fresh, onRule, segment);
  // Where the data, the mail or the assets go: read whether or not the grammar found something.
  readFlows(buf, segment, fresh, onFlow);
  // The scorer only adds what the grammar missed: a window the grammar reported on is done.
  if (!gated || found || !hasModel() || (windowClasses(buf) & MODEL_CUES) === 0) return;
  // The scorer, one sentence at a time; sentences that start before `fresh` were read already.
  const th = threshold();
  const n = buf.length;
  let best = Number.NEGATIVE_INFINITY;
  let bestFrom = 0;
  let bestTo = 0;
  let from = 0;
  while (from < n) {
    let to = from + 1;
    // cast drops `undefined`: to < n = buf.length
    while (to < n && to - from < SENTENCE_MAX && ((buf.flags[to] as number) & F_BREAK) === 0) to++;
    if (to > fresh && to - from >= MIN_WORDS && classesOf(from, to) & MODEL_CUES) {
      const s = score(segment, buf, from, to);
      if (s > best) {
        best = s;
        bestFrom = from;
        bestTo = to;
      }
    }
    from = to;
  }
  if (best >= th) {
    // casts drop `undefined`: best ≥ th means a sentence was scored, so bestFrom < bestTo ≤ n
    const s = buf.start[bestFrom] as number;
    const e = buf.end[bestTo - 1] as number;
    report(sink, segment, MODEL_ID, categoryOf(classesOf(bestFrom, bestTo)), 'low', MODEL_DESCRIPTION, s, e);
  }
}

/** Invented people or records. */
const FAKE = /\b(?:fake|made-up|invented|synthetic)\b/i;
/** Test or seed data the fakes are for. */
const TEST_DATA =
  /\b(?:test|testing|seed|seeding|fixtures?|mock|dummy|demo|sample|staging|qa|dev)\s+(?:data(?:base)?|db|seed|fixtures?|records?|users?|accounts?|environment|env|suite)\b|\bfor\s+(?:our\s+|the\s+|a\s+)?(?:unit\s+|integration\s+)?tests?\b/i;
/** Places and audiences fakes would be shown to as real. */
const FACES_PUBLIC =
  /\b(?:reviews?|ratings?|yelp|google|amazon|trustpilot|app\s*store|play\s*store|tripadvisor|followers|likes|upvotes?|votes?|post(?:ed|ing)?|publish\w*|live\s+site|production|real\s+customers)\b/i;

/** A command-line mailer. */
const MAILER = /\b(?:swaks|mailx?|sendmail|mutt|msmtp|ssmtp|sendemail)\b/i;
/**
 * {@link FAKE}'s and {@link MAILER}'s words in the detectors' shared keyword automaton (ASCII
 * letters in either case, every occurrence), each to stand as a word: a segment the automaton has
 * read is looked up in its matches instead of being read again by each expression.
 */
const LOOK_WORDS = [
  'fake',
  'made-up',
  'invented',
  'synthetic',
  'swaks',
  'mail',
  'mailx',
  'sendmail',
  'mutt',
  'msmtp',
  'ssmtp',
  'sendemail',
];
const LOOK_MAILER = 4;
let lookBase = -1;

/** Whether `re` ({@link FAKE} at `from` 0, {@link MAILER} at 4) finds a word in `segment`. */
function looks(segment: string, re: RegExp, from: number, size: number): boolean {
  if (lookBase < 0) lookBase = joinGate('harmful', LOOK_WORDS);
  const m = gateRead(segment);
  return m === null ? re.test(segment) : gateFinds(m, segment, lookBase + from, size, lookBase + from);
}
/** A loop over the lines of a file or a list (`while read e; do …; done < list`, `xargs`, `for e in $(cat …)`). */
const LIST_LOOP = /\bwhile\s+read\b|\bfor\s+\w+\s+in\s+\$\(\s*(?:cat|cut|awk|tail|head)\b|\bxargs\b|\bparallel\b/i;
/** A list nobody on it asked to be on: bought, purchased, scraped, harvested, cold leads. */
const UNSOLICITED_LIST =
  /(?:bought|purchased|scraped|harvested|rented|cold)[\w-]*(?:\s+(?:email\s+)?(?:list|leads|contacts|emails|addresses))?|\blist\s+(?:we|i)\s+(?:bought|purchased|scraped)\b/i;

/**
 * A mailer run in a loop over the lines of a list that was bought or scraped: `while read e; do
 * swaks --to "$e" …; done < bought_list_80k.txt`. Returns the loop's span, or null.
 */
function mailLoop(segment: string): [number, number] | null {
  const loop = LIST_LOOP.exec(segment);
  if (loop === null || !UNSOLICITED_LIST.test(segment)) return null;
  return [loop.index, segment.length];
}

/** A CAPTCHA solved or bypassed, or a solving service named (`solving the captchas with a solver`). */
const CAPTCHA_BEATEN =
  /\b(?:solv\w*|bypass\w*|beat\w*|crack\w*|break\w*|defeat\w*|get\s+past|auto-?solv\w*)\s+(?:(?:the|any|all|their|its|every)\s+)?(?:re|h)?captchas?\b|\b(?:re|h)?captchas?\s+(?:solv\w*|bypass\w*|farm\w*)|\b(?:2captcha|anti-?captcha|capsolver|capmonster|deathbycaptcha)\b/i;
/** Many: `every`, `thousands`, a number of three digits or more, `12k`. */
const AT_SCALE =
  /\b(?:every|all|thousands|hundreds|millions|mass|bulk)\b|\b\d{1,3}(?:[,.]\d{3})+\b|\b\d{3,}\b|\b\d+k\b/i;
/** Acts on sign-up forms, accounts or recipients. */
const ABUSED_ACT =
  /\b(?:regist\w*|sign(?:s|ing)?[\s-]*ups?|accounts?|fill\w*\s+(?:out|in)|submit\w*|post\w*|comment\w*|messag\w*|vot\w*|forms?|reviews?)\b/i;
/** A defence or a question about one (`stop bots that bypass our captcha`). */
const DEFENDING =
  /\b(?:stop\w*|block\w*|prevent\w*|detect\w*|protect\w*|defen[cd]\w*|mitigat\w*|harden\w*|how\s+(?:do|does|can|are)\s+(?:bots|spammers|attackers|they))\b/i;
/** Content made the same many times over, or stuffed for a search engine. */
const SAMENESS =
  /\b(?:near[- ]?identical|identical|duplicated?|keyword[- ]stuffed|stuffed\s+with\s+(?:the\s+)?keywords|doorway|spun)\b/i;
/** Many pages, sites, posts or listings. */
const MASS_CONTENT =
  /\b(?:\d{1,3}(?:[,.]\d{3})+|\d{2,}|dozens|hundreds|thousands)\s+(?:[\w-]+\s+){0,3}?(?:pages|sites|websites|articles|posts|listings|reviews|comments|blogs|domains|profiles|videos)\b/i;
/** Where such content goes: a search engine's index, a platform, the web. */
const PUBLISHED =
  /\b(?:submit\w*|publish\w*|post\w*|upload\w*|deploy\w*|index\w*|google|bing|sitemaps?|live)\b|indexing\.googleapis/i;
/** Pages made for a search engine rather than readers. */
const SEARCH_BAIT = /\b(?:doorway|keyword[- ]stuffed|stuffed\s+with\s+(?:the\s+)?keywords)\b/i;
/** Pages pushed to a search engine's index. */
const INDEX_PUSH = /\bindexing\s+api\b|indexing\.googleapis|urlnotifications|\bping\w*\s+(?:the\s+)?sitemaps?\b/i;
/** Cleaning up such content (`fix the duplicate pages`, `find identical reviews`). */
const CLEANING =
  /\b(?:fix\w*|detect\w*|find\w*|remov\w*|dedup\w*|consolidat\w*|canonical\w*|noindex|audit\w*|merg\w*|redirect\w*|spot\w*|flag\w*|report\w*|why|how)\b/i;

/**
 * Abuse at a scale no one opted into, read by its structure: anti-abuse controls defeated for many
 * sign-ups, posts or messages (`fill out 12,000 contact forms, solving the captchas with a
 * service`), or content made the same many times over for a search engine or a platform
 * (`500 near-identical city pages stuffed with keywords, submitted for indexing`). A defence or a
 * clean-up of either leaves the request alone. Returns the span to report, or null.
 */
function abuseAtScale(segment: string): [number, number] | null {
  if (/captcha/i.test(segment)) {
    const beaten = CAPTCHA_BEATEN.exec(segment);
    if (beaten !== null && AT_SCALE.test(segment) && ABUSED_ACT.test(segment) && !DEFENDING.test(segment))
      return [beaten.index, beaten.index + beaten[0].length];
  }
  const same = SAMENESS.exec(segment);
  if (same === null || CLEANING.test(segment)) return null;
  if (MASS_CONTENT.test(segment) && PUBLISHED.test(segment)) return [same.index, same.index + same[0].length];
  // A page made for a search engine rather than readers, pushed to its index (`urlNotifications:publish`).
  if (SEARCH_BAIT.test(segment) && INDEX_PUSH.test(segment)) return [same.index, same.index + same[0].length];
  return null;
}

/** A program asked for (`write a kernel module that …`, `write the full script`). */
const PROGRAM_ASKED =
  /\b(?:write|build|make|create|code|develop|give me|generate|implement)\b[^.?!\n]{0,60}?\b(?:program|script|module|driver|extension|add-?on|plugin|app|application|binary|executable|implant|tool|macro|service|daemon|dll|agent)s?\b|\bwrite\s+(?:the|a|one)\s+(?:full|complete|whole|single)\s+(?:script|program|code|module)\b/i;
/** The program hides itself or its tracks. */
const CONCEAL =
  /\b(?:hid(?:e|es|ing)|conceal\w*)\s+(?:(?:a|the|its|it|all|any|their|own)\s+)*(?:process\w*|pids?|ports?|files?|itself|entries|connections?|sockets?|modules?|traffic|presence|tracks)\b|\bhid(?:e|es|ing)\b[^.?!\n]{0,40}?\bfrom\s+(?:ps|top|htop|netstat|ss|lsof|task\s*manager|activity\s+monitor|the\s+(?:user|owner|admin\w*|process\s+list))\b|\b(?:remov\w*|delet\w*|clear\w*|wip\w*|scrub\w*)\s+(?:(?:its|their|the|all|any)\s+)*(?:own\s+)?(?:entries|traces|tracks|(?:auth|event|security|audit|system|access|login|bash|shell|command)\s+(?:logs?|history))\b|\bno\s+log(?:s|\s+lines|\s+entries)?\b|\binvisible\s+(?:in|to|from)\b|\bwithout\s+(?:the\s+)?(?:user|owner|victim|admin\w*|anyone|them|him|her)\s+(?:knowing|noticing|seeing)\b|\bundetect\w*|\bhidden\s+from\b/i;
/** The program spreads to other machines, drives, folders or people. */
const SPREAD =
  /\b(?:cop(?:y|ies|ying)|spread\w*|replicat\w*|propagat\w*|install\w*|send\w*|mail\w*)\s+(?:a\s+cop(?:y|ies)\s+of\s+)?itself\b|\bspread\w*\s+(?:to|through|across|over|via)\b|\b(?:repeat|do the same|run\w*\s+again)\s+on\s+every\s+(?:pc|computer|machine|host|device|drive)s?\b/i;
/** The program keeps itself running across reboots or removal. */
const PERSIST =
  /\bre-?install\w*\s+itself\b|\bsurviv\w*\s+(?:a\s+)?(?:reboots?|restarts?|reinstall\w*|updates?|wip\w*)\b|\bpersist\w*\s+(?:through|across|after)\b|\b(?:start\w*|run\w*|launch\w*|load\w*)\s+(?:itself\s+)?(?:at|on|with|after)\s+(?:every\s+)?(?:boot|startup|login|logon|reboot)\b|\bre-?add\w*\s+itself\b|\bautorun\b/i;
/** The program opens a way in for the asker. */
const REMOTE =
  /\b(?:root|reverse|bind)\s+shells?\b|\bsocks\d?\s+proxy\b|\bmagic\s+packet\b|\bback\s?doors?\b|\bcommand[- ]and[- ]control\b|\bmy\s+payload\b/i;
/** The program carries other people's data to the asker. */
const CARRIED =
  /\b(?:send\w*|upload\w*|post\w*|exfiltrat\w*|forward\w*|mail\w*|ship\w*|leak\w*)\b[^.?!\n]{0,60}?\bto\s+my\s+(?:own\s+)?(?:server|webhook|vps|telegram|discord|c2|email|inbox|bucket|endpoint|ftp|host|bot)\b/i;
const VICTIM_DATA =
  /\b(?:passwords?|cookies?|tokens?|keystrokes?|credentials?|messages|contacts|sms|clipboard|wallets?|seed phrases?|card data|track\s*[12]|screenshots?)\b/i;
/** The program turns off the machine's defences. */
const DISARM =
  /\b(?:disabl\w*|turn\w*\s+off|kill\w*|uninstall\w*|bypass\w*)\s+(?:the\s+|windows\s+)?(?:antivirus|av|defender|edr|smartscreen|amsi|sysmon|xprotect|gatekeeper)\b/i;
/** Defence, detection or explanation of such programs. */
const STUDIED =
  /\b(?:detect\w*|scan\w*\s+for|removal|protect\w*\s+against|defend\w*|yara|sigma|explain\w*|what\s+is|how\s+(?:do|does|can)\s+(?:i\s+)?(?:find|spot|tell|catch|edr|antivirus))\b/i;

/**
 * A program asked for by what it does, without a name for it: two behaviours of a program against
 * the machine it runs on or its owner, one of them harm (hiding itself or its tracks, spreading,
 * carrying others' secrets to the asker, turning off defences) and the other any of those or
 * staying across reboots or opening a way in (`a kernel module that hides a process and a port
 * and gives me a root shell on a magic packet`; requirements that it re-install itself on boot,
 * remove its own entries and keep no log lines). Returns the span to report, or null.
 */
function describedProgram(segment: string): [number, number] | null {
  const asked = PROGRAM_ASKED.exec(segment);
  if (asked === null) return null;
  const conceal = CONCEAL.test(segment);
  const spread = SPREAD.test(segment);
  const carried = CARRIED.test(segment) && VICTIM_DATA.test(segment);
  const disarm = DISARM.test(segment);
  const harm = (conceal ? 1 : 0) + (spread ? 1 : 0) + (carried ? 1 : 0) + (disarm ? 1 : 0);
  if (harm === 0) return null;
  const more = harm + (PERSIST.test(segment) ? 1 : 0) + (REMOTE.test(segment) ? 1 : 0);
  if (more < 2 || STUDIED.test(segment)) return null;
  return [asked.index, asked.index + asked[0].length];
}

/** Words a program's harmful behaviour is told with: hiding, spreading, secrets carried, defences off. */
const BEHAVE_CUE = 1;
/** Words abuse at scale is told with: a CAPTCHA, content made the same or stuffed. */
const ABUSE_CUE = 2;
/**
 * The first look of {@link describedProgram} and {@link abuseAtScale}: folded word hashes that
 * each reading needs one of, looked up per token of the windows the grammar reads.
 */
const CUES: ReadonlyMap<number, number> = new Map([
  ...[
    ...foldHashes(
      'itself hide hides hiding hidden conceal conceals invisible undetectable undetected log logs entries traces tracks spread spreads spreading replicate replicates propagate disable disables disabling bypass bypasses kill kills passwords cookies tokens keystrokes credentials clipboard wallet wallets screenshots sms',
    ),
  ].map((h) => [h, BEHAVE_CUE] as const),
  ...[
    ...foldHashes(
      'captcha captchas recaptcha hcaptcha 2captcha capmonster capsolver identical duplicate duplicated stuffed doorway spun',
    ),
  ].map((h) => [h, ABUSE_CUE] as const),
]);
/** A byte per low bits of a hash, non-zero where some cue's hash ends so: most words miss it. */
const CUE_FILTER_MASK = 1023;
const CUE_FILTER = new Uint8Array(CUE_FILTER_MASK + 1);
for (const [h, c] of CUES) CUE_FILTER[h & CUE_FILTER_MASK] = (CUE_FILTER[h & CUE_FILTER_MASK] as number) | c;
/** The cues of {@link CUES} seen in the segment being read. */
let cues = 0;

/** Whether some token of `b` is a narrated act verb (`deletes`, `dumped`, `sent`). */
function narrates(b: TokenBuffer): boolean {
  // i < b.length ≤ the buffer's capacity
  for (let i = 0; i < b.length; i++) if (isNarrated(b.hash[i] as number)) return true;
  return false;
}

/**
 * The harmful-request detector.
 *
 * Time linear in the segment: tokens are read in windows of bounded size, every grammar rule
 * looks a fixed number of tokens around its anchor, and the scorer reads each sentence once.
 */
export const harmfulDetector: Detector = Object.freeze({
  name: 'harmful',
  scan(segment: string, sink: FindingSink): void {
    if (segment.length < MIN_CHARS) return;
    let windows = 0;
    cues = 0;
    tokenize(segment, buf, (_b, fresh) => {
      windows++;
      scanWindow(segment, sink, fresh);
    });
    currentSink = null;
    current = '';
    unrealOf = '';
    const cjk = buf.cjk;
    const whole = windows <= 1;
    lastTokens.text = whole ? segment : '';
    lastTokens.buf = whole ? buf : null;
    // A frame that also orders its act done for real: the line read with the act as an order. It
    // needs a narrated act (`deletes`, `sent`), so a segment read whole without one is not read again.
    if (!whole || narrates(buf)) {
      const unframed = frameReading(segment);
      if (unframed !== null) sink.rescan(unframed, 0, segment.length, 'frame');
    }
    // Made-up people for test data (`fake customer profiles for our test database seed`): the spam
    // phrase rules on it are withdrawn, unless the fakes are to face a platform or its readers.
    if (
      sink.settle !== undefined &&
      looks(segment, FAKE, 0, LOOK_MAILER) &&
      TEST_DATA.test(segment) &&
      !FACES_PUBLIC.test(segment)
    )
      sink.settle('spam', 0, segment.length);
    // A shell loop that mails everyone on a bought or scraped list.
    const loop =
      segment.length >= 24 && looks(segment, MAILER, LOOK_MAILER, LOOK_WORDS.length - LOOK_MAILER)
        ? mailLoop(segment)
        : null;
    if (loop !== null) {
      const r = RULES.bulkMessaging;
      report(sink, segment, r.id, r.category, 'high', r.description, loop[0], loop[1]);
    }
    const program = cues & BEHAVE_CUE && segment.length >= 40 ? describedProgram(segment) : null;
    if (program !== null && !nonOperational(segment)) {
      const r = RULES.malwareCreate;
      report(sink, segment, r.id, r.category, 'high', r.description, program[0], program[1]);
    }
    const abuse = cues & ABUSE_CUE && segment.length >= 40 ? abuseAtScale(segment) : null;
    if (abuse !== null) {
      const r = RULES.filterEvasion;
      report(sink, segment, r.id, r.category, 'high', r.description, abuse[0], abuse[1]);
    }
    // Chinese, Japanese and Korean clauses are one token each to the word grammar: read them by characters.
    if (cjk)
      for (const f of scanHarmfulCjk(segment)) {
        const r = RULES[f.finding as CjkFindingKind];
        report(sink, segment, r.id, r.category, 'high', r.description, f.start, f.end);
      }
  },
});
