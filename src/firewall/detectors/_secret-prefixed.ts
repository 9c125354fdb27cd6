/**
 * Vendor-prefixed tokens read by their shape, whoever issues them: a short lowercase prefix of one
 * to three segments, each closed by `_` or `-` (`abc_`, `abcd-`, `abc_live_`, `abcd_pat_`), then a
 * long run of generated characters. Providers mark their credentials this way so that scanners can
 * find them; the catalog (`_secret-catalog.ts`) knows a few dozen prefixes, and this reading covers
 * the others by judging the body: length, character classes, how often the class changes from one
 * character to the next (a generated value changes about three times in five, an identifier in
 * camelCase once a word), and entropy against what its length allows.
 *
 * A prefix the catalog knows is left to its catalog entry, which knows the exact length and
 * alphabet. Kept apart: object ids that share the layout (`cus_…`, `evt_…`, `file-…`: ids are no
 * credential), publishable keys (`pk_…`), digests after an algorithm name (`sha512-…`), values
 * that go on as base64 (`+`, `/`, `=`) or as a path, hex-only bodies (digests and commit ids look
 * the same) and sequential filler (`abcd1234…`).
 *
 * One pass over the segment: a candidate starts only at a word boundary, its prefix is read in at
 * most 30 characters, and the pass resumes after the body it read, so the reading is linear.
 *
 * @internal Not part of the public API.
 */
import { TOKEN_FORMATS } from './_secret-catalog.js';
import { entropy, isDigit, isLower, isPlaceholder, isUpper } from './_secret-text.js';

/** What a reading reports through: the detector's per-segment scan. */
export interface TokenSink {
  readonly s: string;
  report(id: string, base: 'medium' | 'high', description: string, start: number, end: number, evidence: string): void;
}

const DESCRIPTION = 'A token in a vendor-prefixed credential layout would be disclosed';

/** Prefix segments that say the value is a credential, so a shorter body counts. */
const ROLE_WORDS = ['pat', 'key', 'api', 'tok', 'tkn', 'token', 'secret', 'sk', 'rk', 'auth', 'live', 'access', 'pass'];

/** First segments that name something else: ids, public keys, digests, generated names. */
const NOT_CREDENTIAL = new Set([
  // Publishable keys are public by design.
  'pk',
  'pub',
  'public',
  // Object and request ids (payments, LLM APIs, chat platforms): they name, they do not grant.
  'id',
  'cus',
  'ch',
  'pi',
  'pm',
  'evt',
  'sub',
  'in',
  'ii',
  'prod',
  'price',
  'txn',
  'acct',
  'cs',
  'seti',
  'src',
  'req',
  'file',
  'chatcmpl',
  'cmpl',
  'msg',
  'run',
  'thread',
  'asst',
  'call',
  'resp',
  'org',
  'user',
  'batch',
  'ftjob',
  'vs',
  'step',
  'toolu',
  'compl',
  'trace',
  'span',
  'session',
  // Digests named by their algorithm (`sha512-…` integrity strings) and generated names.
  'sha',
  'sha1',
  'sha224',
  'sha256',
  'sha384',
  'sha512',
  'md5',
  'blake2b',
  'blake3',
  'xxh64',
  'hash',
  'nonce',
  'css',
  'sc',
  'chunk',
  'module',
]);

const isAlnum = (c: number): boolean => isLower(c) || isDigit(c) || isUpper(c);
const isSep = (c: number): boolean => c === 95 || c === 45;

/** Characters a token may follow: the start, blanks, quotes, and the punctuation around a value. */
function opensValue(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 34 ||
    c === 39 ||
    c === 96 ||
    c === 61 ||
    c === 58 ||
    c === 40 ||
    c === 91 ||
    c === 123 ||
    c === 44 ||
    c === 62 ||
    c === 59
  );
}

/** Whether the body ends the token: not base64 going on, not a path, not a longer word. */
function closesValue(s: string, e: number): boolean {
  if (e >= s.length) return true;
  const c = s.charCodeAt(e);
  if (c === 43 || c === 47 || c === 61 || c === 92 || c === 64) return false;
  // `.` ends a sentence, not a dotted name.
  if (c === 46) return e + 1 >= s.length || !isAlnum(s.charCodeAt(e + 1));
  return !isAlnum(c);
}

