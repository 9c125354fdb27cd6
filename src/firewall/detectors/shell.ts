/**
 * The POSIX shell detector: reads a line as sh/bash would (quotes, escapes, ANSI-C strings,
 * variables, brace expansion, substitutions), unwraps what only runs another command (`sudo`,
 * `env`, `xargs`, `sh -c`, `eval`, `ssh host …`, `docker exec`, `find -exec`, …) and judges every
 * command it finds by its program, flags and the class of its targets. What cannot be resolved
 * but is executed (a decoded payload, a computed command name, code fetched from the network) is
 * a finding of its own.
 *
 * A cheap gate comes first: one automaton over the program names, file names and shell
 * characters that any finding needs; a line with none of them is not parsed at all.
 *
 * @internal Not part of the public API.
 */

import type { Severity } from '../types.js';
import { CLIENT_LOOK, destroyingCli, mirroredEmpty } from './_cli-destroy.js';
import { gateMatches, joinGate } from './_gate.js';
import {
  type Cmd,
  evalPrinter,
  globMatch,
  initialVars,
  lex,
  type Parsed,
  UNKNOWN,
  type Vars,
  type Word,
} from './_shell-lex.js';
import { ownedScope, ownRemovableMedium } from './_shell-owned.js';
import { classify, Target } from './_shell-path.js';
import { decodedThrough } from './_shell-payload.js';
import { describedCommands } from './_shell-plans.js';
import {
  base,
  EDITORS,
  INTERPRETERS,
  isInterpreter,
  judge,
  judgeRedirs,
  opts,
  READERS,
  RESET_RUNNERS,
  type Report,
  RULES,
  type RuleId,
  SENDERS,
  scratchNames,
  type View,
} from './_shell-rules.js';
import { isCommentedSql, isCommentedSqlLine } from './_shell-sqltext.js';
import { MARKS, PROGRAMS, SHELL_FIRST, UNGATED } from './_shell-words.js';
import { scratchFilters, xargsFed } from './_shell-xargs.js';
import type { Detector, FindingSink } from './types.js';

/** Nesting of `sh -c`, `eval`, substitutions and remote commands examined, at most. */
const MAX_DEPTH = 4;
/** Commands examined per segment, at most (substitutions included). */
const MAX_COMMANDS = 256;
/** Prose anchors (a program name in the middle of a sentence) examined per segment, at most. */
const MAX_ANCHORS = 4;
/** Evidence kept, in code units of the original text. */
const MAX_EVIDENCE = 150;

/**
 * The programs that open the gate: those with a rule of their own. Wrappers (`sudo` excepted),
 * interpreters, copy tools and remote runners are left out: what they run or write needs a
 * program or a path of its own to be dangerous, and that one opens the gate. `git` is gated by
 * the flags and subcommands that make it destructive (among the marks), since nearly every
 * developer command mentions git.
 */
const ANCHORS = PROGRAMS.filter((p) => !UNGATED.has(p));
/** Number of gate patterns that are program names (a command may start there in prose). */
const KIND_VERB = ANCHORS.length;
const GATE_PROGRAMS = ANCHORS.concat([
  'mv',
  'destroy',
  'prune',
  'flushall',
  'flushdb',
  'delete',
  'rb',
  'terminate-instances',
  'sysctl',
  'randomize_va_space',
]);
const KIND_PROGRAM = GATE_PROGRAMS.length;
/**
 * Programs that do not open the gate (their dangerous forms are gated by a subcommand or a flag
 * among the gate's words) but may start a command in prose: "please run aws s3 rb …", "Run kubectl
 * delete namespace …". Once something else has opened the gate they are read as anchors too.
 */
const PROSE_ONLY = [
  'kubectl',
  'oc',
  'helm',
  'docker',
  'podman',
  'aws',
  'gcloud',
  'gsutil',
  'az',
  'terraform',
  'tofu',
  'terragrunt',
  'pulumi',
  'redis-cli',
  'psql',
  'mysql',
  'mongosh',
  'sqlite3',
  'rsync',
  'xargs',
  // Package managers and their runners: an install or a run from plain HTTP or a bare address
  // opens the gate by its mark (`://` and a digit, `install http:`).
  'uv',
  'uvx',
  'pip',
  'pip3',
  'pipx',
  'npm',
  'npx',
  'pnpm',
  'yarn',
  'gem',
  'composer',
];

/**
 * Index of the first gate pattern in the shared automaton (`_gate.ts`), whose matches overlap: a
 * short name (`su`) does not hide a longer one (`sudo`) that starts with it.
 */
let gateBase = -1;
const GATE_SIZE = GATE_PROGRAMS.length + MARKS.length;
const ALL_SIZE = GATE_SIZE + PROSE_ONLY.length;

function gateStart(): number {
  if (gateBase < 0) gateBase = joinGate('shell', [...GATE_PROGRAMS, ...MARKS, ...PROSE_ONLY]);
  return gateBase;
}

function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}

/** The shell detector. */
export const shellDetector: Detector = Object.freeze({
  name: 'shell',
  scan(segment: string, sink: FindingSink): void {
    scanShell(segment, sink);
  },
});

interface Ctx {
  sink: FindingSink;
  /** The segment, for evidence. */
  text: string;
  seen: Set<string>;
  /** Commands examined so far in this segment. */
  budget: number;
  /** The span of the outermost construct when examining nested text, else null. */
  span: [number, number] | null;
  cur: [number, number];
  /** Reports into this scan (one closure per scan, shared by every rule). */
  rep: Report;
  /** The segment names a loader injection variable: assignments are examined for it. */
  preload: boolean;
  /** A trailing comment says the command works on one's own, local or test data (see {@link ownedComment}). */
  owned: boolean;
  /** The segment asks about a command it quotes (see {@link asksAbout}). */
  question: boolean;
}

/** Words of a comment that say the data is one's own, local, unpublished or for tests. */
const OWNED =
  /\b(?:my own|own (?:checkout|clone|repo|copy|branch)|my (?:local|checkout|clone|fork)|local (?:branch|only|checkout|clone|commits?)|not (?:yet )?pushed|unpushed|never pushed|(?:the|our|my|a) (?:local )?(?:test|testing|scratch|ci) (?:database|db|instance|redis|cache)|test (?:database|db)|scratch|throwaway|disposable)\b/i;
/** Words that say the data is kept or shared, which no comment overrides. */
const KEPT = /\b(?:prod|production|live|shared|customers?|main|master|origin|upstream|remote)\b/i;

/**
 * Whether `segment` ends in a comment (` # …`) that says the command before it works on one's own,
 * local, unpushed or test data (`git reset --hard HEAD~1  # my local branch, not pushed yet`,
 * `redis-cli -n 15 FLUSHDB  # db 15 is our test database`), and nothing on the line says the data
 * is production or shared.
 */
function ownedComment(segment: string): boolean {
  const hash = segment.indexOf(' #');
  if (hash <= 0) return false;
  const comment = segment.slice(hash + 2);
  return (
    OWNED.test(comment) &&
    !KEPT.test(
      segment.replace(/\b(?:not|never|hasn't been|wasn't) (?:yet )?pushed to (?:origin|main|master|remote)\b/gi, ''),
    )
  );
}

/**
 * A question about a command quoted in it: what it does, why it fails or is dangerous, what
 * happens when it runs, how to recover from it.
 */
