/**
 * Small text helpers shared by the `secrets`, `pii` and `exfiltration` detectors: Shannon
 * entropy, placeholder recognition, redaction and the words that say a value is about to leave.
 * Every function is linear in its input and bounded by the caller's span.
 *
 * @internal Not part of the public API.
 */
import { foldCase } from './_fold-case.js';

/** Shannon entropy in bits per character of `s[start, end)`. */
export function entropy(s: string, start: number, end: number): number {
  const n = end - start;
  if (n <= 0) return 0;
  const counts = new Uint16Array(129);
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    // k ≤ 128 < counts.length = 129
    const k = Math.min(c, 128);
    counts[k] = counts[k]! + 1;
  }
  let h = 0;
  // k < 129 = counts.length
  for (let k = 0; k < 129; k++) {
    const m = counts[k]!;
    if (m === 0) continue;
    const p = m / n;
    h -= p * Math.log2(p);
  }
  return h;
}

/** Words that mark a value as a stand-in, not a credential (checked on the lowercased value). */
const PLACEHOLDER_WORDS = [
  'example',
  'xxxx',
  'your',
  'placeholder',
  'redacted',
  'changeme',
  'change_me',
  'dummy',
  'sample',
  'fake',
  'insert',
  'replace',
  'here',
  'token_goes',
  '****',
  '....',
  '…',
  '<',
  '>',
  '${',
  '{{',
  '%s',
];

/**
 * Whether `s[start, end)` reads as a placeholder: a stand-in word (`your-api-key-here`, `xxxx`,
 * `EXAMPLE`), few distinct characters for its length (`aaaaaaaa`, `0000…`), or a run of six
 * consecutive characters of an alphabet (`abcdef`, `123456`).
 */
export function isPlaceholder(s: string, start: number, end: number): boolean {
  const n = end - start;
  if (n <= 0) return true;
  const v = s.slice(start, end).toLowerCase();
  for (const w of PLACEHOLDER_WORDS) if (v.includes(w) && !embeddedInRandom(v, w)) return true;
  // Characters inside ascending runs (`abcd`, `1234`, in the case written) of four or more.
  let run = 1;
  let inRuns = 0;
  let distinct = 0;
  const seen = new Uint8Array(128);
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    const l = c >= 65 && c <= 90 ? c + 32 : c;
    if (l < 128 && seen[l] === 0) {
      seen[l] = 1;
      distinct++;
    }
    if (i > start && c - s.charCodeAt(i - 1) === 1 && isAlnumCode(c)) {
      run++;
      if (run === 4) inRuns += 4;
      else if (run > 4) inRuns++;
    } else run = 1;
  }
  if (inRuns * 2 >= n) return true;
  // Random bodies almost never use fewer than a third as many symbols as their length (up to 24).
  return n >= 8 && distinct * 3 < Math.min(n, 24);
}

/**
 * Whether every occurrence of the letter word `w` in `v` (lowercase) sits inside a random-looking
 * value: letters or digits on both sides, and the value long (20+) with three or more digits, as
 * a generated key is (`fc36cuqvuqcfaked418nkq…` holds `fake` by chance). A stand-in keeps the word
 * at an edge or between separators (`a-fake-key`, `your_token`), or has few digits
 * (`somefakekey`, `FakeFakeFake1Fake`).
 */
function embeddedInRandom(v: string, w: string): boolean {
  const w0 = w.charCodeAt(0);
  if (w0 < 97 || w0 > 122 || w === 'xxxx' || v.length < 20) return false;
  let digits = 0;
  for (let i = 0; i < v.length && digits < 3; i++) {
    const c = v.charCodeAt(i);
    if (c >= 48 && c <= 57) digits++;
  }
  if (digits < 3) return false;
  for (let at = v.indexOf(w); at >= 0; at = v.indexOf(w, at + 1)) {
    const e = at + w.length;
    if (at === 0 || e >= v.length || !isAlnumCode(v.charCodeAt(at - 1)) || !isAlnumCode(v.charCodeAt(e))) return false;
  }
  return true;
}

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A short, redacted form of a secret: its first `keep` characters, then `…`. */
export function redact(s: string, start: number, end: number, keep: number): string {
  return `${s.slice(start, Math.min(end, start + keep))}…`;
}

const LEAK_WORDS = [
  'publish',
  'post',
  'send',
  'upload',
  'paste',
  'email',
  'e-mail',
  'mail',
  'commit',
  'tweet',
  'share',
  'push',
  'leak',
  'expose',
  'exfiltrate',
  'pastebin',
  'gist',
  'webhook',
  'forum',
  'twitter',
  'reddit',
  'discord',
  'netcat',
  'broadcast',
  'announce',
  'print it publicly',
];

function isWordCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/**
 * Whether the word `w` (lowercase, ASCII) occurs in `lower` as a word, or followed only by
 * letters of an inflection (`posts`, `posted`, `sending`, `uploads`).
 */
export function hasWord(lower: string, w: string): boolean {
  return wordAt(lower, w) >= 0;
}

/** Where `hasWord` finds `w` in `lower` at or after `from`, or -1. */
function wordAt(lower: string, w: string, from = 0): number {
  for (let guard = 0; guard < 64; guard++) {
    const at = lower.indexOf(w, from);
    if (at < 0) return -1;
    from = at + 1;
    if (at > 0 && isWordCode(lower.charCodeAt(at - 1))) continue;
    const e = at + w.length;
    const rest = lower.slice(e, e + 3);
    if (e >= lower.length || !isWordCode(lower.charCodeAt(e))) return at;
    if (rest.startsWith('s') && (e + 1 >= lower.length || !isWordCode(lower.charCodeAt(e + 1)))) return at;
    if (rest.startsWith('ed') || rest.startsWith('ing') || rest.startsWith('ted')) return at;
  }
  return -1;
}

const PIPES = ['| nc', '|nc ', '| curl', '|curl', '| wget', '| ncat', '| socat', '| telnet', '> /dev/tcp/'];

/**
 * Whether a segment says its content is about to leave: published, posted, sent, pasted,
 * committed, mailed, or handed to a network client.
 */
export function leakIntent(segment: string): boolean {
  const lower = foldCase(segment);
  for (const w of LEAK_WORDS) if (hasWord(lower, w)) return true;
  // Piped to a network client (a client that merely uses the value is not a leak by itself).
  for (const p of PIPES) if (lower.includes(p)) return true;
  return false;
}

/** Secret stores: a credential put there is kept from view, not shared. */
const SECRET_STORES = [
  '1password',
  'bitwarden',
  'vault',
  'keychain',
  'keepass',
  'lastpass',
  'secrets manager',
  'secret manager',
  'key vault',
  'credential manager',
  'doppler',
  'infisical',
  'sops',
];

/** Verbs that put a credential into a store. */
const STORE_WORDS = ['store', 'save', 'move', 'put', 'add', 'keep', 'import', 'migrate'];

/** Verbs that take a credential out of harm's way: the request is about hiding it, not sending it. */
const DEFUSE_WORDS = ['redact', 'mask', 'scrub', 'censor', 'rotate', 'revoke', 'invalidate', 'blank out', 'star out'];

/**
 * Where the first verb that defuses a credential (`redact`, `mask`, `rotate`, `revoke`…) starts in
 * `segment`, or -1; a segment that also pipes to a network client has none.
 */
export function defuseAt(segment: string): number {
  const lower = foldCase(segment);
  for (const p of PIPES) if (lower.includes(p)) return -1;
  let first = -1;
  for (const w of DEFUSE_WORDS) {
    const at = wordAt(lower, w);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  // `store the key in 1Password`, `move it into Vault`: kept in a secret store, out of reach.
  if (SECRET_STORES.some((w) => wordAt(lower, w) >= 0)) {
    for (const w of STORE_WORDS) {
      const at = wordAt(lower, w);
      if (at >= 0 && (first < 0 || at < first)) first = at;
    }
  }
  if (first < 0) return -1;
  // `… then post it`: a second order to send cancels; `before I paste it` is the writer's own act.
  for (const w of LEAK_WORDS) {
    for (let at = wordAt(lower, w), k = 0; at >= 0 && k < 16; at = wordAt(lower, w, at + 1), k++) {
      if (!OWN_ACT.has(wordBefore(lower, at))) return -1;
    }
  }
  return first;
}

/** The word that ends right before offset `at` in `lower` ('' at the start). */
function wordBefore(lower: string, at: number): string {
  let e = at;
  while (e > 0 && lower.charCodeAt(e - 1) === 32) e--;
  let b = e;
  while (b > 0 && lower.charCodeAt(b - 1) !== 32) b--;
  return lower.slice(b, e);
}

/** Words before a sending verb that make it the writer's own act or a past event, not an order. */
const OWN_ACT = new Set([
  'i',
  'we',
  'was',
  'were',
  'been',
  'got',
  'accidentally',
  'before',
  'after',
  'once',
  'when',
  'can',
  'could',
  'will',
  "i'll",
  "we'll",
]);

/** Whether `c` is an ASCII letter, digit or `_`. */
export function isWordChar(c: number): boolean {
  return isWordCode(c);
}

/** Whether code unit `c` is an ASCII digit. */
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
/** Whether code unit `c` is an ASCII capital letter. */
export const isUpper = (c: number): boolean => c >= 65 && c <= 90;
/** Whether code unit `c` is an ASCII small letter. */
export const isLower = (c: number): boolean => c >= 97 && c <= 122;
