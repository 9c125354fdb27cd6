/**
 * Commands a sentence orders run, found in the prose around them: "could you run `b2 rm --recursive
 * b2://x` when convenient?", "go ahead and run robocopy C:\empty \\files01\share /MIR on the file
 * server", "Run this on files01: <command>", "could you run this for me? <command>". The detectors
 * read a line as a command when it starts as one; a command that starts mid-sentence is found here
 * by where it starts (after a verb that orders it run, or after the label of a line that hands it
 * over) and by how it looks (a program's name, then flags, paths, addresses or pipes), and ends where
 * the sentence goes on in words. A command named, asked about or explained ("what does `x` do?",
 * "never run x", "someone ran: x") is not ordered and is not returned.
 *
 * Bounded: the text is read once by a few expressions over windows of fixed size; at most
 * {@link MAX_SPANS} spans.
 *
 * @internal Not part of the public API.
 */

import { gateMatches, joinGate } from './detectors/_gate.js';

/** Spans returned per text, at most. */
const MAX_SPANS = 3;
/** A command's span, at most (code units). */
const MAX_COMMAND = 400;
/** Text read, at most: a longer segment is a document, whose commands sit on lines of their own. */
const MAX_TEXT = 2000;

/** A verb that orders a command run, and its object ("this", "the exact command"), if any. */
const ORDER =
  /\b(?:run|execute|exec|launch|invoke|type|paste|enter|issue|fire off|kick off|do(?=[ \t]+(?:it|this|that|exactly)\b))\b(?:[ \t]+(?:exactly[ \t]+)?(?:this|that|it|these|those|the following|the (?:exact |same |whole |full )?(?:command|commands|line|lines|statement|query|script|one)|this (?:command|line|statement|query|script|one)|below))?/giu;

/**
 * A cheap first look for an order's verb: `run`, `exec`, `launch`, `invoke`, `type`, `paste`,
 * `enter`, `issue`, `fire`, `kick` or `do ` anywhere in the text, ASCII letters in either case.
 */
const ORDER_HINT = /run|exec|launch|invoke|type|paste|enter|issue|fire|kick|do /i;
/** The same words in the detectors' shared keyword automaton (see {@link orderHint}). */
const HINT_WORDS = ['run', 'exec', 'launch', 'invoke', 'type', 'paste', 'enter', 'issue', 'fire', 'kick', 'do '];
let hintBase = -1;

/**
 * Whether {@link ORDER_HINT} finds a word in `text`. The detectors' shared automaton has already
 * read a segment when its commands are looked for (the shell detector asks it first) and matches
 * ASCII letters in either case, every occurrence: one of its matches in this list's range says
 * the same as the expression, which otherwise reads the whole text again; only a match that starts
 * a word is kept, as ORDER's verbs all do.
 */
function orderHint(text: string, segment: boolean): boolean {
  if (!segment) return ORDER_HINT.test(text);
  if (hintBase < 0) hintBase = joinGate('prose-commands', HINT_WORDS);
  const m = gateMatches(text);
  let inside = false;
  // k < m.count ≤ the match arrays' length
  for (let k = 0; k < m.count; k++) {
    const q = m.pattern[k]! - hintBase;
    if (q < 0 || q >= HINT_WORDS.length) continue;
    // Every verb of ORDER starts a word (`\b` before it): one inside a word (`prototype`, `center`)
    // orders nothing.
    const s = m.start[k]!;
    if (s === 0 || !wordCode(text.charCodeAt(s - 1))) return true;
    inside = true;
  }
  // ORDER reads with Unicode case folding, under which `ſ` is an `s` and the Kelvin sign a `k`, and
  // takes `do` before a tab: a verb written so is not among the automaton's matches, and the
  // expression decides.
  return inside && UNSEEN_VERB.test(text);
}

/**
 * What an order's verb may hold that {@link HINT_WORDS} do not find: a letter that folds to an
 * ASCII one under Unicode case folding (`ſ` is an `s`, the Kelvin sign a `k`), or `do` and a tab.
 */
const UNSEEN_VERB = /[\u017f\u212a]|do\t/i;

