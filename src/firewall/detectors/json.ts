/**
 * JSON in a line (a tool call as an agent wrote it, a request body, a config value): every string
 * value is examined again as text of its own, so `{"command":"rm -rf /"}` is read as the command it
 * carries rather than as punctuation around it.
 *
 * @internal Not part of the public API.
 */
import type { Detector, FindingSink } from './types.js';

/** String values examined per segment, at most. */
const MAX_VALUES = 64;
/** Shortest value worth examining. */
const MIN_LENGTH = 3;

/** Longest label read before the JSON (`tool_call: {…}`, `arguments = {…}`). */
const MAX_LABEL = 48;

/**
 * Where the first JSON object or array of the segment starts, if the segment holds one: at its
 * start, or after a short label of words and `:` / `=` (`tool_call: {"name": …}`).
 */
function jsonStart(segment: string): number {
  let i = 0;
  while (i < segment.length && segment.charCodeAt(i) <= 32) i++;
  const c = segment.charCodeAt(i);
  if (c === 123 || c === 91) return i;
  const limit = Math.min(segment.length, i + MAX_LABEL);
  let label = false;
  for (let k = i; k < limit; k++) {
    const d = segment.charCodeAt(k);
    if ((d === 123 || d === 91) && label) return k;
    // : =
    if (d === 58 || d === 61) label = true;
    else if (
      !(d === 32 || d === 95 || d === 45 || d === 46 || (d >= 48 && d <= 57) || ((d | 32) >= 97 && (d | 32) <= 122))
    )
      return -1;
  }
  return -1;
}

/** Longest argument vector read back as a command line. */
const MAX_ARGV = 64;

/**
 * An array of strings whose first is a program name (`["kubectl", "delete", "ns", "prod"]`, the
 * `argv` of an exec-style tool call) as the command line it runs, each argument quoted for sh when
 * it holds anything but plain word characters; else null.
 */
function argvLine(list: readonly unknown[]): string | null {
  if (list.length < 2 || list.length > MAX_ARGV) return null;
  const first = list[0];
  if (typeof first !== 'string' || !/^[\w./-]{1,64}$/.test(first)) return null;
  const words: string[] = [];
  for (const v of list) {
    if (typeof v !== 'string') return null;
    words.push(/^[\w@%+=:,./-]+$/.test(v) ? v : `'${v.replaceAll("'", "'\\''")}'`);
  }
  return words.join(' ');
}

/** Keys that name the program a tool call runs (`binary`, `program`, `executable`, `cmd`, `file`, …). */
const PROGRAM_KEY =
  /^(?:bin|binary|program|prog|executable|exe|cmd|command|file|filename|path|process|image|app|application)$/;
/** Keys that hold its arguments (`args`, `argv`, `arguments`, `params`, `argumentList`, …). */
const ARGS_KEY = /^(?:args?|argv|arguments|argument_?list|arg_?list|params|parameters|cmd_?args|command_?args)$/;

/**
 * An object that names a program and its arguments in separate fields
 * (`{"binary": "…\\mshta.exe", "args": ["http://…"]}`), as the command line they make; else null.
 */
function programLine(o: Record<string, unknown>): string | null {
  let program: string | null = null;
  let args: unknown;
  let n = 0;
  for (const k of Object.keys(o)) {
    if (++n > 32) break;
    const key = k.toLowerCase();
    const v = o[k];
    if (program === null && typeof v === 'string' && PROGRAM_KEY.test(key) && /^[\w./\\:~-]{1,200}$/.test(v))
      program = v;
    else if (args === undefined && ARGS_KEY.test(key)) args = v;
  }
  if (program === null || args === undefined) return null;
  if (typeof args === 'string') return args.length > 0 ? `${program} ${args}` : null;
  if (!Array.isArray(args) || args.length === 0) return null;
  const line = argvLine(['program', ...args]);
  return line === null ? null : program + line.slice(line.indexOf(' '));
}

