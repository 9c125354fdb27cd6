/**
 * Call arguments for the `code` detector: finds the argument text of a call, quote- and
 * bracket-aware, and classifies it: empty, literal only, fed by request or process input, or some
 * other computed value. Bounded: an argument is read over at most {@link MAX_ARGS} code units.
 *
 * @internal Not part of the public API.
 */

/** Longest argument text read. */
export const MAX_ARGS = 512;

/** How an argument was built. */
export const EMPTY = 0;
export const LITERAL = 1;
export const COMPUTED = 2;
export const INPUT = 3;
/** Fed by PHP's request superglobals (`$_GET`, `$_POST`, …): the shape of a web shell. */
export const SUPERGLOBAL = 4;

/**
 * The argument text of the call whose `(` is at `open` in `s`: `[first, all]`, where `first` ends
 * at the first top-level comma. Unclosed calls run to the end of the window.
 */
export function callArgs(s: string, open: number): [string, string] {
  const stop = Math.min(s.length, open + 1 + MAX_ARGS);
  let depth = 0;
  let quote = 0;
  let firstEnd = -1;
  let i = open + 1;
  for (; i < stop; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === 92) i++;
      else if (c === quote) quote = 0;
      continue;
    }
    if (c === 34 || c === 39 || c === 96) quote = c;
    else if (c === 40 || c === 91 || c === 123) depth++;
    else if (c === 41 || c === 93 || c === 125) {
      if (depth === 0) break;
      depth--;
    } else if (c === 44 && depth === 0 && firstEnd < 0) firstEnd = i;
  }
  const all = s.slice(open + 1, i);
  return [firstEnd < 0 ? all : s.slice(open + 1, firstEnd), all];
}

/** Marks of request, network or process input (lower-case). */
const INPUT_MARKS = [
  'request.',
  'request[',
  'request(',
  'req.body',
  'req.query',
  'req.params',
  'req.headers',
  'req.cookies',
  'params[',
  'params.',
  'input(',
  'sys.argv',
  'process.argv',
  'os.environ',
  'getenv(',
  '$env',
  'env[',
  '%env',
  'argv',
  'stdin',
  'gets',
  'location.',
  'document.',
  'window.name',
  'event.data',
  'getparameter(',
  'getheader(',
  'cookie',
  'upload',
  '.recv(',
  'recv(',
  'urlopen(',
  'requests.get',
  'requests.post',
  'payload',
  'user_input',
  'userinput',
  'untrusted',
  'body',
  'query[',
  'form[',
  'args[',
  'args.get',
  '@argv',
];
const SUPERGLOBALS = ['$_get', '$_post', '$_request', '$_cookie', '$_server', '$_files'];

/** Whether the code `t` (lower-case) reads request, network or process input. */
export function readsInput(t: string): boolean {
  for (const m of INPUT_MARKS) if (t.includes(m)) return true;
  return false;
}

/** Whether the code `t` (lower-case) reads a PHP request superglobal. */
export function readsSuperglobal(t: string): boolean {
  for (const m of SUPERGLOBALS) if (t.includes(m)) return true;
  return false;
}

/**
 * Classifies an argument (original case): literal only when it is made of string literals without
 * interpolation, numbers, `+`, `,` and spaces.
 */
export function classify(arg: string): number {
  const t = arg.toLowerCase();
  if (readsSuperglobal(t)) return SUPERGLOBAL;
  if (readsInput(t)) return INPUT;
  let i = 0;
  let any = false;
  const n = arg.length;
  while (i < n) {
    const c = arg.charCodeAt(i);
    if (c <= 32 || c === 43 || c === 44 || c === 40 || c === 41) {
      i++;
      continue;
    }
    if (c >= 48 && c <= 57) {
      any = true;
      while (i < n && ((arg.charCodeAt(i) >= 48 && arg.charCodeAt(i) <= 57) || arg.charCodeAt(i) === 46)) i++;
      continue;
    }
    // Python string prefixes: r'' b'' u'' are literal; f'' interpolates.
    let q = c;
    if ((c === 114 || c === 98 || c === 117 || c === 82 || c === 66 || c === 85) && i + 1 < n) {
      const d = arg.charCodeAt(i + 1);
      if (d === 34 || d === 39) {
        i++;
        q = d;
      }
    }
    if (q !== 34 && q !== 39 && q !== 96) return COMPUTED;
    const close = findClose(arg, i + 1, q);
    const body = arg.slice(i + 1, close);
    // Interpolation: `${…}` in templates, `#{…}` in Ruby, `$var` / `{$…}` in PHP and Perl double quotes.
    if (q === 96 && body.includes('${')) return COMPUTED;
    if (q === 34 && (body.includes('#{') || /\$[a-z_{]/i.test(body))) return COMPUTED;
    any = true;
    i = close + 1;
  }
  return any ? LITERAL : EMPTY;
}

function findClose(s: string, from: number, q: number): number {
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 92) i++;
    else if (c === q) return i;
  }
  return s.length;
}