/** ASCII letters, digits and `_`: the word characters of `\b` in an expression without the `u` flag. */
function wordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Words read after an order's verb for where its command starts, at most. */
const WINDOW = 100;

/** A mark that ends the words between a verb and its command: `:` `?` `!` `.` `—` `–`, then a blank. */
const MARK = /[:?!.—–][ \t]+(?=\S)|`/;

/**
 * Words before an order's verb that make it no order: negation, a condition, a question about it,
 * an explanation, a report of what happened.
 */
const NOT_ORDERED =
  /\b(?:don'?t|do not|never|not|no need to|without|before|after|instead of|avoid|stop|if|when|whenever|what|why|how|explain|whether|should (?:i|we)|shall (?:i|we)|would it|is it|was|were|someone|they|attacker|malware|who)\b[^.!?\n,;:—–]{0,40}$/i;

/** A label that hands a command over: "Run this on files01:", "Те молам изврши на серверот:". */
const LABEL = /(?:^|[.!?]\s+)((?:[\p{L}\p{N}'’/-]+[ \t]+){0,7}[\p{L}\p{N}'’/-]+):[ \t]+(?=\S)/gu;

/** Words in a label that describe a command rather than hand it over. */
const DESCRIBES =
  /\b(?:ran|executed|typed|found|saw|seen|happened|was|were|explain|explains|explained|what|why|how|mean|means|example|examples|e\.g|such as|like|review|reviewing|log|logs|output|error|history|audit|attacker|attackers|malware|phishing|incident|postmortem|post-mortem|alert|detect|detected|detection|rule|signature|never|don'?t|avoid|instead|before|after|bad|wrong|dangerous|risky|unsafe|vulnerable|old|deprecated|note|warning|caution|danger)\b/i;

/**
 * How a command starts: a program's name in lowercase (`robocopy`, `b2`, `gcloud`), a path to one
 * (`./x`, `/usr/bin/x`, `C:\x`), or a PowerShell cmdlet (`Remove-Item`).
 */
const START =
  /^(?:[a-z][\w.+-]{0,31}|\.{0,2}\/[\w./-]{1,64}|[A-Za-z]:\\[^\s]{0,64}|[A-Z][a-z]{1,12}-[A-Z][A-Za-z]{1,24})(?=[ \t])/;

/** English words that start prose, not a command, after an order's verb ("run the tests with …"). */
const PROSE_WORDS = new Set(
  'a an the it its this that these those them they to and or but on in at of for with from by as is are be all every each some any my our your their his her me us we you i so then now just also only tests test script scripts command commands query statement migration migrations job jobs build builds backup backups check checks'.split(
    ' ',
  ),
);

/** What an argument of a command looks like: a flag, a Windows switch, a path, an address, a pipe. */
const ARGUMENT =
  /[ \t](?:--?[A-Za-z][\w-]*|\/[A-Za-z][\w:]{0,15}(?=[ \t]|$)|[^\s]*[/\\][^\s]*|[^\s]*:\/\/[^\s]*|\||>|<|\$[\w{(]|%\w+%|@-?)/;

/** Where a command written in a sentence ends: the sentence going on in words, or a dash. */
const ENDS =
  /[ \t]+(?:[—–](?:[ \t]|$)|(?:on|in|at|against|from|inside|onto) (?:the|our|my|this|that|their|your|every|all|each|both|his|her)\b|(?:so|so that|because|since|then|and then|when|while|once|before|after|until|for me|for us|please|pls|plz|thanks|thank you|thx|ty|now|right now|asap|tonight|today|from now on|if|unless|as soon as|when convenient|to (?:free|clean|reset|fix|make|get|see|check|clear|start|free up)|and (?:then|tell|send|describe|report|let|post|close|delete|log|give))\b)/i;

/** Words that scope a command to a disposable or local place, and words that say it is kept. */
const SCRATCH_PLACE =
  /\b(?:dev|development|local|localhost|laptop|my (?:machine|box|desktop|mac|pc|computer)|sandbox|scratch|throwaway|disposable|temporary|tmp|test (?:vm|box|server|machine|env|environment|cluster|database|db|instance|account|project)|container|devcontainer|(?:my|our) own|personal)\b/i;
const KEPT_PLACE = /\b(?:prod|production|live|customers?|billing|backups?|shared|company|team|finance|payroll)\b/i;

/**
 * Spans `[start, end)` of `text` holding a command it orders run, flattened; at most three.
 * `segment`: the text is a segment the detectors have just read (see {@link orderHint}).
 */
export function orderedCommands(text: string, segment = false): number[] {
  const out: number[] = [];
  if (text.length < 12 || text.length > MAX_TEXT) return out;
  // Most text has no order's verb and no label: a few native searches say so before any expression.
  const colon = text.indexOf(':') >= 0;
  if (!colon && !orderHint(text, segment)) return out;
  ORDER.lastIndex = 0;
  for (let m = ORDER.exec(text); m !== null && out.length < 2 * MAX_SPANS; m = ORDER.exec(text)) {
    const before = text.slice(Math.max(0, m.index - 60), m.index);
    if (NOT_ORDERED.test(before)) continue;
    // The command follows the verb, or the words after it up to a mark ("run this on files01: x",
    // "could you run this for me? x", "run it on the box with `x`").
    const end = m.index + m[0].length;
    let at = end;
    while (at < text.length && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++;
    if (push(out, text, at)) continue;
    const window = text.slice(at, at + WINDOW);
    const mark = MARK.exec(window);
    if (mark === null || window.slice(0, mark.index).indexOf('\n') >= 0) continue;
    push(out, text, at + mark.index + (mark[0] === '`' ? 0 : mark[0].length));
  }
  LABEL.lastIndex = 0;
  for (let m = colon ? LABEL.exec(text) : null; m !== null && out.length < 2 * MAX_SPANS; m = LABEL.exec(text)) {
    if (DESCRIBES.test(m[1] as string)) continue;
    const before = text.slice(Math.max(0, m.index - 60), m.index + 1);
    if (NOT_ORDERED.test(before) && m.index > 0) continue;
    push(out, text, m.index + m[0].length);
  }
  // Words that scope the request to a place of no consequence ("in the dev container", "my own
  // service", "on my laptop"): the line's own reading, which sees them, stands.
  if (out.length > 0 && SCRATCH_PLACE.test(text) && !KEPT_PLACE.test(text)) out.length = 0;
  return out;
}

