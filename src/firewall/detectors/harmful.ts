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
import { F_BREAK, lastTokens, TokenBuffer, tokenize } from './_harmful-lex.js';
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
  /\b(?:simulat(?:e|es|ed|ion|ions|or|ing)|scene|story|short story|visuali[sz](?:e|ation)|animation|diagram|toy model|board game)\b/i;
/**
 * The working artifact disclaimed: `no network code`, `without any code`, `at a high level`, `no
 * real payload`.
 */
const DISCLAIMED =
  /\b(?:no|without(?:\s+any)?|zero)\s+(?:(?:real|actual|working|functional|live|network|networking|exploit|malicious)\s+){0,2}(?:code|payload|networking|network access|exploits?)\b|\bat\s+a\s+high\s+level\b|\bconceptual(?:ly)?\b/i;
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
    // Chinese, Japanese and Korean clauses are one token each to the word grammar: read them by characters.
    if (cjk)
      for (const f of scanHarmfulCjk(segment)) {
        const r = RULES[f.finding as CjkFindingKind];
        report(sink, segment, r.id, r.category, 'high', r.description, f.start, f.end);
      }
  },
});
