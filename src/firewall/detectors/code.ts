/**
 * The `code` detector: code that runs what it is given (execution sinks fed by input or computed
 * strings), reverse and bind shells, web shells and unsafe deserialization, in Python,
 * JavaScript/Node, PHP, Ruby, Perl and Java, read from one line. A sink counts only as a call
 * (`name(`) whose first argument is not a plain literal: `eval("2+2")` and `subprocess.run(["ls"])`
 * stay quiet, `exec(payload)` and `os.system(f"ping {host}")` do not.
 *
 * Findings: `code.exec-sink`, `code.shell-true`, `code.web-shell`, `code.obfuscated-exec`,
 * `code.unsafe-deserialization`, `code.reverse-shell`, `code.dev-tcp`, `code.exploit-payload`, and
 * the malware behaviours read by `_code-malware.ts` (a program that spreads or hides itself, steals,
 * swaps payment addresses, mines unseen, drops, holds files for ransom).
 *
 * @internal Not part of the public API.
 */
import { AhoCorasick } from '../../structures/aho-corasick.js';
import { callArgs, classify, EMPTY, INPUT, LITERAL, readsInput, readsSuperglobal, SUPERGLOBAL } from './_code-args.js';
import { CODE_BIT, type GateWord, SHARED_GATE, skipSpaces } from './_code-gate.js';
import { luaFetchEval } from './_code-lua.js';
import { scanMalware } from './_code-malware.js';
import { resolveComputedNames } from './_code-names.js';
import { scanShells } from './_code-shells.js';
import { foldCase } from './_fold-case.js';
import type { Detector, FindingSink } from './types.js';

const RCE = 'remote-code-execution';
const D = {
  sink: 'passes a computed or input-fed string to code or command execution',
  shellTrue: 'runs a computed command line through a shell (shell=True, shell: true)',
  webShell: 'runs code or commands taken straight from an HTTP request (a web shell)',
  obfuscated: 'executes code that is decoded or decompressed at run time',
  deser: 'deserializes untrusted data with a format that can run code',
  fetchEval: 'compiles and runs code fetched from the network',
} as const;

/** What a sink name does. */
const EVAL = 0; // code evaluation
const CMD = 1; // command execution through a shell
const SHELL_OPT = 2; // runs a shell only with shell=True / shell: true
const DESER = 3; // deserialization
const ASSERT = 4; // PHP assert: evaluates strings
const PREG = 5; // preg_replace with the /e modifier
const CTOR = 6; // `Function(` / `new Function(`
const PIPE_OPEN = 7; // Perl/Ruby open with a pipe
const INPUT_EVAL = 8; // evaluates a string argument, but is mostly called with a function (setTimeout)
const GROOVY_EVAL = 9; // Groovy's evaluate: code, when fed a fetched text or written for a Groovy console

/** Sink names (lower-case) and what they do; dotted names carry their receiver. */
const SINKS: readonly (readonly [string, number])[] = [
  ['eval', EVAL],
  ['exec', CMD],
  ['execsync', CMD],
  ['system', CMD],
  ['popen', CMD],
  ['shell_exec', CMD],
  ['passthru', CMD],
  ['proc_open', CMD],
  ['pcntl_exec', CMD],
  ['create_function', EVAL],
  ['instance_eval', EVAL],
  ['class_eval', EVAL],
  ['module_eval', EVAL],
  ['runinnewcontext', EVAL],
  ['runinthiscontext', EVAL],
  ['runincontext', EVAL],
  ['evaluate', GROOVY_EVAL],
  ['settimeout', INPUT_EVAL],
  ['setinterval', INPUT_EVAL],
  ['getoutput', CMD],
  ['getstatusoutput', CMD],
  ['run', SHELL_OPT],
  ['call', SHELL_OPT],
  ['check_output', SHELL_OPT],
  ['check_call', SHELL_OPT],
  ['spawn', SHELL_OPT],
  ['processbuilder', CMD],
  ['start', CMD],
  ['pickle.loads', DESER],
  ['pickle.load', DESER],
  ['cpickle.loads', DESER],
  ['dill.loads', DESER],
  ['marshal.loads', DESER],
  ['marshal.load', DESER],
  ['jsonpickle.decode', DESER],
  ['yaml.load', DESER],
  ['yaml.unsafe_load', DESER],
  ['yaml.load_all', DESER],
  ['unserialize', DESER],
  ['readobject', DESER],
  ['deserialize', DESER],
  // Model and array formats built on pickle.
  ['torch.load', DESER],
  ['joblib.load', DESER],
  ['pd.read_pickle', DESER],
  ['pandas.read_pickle', DESER],
  // Jackson with default typing turned on: the JSON names the class to build.
  ['readvalue', DESER],
  // Server-side templates evaluate expressions: a template taken from the request is code.
  ['render_template_string', INPUT_EVAL],
  ['template', INPUT_EVAL],
  ['from_string', INPUT_EVAL],
  ['assert', ASSERT],
  ['preg_replace', PREG],
  ['function', CTOR],
  ['open', PIPE_OPEN],
];