/** Adds the command that starts at `at` (in a code span or not); whether one starts there. */
function push(out: number[], text: string, at: number): boolean {
  for (let i = 0; i < out.length; i += 2) if (at >= (out[i] as number) && at < (out[i + 1] as number)) return true;
  const span = commandAt(text, at);
  if (span === null) return false;
  out.push(span[0], span[1]);
  return true;
}

/** The span of the command that starts at `at`, or null when what starts there is prose. */
function commandAt(text: string, at: number): [number, number] | null {
  let from = at;
  let stop = Math.min(text.length, at + MAX_COMMAND);
  const open = text.charCodeAt(at);
  if (open === 96 || open === 34 || open === 39) {
    // A code span or a quoted command ends at its closing mark.
    const close = text.indexOf(text[at] as string, at + 1);
    if (close < 0 || close - at > MAX_COMMAND) return null;
    from = at + 1;
    stop = close;
  }
  const head = text.slice(from, stop);
  const start = START.exec(head);
  if (start === null) return null;
  if (PROSE_WORDS.has(start[0].toLowerCase())) return null;
  let end = stop;
  if (from === at) {
    // Not in a code span: the command ends where the sentence goes on in words.
    end = from + sentenceEnd(head);
    const tail = ENDS.exec(text.slice(from, end));
    if (tail !== null) end = from + tail.index;
  }
  const body = text.slice(from, end).trimEnd();
  if (body.length < 4 || !ARGUMENT.test(body.slice(start[0].length))) return null;
  return [from, from + body.length];
}

/**
 * Where a sentence ends in `s`: before `. ` `? ` `! ` `, ` outside quotes, or at a full stop glued
 * to the last word at the end; else the length of `s`.
 */
function sentenceEnd(s: string): number {
  let quote = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 39 || c === 34 || c === 96) quote = c;
    else if ((c === 44 || c === 46 || c === 33 || c === 63) && (i + 1 === s.length || s.charCodeAt(i + 1) === 32))
      return i;
  }
  return s.length;
}
