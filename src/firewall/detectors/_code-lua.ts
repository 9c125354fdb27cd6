/**
 * Lua that runs code it fetched: `load(…)` and `loadstring(…)` compile a string into a function,
 * and the trailing `()` runs it, so handing them what a download printed
 * (`load(vim.fn.system({'curl', '-fsSL', url}))()`, `loadstring(game:HttpGet(url))()`,
 * `load(io.popen('wget -qO- …'):read('*a'))()`) runs whatever the server sends, every time the
 * script starts (a Neovim `init.lua`, a game script, a Hammerspoon or awesome config).
 *
 * The reading is the pair: the compile call, and a fetch inside its argument or in the value of
 * the name it is given when that name is assigned earlier in the same text (`local b = …fetch…`;
 * `load(b)()`). A fetch is a program that downloads (`curl`, `wget`, `aria2c`, `Invoke-WebRequest`)
 * run through a Lua process call (`vim.fn.system`, `vim.system`, `io.popen`, `os.execute`), or an
 * HTTP call of a Lua library (`HttpGet`, `http.request`, `socket.http`). `load` of a file's text or
 * of a table, `require`, and `vim.fn.system` of a `git clone` (a plugin manager's bootstrap) are
 * not fetch-and-run, and stay quiet.
 *
 * @internal Not part of the public API.
 */

/** The compile calls, lower-case, with the `(` they are read with. */
const COMPILE = ['loadstring(', 'load('] as const;
/** A Lua call that runs a program, and a program in it that downloads. */
const PROCESS_CALL = /\b(?:vim\.fn\.system|vim\.system|io\.popen|os\.execute|vim\.fn\.jobstart)\s*\(/;
const DOWNLOADER = /['"{\s,](?:curl|wget|aria2c|invoke-webrequest|iwr|irm|invoke-restmethod)\b/;
/** An HTTP call of a Lua library or runtime. */
const HTTP_CALL = /\bhttpget(?:async)?\s*\(|\bhttp\.request\s*\(|socket\.http|\bhttp\.get\s*\(/;
/** Longest argument read after a compile call. */
const MAX_ARG = 400;
/** Longest text read. */
const MAX_TEXT = 8192;

/** Whether the Lua expression `e` (lower-case) fetches from the network. */
function fetches(e: string): boolean {
  return HTTP_CALL.test(e) || (PROCESS_CALL.test(e) && DOWNLOADER.test(e));
}

function isIdent(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/**
 * The value assigned to `name` in `l` before `before` (`local name = …` or `name = …`), up to the
 * line's end; or null.
 */
function assigned(l: string, name: string, before: number): string | null {
  let from = 0;
  let value: string | null = null;
  for (;;) {
    const at = l.indexOf(name, from);
    if (at < 0 || at >= before) return value;
    from = at + name.length;
    if (at > 0 && (isIdent(l.charCodeAt(at - 1)) || l.charCodeAt(at - 1) === 46)) continue;
    let k = from;
    while (k < l.length && (l.charCodeAt(k) === 32 || l.charCodeAt(k) === 9)) k++;
    if (l.charCodeAt(k) !== 61 || l.charCodeAt(k + 1) === 61) continue;
    const end = l.indexOf('\n', k);
    value = l.slice(k + 1, end < 0 ? Math.min(l.length, k + 1 + MAX_ARG) : Math.min(end, k + 1 + MAX_ARG));
  }
}

/** A name given one of the compile functions: `local f = load`, `f = _G.loadstring`, `f = _G['lo' .. 'ad']`. */
const ALIAS =
  /\b([a-z_]\w{0,40})\s*=\s*(?:_g\s*\.\s*([a-z]{4,10})\b|_g\s*\[([^\]\n]{1,60})\]|(load|loadstring)\s*(?:$|[\n;,)]))/g;

/** The calls (`f(`) of names given a compile function in `l`, at most four. */
function aliases(l: string): string[] {
  if (l.indexOf('=') < 0) return [];
  const out: string[] = [];
  ALIAS.lastIndex = 0;
  for (let m = ALIAS.exec(l); m !== null && out.length < 4; m = ALIAS.exec(l)) {
    // The key of `_G[…]` with its quoted pieces and `..` taken out.
    const fn = m[2] ?? m[4] ?? (m[3] ?? '').replace(/['"\s]|\.\./g, '');
    if (fn === 'load' || fn === 'loadstring') out.push(`${m[1]}(`);
  }
  return out;
}

/**
 * Where a compile call in `l` (lower-case, at most {@link MAX_TEXT} code units) is given fetched
 * code, as [start, end] of the call; else null. One pass per compile name, and one look back per
 * call for the name's value.
 */
export function luaFetchEval(l: string): [number, number] | null {
  if (l.length > MAX_TEXT || (l.indexOf('load') < 0 && l.indexOf('_g[') < 0)) return null;
  for (const call of [...COMPILE, ...aliases(l)]) {
    let from = 0;
    for (;;) {
      const at = l.indexOf(call, from);
      if (at < 0) break;
      from = at + call.length;
      // A whole name (not `json.load(`, `preload(`), or Lua's own table lookup of it (`_G.load(`).
      const prev = at > 0 ? l.charCodeAt(at - 1) : 32;
      if (l.startsWith('function', Math.max(0, at - 9))) continue;
      if (isIdent(prev) || (prev === 46 && !l.endsWith('_g.', at))) continue;
      const arg = l.slice(from, from + MAX_ARG);
      if (fetches(arg)) return [at, Math.min(l.length, from + arg.indexOf(')') + 1)];
      const name = /^\s*([a-z_]\w{0,40})\s*[),]/.exec(arg)?.[1];
      if (name === undefined) continue;
      const value = assigned(l, name, at);
      if (value !== null && fetches(value)) return [at, from + name.length];
    }
  }
  return null;
}