/** Receivers a dotted sink may have (`os.system`, `child_process.exec`, `Kernel.system`). */
const RECEIVERS = new Set([
  'os',
  'kernel',
  'posix',
  'subprocess',
  'child_process',
  'cp',
  'childprocess',
  'io',
  'open3',
  'commands',
  'window',
  'global',
  'globalthis',
  'vm',
  'sp',
  'shell',
  'runtime',
  'getruntime()',
  'proc',
  'process',
  ')',
  // Python's built-in namespace, reached as a module or a dict (`builtins.eval`, `__builtins__.__dict__`)
  'builtins',
  '__builtins__',
  '__dict__',
]);

const CALLS = 1;
const SHELLS = 2;
const call = (s: string, _at: number, to: number): boolean => s.charCodeAt(skipSpaces(s, to)) === 40;

/**
 * The gate: a call of a sink name (group CALLS), or the marks of a network shell (group SHELLS).
 * Ordinary prose ("the exec summary") has neither.
 */
const GATE_WORDS: readonly GateWord[] = [
  // `eval(…)`, and `eval $x` / `eval get(…)` or `eval` passed on (`.then(eval)`) as well.
  {
    w: 'eval',
    group: CALLS,
    end: true,
    check: (s, at, to) => {
      const n = skipSpaces(s, to);
      const c = s.charCodeAt(n);
      return c === 40 || (n > to && (c === 36 || isIdent(c))) || c === 41 || c === 44 || s.charCodeAt(at - 1) === 40;
    },
  },
  ...[
    'exec',
    'execsync',
    'system',
    'popen',
    'passthru',
    'proc_open',
    'pcntl_exec',
    'create_function',
    'getoutput',
    'getstatusoutput',
    'spawn',
    'processbuilder',
    'load',
    'loads',
    'load_all',
    'decode',
    'unserialize',
    'readobject',
    'deserialize',
    'read_pickle',
    'readvalue',
    'render_template_string',
    'template',
    'from_string',
    'assert',
    'preg_replace',
    'function',
    'open',
    'run',
    'call',
    'check_output',
    'check_call',
    'context',
    'evaluate',
    'settimeout',
    'setinterval',
    'start',
  ].map((w): GateWord => ({ w, group: CALLS, end: true, check: call })),
  { w: 'shell', group: CALLS, check: (s, _a, to) => /^\s*[=:]\s*true/i.test(s.slice(to, to + 12)) },
  { w: '%x', group: CALLS },
  { w: 'qx', group: CALLS, start: true, end: true },
  { w: '_$$nd_func', group: CALLS },
  ...[
    '/dev/tcp',
    '/dev/udp',
    'socket',
    'fsockopen',
    'net.connect',
    'createconnection',
    'net.dial',
    'ztcp',
    's_client',
    'netcat',
    'socat',
    'telnet',
    'msfvenom',
    'meterpreter',
    'tcpclient',
    'mkfifo',
    'mknod',
    '/inet/tcp',
    'tcpserver',
    'tcplistener',
    'serversocket',
    'tcpstream',
    'deno.connect',
    'deno.listen',
    'bun.connect',
    "require('net')",
    'require("net")',
    'rustcat',
    'powercat',
    'telnetd',
    'nowait',
    '.bat',
    '.cmd',
    '.ps1',
  ].map((w): GateWord => ({ w, group: SHELLS })),
  { w: 'rcat', group: SHELLS, start: true, end: true },
  { w: 'nc64', group: SHELLS, start: true, end: true },
  { w: 'nc', group: SHELLS, start: true, end: true },
  { w: 'ncat', group: SHELLS, start: true, end: true },
];