const QUESTION =
  /^\s*(?:(?:so|and|but|ok),?\s+)?(?:what (?:does|do|did|would|will|exactly does)|what happens (?:if|when)|why (?:does|do|did|is|would|can't|won't|doesn't)|explain (?:what|how|why)|can you explain (?:what|how|why)|is it (?:safe|bad|dangerous|reversible)|how (?:do|can|would) (?:i|we|you) (?:recover|undo|restore|revert|get back|roll back))\b/i;
/** An order to carry the command out, outside its quotes ("run it", "go ahead", "execute this"). */
const RUN_ORDER =
  /\b(?:run|runs|execute|exec|do it|go ahead|now|for me|please|fix|make it|bypass|force|anyway|work ?around|get around|override|on (?:the |our |my )?(?:server|prod|production|host|machine|box))\b/i;

/**
 * Whether `segment` asks about a command it quotes in backticks rather than asking for it to run:
 * a question or request for an explanation ({@link QUESTION}), and no order to run outside the
 * quotes (a refusal to run, "don't run anything", is no order).
 */
function asksAbout(segment: string): boolean {
  if (segment.length > 300 || segment.indexOf('`') < 0 || !QUESTION.test(segment)) return false;
  const outside = segment
    .replace(/`[^`]{0,200}`/g, ' ')
    .replace(/\b(?:don't|do not|never|without|not)\s+(?:to\s+)?(?:run|execute)\w*/gi, ' ')
    .replace(
      /\bwhen (?:i|you|we) run\b|\bif (?:i|you|we) (?:accidentally |ever )?run\b|\b(?:safe|ok|okay|fine|bad|dangerous) to run\b/gi,
      ' ',
    );
  return !RUN_ORDER.test(outside);
}

/** Finding ids a comment of {@link ownedComment} lowers, when they are not critical. */
const OWNED_LOWERS: ReadonlySet<string> = new Set(['shell.git-destructive', 'shell.infra-destroy']);

function noReport(): void {}

function newCtx(segment: string, sink: FindingSink): Ctx {
  const ctx: Ctx = {
    sink,
    text: segment,
    seen: new Set(),
    budget: MAX_COMMANDS,
    span: null,
    cur: [0, segment.length],
    rep: noReport,
    preload:
      segment.indexOf('LD_PRELOAD') >= 0 || segment.indexOf('LD_AUDIT') >= 0 || segment.indexOf('DYLD_INSERT') >= 0,
    owned: segment.indexOf('#') > 0 && ownedComment(segment),
    question: asksAbout(segment),
  };
  ctx.rep = (rule, severity) => report(ctx, rule, severity);
  return ctx;
}

/**
 * Whether a line reads as a command rather than prose, by its first word alone: a known program,
 * a path, an assignment, or shell syntax (quotes, `$`, backslash, brackets).
 */
function looksLikeShell(text: string): boolean {
  if (text.indexOf('xargs') > 0 && SELF_FED.test(text.trimStart().slice(0, 400))) return true;
  let i = 0;
  const n = text.length;
  while (i < n && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  // A sentence that starts with a capitalized word ("Wipe the whiteboard", "Kill the noise") is
  // prose: commands are written in lowercase (or in capitals, to evade a matcher).
  const first = text.charCodeAt(i);
  const second = text.charCodeAt(i + 1);
  if (first >= 65 && first <= 90 && second >= 97 && second <= 122) return false;
  // Markup (`<!-- … -->`, `<p>`, `<div class=…>`) is not a redirection from a file.
  if (first === 60 && (second === 33 || (second >= 97 && second <= 122) || (second >= 65 && second <= 90)))
    return false;
  // A call in code (`axios.get(…)`, `rm(path, …)`) is not a shell command: `name(` is a syntax error
  // in sh unless it defines a function, `name() {`.
  const call = /^[A-Za-z_][\w.]*\((?!\s*\))/.exec(text.slice(i, i + 128));
  if (call !== null) return false;
  let j = i;
  while (j < n) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 9 || c === 59 || c === 38 || c === 124) break;
    // / = $ ' " \ ` ( { : ~
    if (
      c === 62 ||
      c === 60 ||
      c === 33 ||
      c === 47 ||
      c === 61 ||
      c === 36 ||
      c === 39 ||
      c === 34 ||
      c === 92 ||
      c === 96 ||
      c === 40 ||
      c === 123 ||
      c === 58 ||
      c === 126
    )
      return true;
    j++;
  }
  if (j === i) return i < n;
  const head = text.slice(i, j).toLowerCase();
  // macOS's `log` tool, by its subcommands that erase or read the log: "log in to …" is prose.
  if (head === 'log') return /^ (?:erase|show|stream)\b/.test(text.slice(j, j + 8));
  return SHELL_FIRST.has(head);
}

/**
 * When `text` opens with a Markdown code span followed by nothing or by prose, the index of its
 * closing backtick; else 0.
 */
function codeSpan(text: string): number {
  if (text.charCodeAt(0) !== 96 || text.charCodeAt(1) === 96) return 0;
  const close = text.indexOf('`', 1);
  if (close <= 1) return 0;
  const rest = text.slice(close + 1, close + 64);
  // What follows a code span in prose: the end, punctuation, or a word that is not an argument.
  return /^(?:\s*$|[\s,.;:!?)]*(?:\s[A-Za-z]|$))/.test(rest) && !/^\s*[-/~.$"'`|&>]/.test(rest) ? close : 0;
}

/** A pipe said in words, between two commands written in prose. */
const PIPED_WORDS = /\s+(?:piped|pipe(?: it)?|fed|feed(?: it)?|passed) (?:in)?to\s+(?=\S)/gi;

/** A short label that ends in a colon, before a command: up to six words. */
const LABEL = /^\s*(?:[\p{L}\p{N}'’-]+[ \t]){0,5}[\p{L}\p{N}'’-]+:[ \t]+/u;

/** Reads `text` as one command line, and a `for` loop's body once per listed value. */
function examineLine(text: string, ctx: Ctx, shift: number): void {
  const parsed = lex(text, initialVars());
  examine(parsed, text, initialVars(), 0, ctx, shift);
  // `for d in /usr /etc; do rm -rf "$d"; done`: the body read once per listed value.
  const loop = forLoop(parsed);
  if (loop !== null) {
    for (const value of loop.values) {
      const vars = initialVars();
      vars.set(loop.name, value);
      examine(lex(text, vars), text, vars, 0, ctx, shift);
    }
  }
}

/** `git clean` and its short options, as written in a line of prose. */
const PROSE_GIT_CLEAN = /\bgit clean(?: +-[a-zA-Z]{1,8}){1,4}/g;
/** Lines longer than this are not read for a scoped `git clean` in prose. */
const PROSE_LINE_MAX = 400;

/**
 * `git clean` told in a sentence whose words scope it to one's own checkout (`Run git clean -fdx
 * in my local checkout`, `… of my own clone`): the untracked files of a work tree only its owner
 * uses. Reported `low`, and the phrase rules matching inside the command are withdrawn, as for a
 * command whose own comment scopes it.
 */
function ownedProseGitClean(segment: string, sink: FindingSink): void {
  if (segment.length > PROSE_LINE_MAX || segment.indexOf('git clean') < 0 || !ownedScope(segment)) return;
  for (const m of segment.matchAll(PROSE_GIT_CLEAN)) {
    const end = m.index + m[0].length;
    sink.report(RULES.git.id, RULES.git.category, 'low', RULES.git.description, m.index, end, m[0]);
    sink.settle?.('destructive', m.index, end);
  }
}

/** Examines one segment. */
export function scanShell(segment: string, sink: FindingSink): void {
  ownedProseGitClean(segment, sink);
  collection(segment, sink);
  // A hosts entry that points a development name (`dev.app.test`, `api.local`) at this machine or a
  // private address is what the file is for.
  if (segment.indexOf('/etc/hosts') >= 0 && DEV_HOSTS_ENTRY.test(segment))
    sink.settle?.('system-modification', 0, segment.length);
  // An order that says a command in words ("delete every file in /etc", "download … and run
  // it"): the command it describes is read as written.
  const told = describedCommands(segment);
  if (told !== null) sink.rescan(told, 0, segment.length, 'described command');
  unknownClients(segment, sink);
  const base = gateStart();
  const m = gateMatches(segment);
  // Program names must stand as words; marks count anywhere.
  let found = false;
  const anchors: number[] = [];
  for (let k = 0; k < m.count; k++) {
    // casts drop `undefined`: k < m.count ≤ the match arrays' length
    const pattern = (m.pattern[k] as number) - base;
    if (pattern < 0 || pattern >= ALL_SIZE) continue;
    if (pattern >= KIND_PROGRAM && pattern < GATE_SIZE) {
      found = true;
      continue;
    }
    const start = m.start[k] as number;
    const end = m.end[k] as number;
    const before = start > 0 ? segment.charCodeAt(start - 1) : 32;
    const after = end < segment.length ? segment.charCodeAt(end) : 32;
    if (isWordChar(after) && !(after === 46 || after === 45)) continue;
    if (start > 0 && (isWordChar(before) || before === 46)) continue;
    const prose = pattern >= GATE_SIZE;
    if (!prose) found = true;
    if ((pattern < KIND_VERB || prose) && anchors.length < MAX_ANCHORS * 4) anchors.push(start);
  }
  if (!found && !split(segment)) {
    // A fork bomb needs no program name: checked on its own, by three character searches first.
    if (segment.indexOf('(') >= 0 && segment.indexOf('|') >= 0 && segment.indexOf('&') >= 0) {
      const ctx = newCtx(segment, sink);
      forkBomb(segment, ctx);
    }
    return;
  }
  const ctx = newCtx(segment, sink);
  fillerExpansions(segment, ctx);
  // A question about a command quoted in backticks (`why is \`curl … | sudo bash\` risky?`): the
  // quoted command is named, not ordered, even when it is too elided for the reading below.
  if (ctx.question) {
    for (let open = segment.indexOf('`'), k = 0; open >= 0 && k < MAX_SPANS; k++) {
      const close = segment.indexOf('`', open + 1);
      if (close < 0) break;
      // Only a command elided past reading (`curl ... | sudo bash`): a whole one is judged below.
      const quoted = segment.slice(open + 1, close);
      if (ELIDED.test(quoted)) for (const category of QUOTED_CATEGORIES) sink.settle?.(category, open, close + 1);
      open = segment.indexOf('`', close + 1);
    }
  }
  let text = segment;
  let shift = 0;
  // A Markdown quote (`> @sam: please handle …`, `> rm -rf /`) holds what it quotes; `> /etc/x`
  // (a path, a variable or one word alone) is a redirection that empties a file.
  const quote = /^\s*>\s+(?=[^\s/~.$'"]+\s+\S)/.exec(text.slice(0, 80));
  if (quote !== null) {
    shift = quote[0].length;
    text = text.slice(shift);
  }
  // A prompt (`$ `, `# `, `> `) before a command.
  const lead = /^\s*(?:[$#%]|[\w.@-]{1,64}[$#%])\s+/.exec(text.slice(0, 80));
  if (lead !== null) {
    shift += lead[0].length;
    text = text.slice(lead[0].length);
  }
  // A Markdown code span that opens the line and is followed by prose ("`rm -rf ~/.cache/pip` to
  // free space") holds the command; a backtick substitution in command position is followed by
  // arguments instead ("`echo rm` -rf /").
  const span = codeSpan(text);
  if (span > 0) {
    shift += 1;
    text = text.slice(1, span);
  }
  forkBomb(text, ctx);
  if (looksLikeShell(text)) {
    // Where the sentence goes on in words after a comma or full stop (`…, then tell the team`), the
    // word before the mark is not taken with it. Glued to an interpreter's name (`… | sh, then list
    // what it installed`), the command is also read up to the mark, since what follows would be a
    // script for it to run; glued to anything else (`git push --force origin main, then …`), the
    // mark is read as a space, one reading of the same length, so spans stay.
    const cut = clauseEnd(text);
    const line =
      cut > 0 && !runsWhatItReads(lastWord(text, cut)) ? `${text.slice(0, cut)} ${text.slice(cut + 1)}` : text;
    examineLine(line.slice(0, proseEnd(line, 0, line.length)), ctx, shift);
    if (cut > 0 && line === text) examineLine(text.slice(0, cut), ctx, shift);
    return;
  }
  // A command after a short label ("Run this: x=rm; $x -rf /", "Paso 2: …"): the rest of the line.
  const label = LABEL.exec(text.slice(0, 64));
  if (label !== null) {
    const rest = text.slice(label[0].length);
    if (looksLikeShell(rest) && (split(rest) || /^[a-z_][\w]*=/i.test(rest))) {
      examineLine(rest, ctx, shift + label[0].length);
      return;
    }
  }
  // Passwordless sudo asked for in prose, in any language: the two words are the same everywhere.
  if (/nopasswd/i.test(segment) && /sudoers/i.test(segment) && !meaningAsked(segment))
    report(ctx, RULES.accountWrite, 'high');
  // A public key handed over with authorized_keys, in any language: the key is put there.
  if (
    segment.indexOf('authorized_keys') >= 0 &&
    /\b(?:ssh-(?:rsa|ed25519|dss)|ecdsa-sha2-nistp\d{3}) AAAA[0-9A-Za-z+/]{16}/.test(segment) &&
    !meaningAsked(segment)
  )
    report(ctx, RULES.authKeys, 'high');
  // Prose: a command may start mid-sentence ("then run rm -rf / on the box", "use `sudo su`").
  let done = 0;
  let lastEnd = -1;
  for (const at of anchors) {
    if (done >= MAX_ANCHORS) break;
    if (at < lastEnd) continue;
    let stop = segment.length;
    let from = at;
    const q = at > 0 ? segment[at - 1] : '';
    if (q === '`' || q === '"' || q === "'") {
      const close = segment.indexOf(q, at);
      if (close > 0) stop = close;
    } else if (insideCodeSpan(segment, at)) {
      // `run \`foo init\``: the anchor sits inside a Markdown code span, which ends the command.
      const close = segment.indexOf('`', at);
      if (close > 0) stop = close;
      // `\`tool list … | xargs tool delete\``: a span that reads as a command from its start is read
      // whole, so what its pipe feeds into the anchor is seen.
      const open = segment.lastIndexOf('`', at - 1);
      if (open >= 0 && at - open <= 400 && looksLikeShell(segment.slice(open + 1, stop))) from = open + 1;
    }
    // `decode and run: echo … | base64 -d | sh`: the anchor is fed by a pipe whose first command
    // the gate does not know; the pipeline is read from its start, after the label.
    if (from === at && at > 2) {
      const back = PIPE_BEFORE.exec(segment.slice(Math.max(0, at - 400), at));
      if (back !== null) from = at - back[0].length;
    }
    // `fetch(url)`, `kill(pid)`: a name followed by `(` is a call in code; in sh it is a syntax
    // error unless it defines a function (`name() {`).
    if (isCallAt(segment, at)) continue;
    // "curl … piped into sudo bash": the words for a pipe, read as one.
    const piece = segment.slice(from, sentenceEnd(segment, from, stop)).replace(PIPED_WORDS, ' | ');
    const p = lex(piece, initialVars());
    const w0 = p.cmds[0]?.words[0];
    if (w0 === undefined || w0.s !== 0) continue;
    done++;
    lastEnd = stop;
    examine(p, piece, initialVars(), 0, ctx, from);
  }
}

/** What reads the screen or the clipboard. */
const CAPTURE =
  /\b(?:pbpaste|the clipboard|screencapture|wl-paste|xsel|xclip\b[^|;\n]{0,40}?-o|scrot|gnome-screenshot|import -window root|xwd -root)\b/i;
/** A loop that goes on with a pause between its rounds. */
const REPEATS = /\b(?:while|until|for)\b[\s\S]*\bdo\b[\s\S]*\bsleep\b/;
/** A dialog with a hidden answer field: AppleScript's and JavaScript for Automation's spelling. */
const SECRET_DIALOG =
  /display dialog\b[\s\S]{0,600}?\bdefault answer\b[\s\S]{0,600}?\bhidden answer\b|displayDialog\b[\s\S]{0,600}?\bhiddenAnswer\s*:\s*true/i;
/** Words of a dialog that passes itself off as the system's own or asks for the password. */
const MIMICS = /password|passcode|keychain|System:Library|CoreTypes|software update|authenticat|macOS/i;

/**
 * Readings of a segment that need no program name of the gate: a loop that captures the screen or
 * the clipboard round after round (what it collects is whatever the user copies or shows), and an
 * AppleScript dialog with a hidden answer (a password asked for by a script, not by the system).
 */
function collection(segment: string, sink: FindingSink): void {
  const dialog = segment.indexOf('idden') >= 0 && SECRET_DIALOG.test(segment);
  const loop = segment.indexOf('sleep') >= 0 && CAPTURE.test(segment) && REPEATS.test(segment);
  if (!dialog && !loop) return;
  const ctx = newCtx(segment, sink);
  if (dialog) report(ctx, RULES.passwordPrompt, MIMICS.test(segment) ? 'high' : 'medium');
  if (loop) report(ctx, RULES.collect, 'high');
}

/** A separator of a command list: `&&`, `||` or `;`, with the blanks around it. */
const LIST_SPLIT = /\s*(?:&&|\|\||;)\s*/g;
/** A Terraform workspace or Pulumi stack selected on the line, by name. */
const SELECTED = /\b(?:(?:terraform|tofu) workspace (?:select|new)|pulumi stack select)\s+["']?([\w.-]{1,64})/;
/** A development host name (reserved or local suffix) mapped to a loopback or private address. */
const DEV_HOSTS_ENTRY =
  /\b[\w-]+(?:\.[\w-]+)*\.(?:test|local|localhost|internal|lan|example|invalid|home\.arpa)\b[^.;!?\n]{0,40}\b(?:127\.\d+\.\d+\.\d+|::1|localhost|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+)\b/i;
/** A placeholder where a command's argument was left out (`curl ... | sh`, `rm -rf <dir>`). */
const ELIDED = /\.\.\.|…|<[a-z_ -]{1,20}>/i;
/** A command line ending in a pipe, after a label, a sentence end or the start: `echo … | `. */
const PIPE_BEFORE = /(?<=^|[:;.]\s|^\s+)[a-z][\w.-]{0,30}(?: [^|:;\n]{0,300})?\|\s*$/;
/** Categories of the phrase rules a quoted command asked about no longer stands for. */
const QUOTED_CATEGORIES = ['destructive', 'remote-code-execution', 'destructive-sql', 'system-modification'];
/** A shell started on a command it is handed, up to the command's opening quote. */
const WRAPPER =
  /^(?:cmd(?:\.exe)?\s+\/[ck]|(?:ba|z|da)?sh\s+-c|(?:powershell|pwsh)(?:\.exe)?\s+(?:-[a-z]+\s+){0,3}?-c(?:ommand)?)\s+["']?/i;
/** Code spans read for a client's deletion, at most. */
const MAX_SPANS = 4;

/**
 * Deletions through command-line clients no table knows (see {@link destroyingCli}): the line as a
 * command (after a prompt or a short label), and each Markdown code span in it.
 */
function unknownClients(segment: string, sink: FindingSink): void {
  if (segment.length < 8 || segment.length > 2000) return;
  // cmd's escape caret hides a client's name from the first look (`r^ob^oc^op^y`): it looks past it.
  if (!CLIENT_LOOK.test(segment) && (segment.indexOf('^') < 0 || !CLIENT_LOOK.test(segment.replace(/\^(.)/g, '$1'))))
    return;
  const lead = /^\s*(?:[$#>]\s+|[\w.@-]{1,64}[$#%]\s+|(?:[-*•]|\d{1,2}[.)])\s+)?/.exec(segment);
  let at = lead === null ? 0 : lead[0].length;
  // A command handed to another shell (`cmd /c "…"`, `bash -c '…'`, `powershell -Command "…"`) is
  // read as that shell reads it: cmd drops its escape caret (`r^ob^oc^op^y` is `robocopy`).
  const wrapper = WRAPPER.exec(segment.slice(at, at + 80));
  const carets = wrapper !== null && /^cmd/i.test(wrapper[0]) && segment.indexOf('^') >= 0;
  if (wrapper !== null) at += wrapper[0].length;
  // The line's commands, split at `&&`, `||` and `;` (a few of them).
  let hit: ReturnType<typeof destroyingCli> = null;
  let from = at;
  for (let k = 0, start = at; k < MAX_SPANS && start < segment.length; k++) {
    LIST_SPLIT.lastIndex = start;
    const sep = LIST_SPLIT.exec(segment);
    const written = segment.slice(start, sep === null ? segment.length : sep.index);
    const unquoted = wrapper !== null && /["']$/.test(wrapper[0]) ? written.replace(/["']\s*$/, '') : written;
    const piece = carets ? unquoted.replace(/\^(.)/g, '$1') : unquoted;
    const mirror = mirroredEmpty(piece);
    if (mirror > 0) {
      const ctx = newCtx(segment, sink);
      ctx.cur = [start, Math.min(segment.length, start + mirror)];
      report(ctx, RULES.cloud, 'high');
    }
    if (hit === null) {
      // The body of a loop or a branch (`…; do scw instance server terminate "$id"; done`).
      const body = /^\s*(?:do|then|else)\s+/.exec(piece);
      hit = destroyingCli(body === null ? piece : piece.slice(body[0].length));
      from = body === null ? start : start + body[0].length;
    }
    if (sep === null) break;
    start = sep.index + sep[0].length;
  }
  let tick = segment.indexOf('`');
  for (let k = 0; hit === null && tick >= 0 && k < MAX_SPANS; k++) {
    const close = segment.indexOf('`', tick + 1);
    if (close < 0) break;
    hit = destroyingCli(segment.slice(tick + 1, close));
    from = tick + 1;
    tick = segment.indexOf('`', close + 1);
  }
  // A listing fed through `xargs` into a client's deletion: the deletion as `xargs` runs it, and
  // at least high when the listing selects everything.
  if (hit === null && segment.indexOf('xargs') > at) {
    const fed = xargsFed(segment.slice(at));
    hit = fed === null ? null : destroyingCli(fed.command);
    if (fed !== null && hit !== null) {
      from = at + fed.at;
      // A listing narrowed to scratch items (`-l env=test`) feeds only those.
      const scratch = scratchFilters(fed.filters) || (fed.filters.length > 0 && scratchNames(fed.filters));
      hit = {
        severity: scratch ? 'low' : fed.everything && hit.severity !== 'low' ? 'high' : hit.severity,
        end: Math.min(hit.end, segment.length - from),
      };
    }
  }
  if (hit === null) return;
  const ctx = newCtx(segment, sink);
  ctx.cur = [from, from + hit.end];
  report(ctx, RULES.cloud, hit.severity);
}

/**
 * A question about what something means or does ("What does NOPASSWD in sudoers mean?"), with no
 * request to set it up.
 */
function meaningAsked(segment: string): boolean {
  return (
    /^\s*(?:what|why|how does|how do|is|are|does|explain)\b/i.test(segment) &&
    /\b(?:mean|means|meaning|do|does|work|works|risk|risks|safe|acceptable|dangerous)\b/i.test(segment) &&
    !/\b(?:add|set up|enable|configure|grant|give|append|write|put|make|edit)\b/i.test(segment)
  );
}

/**
 * Whether a command name is a path pattern: a `/` and a glob character (`?`, `*`, or a bracket
 * class). A bare `curl?` or `service?` is a question mark in prose, not a pattern.
 */
function isGlob(t: string): boolean {
  return t.includes('/') && (t.includes('?') || t.includes('*') || (t.includes('[') && t.includes(']')));
}

/** Directories a command name resolves in on a standard layout. */
const BIN_DIRS = ['/bin', '/sbin', '/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin'];

/** The known program a glob in command position expands to on a standard layout, or null. */
function globProgram(word: string): string | null {
  if (word.length > 64) return null;
  const slash = word.lastIndexOf('/');
  const name = word.slice(slash + 1);
  if (slash >= 0) {
    const dir = word.slice(0, slash);
    if (!BIN_DIRS.some((d) => globMatch(dir, d))) return null;
  }
  for (const p of PROGRAMS) if (globMatch(name, p)) return p.toLowerCase();
  return null;
}

/**
 * Where a command written mid-sentence ends: at `stop`, or before the first `,` `.` `!` `?` that is
 * followed by a space outside quotes ("run sudo rm -rf /var/lib/postgresql, the db is broken").
 */
function sentenceEnd(s: string, at: number, stop: number): number {
  let quote = 0;
  for (let i = at; i < stop - 1; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 39 || c === 34) quote = c;
    else if ((c === 44 || c === 46 || c === 33 || c === 63) && s.charCodeAt(i + 1) === 32) return i;
  }
  return quote === 0 ? proseEnd(s, at, stop) : stop;
}

/** Words that carry a sentence on after a command written at the start of a line. */
const GOES_ON = /^[,.] +(?:and then|then|and|after that|afterwards|once|when|so|please|thanks)\b/i;

/** Whether `word` names a shell or a script interpreter: a program that runs what it reads. */
function runsWhatItReads(word: string): boolean {
  return SHELL_NAMES.has(word) || isInterpreter(word);
}

/** The lower-cased word that ends at `end` in `s` (letters and digits), at most 16 code units. */
function lastWord(s: string, end: number): string {
  let i = end;
  while (i > 0 && end - i < 16 && isWordChar(s.charCodeAt(i - 1))) i--;
  return s.slice(i, end).toLowerCase();
}

/**
 * Where a command that opens a line ends when the sentence goes on in words after a `,` or `.`
 * outside quotes (`… | sh, then list what it installed`), or -1. Reads at most the first 400 code
 * units.
 */
function clauseEnd(s: string): number {
  const stop = Math.min(s.length - 1, 400);
  let quote = 0;
  for (let i = 1; i < stop; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 39 || c === 34) quote = c;
    else if ((c === 44 || c === 46) && s.charCodeAt(i + 1) === 32 && GOES_ON.test(s.slice(i, i + 24))) return i;
  }
  return -1;
}

/**
 * `stop`, or one less when a sentence's full stop, `!` or `?` is glued to the last word ("… rb
 * s3://bucket --force."): no flag or name a rule reads ends in one, and `rm -rf .` (a space before
 * the dot) keeps its operand.
 */
function proseEnd(s: string, from: number, stop: number): number {
  const c = s.charCodeAt(stop - 1);
  if (stop - from < 3 || !(c === 46 || c === 33 || c === 63)) return stop;
  const b = s.charCodeAt(stop - 2);
  return (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) ? stop - 1 : stop;
}

/** Whether an odd number of backticks precedes `at`: a Markdown code span is open there. */
function insideCodeSpan(s: string, at: number): boolean {
  let open = false;
  for (let i = s.indexOf('`'); i >= 0 && i < at; i = s.indexOf('`', i + 1)) open = !open;
  return open;
}

/** Whether the word at `at` is directly followed by `(` and an argument (a function call). */
function isCallAt(s: string, at: number): boolean {
  let i = at;
  while (i < s.length && isWordChar(s.charCodeAt(i))) i++;
  if (s.charCodeAt(i) !== 40) return false;
  let j = i + 1;
  while (j < s.length && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9)) j++;
  return s.charCodeAt(j) !== 41;
}

/**
 * Reports a finding over the command (or the outermost construct that runs it). The evidence is
 * the original text of that span, so that it reads as what the user wrote.
 */
const PROGRAM_SET = new Set(PROGRAMS.map((p) => p.toLowerCase()));

function isSplitChar(c: number): boolean {
  // letters, digits, _ - . / and the quotes and backslash that split a word without ending it
  return isWordChar(c) || c === 46 || c === 47 || c === 39 || c === 34 || c === 92;
}

/**
 * A program name split by quotes or backslashes (`r''m`, `'r'm`, `r\m`, `"su"do`), or a line
 * that starts with a variable in command position (`$X -rf /`) or with a redirection: the gate's
 * automaton sees none of them. Looks only around each quote or backslash, a bounded number of them.
 */
function split(s: string): boolean {
  let lead = 0;
  while (lead < s.length && s.charCodeAt(lead) <= 32) lead++;
  const first = s.charCodeAt(lead);
  // `$X -rf /`, or a redirection with no command or `:` (`> /var/lib/mysql/mysql.ibd` empties it).
  if (first === 36 || first === 62 || (first === 58 && /^:\s*>/.test(s.slice(lead, lead + 8)))) return true;
  // `tool res list … | xargs tool res delete`: a tool the gate does not know, feeding its own listing
  // into itself.
  if (s.indexOf('xargs', lead) > 0 && SELF_FED.test(s.slice(lead, lead + 400))) return true;
  // `a="DROP "; b="DATABASE x"; psql -c "$a$b"`: values assigned first and joined later, where the
  // gate's automaton sees no command in any one piece.
  const eq = s.indexOf('=', lead);
  if (eq > lead && eq - lead <= 40 && s.indexOf('$', eq) > 0 && ASSIGNS_FIRST.test(s.slice(lead, lead + 80)))
    return true;
  // A path pattern in command position (`/bin/r?`, `/???/?m`).
  if (first === 47) {
    let end = lead;
    while (end < s.length && s.charCodeAt(end) > 32) end++;
    if (isGlob(s.slice(lead, end))) return true;
  }
  // Quotes and backslashes found by `indexOf` (a native scan), most lines having none.
  let q1 = s.indexOf("'");
  let q2 = s.indexOf('"');
  let q3 = s.indexOf('\\');
  let seen = 0;
  while (seen < 64) {
    const i = Math.min(q1 < 0 ? s.length : q1, q2 < 0 ? s.length : q2, q3 < 0 ? s.length : q3);
    if (i >= s.length) break;
    seen++;
    let a = i;
    while (a > 0 && i - a < 24 && isSplitChar(s.charCodeAt(a - 1))) a--;
    let b = i + 1;
    while (b < s.length && b - i < 24 && isSplitChar(s.charCodeAt(b))) b++;
    let word = '';
    for (let k = a; k < b; k++) {
      const d = s.charCodeAt(k);
      if (d !== 39 && d !== 34 && d !== 92) word += s[k];
    }
    const slash = word.lastIndexOf('/');
    const name = (slash < 0 ? word : word.slice(slash + 1)).toLowerCase();
    if (name !== word.toLowerCase() || name.length !== b - a) {
      if (PROGRAM_SET.has(name) || name.startsWith('mkfs')) return true;
    }
    // Resume after this word: the next quote or backslash at or beyond `b`.
    const from = Math.max(b, i + 1);
    if (q1 >= 0 && q1 < from) q1 = s.indexOf("'", from);
    if (q2 >= 0 && q2 < from) q2 = s.indexOf('"', from);
    if (q3 >= 0 && q3 < from) q3 = s.indexOf('\\', from);
  }
  return globbedPath(s);
}

/** A line whose first program's output is fed by `xargs` to the same program. */
const SELF_FED =
  /^([a-z][\w.-]{1,31})\s[^|\n]{0,200}(?:\|\s*(?:jq|yq|grep|awk|cut|sed|sort|uniq|tr|head|tail)\s[^|\n]{0,80}){0,2}\|\s*xargs\b[^|\n]{0,40}\s\1\s/;

/** A line that opens with a variable assignment (`x=…;`, `export X="…" &&`). */
const ASSIGNS_FIRST =
  /^(?:export\s+)?[A-Za-z_]\w{0,31}=(?:"[^"]*"|'[^']*'|[^\s;&|]*)\s*(?:;|&&|\n|\s+(?:export\s+)?[A-Za-z_]\w{0,31}=)/;

/** Values of a `for` list read, at most: each costs one more reading of the line. */
const MAX_LOOP_VALUES = 6;

/**
 * The first `for NAME in WORDS` of a line whose body uses `$NAME`, with its literal values; null
 * when there is none. The body is then read with the variable set to each value in turn.
 */
function forLoop(p: Parsed): { name: string; values: string[] } | null {
  for (const c of p.cmds) {
    const w = c.words;
    if (w[0]?.t !== 'for' || w[2]?.t !== 'in' || w.length < 4) continue;
    // cast drops `undefined`: w.length ≥ 4
    const name = (w[1] as Word).t;
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return null;
    const values = w
      .slice(3, 3 + MAX_LOOP_VALUES)
      .filter((x) => !x.dyn)
      .map((x) => x.t);
    return values.length > 0 ? { name, values } : null;
  }
  return null;
}

/** Words starting with `/` examined for a glob per segment, at most. */
const MAX_GLOB_WORDS = 16;

/**
 * A path argument whose glob spells a system path on a standard layout (`/e?c/sha*ow`,
 * `/e*'/'shadow`): the file names the gate looks for are hidden by the pattern. Only words that
 * start with `/` and hold a glob character are resolved, a bounded number of them.
 */
function globbedPath(s: string): boolean {
  let seen = 0;
  for (let i = s.indexOf('/'); i >= 0 && seen < MAX_GLOB_WORDS; i = s.indexOf('/', i + 1)) {
    const before = i > 0 ? s.charCodeAt(i - 1) : 32;
    if (before > 32 && before !== 34 && before !== 39) continue;
    let end = i;
    while (end < s.length && end - i < 128 && s.charCodeAt(end) > 32) end++;
    const word = s.slice(i, end);
    i = end;
    if (word.indexOf('*') < 0 && word.indexOf('?') < 0 && word.indexOf('[') < 0) continue;
    seen++;
    if (classify(word.replace(/["']/g, '')) !== Target.None) return true;
  }
  return false;
}

function report(ctx: Ctx, rule: RuleId, severity0: Severity): void {
  let severity = severity0;
  // `terraform workspace select pr-482-preview && terraform destroy`: the destroy runs in the
  // workspace or stack the line selected, and that one is named disposable.
  if (rule === RULES.cloud && severity !== 'critical' && severity !== 'low') {
    const chosen = SELECTED.exec(ctx.text);
    if (chosen !== null && scratchNames([chosen[1] as string])) severity = 'low';
  }
  const key = `${rule.id}\u0000${severity}`;
  if (ctx.seen.has(key)) return;
  ctx.seen.add(key);
  const [s, e0] = ctx.span ?? ctx.cur;
  let e = Math.min(e0, s + MAX_EVIDENCE);
  // Never end between the halves of a surrogate pair.
  const last = ctx.text.charCodeAt(e - 1);
  if (e < e0 && last >= 0xd800 && last <= 0xdbff) e--;
  // Trailing blanks are not part of the command.
  // cast drops `undefined`: s < e - 1 < e0, an offset inside the text
  while (e > s + 1 && /\s/.test(ctx.text[e - 1] as string)) e--;
  // A question about the quoted command: what it does is named, not ordered. The detector owns
  // the severity over the whole line, so the phrase rules matching inside it are withdrawn.
  if (ctx.question) {
    ctx.sink.report(rule.id, rule.category, 'low', rule.description, s, e, ctx.text.slice(s, e));
    ctx.sink.settle?.('destructive', 0, ctx.text.length);
    if (rule.category !== 'destructive') ctx.sink.settle?.(rule.category, 0, ctx.text.length);
    return;
  }
  // The line's own comment or its words around the command say the data is one's own, local, for
  // tests or a preview: a git command on a local branch, a FLUSHDB of a test database, a
  // `terraform destroy` of one's own sandbox. The detector owns the severity, so the phrase rules
  // that match only inside the command are withdrawn.
  if (
    severity !== 'critical' &&
    OWNED_LOWERS.has(rule.id) &&
    ctx.span === null &&
    (ctx.owned || ownedScope(ctx.text)) &&
    // FLUSHALL empties every database of the server: no note about one of them scopes it.
    !/\bflushall\b/i.test(ctx.text.slice(s, e))
  ) {
    ctx.sink.report(rule.id, rule.category, 'low', rule.description, s, e, ctx.text.slice(s, e));
    ctx.sink.settle?.('destructive', s, e);
    ctx.sink.settle?.('destructive-sql', s, e);
    return;
  }
  // A disk the line names as the user's own removable medium (`# my new USB stick`): an installer
  // written to it, or the stick wiped, is everyday work on one device of one's own.
  if (rule === RULES.wipe && ctx.span === null && ownRemovableMedium(ctx.text)) {
    ctx.sink.report(rule.id, rule.category, 'low', rule.description, s, e, ctx.text.slice(s, e));
    ctx.sink.settle?.('destructive', s, e);
    return;
  }
  // A defence switched off for a while on one's own machine and turned back on after (`setenforce 0
  // on my personal VM to debug, then back to enforcing`): everyday debugging, not an attack on it.
  if (rule === RULES.audit && severity !== 'critical' && ctx.text.length <= 400 && restoredOnOwn(ctx.text)) {
    ctx.sink.report(rule.id, rule.category, 'low', rule.description, s, e, ctx.text.slice(s, e));
    ctx.sink.settle?.(rule.category, s, e);
    return;
  }
  ctx.sink.report(rule.id, rule.category, severity, rule.description, s, e, ctx.text.slice(s, e));
  // A git or cloud command judged scoped (`git clean -fdX`, a preview's namespace): the detector
  // owns the severity over the command, so the phrase rules matching inside it are withdrawn.
  if (severity === 'low' && (rule === RULES.git || rule === RULES.cloud)) ctx.sink.settle?.('destructive', s, e);
}

/** A change said to last a while only. */
const FOR_A_WHILE =
  /\b(?:temporar(?:y|ily)|for (?:a (?:minute|moment|bit|few minutes|short while)|now|the test|debugging))\b/i;
/** The change undone after. */
const UNDONE =
  /\b(?:(?:then|and|after(?:wards?)?|later)\s+(?:set\s+it\s+|turn\s+it\s+|switch\s+it\s+|put\s+it\s+)?back|re-?enabl\w*|restor\w*|turn\w*\s+it\s+(?:back\s+)?on|setenforce\s+1)\b/i;
/** Many machines, or machines not one's own. */
const NOT_ONE_MACHINE = /\b(?:all|every|fleet|servers|hosts|machines|prod|production|customers?|company)\b/i;

/**
 * Whether the line switches a defence off for a while on one's own machine and undoes it after
 * (`temporarily on my personal Fedora VM … then back to enforcing`).
 */
function restoredOnOwn(text: string): boolean {
  return FOR_A_WHILE.test(text) && UNDONE.test(text) && !NOT_ONE_MACHINE.test(text) && ownedScope(text);
}

/** Examines every command of a parsed line (and what it runs). `shift` maps offsets to the segment. */
function examine(p: Parsed, src: string, vars: Vars, depth: number, ctx: Ctx, shift: number): void {
  const cmds = p.cmds;
  let downloaded: string[] | null = null;
  for (let k = 0; k < cmds.length; k++) {
    if (ctx.budget-- <= 0) return;
    // cast drops `undefined`: k < cmds.length
    const c = cmds[k] as Cmd;
    if (ctx.span === null) ctx.cur = [shift + Math.max(0, c.s), shift + Math.max(c.s, c.e)];
    if (c.redirs.length > 0 || downloaded !== null || c.pipeIn || interesting(c)) {
      command(c, c.words, cmds, k, vars, depth, ctx, shift, p);
      downloaded = downloads(c, downloaded, ctx);
    }
    if (ctx.preload) preload(c, ctx);
    expandedQuery(c, src, ctx, shift);
    expandedClient(c, src, ctx, shift);
  }
  // Substitutions run too.
  if (depth < MAX_DEPTH) {
    for (const sub of p.subs) {
      nested(sub.src, vars, depth + 1, ctx, shift + sub.s, shift + sub.e);
    }
  }
  void src;
}

/**
 * The paths the command before `index` in its pipe lists: the operands of `ls`, `echo` or
 * `printf`, or the start directories of `find` (with `-r`, since it lists everything beneath them).
 */
function listed(cmds: readonly Cmd[], index: number): Word[] {
  const prev = cmds[index - 1];
  const cur = cmds[index];
  if (prev === undefined || cur === undefined || prev.pipe !== cur.pipe) return [];
  const head = prev.words[0];
  const prog = head === undefined ? '' : base(head.t);
  const rest = prev.words.slice(1, 1 + MAX_LISTED);
  if (prog === 'ls' || prog === 'echo' || prog === 'printf') return rest.filter((x) => !x.t.startsWith('-'));
  if (prog !== 'find') return [];
  const starts: Word[] = [];
  for (const x of rest) {
    if (x.t.startsWith('-') || x.t === '(' || x.t === '!') break;
    starts.push(x);
  }
  // A test narrows the listing to some files (`-name '*.pyc'`, `-mtime +30`): not everything.
  if (starts.length === 0 || rest.some((x) => FIND_TESTS.test(x.t))) return [];
  return [{ ...(starts[0] as Word), t: '-r' }, ...starts];
}

/** Subcommands that list a tool's resources, and those that destroy one. */
/** Programs that reshape a listing's text on its way through a pipe. */
const TEXT_FILTERS: ReadonlySet<string> = new Set([
  'jq',
  'yq',
  'grep',
  'egrep',
  'awk',
  'cut',
  'sed',
  'sort',
  'uniq',
  'tr',
  'head',
  'tail',
]);
const LISTING = /^(?:list|ls|get|show|describe(?:-[a-z-]+)?|enumerate)$/;
const DESTROYING = /^(?:delete|destroy|rm|remove|terminate(?:-[a-z-]+)?|delete-[a-z-]+|purge|drop|nuke)$/;
/** Words on a listing that narrow it to some resources. */
const NARROWED =
  /^(?:--?(?:filter|selector|label|labels|l|name|prefix|query|tag|tags|project|older-than)(?:=.*)?|-l\S*|--filter=.*|--selector=.*)$/;

/**
 * Whether the pipe feeds the ids a tool lists into the same tool's deletion, one by one
 * (`hcloud server list … | xargs -n1 hcloud server delete`, `doctl … droplet list | xargs doctl …
 * droplet delete`): every resource of that kind goes. A listing narrowed by a filter or a
 * selector, or a `grep` between, picks some.
 */
function deletesListed(cmds: readonly Cmd[], index: number, run: readonly Word[]): boolean {
  const cur = cmds[index];
  if (cur === undefined || run.length < 2) return false;
  // The listing may pass through a text filter or two first (`… list | jq -r '.[].id' | xargs …`).
  let at = index - 1;
  while (at > index - 3 && at > 0 && cmds[at]?.pipe === cur.pipe && TEXT_FILTERS.has(base(cmds[at]?.words[0]?.t ?? '')))
    at--;
  const prev = cmds[at];
  if (prev === undefined || prev.pipe !== cur.pipe) return false;
  const head = prev.words[0];
  if (head === undefined || base(head.t) !== base((run[0] as Word).t)) return false;
  const listWords = prev.words.slice(1, 8).map((x) => x.t);
  if (!listWords.some((t) => LISTING.test(t)) || prev.words.some((x) => NARROWED.test(x.t))) return false;
  return run.slice(1, 8).some((x) => DESTROYING.test(x.t));
}

/** Database clients and their flags that take a statement to run. */
const QUERY_FLAGS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['psql', new Set(['-c', '--command'])],
  ['mysql', new Set(['-e', '--execute'])],
  ['mariadb', new Set(['-e', '--execute'])],
  ['sqlcmd', new Set(['-q', '-Q'])],
  ['clickhouse-client', new Set(['-q', '--query'])],
  ['cqlsh', new Set(['-e', '--execute'])],
  ['mongosh', new Set(['--eval'])],
]);

/**
 * A statement handed to a database client after the shell expanded it (`c=dr; d=op; psql -c
 * "${c}${d} database prod"`): the SQL reader sees the source text, so the statement as the client
 * receives it is handed back for a second look.
 */
function expandedQuery(c: Cmd, src: string, ctx: Ctx, shift: number): void {
  const head = c.words[0];
  const flags = head === undefined ? undefined : QUERY_FLAGS.get(base(head.t));
  if (flags === undefined) return;
  for (let i = 1; i + 1 < c.words.length; i++) {
    // casts drop `undefined`: i + 1 < c.words.length
    if (!flags.has((c.words[i] as Word).t)) continue;
    const q = c.words[i + 1] as Word;
    const raw = src.slice(q.s, q.e);
    if (raw.indexOf('$') >= 0 && q.t.indexOf(UNKNOWN) < 0 && q.t !== raw)
      ctx.sink.rescan(q.t, shift + q.s, shift + q.e, 'shell expansion');
  }
}

/** Words of an expanded command read for a client's deletion, at most. */
const MAX_CLIENT_WORDS = 16;

/**
 * A client's deletion spelled through variables (`A='ossutil rm'; $A oss://bucket -a -r -f`): the
 * line reader sees `$A`, so the command as the shell runs it, its words expanded, is read for
 * {@link destroyingCli} too.
 */
function expandedClient(c: Cmd, src: string, ctx: Ctx, shift: number): void {
  const n = c.words.length;
  if (n < 2) return;
  const first = c.words[0] as Word;
  const last = c.words[Math.min(n, MAX_CLIENT_WORDS) - 1] as Word;
  const raw = src.slice(first.s, last.e);
  if (raw.indexOf('$') < 0) return;
  let line = first.t;
  for (let i = 1; i < n && i < MAX_CLIENT_WORDS; i++) line += ` ${(c.words[i] as Word).t}`;
  if (line === raw || line.indexOf(UNKNOWN) >= 0 || !CLIENT_LOOK.test(line)) return;
  const hit = destroyingCli(line);
  if (hit === null) return;
  ctx.cur = [shift + first.s, shift + last.e];
  report(ctx, RULES.cloud, hit.severity);
}

/** `find` tests that select some files rather than all. */
const FIND_TESTS =
  /^-(i?name|i?path|i?wholename|i?regex|newer\w*|[acm]time|[acm]min|size|user|group|perm|empty|links|inum|uid|gid)$/;
/** Operands read from a listing command, at most. */
const MAX_LISTED = 32;

/** The dynamic loader's injection variables. */
const PRELOAD_VARS = /^(?:export\s+)?(LD_PRELOAD|LD_AUDIT|DYLD_INSERT_LIBRARIES)=(.*)$/;
/** Where the system's own libraries live: a preload from there is configuration. */
const LIB_DIRS = /^\/(?:usr\/(?:local\/)?)?lib(?:32|64|exec)?\//;

/**
 * A library preloaded into the programs a command starts (`LD_PRELOAD=/tmp/x.so sudo -E …`,
 * `export LD_PRELOAD=…`, `DYLD_INSERT_LIBRARIES=…`) from outside the system's library
 * directories: every program, setuid ones run with `sudo -E` included, runs its code first.
 */
function preload(c: Cmd, ctx: Ctx): void {
  for (const w of c.words) {
    const m = PRELOAD_VARS.exec(w.t);
    if (m === null) {
      if (w.t === 'export' || w.t === 'env' || w.t.indexOf('=') > 0) continue;
      return;
    }
    // cast drops `undefined`: group 2 always takes part in a match
    const value = m[2] as string;
    if (value.length > 0 && !value.split(/[: ]/).every((v) => v === '' || LIB_DIRS.test(v))) {
      report(ctx, RULES.preload, 'high');
      return;
    }
  }
}

/**
 * Every program some rule, wrapper or pipeline check speaks of. A command whose name is none of
 * these, with no redirection and no pipe into it, cannot be a finding and is skipped.
 */
const INTERESTING = new Set([
  ...PROGRAMS.map((p) => p.toLowerCase()),
  ...RESET_RUNNERS,
  'pulumi',
  // Package managers: judged only when a mark opened the gate (an install from plain HTTP).
  'pip',
  'pip3',
  'uv',
  'uvx',
  'npm',
  'pnpm',
  'yarn',
  'gem',
  'pipx',
  'npx',
  'pnpx',
  'bunx',
  'choco',
  'cinst',
  'composer',
  // Package installers and `java -jar`, read when they install or run a file fetched before them.
  'dpkg',
  'rpm',
  'installer',
  'java',
  ...INTERPRETERS,
  ...SENDERS,
  ...READERS,
  ...EDITORS,
  '!',
  '{',
  '}',
  'then',
  'do',
  'else',
  'elif',
  'if',
  'while',
  'until',
  'chroot',
  'ionice',
  'setsid',
  'unbuffer',
  'watch',
  'strace',
  'ltrace',
  'time',
  'runuser',
  'oc',
  'terraform',
  'terragrunt',
  'tofu',
  'aws',
  'az',
  'gcloud',
  'gsutil',
  'redis-cli',
  'sysctl',
  'iptables-legacy',
  'iptables-nft',
  'at',
  'batch',
  'ssh-copy-id',
  'wp',
  'log',
  'security',
  'profiles',
  'open',
  'sqlite',
  'mkdosfs',
  'mkntfs',
]);

function interesting(c: Cmd): boolean {
  const w = c.words;
  let k = 0;
  // cast drops `undefined`: k < w.length
  while (k < w.length && (w[k] as Word).t.indexOf('=') > 0) k++;
  const head = w[k];
  if (head === undefined) return k > 0;
  if (head.dyn || head.t.indexOf(UNKNOWN) >= 0 || (!head.q && isGlob(head.t))) return true;
  const b = base(head.t);
  return INTERESTING.has(b) || b.startsWith('mkfs');
}

/** Examines text that a command runs (`sh -c '…'`, `eval …`, `$(…)`), reported at `[s, e)`. */
function nested(text: string, vars: Vars, depth: number, ctx: Ctx, s: number, e: number): void {
  if (depth > MAX_DEPTH || text.length === 0) return;
  const outer = ctx.span;
  if (outer === null) ctx.span = [s, e];
  try {
    forkBomb(text, ctx);
    const local = new Map(vars);
    examine(lex(text, local, 0, 3), text, local, depth, ctx, 0);
  } finally {
    ctx.span = outer;
  }
}

function wordsText(ws: readonly Word[]): string {
  return ws.map((w) => w.t).join(' ');
}

/** True when any word carries a substitution that fetches from the network. */
function fetched(ws: readonly Word[], p: Parsed): boolean {
  for (const w of ws) {
    if (!w.dyn) continue;
    for (const sub of p.subs) {
      if (
        sub.s >= w.s &&
        sub.e <= w.e &&
        /\b(curl|wget|fetch|aria2c|nc|ncat|lwp-download|GET|Invoke-WebRequest|iwr)\b/.test(sub.src)
      )
        return true;
    }
  }
  return false;
}

/**
 * Tools whose printed output is shell setup written to be passed to `eval`, by the subcommand or
 * flag that prints it: `eval "$(rbenv init -)"`, `eval "$(ssh-agent -c)"`, `eval $(minikube
 * podman-env)`, `eval "$(brew shellenv)"`.
 */
const SETUP_PRINTERS =
  /^(?:(?:pyenv|rbenv|nodenv|goenv|jenv|plenv|luaenv|phpenv|zoxide|starship|mise|rtx|fnm|navi|atuin|mcfly|thefuck|direnv|conda|mamba|micromamba|opam|pipenv|poetry|gh|kubectl|helm|npm|rustup|brew|minikube|docker-machine|luarocks|register-python-argcomplete) (?:init|env|shellenv|hook|docker-env|podman-env|completion|completions|virtualenv-init|shell|path|--alias)\b|ssh-agent(?: -[sc])?$|gpg-agent --daemon$|dircolors(?: -[bc])?\b|lesspipe(?:\.sh)?$|keychain --eval\b)/;

/**
 * Whether every unknown part of `eval`'s words comes from command substitutions that only run a
 * known setup printer ({@link SETUP_PRINTERS}), with no pipe, list or further substitution.
 */
function setupOnly(ws: readonly Word[], p: Parsed): boolean {
  for (const w of ws) {
    if (!w.dyn) continue;
    let covered = false;
    for (const sub of p.subs) {
      if (sub.s < w.s || sub.e > w.e) continue;
      // The printer by its base name (`/opt/homebrew/bin/brew shellenv`).
      const src = sub.src.trim().replace(/^\S*\//, '');
      if (/[;&|`$<>()\n]/.test(src) || !SETUP_PRINTERS.test(src)) return false;
      covered = true;
    }
    if (!covered) return false;
  }
  return true;
}

const SHELL_NAMES = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'ash', 'mksh', 'fish', 'csh', 'tcsh', 'busybox']);
const SUDO_VALUED = new Set([
  '-u',
  '-g',
  '-p',
  '-C',
  '-h',
  '-r',
  '-t',
  '-U',
  '-D',
  '-R',
  '--user',
  '--group',
  '--prompt',
  '--chdir',
]);

/**
 * Peels wrappers off `words`, recursing into whatever text they run, then judges the command.
 */
function command(
  c: Cmd,
  words: readonly Word[],
  cmds: readonly Cmd[],
  index: number,
  vars: Vars,
  depth: number,
  ctx: Ctx,
  shift: number,
  p: Parsed,
): void {
  let w = words.slice();
  let elevated = false;
  let fromStdin = false;
  for (let round = 0; round < 12; round++) {
    // Leading assignments, and declarations that only assign.
    // casts drop `undefined` from w[0], read only when w is not empty; each `(args[k] as Word)` below is read under k <
    // args.length
    if (w.length > 1 && /^(export|declare|local|readonly|typeset)$/.test((w[0] as Word).t)) {
      w = w.slice(1).filter((x) => !x.t.startsWith('-'));
      if (w.every((x) => x.t.indexOf('=') > 0)) {
        for (const x of w) {
          if (/^(HISTFILE=(\/dev\/null)?$|HISTSIZE=0$|HISTFILESIZE=0$)/.test(x.t)) report(ctx, RULES.history, 'high');
        }
        return;
      }
    }
    while (w.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test((w[0] as Word).t) && !(w[0] as Word).q) {
      const t = (w[0] as Word).t;
      if (/^(HISTFILE=(\/dev\/null)?$|HISTSIZE=0$|HISTFILESIZE=0$)/.test(t)) report(ctx, RULES.history, 'high');
      if (/^LD_PRELOAD=/.test(t) && w.length === 1) report(ctx, RULES.rcWrite, 'medium');
      w = w.slice(1);
    }
    const head = w[0];
    if (head === undefined) {
      judgeRedirs({ prog: '', args: [], cmd: c, elevated, fromStdin }, '', ctx.rep);
      return;
    }
    let prog = base(head.t);
    const args = w.slice(1);
    if (head.t.indexOf(UNKNOWN) >= 0) {
      computedName(head, args, c, cmds, index, ctx, p);
      return;
    }
    if (!head.q && isGlob(head.t)) {
      // `/bin/r? -rf /`, `/???/?m`: the shell expands a pattern into the program it runs. Computed
      // either way; judged as the known program it names on a standard layout, when there is one.
      // SQL with comments for spaces (`DELETE/**/FROM/**/t`, `/*!SELECT*/id`) is no pattern.
      if (!isCommentedSql(head.t) && !isCommentedSqlLine(ctx.text)) report(ctx, RULES.computed, 'high');
      prog = globProgram(head.t) ?? prog;
    }
    switch (prog) {
      case 'sudo':
      case 'doas':
      case 'pkexec':
      case 'run0': {
        elevated = true;
        let k = 0;
        let shellFlag = false;
        while (k < args.length) {
          const t = (args[k] as Word).t;
          if (t === '--') {
            k++;
            break;
          }
          if (!t.startsWith('-')) break;
          if (/^-[a-zA-Z]*[is]/.test(t) || t === '--login' || t === '--shell') shellFlag = true;
          k += SUDO_VALUED.has(t) || (prog === 'doas' && t === '-u') ? 2 : 1;
        }
        if (k >= args.length) {
          if (shellFlag || prog !== 'sudo') report(ctx, RULES.rootShell, 'high');
          else judgeRedirs({ prog, args, cmd: c, elevated, fromStdin }, '', ctx.rep);
          return;
        }
        w = args.slice(k);
        // cast drops `undefined`: k < args.length here (the branch above returned otherwise)
        const next = base((w[0] as Word).t);
        if (
          !c.pipeIn &&
          SHELL_NAMES.has(next) &&
          !w.slice(1).some((x) => x.t === '-c' || /^-[a-z]*c$/.test(x.t) || !x.t.startsWith('-'))
        ) {
          report(ctx, RULES.rootShell, 'high');
          return;
        }
        if (next === 'su' && !w.slice(1).some((x) => x.t === '-c')) {
          report(ctx, RULES.rootShell, 'high');
          return;
        }
        continue;
      }
      case 'su':
      case 'runuser': {
        const ci = args.findIndex((x) => x.t === '-c' || x.t === '--command');
        if (ci >= 0) {
          const text = args[ci + 1];
          if (text !== undefined) nested(text.t, vars, depth + 1, ctx, shift + text.s, shift + text.e);
          return;
        }
        const user = args.find((x) => !x.t.startsWith('-'))?.t;
        if (prog === 'su' && (user === undefined || user === 'root')) report(ctx, RULES.rootShell, 'high');
        return;
      }
      case 'env': {
        let k = 0;
        let split: Word | undefined;
        while (k < args.length) {
          const t = (args[k] as Word).t;
          if (t === '-S' || t === '--split-string') {
            split = args[k + 1];
            k += 2;
            break;
          }
          if (t === '-u' || t === '-C' || t === '--unset' || t === '--chdir') k += 2;
          else if (t.startsWith('-') || /^[A-Za-z_][A-Za-z0-9_]*=/.test(t)) k++;
          else break;
        }
        if (split !== undefined) {
          nested(`${split.t} ${wordsText(args.slice(k))}`, vars, depth + 1, ctx, shift + split.s, shift + split.e);
          return;
        }
        w = args.slice(k);
        continue;
      }
      case 'command':
        if (args.some((x) => x.t === '-v' || x.t === '-V')) return;
        w = args[0]?.t === '-p' ? args.slice(1) : args;
        continue;
      case 'builtin':
      case 'nohup':
      case 'setsid':
      case 'unbuffer':
      case 'then':
      case 'do':
      case 'else':
      case 'elif':
      case 'if':
      case 'while':
      case 'until':
      case '!':
      case '{':
      case '}':
      case 'busybox':
      case 'time':
      case 'strace':
      case 'ltrace':
        w = args.filter((x, k) => !(k === 0 && x.t.startsWith('-') && prog !== '!'));
        continue;
      case 'exec':
        w = args[0]?.t === '-a' ? args.slice(2) : args.filter((x, k) => !(k === 0 && /^-[cl]+$/.test(x.t)));
        continue;
      case 'nice':
      case 'ionice':
      case 'stdbuf':
      case 'chroot':
      case 'timeout':
      case 'watch': {
        let k = 0;
        while (k < args.length) {
          const t = (args[k] as Word).t;
          if (/^-(n|c|s|k|p|i|o|e)$/.test(t) || t === '--signal' || t === '--kill-after' || t === '--interval') k += 2;
          else if (t.startsWith('-')) k++;
          else break;
        }
        // timeout DURATION, chroot DIR
        if (prog === 'timeout' || prog === 'chroot') k++;
        w = args.slice(k);
        continue;
      }
      case 'xargs': {
        fromStdin = true;
        let k = 0;
        while (k < args.length) {
          const t = (args[k] as Word).t;
          if (/^-[IndPsLEa]$/.test(t) || /^--(max-args|max-procs|delimiter|arg-file|replace)$/.test(t)) k += 2;
          else if (t.startsWith('-')) k++;
          else break;
        }
        w = args.slice(k);
        if (w.length === 0) return;
        // What the previous command of the pipe lists becomes the operands (`ls /mnt/backups/* |
        // xargs rm -f`, `find /srv/data -type f | xargs rm`: every file under the directory).
        if (c.pipeIn) {
          if (deletesListed(cmds, index, w)) report(ctx, RULES.cloud, 'high');
          w = [...w, ...listed(cmds, index)];
        }
        continue;
      }
      case 'eval': {
        if (args.some((x) => x.dyn) && !setupOnly(args, p)) {
          const remote = fetched(args, p);
          report(ctx, remote ? RULES.pipeShell : RULES.computed, remote ? 'critical' : 'high');
        }
        if (args.length > 0) {
          // casts drop `undefined`: args is not empty
          const first = args[0] as Word;
          const last = args[args.length - 1] as Word;
          nested(wordsText(args), vars, depth + 1, ctx, shift + first.s, shift + last.e);
        }
        return;
      }
      case 'ssh': {
        if (reverseTunnel(args)) report(ctx, RULES.reverseTunnel, 'high');
        if (c.pipeIn) personalPipe(cmds, index, ctx);
        const o = sshSplit(args);
        if (o.length > 0) {
          // casts drop `undefined`: o is not empty
          const first = o[0] as Word;
          const last = o[o.length - 1] as Word;
          nested(wordsText(o), vars, depth + 1, ctx, shift + first.s, shift + last.e);
        }
        return;
      }
      case 'docker':
      case 'podman':
      case 'kubectl':
      case 'oc': {
        if ((prog === 'docker' || prog === 'podman') && args[0]?.t === 'run') {
          // `docker run -v /:/host img rm -rf /host/etc`: the command runs on the host's files
          // through the mount, so its paths are read as the host paths they are.
          const inner = containerCommand(args.slice(1));
          if (inner === null) {
            judgeOne(prog, args, c, elevated, fromStdin, cmds, index, ctx, p);
            return;
          }
          // `chroot /host sh` through a mount of the host's root: a root shell on the host.
          if (inner[0]?.t === 'chroot' && inner[1]?.t === '/') report(ctx, RULES.rootShell, 'high');
          w = inner;
          continue;
        }
        if (args[0]?.t !== 'exec') {
          judgeOne(prog, args, c, elevated, fromStdin, cmds, index, ctx, p);
          return;
        }
        const rest = args.slice(1);
        const dd = rest.findIndex((x) => x.t === '--');
        if (prog === 'kubectl' || prog === 'oc') {
          if (dd < 0) return;
          w = rest.slice(dd + 1);
          continue;
        }
        let k = 0;
        while (k < rest.length) {
          // cast drops `undefined`: k < rest.length
          const t = (rest[k] as Word).t;
          if (/^(-e|-u|-w|--env|--user|--workdir|--env-file|--detach-keys)$/.test(t)) k += 2;
          else if (t.startsWith('-')) k++;
          else break;
        }
        w = rest.slice(k + 1);
        continue;
      }
      case 'find':
        findExec(args, c, vars, depth, ctx, shift, p, cmds, index);
        return;
      default:
    }
    if (SHELL_NAMES.has(prog)) {
      shellCommand(prog, args, c, vars, depth, ctx, shift, p, cmds, index);
      return;
    }
    judgeOne(prog, args, c, elevated, fromStdin, cmds, index, ctx, p);
    return;
  }
}

/**
 * `ssh -R spec`: a remote forward that reaches this machine's SSH port (`-R 4444:localhost:22`) or
 * listens on every interface of the remote (`-R 0.0.0.0:8080:…`, `-R *:…`) lets others in from
 * outside: the shape of a backdoor tunnel. Forwards of other local services to the remote's
 * loopback (`-R 9000:localhost:3000`) are ordinary development.
 */
function reverseTunnel(args: readonly Word[]): boolean {
  for (let k = 0; k < args.length; k++) {
    // cast drops `undefined`: k < args.length
    const t = (args[k] as Word).t;
    let spec: string | undefined;
    if (t === '-R') spec = args[k + 1]?.t;
    else if (/^-[A-Za-z]*R./.test(t) && !t.startsWith('--')) spec = t.slice(t.indexOf('R') + 1);
    else if (/^-[A-Za-z]*R$/.test(t)) spec = args[k + 1]?.t;
    if (spec === undefined) continue;
    if (/^(0\.0\.0\.0|\*|\[::\]):/.test(spec)) return true;
    if (/:(localhost|127\.0\.0\.1|\[::1\]|0\.0\.0\.0)?:?22$/.test(spec) || /^\d+:[^:]+:22$/.test(spec)) return true;
  }
  return false;
}

/** Options of `docker run` that take a value (the next word, when not written `--opt=value`). */
const RUN_VALUED =
  /^(-[ewuvpl]|--(env|env-file|workdir|user|volume|publish|label|name|network|entrypoint|mount|hostname|add-host|device|cap-add|cap-drop|security-opt|platform|pull|restart|memory|cpus|ulimit|log-driver|log-opt|dns|ipc|pid|uts|runtime|tmpfs|volumes-from|gpus|shm-size|stop-signal|health-cmd))$/;

/**
 * The command a `docker run` runs, with each path under a bind mount of a host system directory
 * rewritten to the host path it reaches (`-v /:/host` makes `/host/etc` the host's `/etc`); null
 * when there is no such mount or no command.
 */
function containerCommand(args: readonly Word[]): Word[] | null {
  const mounts: [string, string][] = [];
  let k = 0;
  while (k < args.length) {
    // cast drops `undefined`: k < args.length
    const t = (args[k] as Word).t;
    if (!t.startsWith('-')) break;
    let value: string | undefined;
    const eq = t.indexOf('=');
    const name = eq > 0 ? t.slice(0, eq) : t;
    if (eq > 0) value = t.slice(eq + 1);
    else if (RUN_VALUED.test(t)) value = args[++k]?.t;
    if ((name === '-v' || name === '--volume') && value !== undefined) {
      const [src, dst] = value.split(':');
      if (src !== undefined && dst !== undefined && src.startsWith('/') && dst.startsWith('/')) {
        const host = classify(src);
        if (host === Target.Root || host === Target.System || host === Target.Home) mounts.push([src, dst]);
      }
    }
    k++;
  }
  const rest = args.slice(k + 1);
  if (mounts.length === 0 || rest.length === 0) return null;
  return rest.map((word) => {
    for (const [src, dst] of mounts) {
      if (word.t === dst || word.t.startsWith(`${dst}/`)) {
        const tail = word.t.slice(dst.length);
        return { ...word, t: src === '/' ? tail || '/' : `${src}${tail}` };
      }
    }
    return word;
  });
}

/** `ssh [options] host command…` → the command words. */
function sshSplit(args: readonly Word[]): Word[] {
  let k = 0;
  while (k < args.length) {
    // cast drops `undefined`: k < args.length
    const t = (args[k] as Word).t;
    if (/^-[^-]*[pilLoFJRDbcEeImOQSWwB]$/.test(t) && t.length === 2) k += 2;
    else if (t.startsWith('-')) k++;
    else break;
  }
  return args.slice(k + 1);
}

/** `sh -c '…'`, `bash script`, `bash <(curl …)`, `sh` reading a pipe. */
function shellCommand(
  prog: string,
  args: readonly Word[],
  c: Cmd,
  vars: Vars,
  depth: number,
  ctx: Ctx,
  shift: number,
  p: Parsed,
  cmds: readonly Cmd[],
  index: number,
): void {
  let k = 0;
  let dashC = false;
  while (k < args.length) {
    // cast drops `undefined`: k < args.length
    const t = (args[k] as Word).t;
    if (t === '--') {
      k++;
      break;
    }
    if (!t.startsWith('-') && !t.startsWith('+')) break;
    if (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(t)) dashC = true;
    k += t === '-o' || t === '-O' || t === '+O' ? 2 : 1;
  }
  const text = args[k];
  if (dashC && text !== undefined) {
    if (text.dyn) {
      const remote = fetched([text], p);
      report(ctx, remote ? RULES.pipeShell : RULES.computed, remote ? 'critical' : 'high');
    }
    nested(text.t, vars, depth + 1, ctx, shift + text.s, shift + text.e);
    return;
  }
  // `bash <<< "…"`: with no script named, the shell runs its here-string.
  if (text === undefined) {
    const here = c.redirs.find((r) => r.op === '<<<')?.target;
    if (here !== undefined) {
      if (here.dyn) {
        const remote = fetched([here], p);
        report(ctx, remote ? RULES.pipeShell : RULES.computed, remote ? 'critical' : 'high');
      }
      nested(here.t, vars, depth + 1, ctx, shift + here.s, shift + here.e);
      // Text the line computes (reversed, decoded, assembled) is read again by every reading.
      if (!here.dyn && here.t.length > 0 && ctx.text.indexOf(here.t) < 0) {
        const [s, e] = ctx.span ?? [shift + here.s, shift + here.e];
        ctx.sink.rescan(here.t, s, e, 'computed here-string');
      }
    }
  }
  if (text?.t.startsWith('/dev/fd/')) {
    const remote = fetched([text], p);
    report(ctx, remote ? RULES.pipeShell : RULES.computed, remote ? 'critical' : 'high');
  }
  judgeRedirs({ prog, args: args.slice(), cmd: c, elevated: false, fromStdin: false }, '', ctx.rep);
  if (c.pipeIn) pipeline(prog, args, cmds, index, ctx);
}

/** `find PATH… [tests] -delete | -exec CMD {} ;` */
/** `find -name` patterns that look for private keys, key stores, password vaults or secrets files. */
const KEY_FILE_GLOB =
  /^\*?(id_(rsa|dsa|ecdsa|ed25519)\*?|\*?\.(pem|key|ppk|kdbx|pfx|p12|jks|keystore|ovpn)|\.env\*?|credentials\*?|\.git-credentials|\.netrc|wallet\.dat|\*secret\*|\*password\*|\*passwd\*)$/i;

function findExec(
  args: readonly Word[],
  c: Cmd,
  vars: Vars,
  depth: number,
  ctx: Ctx,
  shift: number,
  p: Parsed,
  cmds: readonly Cmd[],
  index: number,
): void {
  const roots: Word[] = [];
  let k = 0;
  // casts drop `undefined`: k < args.length on both reads
  while (k < args.length && !/^[-(!]/.test((args[k] as Word).t)) roots.push(args[k++] as Word);
  const rest = args.slice(k);
  const filtered = rest.some((w) =>
    /^-(i?name|i?path|i?regex|newer|perm|i?wholename|samefile|inum|links|mtime|mmin|atime|amin|ctime|cmin|size)$/.test(
      w.t,
    ),
  );
  const rootText =
    roots.length > 0 ? roots : [{ t: '.', s: c.s, e: c.s, q: false, dyn: false, sub: false, unset: false }];
  // A search of the whole machine or of homes for key and credential files is a harvest.
  const wide = roots.some((w) => {
    const t = classify(w.t);
    return t === Target.Root || t === Target.Home;
  });
  if (wide && rest.some((w, i) => /^-i?(name|path|wholename)$/.test(w.t) && KEY_FILE_GLOB.test(rest[i + 1]?.t ?? '')))
    report(ctx, RULES.credRead, 'high');
  if (rest.some((w) => w.t === '-delete')) {
    if (!filtered)
      judgeOne(
        'rm',
        [{ t: '-rf', s: 0, e: 0, q: false, dyn: false, sub: false, unset: false }, ...rootText],
        c,
        false,
        false,
        cmds,
        index,
        ctx,
        p,
      );
    else
      judgeOne(
        'rm',
        rootText.filter((w) => w.t !== '.' && w.t !== './'),
        c,
        false,
        false,
        cmds,
        index,
        ctx,
        p,
      );
  }
  // casts drop `undefined`: j < rest.length, and e < rest.length
  for (let j = 0; j < rest.length; j++) {
    const t = (rest[j] as Word).t;
    if (t !== '-exec' && t !== '-execdir' && t !== '-ok' && t !== '-okdir') continue;
    let e = j + 1;
    while (e < rest.length && (rest[e] as Word).t !== ';' && (rest[e] as Word).t !== '+') e++;
    const inner: Word[] = [];
    for (const w of rest.slice(j + 1, e)) {
      if (w.t === '{}') {
        if (filtered) inner.push({ ...w, t: 'found-file' });
        else for (const r of rootText) inner.push({ ...w, t: r.t });
      } else inner.push(w);
    }
    if (inner.length > 0) command(c, inner, cmds, index, vars, depth + 1, ctx, shift, p);
    j = e;
  }
}

/** A command whose name is unknown until it runs. */
function computedName(
  head: Word,
  args: readonly Word[],
  c: Cmd,
  cmds: readonly Cmd[],
  index: number,
  ctx: Ctx,
  p: Parsed,
): void {
  if (head.sub) {
    const remote = fetched([head], p);
    report(ctx, remote ? RULES.pipeShell : RULES.computed, remote ? 'critical' : 'high');
    return;
  }
  // `$X -rf /`: judged as each destructive program it could be.
  const o = opts(args);
  if (o.operands.length > 0 && /[rRf]/.test(o.short)) {
    let hit = false;
    judge({ prog: 'rm', args: args.slice(), cmd: c, elevated: false, fromStdin: false }, () => {
      hit = true;
    });
    if (hit) report(ctx, RULES.computed, 'high');
  }
  void cmds;
  void index;
}

/** Judges one unwrapped command and the pipeline it stands in. */
function judgeOne(
  prog: string,
  args: readonly Word[],
  c: Cmd,
  elevated: boolean,
  fromStdin: boolean,
  cmds: readonly Cmd[],
  index: number,
  ctx: Ctx,
  p: Parsed,
): void {
  const v: View = { prog, args: args.slice(), cmd: c, elevated, fromStdin, content: '' };
  if (prog === 'tee' && c.pipeIn) {
    // `echo '…' | sudo tee -a ~/.bashrc`: what is written is what was printed.
    let start = index;
    // cast drops `undefined`: 0 < start ≤ index, a command of cmds
    while (start > 0 && (cmds[start] as Cmd).pipeIn) start--;
    v.content = evalPrinter(cmds, start, index) ?? UNKNOWN;
  }
  const rep = ctx.rep;
  judge(v, rep);
  let content = '';
  if (prog === 'echo' || prog === 'printf') content = wordsText(args);
  judgeRedirs(v, content, rep);
  if (c.pipeIn && (isInterpreter(prog) || INTERPRETERS.has(prog))) pipeline(prog, args, cmds, index, ctx);
  if (c.pipeIn && SENDERS.has(prog)) {
    exfilPipe(cmds, index, ctx);
    personalPipe(cmds, index, ctx);
  }
  if ((isInterpreter(prog) && !SHELL_NAMES.has(prog)) || EVAL_CLIENTS.has(prog)) {
    // python -c "$(curl …)", node -e "$(wget -O- …)"
    if (fetched(args, p)) rep(RULES.pipeShell, 'critical');
    // The code of `ruby -e '…'`, `python3 -c "…"`, `php -r '…'`, unquoted as the interpreter
    // receives it: its own string literals (`x = "ev" + "al"`) are read as code, not as a part of
    // one shell word.
    const code = inlineCode(args);
    // A database shell's script on data the line scopes as one's own or local (`# my local
    // throwaway db`) is read by the SQL detector on the line as written, which settles it; read
    // again alone, the script would lose that scope.
    if (code !== null && !(EVAL_CLIENTS.has(prog) && ownedScope(ctx.text))) {
      const [s, e] = ctx.span ?? ctx.cur;
      ctx.sink.rescan(code, s, e, 'inline code');
    }
  }
}

/** Database shells that run a script given with `--eval`. */
const EVAL_CLIENTS = new Set(['mongosh', 'mongo']);

/** Flags that hand an interpreter its program text. */
const CODE_FLAGS = new Set(['-e', '-E', '-c', '-r', '-p', '--eval', '--print', '--exec']);

/**
 * The program text given on the command line (`-e '…'`), when it holds string literals or a
 * dynamic call of its own that only a reading as code resolves; null otherwise.
 */
function inlineCode(args: readonly Word[]): string | null {
  for (let i = 0; i + 1 < args.length && i < 6; i++) {
    // casts drop `undefined`: i + 1 < args.length
    if (!CODE_FLAGS.has((args[i] as Word).t)) continue;
    const code = (args[i + 1] as Word).t;
    if (code.length < 8 || code.length > 2048 || code.indexOf(UNKNOWN) >= 0) return null;
    const quoted = code.indexOf('"') >= 0 || code.indexOf("'") >= 0;
    return quoted || code.indexOf('send(') >= 0 ? code : null;
  }
  return null;
}

const DOWNLOADERS = /^(curl|wget|fetch|aria2c|http|https|xh|lwp-download|lwp-request|get|nc|ncat|socat|tftp|ftp)$/;
const DECODERS = /^(base64|base32|xxd|openssl|rev|tr|gunzip|gzip|zcat|bzip2|xz|uudecode|perl|python[0-9.]*)$/;

/** An interpreter at the end of a pipe: fed by a download, a decoder or plain text. */
function pipeline(prog: string, args: readonly Word[], cmds: readonly Cmd[], index: number, ctx: Ctx): void {
  // Runs a script file it was given, not its input.
  if (!SHELL_NAMES.has(prog) && args.some((w) => !w.t.startsWith('-') && w.t !== '/dev/stdin')) return;
  if (SHELL_NAMES.has(prog) && args.some((w) => !w.t.startsWith('-') && !w.t.startsWith('+') && w.t !== '/dev/stdin'))
    return;
  // casts drop `undefined`: index is a command of cmds, and 0 ≤ start - 1 < start ≤ index
  const me = cmds[index] as Cmd;
  let start = index;
  while (start > 0 && (cmds[start] as Cmd).pipeIn && (cmds[start - 1] as Cmd).pipe === me.pipe) start--;
  let download = false;
  let decode = false;
  for (let j = start; j < index; j++) {
    const words = peelSimple((cmds[j] as Cmd).words);
    const pr = base(words[0]?.t ?? '');
    if (DOWNLOADERS.test(pr)) download = true;
    if (DECODERS.test(pr)) decode = true;
  }
  if (download) {
    report(ctx, RULES.pipeShell, 'critical');
    return;
  }
  const printed = evalPrinter(cmds, start, index);
  if (decode) {
    // A literal payload decoded here (`echo … | base64 -d | sh`) is read as the command it is: the
    // pipeline weighs what it runs. A payload from elsewhere cannot be read: critical.
    const literal = literalPayload(cmds, start, index);
    const [s, e] = ctx.span ?? ctx.cur;
    const clean = literal !== null && ctx.sink.rescan(literal, s, e, 'decoded pipe') === false;
    report(ctx, RULES.decodeRun, clean ? 'low' : 'critical');
  }
  if (printed !== null && printed.length > 0) {
    // What the interpreter reads is known: examine it as the command it is.
    // A decoded payload is already a finding; what it spells is judged as well.
    const [s, e] = ctx.span ?? ctx.cur;
    if (SHELL_NAMES.has(prog)) {
      nested(printed, initialVars(), 1, ctx, s, e);
      // Text the line computes (reversed, decoded, assembled) is read again by every reading.
      if (!decode && ctx.text.indexOf(printed) < 0) ctx.sink.rescan(printed, s, e, 'computed script');
    }
  } else if (!decode && start < index) {
    // casts drop `undefined`: start ≤ index, a command of cmds
    const src = base(peelSimple((cmds[start] as Cmd).words)[0]?.t ?? '');
    // A printer of text computed by a command substitution that cannot be read feeds the
    // interpreter a computed script; one of a variable (`echo "$CMD" | sh`) is left to the rest.
    const printer = src === 'echo' || src === 'printf' || src === 'cat';
    if (printer && !(cmds[start] as Cmd).words.some((w) => w.sub)) return;
    if ((cmds[start] as Cmd).words.some((w) => w.dyn)) report(ctx, RULES.computed, 'high');
  }
}

/** A sender at the end of a pipe whose head reads credentials: `cat ~/.ssh/id_rsa | nc host 9`. */
function exfilPipe(cmds: readonly Cmd[], index: number, ctx: Ctx): void {
  // casts drop `undefined`: index is a command of cmds, and 0 ≤ j < index
  const me = cmds[index] as Cmd;
  for (let j = index - 1; j >= 0; j--) {
    const c = cmds[j] as Cmd;
    if (c.pipe !== me.pipe) break;
    let cred = false;
    judge(
      {
        prog: base(peelSimple(c.words)[0]?.t ?? ''),
        args: peelSimple(c.words).slice(1),
        cmd: c,
        elevated: false,
        fromStdin: false,
      },
      (r) => {
        if (r === RULES.credRead || r === RULES.accountRead) cred = true;
      },
    );
    if (cred) {
      report(ctx, RULES.credExfil, 'critical');
      return;
    }
  }
}

/** Programs that pack or print files onto their output. */
const PACKERS = new Set(['tar', 'zip', 'ditto', 'cpio', 'pax', '7z', '7za', 'gzip', 'bzip2', 'xz', 'zstd', 'cat']);
/** A home directory itself, or a personal folder in it (documents, pictures, mail, messages). */
const PERSONAL =
  /^(?:~|\/Users\/[^/]+|\/home\/[^/]+)(?:\/?$|\/(?:Documents|Desktop|Pictures|Photos|Movies|Music|Mail|Library\/(?:Messages|Mail|Safari)|Library\/Application Support\/AddressBook)(?:\/|$))/;

/** A sender at the end of a pipe whose head packs a home or its personal folders: `tar c ~/Documents | ssh h`. */
function personalPipe(cmds: readonly Cmd[], index: number, ctx: Ctx): void {
  // casts drop `undefined`: index is a command of cmds, and 0 ≤ j < index
  const me = cmds[index] as Cmd;
  for (let j = index - 1; j >= 0; j--) {
    const c = cmds[j] as Cmd;
    if (c.pipe !== me.pipe) break;
    const words = peelSimple(c.words);
    if (!PACKERS.has(base(words[0]?.t ?? ''))) continue;
    for (let k = 1; k < words.length; k++) {
      if (!PERSONAL.test((words[k] as Word).t)) continue;
      report(ctx, RULES.personalSend, 'high');
      return;
    }
  }
}

/**
 * Files fetched earlier on the line (`curl -o f`, `curl -O url`, `wget url`, `wget -O f`), and a
 * finding when this command runs one of them (`./f`, `sh f`, `chmod +x f`).
 */
/** Programs that check a file against a checksum or a signature, and the flags that make them check. */
const VERIFIERS: ReadonlySet<string> = new Set([
  'sha256sum',
  'sha512sum',
  'sha1sum',
  'shasum',
  'b2sum',
  'md5sum',
  'gpg',
  'gpgv',
  'cosign',
  'minisign',
  'signify',
  'openssl',
]);
const VERIFY_FLAG = /^(?:-c|--check|--verify|-V|verify(?:-blob)?|dgst)$/;

function downloads(c: Cmd, known: string[] | null, ctx: Ctx): string[] | null {
  const w = peelSimple(c.words);
  const prog = base(w[0]?.t ?? '');
  // A checksum or signature checked after the download and before the run (`sha256sum -c
  // setup.sha256 && bash setup.sh`, `gpg --verify f.asc f`): what runs next is what was verified.
  // The phrase reading of a download then a run is withdrawn over the line: the detector read the
  // chain whole and owns it (a pipe into a shell is judged on its own).
  if (known !== null && known.length > 0 && VERIFIERS.has(prog) && w.some((x) => VERIFY_FLAG.test(x.t))) {
    ctx.sink.settle?.('remote-code-execution', 0, ctx.text.length);
    return [];
  }
  if (known !== null && w.length > 0) {
    const first = base(w[0]?.t ?? '');
    const operand = w.slice(1).find((x) => !x.t.startsWith('-') && !x.t.startsWith('+'));
    const runs =
      (known.includes(first) && (w[0]?.t ?? '').indexOf('/') >= 0) ||
      ((isInterpreter(prog) || prog === 'chmod') &&
        operand !== undefined &&
        known.includes(base(operand.t)) &&
        (prog !== 'chmod' || /x/.test(w[1]?.t ?? '')));
    // `java -jar f`: the archive's main class runs.
    const jar = prog === 'java' && known.includes(base(w[w.findIndex((x) => x.t === '-jar') + 1]?.t ?? '\u0000'));
    if (runs || jar) report(ctx, RULES.downloadExec, 'high');
    // A package installed from a file fetched over plain HTTP or from a bare address: its
    // maintainer scripts run as root, and whoever is on the path chose them.
    else if (installsFile(prog, w) && w.some((x) => known.includes(UNTRUSTED + base(x.t))))
      report(ctx, RULES.downloadExec, 'high');
  }
  if (prog !== 'curl' && prog !== 'wget') return known;
  const out = known ?? [];
  const untrusted = w.some((x) => UNTRUSTED_URL.test(x.t) && !LOOPBACK_URL.test(x.t));
  const from = out.length;
  // cast drops `undefined`: k < w.length
  for (let k = 1; k < w.length && out.length < 16; k++) {
    const t = (w[k] as Word).t;
    const next = w[k + 1]?.t;
    // `-o FILE`, and the same letter closing a cluster of short flags (`-sSLo`, `-qO`).
    const short = /^-[a-zA-Z]+$/.test(t) ? t.charAt(t.length - 1) : '';
    if ((t === '--output' || short === 'o' || (prog === 'wget' && short === 'O')) && next !== undefined && next !== '-')
      out.push(base(next));
    else if (t.startsWith('--output-document=')) out.push(base(t.slice(18)));
    else if (
      /^https?:\/\//.test(t) &&
      (prog === 'wget' || w.some((x) => x.t === '--remote-name' || /^-[a-zA-Z]*O[a-zA-Z]*$/.test(x.t)))
    ) {
      const name = base(t.replace(/[?#].*$/, ''));
      if (name.length > 0) out.push(name);
    }
  }
  if (untrusted) for (let k = from, n = out.length; k < n; k++) out.push(UNTRUSTED + out[k]);
  return out;
}

/** Marks, in the list of fetched files, one fetched over plain HTTP or from a bare address. */
const UNTRUSTED = '\u0000';
const UNTRUSTED_URL = /^(?:http:\/\/|https?:\/\/\d{1,3}(?:\.\d{1,3}){3}[:/])/i;
const LOOPBACK_URL = /^https?:\/\/(?:localhost|127\.\d+\.\d+\.\d+|\[::1\])[:/]/i;

/** Whether the command installs a package file it names (`dpkg -i f`, `rpm -U f`, `installer -pkg f`). */
function installsFile(prog: string, w: readonly Word[]): boolean {
  const t = w.map((x) => x.t);
  switch (prog) {
    case 'dpkg':
      return t.some((x) => x === '--install' || /^-[a-zA-Z]*i/.test(x));
    case 'rpm':
      return t.some((x) => x === '--install' || x === '--upgrade' || /^-[a-zA-Z]*[iUF]/.test(x));
    case 'installer':
      return t.includes('-pkg');
    case 'apt':
    case 'apt-get':
    case 'dnf':
    case 'yum':
    case 'zypper':
    case 'pip':
    case 'pip3':
    case 'npm':
    case 'gem':
      return t.includes('install') || t.includes('localinstall');
    case 'msiexec':
      return t.some((x) => /^[/-]i$/i.test(x));
    default:
      return false;
  }
}

/** Drops `sudo`/`env`-style prefixes for the pipeline checks. */
function peelSimple(words: readonly Word[]): readonly Word[] {
  let k = 0;
  while (k < words.length) {
    // cast drops `undefined`: k < words.length
    const t = base((words[k] as Word).t);
    if (
      t === 'sudo' ||
      t === 'doas' ||
      t === 'env' ||
      t === 'command' ||
      t === 'nohup' ||
      t === 'exec' ||
      t === 'time' ||
      /^[A-Za-z_]+=/.test(t)
    )
      k++;
    else if (t.startsWith('-') && k > 0) k++;
    else break;
  }
  return words.slice(k);
}

/**
 * The text a pipeline decodes when it starts with `echo` or `printf` of one literal and goes
 * through decoders that {@link decodedThrough} knows
 * (`base64 -d`, `xxd -r -p`, `gunzip`), else null: any other source or transform is not read here.
 */
function literalPayload(cmds: readonly Cmd[], start: number, index: number): string | null {
  if (index - start < 2 || index - start > 5) return null;
  // casts drop `undefined`: start ≤ j < index < cmds.length
  const first = cmds[start] as Cmd;
  const src = peelSimple(first.words);
  const prog = base(src[0]?.t ?? '');
  const steps: string[][] = [];
  for (let j = start + 1; j < index; j++) steps.push(peelSimple((cmds[j] as Cmd).words).map((w) => w.t));
  if ((prog !== 'echo' && prog !== 'printf') || src.some((w) => w.dyn)) return null;
  const args = src.slice(1).filter((w) => !/^-[neE]+$/.test(w.t));
  if (args.length !== 1) return null;
  return decodedThrough((args[0] as Word).t.trim(), steps);
}

/**
 * Expansions of all positional parameters through a case, removal or replacement operator, or
 * through an indirection (`${*,}`, `${@//x/y}`, `${!@}`). At the top of a line there are none, so
 * each is empty: written several times on one line, they are filler that breaks up the words of a
 * command so that no reading of its names finds them, which is itself a reason to look.
 */
const FILLER = /\$\{(?:![@*]\}|[@*](?:[\^,~#%]|\/))/g;
/** Filler expansions on one line that mark it as obfuscated. */
const FILLER_MIN = 4;

function fillerExpansions(segment: string, ctx: Ctx): void {
  if (segment.indexOf('${@') < 0 && segment.indexOf('${*') < 0 && segment.indexOf('${!') < 0) return;
  FILLER.lastIndex = 0;
  let n = 0;
  while (FILLER.exec(segment) !== null) {
    if (++n < FILLER_MIN) continue;
    report(ctx, RULES.computed, 'high');
    return;
  }
}

/** `:(){ :|:& };:` in any spacing, under any function name. */
function forkBomb(text: string, ctx: Ctx): void {
  if (text.indexOf('(') < 0 || text.indexOf('|') < 0 || text.indexOf('&') < 0) return;
  let flat = '';
  for (let i = 0; i < text.length && flat.length < 4096; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 92) flat += text[i];
  }
  let at = flat.indexOf('(){');
  for (let guard = 0; at > 0 && guard < 8; guard++) {
    let b = at;
    // cast drops `undefined`: 0 ≤ b - 1 < at < flat.length
    while (b > 0 && /[\w:.-]/.test(flat[b - 1] as string)) b--;
    const name = flat.slice(b, at);
    if (name.length > 0 && name.length < 32 && name !== 'function') {
      const body = flat.slice(at + 3, at + 3 + 64 + name.length * 4);
      if (body.indexOf(`${name}|${name}`) >= 0 && body.indexOf('&') >= 0) {
        report(ctx, RULES.forkBomb, 'critical');
        return;
      }
    }
    at = flat.indexOf('(){', at + 3);
  }
}