/** Scans `sink.s` for vendor-prefixed tokens. */
export function scanPrefixedTokens(sink: TokenSink): void {
  const s = sink.s;
  const n = s.length;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (!isLower(c) || (i > 0 && !opensValue(s.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    const next = readToken(sink, i);
    i = next > i ? next : i + 1;
  }
}

/** Reads one candidate at `start`; returns where the pass resumes. */
function readToken(sink: TokenSink, start: number): number {
  const s = sink.s;
  // The prefix: one to three lowercase segments (letters and digits, a letter first), each closed by a separator.
  let j = start;
  let segments = 0;
  let role = false;
  let first = '';
  for (;;) {
    let k = j;
    while (k < s.length && k - j <= 10 && (isLower(s.charCodeAt(k)) || (k > j && isDigit(s.charCodeAt(k))))) k++;
    const len = k - j;
    if (len === 0 || len > (segments === 0 ? 10 : 8) || !isSep(s.charCodeAt(k))) break;
    const seg = s.slice(j, k);
    if (segments === 0) {
      if (len < 2) return k;
      first = seg;
    }
    if (ROLE_WORDS.some((w) => seg === w || (seg.length > w.length && seg.endsWith(w)))) role = true;
    segments++;
    j = k + 1;
    if (segments === 3) break;
    // A second segment only when more lowercase follows and the body is still to come.
    let m = j;
    while (m < s.length && m - j <= 8 && (isLower(s.charCodeAt(m)) || isDigit(s.charCodeAt(m)))) m++;
    if (m - j === 0 || m - j > 8 || !isSep(s.charCodeAt(m))) break;
  }
  if (segments === 0) return j + 1;
  // The body: letters and digits, separators inside allowed; read at most 256.
  const b = j;
  let e = b;
  let longest = 0;
  let run = 0;
  let lower = 0;
  let upper = 0;
  let digits = 0;
  let changes = 0;
  let alnum = 0;
  let prevClass = -1;
  let hexOnly = true;
  while (e < s.length && e - b < 257) {
    const c = s.charCodeAt(e);
    let cls: number;
    if (isDigit(c)) {
      digits++;
      cls = 0;
    } else if (isLower(c)) {
      lower++;
      cls = 1;
      if (c > 102) hexOnly = false;
    } else if (isUpper(c)) {
      upper++;
      cls = 2;
      hexOnly = false;
    } else if (isSep(c)) {
      run = 0;
      prevClass = -1;
      e++;
      continue;
    } else break;
    alnum++;
    run++;
    if (run > longest) longest = run;
    if (prevClass >= 0 && cls !== prevClass) changes++;
    prevClass = cls;
    e++;
  }
  const resume = Math.max(e, start + 1);
  if (NOT_CREDENTIAL.has(first) || e - b > 256 || !closesValue(s, e)) return resume;
  // A trailing separator belongs to the text around, not to the token.
  while (e > b && isSep(s.charCodeAt(e - 1))) e--;
  const minBody = role || segments > 1 ? 20 : 28;
  if (alnum < minBody || longest < 16 || digits === 0 || lower + upper === 0 || hexOnly) return resume;
  // Lowercase and digits only (base 36) needs more length to be told from a word with a number.
  if (upper === 0 && alnum < 24) return resume;
  if (upper > 0 && lower === 0 && alnum < 24) return resume;
  if (changes * 10 < (alnum - 1) * 3) return resume;
  // A generated body spreads over its classes (base62: about 42% upper, 42% lower, 16% digits); an
  // identifier in camelCase has a capital per word, a word with a number few digits.
  if (upper > 0 ? upper * 100 < alnum * 15 || lower * 100 < alnum * 15 : digits * 10 < alnum) return resume;
  const floor = Math.min(4, 0.85 * Math.log2(alnum));
  if (entropy(s, b, e) < floor || isPlaceholder(s, b, e)) return resume;
  // A prefix the catalog knows is judged by its entry alone: the wrong length for that vendor is
  // not that vendor's token.
  if (TOKEN_FORMATS.some((f) => f.prefixes.some((p) => s.startsWith(p, start)))) return resume;
  sink.report('secret.prefixed-token', 'high', DESCRIPTION, start, e, `${s.slice(start, Math.min(e, b + 4))}…`);
  return resume;
}