let sinkAc: AhoCorasick | null = null;
/** Words that name what a change removes, right before it (`replace eval(x) with …`). */
const REPLACED =
  /(?:\breplace|\bswap(?: out)?|\bremove|\bget rid of|\binstead of|\brather than|\bdon't use|\bdo not use|\bnever use|\bavoid|\bdrop)\s*[`'"]?\s*(?:(?:the|a|an|all|every|each)\s+)?(?:calls? to\s+)?[`'"]?$/;

/**
 * Whether the call starting at `start` of `l` is named as what a change takes out: a word of
 * {@link REPLACED} right before it (its receiver included), and the line offers a replacement
 * (`with`, `by`, `for`, `use`) after it or says to drop it.
 */
function replaced(l: string, start: number): boolean {
  let i = start;
  while (i > 0 && i > start - 40 && (isIdent(l.charCodeAt(i - 1)) || l.charCodeAt(i - 1) === 46)) i--;
  return REPLACED.test(l.slice(Math.max(0, i - 40), i));
}

/** Calls examined per segment, at most. */
const MAX_CALLS = 64;

function isIdent(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36;
}

/** The receiver before the dot at `dot` (lower-case), e.g. `os` in `os.system`. */
function receiver(l: string, dot: number): string {
  let i = dot;
  if (l.charCodeAt(i - 1) === 41 && l.endsWith('getruntime()', i)) return 'getruntime()';
  // `__import__('os').system(…)`, `require('child_process').exec(…)`: a computed module.
  if (l.charCodeAt(i - 1) === 41) return ')';
  while (i > 0 && i > dot - 40 && isIdent(l.charCodeAt(i - 1))) i--;
  return l.slice(i, dot);
}

const DECODERS = [
  'base64_decode(',
  'gzinflate(',
  'gzuncompress(',
  'gzdecode(',
  'str_rot13(',
  'b64decode(',
  'atob(',
  'frombase64string(',
  'unhexlify(',
  'fromhex(',
  "decode('base64')",
  'decode("base64")',
  'zlib.decompress(',
  'buffer.from(',
];

interface Found {
  sink: boolean;
  web: boolean;
  obf: boolean;
  shellTrue: boolean;
  deser: boolean;
}