function collect(value: unknown, out: string[], depth: number): void {
  if (out.length >= MAX_VALUES || depth > 32) return;
  if (typeof value === 'string') {
    if (value.length >= MIN_LENGTH) out.push(value);
  } else if (Array.isArray(value)) {
    const line = argvLine(value);
    if (line !== null) out.push(line);
    for (const v of value) collect(v, out, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    const line = programLine(value as Record<string, unknown>);
    if (line !== null) out.push(line);
    for (const k of Object.keys(value)) collect((value as Record<string, unknown>)[k], out, depth + 1);
  }
}

/** Examines the string values of a line that is (or ends in) a JSON object or array. */
export function scanJson(segment: string, sink: FindingSink): void {
  const start = jsonStart(segment);
  if (start < 0) return;
  const end = Math.max(segment.lastIndexOf('}'), segment.lastIndexOf(']'));
  if (end <= start) return;
  let parsed: unknown;
  try {
    if (segment.indexOf('"') < 0) throw new SyntaxError('no JSON string');
    parsed = JSON.parse(segment.slice(start, end + 1));
  } catch {
    // Not JSON: a flow sequence in single quotes, as YAML and Python write one.
    const list = segment.charCodeAt(start) === 91 ? flowList(segment, start) : null;
    if (list !== null) {
      const values: string[] = [];
      collect(list, values, 0);
      for (const v of values) sink.rescan(v, start, end + 1, 'json');
    }
    return;
  }
  const values: string[] = [];
  collect(parsed, values, 0);
  for (const v of values) sink.rescan(v, start, end + 1, 'json');
  // A request split over the fields of one object (`{"cmd": "rm", "flags": "-rf", "path": "/"}`,
  // `{"action": "read_file", "path": …, "then": "send_to", …}`): its values read in order as one line.
  if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
    const leaves: string[] = [];
    leavesOf(parsed, leaves, 0);
    if (leaves.length >= 3) {
      const line = leaves.join(' ');
      if (line.length <= MAX_JOINED) sink.rescan(line, start, end + 1, 'json fields');
    }
  }
}

/**
 * The strings of a flat flow sequence whose items are quoted scalars, at least one of them in
 * single quotes (`args: ['-c', 'make all']` in YAML, `['git', 'status']` in Python), read from the
 * `[` at `start` to its `]`; null for anything else (a nested or unquoted item, text after a
 * string). A doubled `''` in single quotes is one quote, as YAML writes it; a backslash escapes the
 * next character in double quotes. One pass over the sequence.
 */
function flowList(segment: string, start: number): string[] | null {
  const out: string[] = [];
  let single = false;
  let i = start + 1;
  for (;;) {
    while (i < segment.length && (segment[i] === ' ' || segment[i] === '\t')) i++;
    const q = segment[i];
    if (q === ']' && out.length === 0) return null;
    if (q !== "'" && q !== '"') return null;
    if (q === "'") single = true;
    let value = '';
    i++;
    for (;;) {
      if (i >= segment.length) return null;
      const c = segment[i];
      if (c === q) {
        if (q === "'" && segment[i + 1] === "'") {
          value += "'";
          i += 2;
          continue;
        }
        i++;
        break;
      }
      if (c === '\\' && q === '"' && i + 1 < segment.length) {
        value += segment[i + 1];
        i += 2;
        continue;
      }
      value += c;
      i++;
    }
    if (out.length >= MAX_VALUES) return null;
    out.push(value);
    while (i < segment.length && (segment[i] === ' ' || segment[i] === '\t')) i++;
    if (segment[i] === ']') return single ? out : null;
    if (segment[i] !== ',') return null;
    i++;
  }
}

/** String values of one object joined, at most. */
const MAX_LEAVES = 16;
/** Longest line of joined values. */
const MAX_JOINED = 1024;

/** The short string values of `value`, in order, identifiers read as words (`send_to` send to). */
function leavesOf(value: unknown, out: string[], depth: number): void {
  if (out.length >= MAX_LEAVES || depth > 8) return;
  if (typeof value === 'string') {
    if (value.length > 0 && value.length <= 200)
      out.push(/^[a-z]+(?:_[a-z]+)+$/.test(value) ? value.replace(/_/g, ' ') : value);
  } else if (Array.isArray(value)) {
    for (const v of value) leavesOf(v, out, depth + 1);
  } else if (value !== null && typeof value === 'object') {
    for (const k of Object.keys(value)) leavesOf((value as Record<string, unknown>)[k], out, depth + 1);
  }
}

export const jsonDetector: Detector = { name: 'json', scan: scanJson };