function examine(
  segment: string,
  l: string,
  kind: number,
  name: string,
  start: number,
  end: number,
  open: number,
  sink: FindingSink,
  f: Found,
): void {
  const [first, all] = callArgs(segment, open);
  // .NET's Process.Start(file, arguments): the arguments make the command too.
  const cls = classify(name === 'start' ? all : first);
  const la = all.toLowerCase();
  const ev = (): string => segment.slice(start, Math.min(segment.length, open + 1 + all.length + 1)).slice(0, 96);
  const stop = Math.min(segment.length, open + 2 + all.length);
  const sinkFed = (): void => {
    const request = cls === INPUT && (la.includes('getparameter(') || /^\s*request\s*[(.]/.test(la));
    if ((cls === SUPERGLOBAL || request) && !f.web) {
      f.web = true;
      sink.report('code.web-shell', 'malware', 'critical', D.webShell, start, stop, ev());
    }
    if (!f.sink && (kind === EVAL || kind === CMD)) {
      const decoder = DECODERS.some((d) => la.includes(d));
      if (decoder && !f.obf) {
        f.obf = true;
        sink.report('code.obfuscated-exec', 'malware', 'high', D.obfuscated, start, stop, ev());
      }
    }
    if (!f.sink) {
      f.sink = true;
      sink.report('code.exec-sink', RCE, 'high', D.sink, start, stop, ev());
    }
  };
  switch (kind) {
    case EVAL:
    case CMD:
      if (cls !== EMPTY && cls !== LITERAL) sinkFed();
      else if (cls === LITERAL) rescanLiteral(first, name, start, stop, sink);
      return;
    case INPUT_EVAL:
      if (cls === INPUT || cls === SUPERGLOBAL) sinkFed();
      return;
    case GROOVY_EVAL:
      // `evaluate(new URL('http://…').text)`, or `evaluate(code)` on a line that fetches `code` from a
      // URL or is written for the Jenkins script console; `math.evaluate(expr)` is arithmetic.
      if (
        cls !== EMPTY &&
        cls !== LITERAL &&
        !/\bmath\.$/.test(l.slice(Math.max(0, start - 5), start)) &&
        (/\burl\s*\(|\.tourl\s*\(|https?:/.test(la) ||
          /\bnew\s+url\s*\(|\.tourl\(\)|script ?console|scripttext|groovy/.test(l))
      )
        sinkFed();
      return;
    case SHELL_OPT: {
      const compact = la.replace(/\s+/g, '');
      const shell =
        compact.includes('shell=true') ||
        compact.includes('shell:true') ||
        compact.includes("'-c'") ||
        compact.includes('"-c"');
      // A literal command line or argument list (`["rm", "-rf", "/"]`): the command itself is examined again.
      const trimmed = first.trim();
      const inner = trimmed.startsWith('[') ? trimmed.slice(1, trimmed.endsWith(']') ? -1 : undefined) : first;
      const literal = classify(inner) === LITERAL;
      const runner = (name !== 'run' && name !== 'call') || l.includes('subprocess');
      if (!shell || f.shellTrue) {
        if (literal && runner) rescanLiteral(inner, name, start, stop, sink);
        return;
      }
      const computed = cls !== EMPTY && cls !== LITERAL;
      // `spawn('sh', ['-c', cmd])`: the command is the array's last element.
      const tail =
        compact.includes("'-c'") || compact.includes('"-c"')
          ? classify(all.slice(all.lastIndexOf(',') + 1).replace(/[\])}]/g, ''))
          : cls;
      if (computed || (tail !== EMPTY && tail !== LITERAL)) {
        f.shellTrue = true;
        const sev = cls === SUPERGLOBAL || cls === INPUT || tail === INPUT ? 'critical' : 'high';
        sink.report('code.shell-true', RCE, sev, D.shellTrue, start, stop, ev());
      }
      return;
    }
    case DESER: {
      if (f.deser || ((cls === EMPTY || cls === LITERAL) && name !== 'readobject')) return;
      if (name.startsWith('yaml.')) {
        if (name === 'yaml.load' || name === 'yaml.load_all') {
          const c = la.replace(/\s+/g, '');
          if (
            c.includes('safeloader') ||
            c.includes('csafeloader') ||
            c.includes('baseloader') ||
            c.includes('safe_load')
          )
            return;
        }
      } else if (name === 'readobject') {
        if (!l.includes('objectinputstream') && !l.includes('xmldecoder')) return;
        if (!readsInput(l) && !l.includes('getinputstream')) return;
      } else if (name === 'readvalue') {
        if (!l.includes('enabledefaulttyping') && !l.includes('activatedefaulttyping')) return;
      } else if (name === 'deserialize') {
        if (!l.includes('binaryformatter') && !l.includes('losformatter') && !l.includes('soapformatter')) return;
      } else if (name === 'unserialize') {
        if (
          cls !== SUPERGLOBAL &&
          cls !== INPUT &&
          !l.includes('node-serialize') &&
          !l.includes('serialize.unserialize')
        )
          return;
      } else if (cls !== SUPERGLOBAL && cls !== INPUT && !readsInput(l.slice(0, start))) return;
      f.deser = true;
      sink.report('code.unsafe-deserialization', RCE, 'high', D.deser, start, stop, ev());
      return;
    }
    case ASSERT:
      if (cls === SUPERGLOBAL) sinkFed();
      return;
    case PREG: {
      // preg_replace('/x/e', $_GET['r'], …): the pattern's modifiers follow its last delimiter.
      const t = first.trim();
      const q = t.charCodeAt(0);
      if (q !== 34 && q !== 39) return;
      // cast drops `undefined`: t opens with a quote, so t[0] exists
      const close = t.indexOf(t[0] as string, 1);
      const pattern = close < 0 ? t.slice(1) : t.slice(1, close);
      const delim = pattern[0];
      if (delim === undefined) return;
      const mods = pattern.slice(pattern.lastIndexOf(delim) + 1);
      if (pattern.lastIndexOf(delim) > 0 && /^[a-z]*e[a-z]*$/i.test(mods)) sinkFed();
      return;
    }
    case CTOR: {
      // `Function(` with a capital F (JavaScript's constructor), not the `function` keyword. The
      // body is its last argument (`new Function('ctx', body)`): after literal parameter names,
      // the rest is read.
      if (segment.slice(start, end) !== 'Function') return;
      const body = cls === LITERAL && all.length > first.length ? classify(all.slice(first.length + 1)) : cls;
      if (body !== EMPTY && body !== LITERAL) sinkFed();
      return;
    }
    case PIPE_OPEN: {
      // Perl/Ruby: open(FH, "$cmd |"), open(my $fh, "-|", $cmd), open("|#{cmd}").
      const piped = /["']\s*\|/.test(all) || /\|\s*["']/.test(all);
      if (piped && (/\$[a-z_{]/i.test(all) || all.includes('#{'))) sinkFed();
      return;
    }
  }
}

/**
 * Perl's and Ruby's `eval` without parentheses, in code: `eval $code`, `eval get("http://…")`,
 * `eval Net::HTTP.get(…)`. It opens a statement (the line, or after `;`, `{`, `-e '`, `&&`, `||`)
 * and runs a variable or a call's result, not a block (`eval { … }`, Perl's exception handling)
 * or a literal.
 */
function bareEval(l: string, start: number, next: number): boolean {
  if (next === start + 4 || next >= l.length) return false;
  const c = l.charCodeAt(next);
  const runs = (c === 36 && isIdent(l.charCodeAt(next + 1))) || BARE_EVAL_CALL.test(l.slice(next, next + 64));
  if (!runs) return false;
  let i = start;
  while (i > 0 && (l.charCodeAt(i - 1) === 32 || l.charCodeAt(i - 1) === 9)) i--;
  if (i === 0) return true;
  const p = l.charCodeAt(i - 1);
  // `;`, `{`, `'`, `"`, `&`, `|`, `(`
  return p === 59 || p === 123 || p === 39 || p === 34 || p === 38 || p === 124 || p === 40;
}
/** A call whose result `eval` runs: `get(…)`, `LWP::Simple::get(…)`, `Net::HTTP.get(…)`, `open(…).read`. */
const BARE_EVAL_CALL = /^(?:[a-z_][\w]*(?:::[a-z_]\w*)*(?:\.[a-z_]\w*)*\s*\(|`)/;

/**
 * `eval` handed over as a function value, the next step of a chain (`fetch(u).then(r => r.text())
 * .then(eval)`, `lines.forEach(eval)`): each value reaching it runs as code.
 */
function evalPassed(l: string, start: number, end: number): boolean {
  let i = start;
  while (i > 0 && l.charCodeAt(i - 1) === 32) i--;
  let j = end;
  while (j < l.length && l.charCodeAt(j) === 32) j++;
  const before = l.charCodeAt(i - 1);
  const after = l.charCodeAt(j);
  return (before === 40 || before === 44) && (after === 41 || after === 44);
}

/** Most code units of literal command text handed back for a second look. */
const MAX_LITERAL = 2048;

/**
 * The string literals of a literal argument (`"rm -rf /"`, `["rm", "-rf", "/"]`), joined by
 * spaces and examined again: the command a literal call runs is judged like one typed directly.
 */
function rescanLiteral(arg: string, name: string, start: number, end: number, sink: FindingSink): void {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; i < arg.length && total < MAX_LITERAL; i++) {
    const q = arg.charCodeAt(i);
    if (q !== 34 && q !== 39 && q !== 96) continue;
    let j = i + 1;
    let body = '';
    while (j < arg.length && arg.charCodeAt(j) !== q) {
      if (arg.charCodeAt(j) === 92 && j + 1 < arg.length) j++;
      body += arg[j];
      j++;
    }
    parts.push(body);
    total += body.length + 1;
    i = j;
  }
  const text = parts.join(' ').slice(0, MAX_LITERAL);
  if (text.trim().length >= 4) sink.rescan(text, start, end, name);
}

/** Backticks, `%x(…)` and `qx(…)` around interpolated input. */
function scanBackticks(segment: string, l: string, sink: FindingSink, f: Found): void {
  let i = 0;
  for (let guard = 0; guard < 64; guard++) {
    const a = l.indexOf('`', i);
    if (a < 0) return;
    const b = l.indexOf('`', a + 1);
    if (b < 0) return;
    const body = l.slice(a + 1, b);
    if (readsSuperglobal(body) && !f.web) {
      f.web = true;
      sink.report('code.web-shell', 'malware', 'critical', D.webShell, a, b + 1, segment.slice(a, b + 1).slice(0, 96));
    } else if (body.includes('#{') && !f.sink) {
      f.sink = true;
      sink.report('code.exec-sink', RCE, 'high', D.sink, a, b + 1, segment.slice(a, b + 1).slice(0, 96));
    }
    i = b + 1;
  }
}

function scanQuoteOps(segment: string, l: string, sink: FindingSink, f: Found): void {
  for (const op of ['%x(', '%x{', '%x[', 'qx(', 'qx{', 'qx/', 'qx[']) {
    const at = l.indexOf(op);
    if (at < 0 || f.sink) continue;
    if (at > 0 && isIdent(l.charCodeAt(at - 1))) continue;
    const body = l.slice(at + 3, at + 3 + 256);
    if (body.includes('#{') || /\$[a-z_{]/.test(body)) {
      f.sink = true;
      sink.report('code.exec-sink', RCE, 'high', D.sink, at, at + 3, segment.slice(at, at + 96));
    }
  }
}

/**
 * A sink that reports at offsets clamped to a line of `length` code units: findings on the line's
 * computed reading point into the line as written.
 */
function clamped(sink: FindingSink, length: number): FindingSink {
  return {
    report: (id, category, severity, description, start, end, evidence) =>
      sink.report(id, category, severity, description, Math.min(start, length), Math.min(end, length), evidence),
    rescan: (decoded, start, end, how) => sink.rescan(decoded, Math.min(start, length), Math.min(end, length), how),
  };
}

/** The `code` detector. */
/**
 * A sentence that denies a sink (`our handler never evals user input`, `the route no longer passes
 * the payload to exec`, `make sure it does not call eval on the body`): the code it speaks of does
 * not run what a request carries, and no remote-code phrase inside the sentence stands for a
 * request to make it. The denial stands within three words of the sink.
 */
const DENIED_SINK =
  /\b(?:never|not|no\s+longer|doesn'?t|don'?t|won'?t|cannot|can'?t|mustn'?t|shouldn'?t)\s+(?:[\w'.]+\s+){0,3}?(?:evals?|evaluates?|execs?|executes?|eval\(\)|exec\(\))\b/gi;
/** A sentence's end: its span stops there. */
const SENTENCE_END = /[.;!?](?:\s|$)/g;

function deniedSinks(line: string, out: FindingSink): void {
  if (out.settle === undefined || line.length > 2000 || !/eval|exec/i.test(line)) return;
  DENIED_SINK.lastIndex = 0;
  for (let m = DENIED_SINK.exec(line); m !== null; m = DENIED_SINK.exec(line)) {
    let from = 0;
    SENTENCE_END.lastIndex = 0;
    let to = line.length;
    for (let e = SENTENCE_END.exec(line); e !== null; e = SENTENCE_END.exec(line)) {
      if (e.index < m.index) from = e.index + 1;
      else {
        to = e.index + 1;
        break;
      }
    }
    out.settle('remote-code-execution', from, to);
  }
}

export const codeDetector: Detector = Object.freeze({
  name: 'code',
  scan(line: string, out: FindingSink): void {
    if (line.length < 5) return;
    deniedSinks(line, out);
    // Malware behaviour is read over the segment as written, sinks or not.
    scanMalware(line, out);
    // Names computed from literals (`getattr(builtins, 'ev'+'al')`, `EXEC(@s)` after `SET @s = '…'`)
    // are read written out: by this detector in place of the line, and by the others on a rescan.
    const resolved = resolveComputedNames(line);
    if (resolved !== null) out.rescan(resolved, 0, line.length, 'computed names');
    const segment = resolved ?? line;
    const sink = resolved === null ? out : clamped(out, line.length);
    if (/load|_G\[/i.test(segment)) {
      const at = luaFetchEval(foldCase(segment));
      if (at !== null)
        sink.report(
          'code.fetch-eval',
          RCE,
          'critical',
          D.fetchEval,
          at[0],
          at[1],
          segment.slice(at[0], at[1]).slice(0, 96),
        );
    }
    const groups =
      ((SHARED_GATE.groups(segment, CODE_BIT, GATE_WORDS) >> 1) & 3) | (segment.indexOf('`') >= 0 ? CALLS : 0);
    const calls = (groups & CALLS) !== 0;
    const shells = (groups & SHELLS) !== 0;
    if (!calls && !shells) return;
    const l = foldCase(segment);
    if (shells) scanShells(segment, l, sink);
    if (!calls) return;
    sinkAc ??= new AhoCorasick(
      SINKS.map((s) => s[0]),
      { asciiCaseInsensitive: true },
    );
    const sinks = sinkAc;
    const f: Found = { sink: false, web: false, obf: false, shellTrue: false, deser: false };
    const childProcess = l.includes('child_process');
    let examined = 0;
    sinks.forEachMatch(
      segment,
      (p, start, end) => {
        // cast drops `undefined`: p is a pattern of the automaton built from SINKS, one per entry
        const [name, kind] = SINKS[p] as readonly [string, number];
        let kindOf = kind;
        // A whole identifier, not a piece of one (`literal_eval`, `evaluate`).
        if (start > 0 && isIdent(l.charCodeAt(start - 1)) && !name.includes('.')) return;
        if (end < l.length && isIdent(l.charCodeAt(end))) return;
        // A dotted call needs a receiver that runs things: `os.system`, not `re.exec` or `platform.system`.
        if (!name.includes('.') && start > 0 && l.charCodeAt(start - 1) === 46) {
          const r = receiver(l, start - 1);
          const dotted = kind === DESER || kind === SHELL_OPT || kind === PREG;
          if (
            !dotted &&
            !name.endsWith('_eval') &&
            !RECEIVERS.has(r) &&
            !(childProcess && (name === 'exec' || name === 'execsync'))
          )
            return;
          // subprocess.Popen runs a shell only with shell=True.
          if (name === 'popen' && r === 'subprocess') kindOf = SHELL_OPT;
        }
        // A sink named as what a change takes out (`replace eval(x) with ast.literal_eval(x)`,
        // `instead of os.system(cmd)`) is not one the line runs.
        if (replaced(l, start)) return;
        // `start(` is a sink only as .NET's `Process.Start(`.
        if (name === 'start' && !l.endsWith('process.', start)) return;
        let open = end;
        while (open < l.length && open < end + 8 && (l.charCodeAt(open) === 32 || l.charCodeAt(open) === 9)) open++;
        if (l.charCodeAt(open) !== 40) {
          if (name === 'eval' && !f.sink && (bareEval(l, start, open) || evalPassed(l, start, end))) {
            f.sink = true;
            sink.report(
              'code.exec-sink',
              RCE,
              'high',
              D.sink,
              start,
              Math.min(segment.length, open + 48),
              segment.slice(start, start + 96),
            );
          }
          return;
        }
        // Each call reads a bounded argument; bounding the calls keeps the segment linear.
        if (++examined > MAX_CALLS) return;
        examine(segment, l, kindOf, name, start, end, open, sink, f);
      },
      { overlapping: true },
    );
    if (l.includes('`')) scanBackticks(segment, l, sink, f);
    if (l.includes('x(') || l.includes('x{') || l.includes('x[') || l.includes('qx/'))
      scanQuoteOps(segment, l, sink, f);
    if (l.includes('_$$nd_func$$_')) {
      const at = l.indexOf('_$$nd_func$$_');
      sink.report('code.unsafe-deserialization', RCE, 'critical', D.deser, at, at + 13, segment.slice(at, at + 48));
    }
  },
});
