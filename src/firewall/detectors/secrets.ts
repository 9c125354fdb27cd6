/**
 * The `secrets` detector: credentials recognized by their format. A well-formed, live-looking
 * credential in a request is a leak in the making (the agent is about to send, paste, commit, log
 * or publish it), so provider tokens and private keys are `high`, and `critical` when the same
 * line says the value is to be published, sent or piped to the network. Placeholders and
 * documented examples (`AKIAIOSFODNN7EXAMPLE`, `xxxx`, `your-api-key-here`, `sk-...`) are not
 * reported.
 *
 * One case-insensitive automaton over every prefix and anchor gates the segment; each candidate is
 * then checked by a bounded forward scan (alphabet, length, checksum, structure), so the whole
 * detector is linear in the segment.
 *
 * @internal Not part of the public API.
 */
import type { Severity } from '../types.js';
import { foldCase } from './_fold-case.js';
import { gateIncludes, gateMatches, joinGate } from './_gate.js';
import { scanAnyNameValues } from './_secret-any-name.js';
import {
  checksumValid,
  DOCUMENTED_EXAMPLES,
  inAlphabet,
  STRUCTURED_FORMATS,
  TOKEN_FORMATS,
  type TokenFormat,
} from './_secret-catalog.js';
import { checkPasswordHash, HASH_ANCHORS } from './_secret-hashes.js';
import { scanPrefixedTokens } from './_secret-prefixed.js';
import { defuseAt, entropy, isDigit, isPlaceholder, isWordChar, leakIntent, redact } from './_secret-text.js';
import type { Detector, FindingSink } from './types.js';

const CATEGORY = 'credential-exfiltration';

// Each `DESCRIPTIONS['secret.…'] as string` below casts away `undefined` from a key listed here.
/** Fixed one-sentence descriptions, one per finding id. */
const DESCRIPTIONS: Readonly<Record<string, string>> = {
  'secret.private-key': 'A private key block would be disclosed',
  'secret.jwt': 'A signed JSON Web Token (a bearer credential) would be disclosed',
  'secret.connection-string': 'A connection string or URL carries a password',
  'secret.assigned-value': 'A high-entropy value is assigned to a secret-like name',
  'secret.aws-secret-key': 'An AWS secret access key would be disclosed',
  'secret.gcp-service-account-key': 'A Google Cloud service-account private key would be disclosed',
  'secret.azure-sas-token': 'An Azure shared access signature would be disclosed',
  'secret.slack-webhook': 'A Slack incoming-webhook URL (a posting credential) would be disclosed',
  'secret.discord-webhook': 'A Discord webhook URL (a posting credential) would be disclosed',
  'secret.discord-bot-token': 'A Discord bot token would be disclosed',
  'secret.telegram-bot-token': 'A Telegram bot token would be disclosed',
  'secret.sendgrid-key': 'A SendGrid API key would be disclosed',
  'secret.sentry-dsn': 'A Sentry DSN with its key would be disclosed',
  'secret.mailchimp-key': 'A Mailchimp API key would be disclosed',
  'secret.zapier-webhook': 'A Zapier catch-hook URL (a posting credential) would be disclosed',
};

const BAD_CHECKSUM = "A token in a provider's checksummed format whose checksum does not verify";
const CLI_CREDENTIAL = 'A password is passed on a command line';

function describe(f: TokenFormat): string {
  return DESCRIPTIONS[f.id] ?? `A ${f.provider} credential would be disclosed`;
}

/** Anchors of the structured formats; names of secret-like variables (matched case-insensitively). */
const ANCHORS = [
  'eyJ',
  '-----BEGIN ',
  '://',
  'hooks.slack.com/services/',
  'discord.com/api/webhooks/',
  'discordapp.com/api/webhooks/',
  'hooks.zapier.com/hooks/catch/',
  '-us',
  ':AA',
  'SG.',
  'sig=',
  'sentry.io',
  'discord',
  ' -u ',
  '--user ',
  '--user=',
  ' -p',
  'sshpass',
  'PuTTY-User-Key-File-',
  ...HASH_ANCHORS,
] as const;
const NAMES = ['key', 'secret', 'token', 'pass', 'pwd', 'auth', 'credential'] as const;

interface Gate {
  /** Index of the first pattern in the shared automaton, and how many there are. */
  base: number;
  size: number;
  /** Per pattern: the token formats it starts, or an anchor/name code. */
  formats: (readonly TokenFormat[] | null)[];
  codes: string[];
}

let gate: Gate | null = null;

/** Built on first use: nothing runs at import time. */
function getGate(): Gate {
  if (gate !== null) return gate;
  const byPrefix = new Map<string, TokenFormat[]>();
  for (const f of TOKEN_FORMATS) {
    for (const p of f.prefixes) {
      const list = byPrefix.get(p);
      if (list === undefined) byPrefix.set(p, [f]);
      else list.push(f);
    }
  }
  const patterns: string[] = [];
  const formats: (readonly TokenFormat[] | null)[] = [];
  const codes: string[] = [];
  for (const [p, list] of byPrefix) {
    patterns.push(p);
    formats.push(list);
    codes.push(p);
  }
  for (const a of ANCHORS) {
    patterns.push(a);
    formats.push(null);
    codes.push(a);
  }
  for (const n of NAMES) {
    patterns.push(n);
    formats.push(null);
    codes.push('name');
  }
  gate = { base: joinGate('secrets', patterns), size: patterns.length, formats, codes };
  return gate;
}

/** One segment's scan: what was reported where, and whether the line says the value leaves. */
class Scan {
  private spans: number[] = [];
  private intent: boolean | null = null;
  private defuse: number | null = null;

  constructor(
    readonly s: string,
    private readonly sink: FindingSink,
  ) {}

  covered(start: number, end: number): boolean {
    const sp = this.spans;
    // casts drop `undefined`: spans holds pairs, so i + 1 < sp.length
    for (let i = 0; i < sp.length; i += 2) if (start < (sp[i + 1] as number) && end > (sp[i] as number)) return true;
    return false;
  }

  report(id: string, base: Severity, description: string, start: number, end: number, evidence: string): void {
    if (this.covered(start, end)) return;
    this.spans.push(start, end);
    this.defuse ??= defuseAt(this.s);
    this.intent ??= leakIntent(this.s);
    // Asked to redact, mask or rotate the value that follows: the agent hides it, so it is noted only.
    const severity: Severity = this.defuse >= 0 && this.defuse < start ? 'low' : this.intent ? raise(base) : base;
    this.sink.report(id, CATEGORY, severity, description, start, end, evidence);
  }

  /** Reports a provider format `id` at `high` over `start`–`end`, keeping its first `keep` characters as evidence. */
  shape(id: string, start: number, end: number, keep: number): void {
    this.report(id, 'high', DESCRIPTIONS[id] as string, start, end, redact(this.s, start, end, keep));
  }
}

function raise(s: Severity): Severity {
  return s === 'low' ? 'medium' : s === 'medium' ? 'high' : 'critical';
}

function lowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** Whether `s` has `p` at `at`, case-sensitively. */
function at(s: string, p: string, i: number): boolean {
  return s.startsWith(p, i);
}

/** End of the run of `inAlphabet(a)` characters from `i`, reading at most `max + 1`. */
function runEnd(s: string, i: number, max: number, ok: (c: number) => boolean): number {
  const stop = Math.min(s.length, i + max + 1);
  let j = i;
  while (j < stop && ok(s.charCodeAt(j))) j++;
  return j;
}

function hasDigit(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const isB64Url = (c: number): boolean => inAlphabet('b64url', c);
const isAlnum = (c: number): boolean => inAlphabet('alnum', c);

function checkToken(scan: Scan, f: TokenFormat, prefix: string, start: number): void {
  const s = scan.s;
  if (start > 0) {
    const b = s.charCodeAt(start - 1);
    // A token starts a word: not in the middle of another identifier or token.
    if (isWordChar(b) || (b === 45 && prefix !== 'AccountKey=')) return;
  }
  const bodyStart = start + prefix.length;
  const end = runEnd(s, bodyStart, f.max, (c) => inAlphabet(f.alphabet, c));
  const len = end - bodyStart;
  if (len < f.min || len > f.max) return;
  if (f.digit === true && !hasDigit(s, bodyStart, end)) return;
  const token = s.slice(start, end);
  if (DOCUMENTED_EXAMPLES.has(token) || isPlaceholder(s, bodyStart, end)) return;
  if (f.checksum !== undefined && !checksumValid(f.checksum, s, bodyStart, end)) {
    // Well formed but not issued by the provider: a fixture, a typo or a forgery. Still a
    // credential-shaped value on its way out, so it escalates, below the verified format.
    scan.report(
      'secret.token-bad-checksum',
      'medium',
      BAD_CHECKSUM,
      start,
      end,
      redact(s, start, end, prefix.length + 4),
    );
    return;
  }
  scan.report(f.id, f.severity, describe(f), start, end, redact(s, start, end, prefix.length + 4));
}

/** `eyJ…` `.` `…` `.` `…` whose header decodes to a JSON object naming its `alg`. */
function checkJwt(scan: Scan, start: number): void {
  const s = scan.s;
  // GitHub's installation tokens of 2025 wrap a JWT: `ghs_<installation id>_<JWT>`.
  const wrapped = start > 0 && s.charCodeAt(start - 1) === 95 ? githubWrapStart(s, start - 1) : -1;
  if (wrapped < 0 && start > 0 && (isB64Url(s.charCodeAt(start - 1)) || s.charCodeAt(start - 1) === 46)) return;
  const h = runEnd(s, start, 1024, isB64Url);
  if (h - start < 10 || h - start > 1024 || s.charCodeAt(h) !== 46) return;
  const p = runEnd(s, h + 1, 8192, isB64Url);
  if (p - h - 1 < 10 || s.charCodeAt(p) !== 46) return;
  const g = runEnd(s, p + 1, 1024, isB64Url);
  const header = decodeB64Url(s, start, h);
  if (header === null || header.charCodeAt(0) !== 123 || !header.includes('"alg"')) return;
  const unsigned = /"alg"\s*:\s*"none"/i.test(header);
  if (g - p - 1 < 16 && !unsigned) return;
  if (DOCUMENTED_EXAMPLES.has(s.slice(p + 1, g))) return;
  const from = wrapped >= 0 ? wrapped : start;
  scan.shape('secret.jwt', from, g, 12);
}

/** Where `gh?_<digits>_` ends at `underscore` (the `_` before a JWT) starts a word, or -1. */
function githubWrapStart(s: string, underscore: number): number {
  let d = underscore;
  while (d > 0 && underscore - d < 12 && isDigit(s.charCodeAt(d - 1))) d--;
  if (d === underscore || d < 4 || s.charCodeAt(d - 1) !== 95) return -1;
  const b = d - 4;
  if (s.charCodeAt(b) !== 103 || s.charCodeAt(b + 1) !== 104 || !'opsur'.includes(s[b + 2] as string)) return -1;
  return b > 0 && isWordChar(s.charCodeAt(b - 1)) ? -1 : b;
}

let b64Values: Int8Array | null = null;

/** Built on first use: nothing runs at import time. */
function b64Table(): Int8Array {
  if (b64Values !== null) return b64Values;
  const v = new Int8Array(128).fill(-1);
  const a = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  for (let i = 0; i < a.length; i++) v[a.charCodeAt(i)] = i;
  v[45] = 62; // -
  v[95] = 63; // _
  v[43] = 62; // +
  v[47] = 63; // /
  b64Values = v;
  return v;
}

/** Base64 or base64url of `s[start, end)` decoded to Latin-1 text, or null when not base64. */
export function decodeB64Url(s: string, start: number, end: number): string | null {
  const table = b64Table();
  let out = '';
  let acc = 0;
  let bits = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 61) break;
    // cast drops `undefined`: c < 128 = the table's length
    const v = c < 128 ? (table[c] as number) : -1;
    if (v < 0) return null;
    acc = ((acc << 6) | v) & 0xffffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += String.fromCharCode((acc >> bits) & 0xff);
    }
  }
  return out;
}

const KEY_LABELS = ['PRIVATE KEY', 'PGP PRIVATE KEY BLOCK'];

/** `-----BEGIN … PRIVATE KEY-----` that starts a pasted block, not a mention in prose. */
function checkPrivateKey(scan: Scan, start: number): void {
  const s = scan.s;
  if (!at(s, '-----BEGIN ', start)) return;
  const labelStart = start + 11;
  const close = s.indexOf('-----', labelStart);
  if (close < 0 || close - labelStart > 40) return;
  const label = s.slice(labelStart, close);
  if (!KEY_LABELS.some((k) => label.endsWith(k))) return;
  const after = close + 5;
  let i = after;
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  let block = false;
  if (i >= s.length) {
    // The header ends the line: a block begins, unless prose leads up to it.
    let j = start - 1;
    while (j >= 0 && (s.charCodeAt(j) === 32 || s.charCodeAt(j) === 9)) j--;
    // cast drops `undefined`: 0 ≤ j < start ≤ s.length
    block = j < 0 || `"'=:(\`>[{,`.includes(s[j] as string);
  } else {
    let k = i;
    if (at(s, '\\n', k)) k += 2;
    else if (at(s, '\\r\\n', k)) k += 4;
    // Key material follows on the same line (a JSON string, a one-line paste).
    const body = runEnd(s, k, 64, (c) => inAlphabet('b64', c));
    block = body - k >= 40 || (k > i && body - k >= 16);
  }
  if (!block) return;
  const sa = s.lastIndexOf('"private_key"', start);
  const id = sa >= 0 && start - sa < 24 ? 'secret.gcp-service-account-key' : 'secret.private-key';
  // cast drops `undefined`: both ids are listed in DESCRIPTIONS
  scan.report(id, 'high', DESCRIPTIONS[id] as string, start, after, `-----BEGIN ${label}-----`);
}

const URL_SCHEMES = new Set([
  'postgres',
  'postgresql',
  'mysql',
  'mariadb',
  'mongodb',
  'mongodb+srv',
  'redis',
  'rediss',
  'amqp',
  'amqps',
  'mssql',
  'sqlserver',
  'oracle',
  'clickhouse',
  'cockroachdb',
  'couchdb',
  'neo4j',
  'neo4j+s',
  'bolt',
  'nats',
  'ldap',
  'ldaps',
  'ftp',
  'ftps',
  'sftp',
  'smtp',
  'smtps',
  'imap',
  'imaps',
  'http',
  'https',
  'ws',
  'wss',
  'ssh',
]);

/** Passwords that say "put yours here". */
const PLACEHOLDER_PASSWORDS = new Set([
  'password',
  'pass',
  'passwd',
  'pwd',
  'secret',
  'changeme',
  'xxx',
  'pw',
  'mypassword',
  'yourpassword',
  'your_password',
  'your-password',
  'db_password',
  'dbpassword',
  'pass123',
  'password123',
  'p@ssw0rd',
  'p@ssword',
  'test',
  'example',
  'foo',
  'bar',
  'token',
  'apikey',
  'api_key',
  'user',
  'username',
]);

function isPlaceholderPassword(s: string, start: number, end: number): boolean {
  if (end <= start) return true;
  const c = s.charCodeAt(start);
  // $VAR, ${VAR}, %s, <password>, {password}, [password], :password, ***
  if (c === 36 || c === 37 || c === 60 || c === 123 || c === 91 || c === 42 || c === 58) return true;
  const v = s.slice(start, end).toLowerCase();
  if (PLACEHOLDER_PASSWORDS.has(v)) return true;
  const raw = s.slice(start, end);
  // `xxx` as written: a case-folded `XXx` inside a random value is not a stand-in.
  if (v.includes('${') || v.includes('{{') || v.includes('<') || raw.includes('xxx') || raw.includes('XXX'))
    return true;
  if (v.includes('***')) return true;
  if (v.startsWith('your') || v.includes('example') || v.includes('placeholder') || v.includes('changeme')) return true;
  // One repeated character (`aaaa`, `0000`).
  for (let i = 1; i < v.length; i++) if (v.charCodeAt(i) !== v.charCodeAt(0)) return false;
  return true;
}

/** `scheme://user:password@host` with a real password. */
function checkConnectionString(scan: Scan, colon: number): void {
  const s = scan.s;
  let b = colon;
  const limit = Math.max(0, colon - 24);
  while (b > limit) {
    const c = s.charCodeAt(b - 1);
    if (isAlnum(c) || c === 43 || c === 46) b--;
    else break;
  }
  let scheme = s.slice(b, colon).toLowerCase();
  if (scheme.startsWith('jdbc:')) scheme = scheme.slice(5);
  if (b >= 5 && s.slice(b - 5, b).toLowerCase() === 'jdbc:') {
    // jdbc:mysql://… reads the same as mysql://…
  }
  if (!URL_SCHEMES.has(scheme)) return;
  const u = colon + 3;
  // Userinfo ends at the last `@` before the path; it never holds whitespace, quotes or `/`.
  let j = u;
  let atSign = -1;
  const stop = Math.min(s.length, u + 256);
  let colonAt = -1;
  for (; j < stop; j++) {
    const c = s.charCodeAt(j);
    if (c === 47 || c === 32 || c === 9 || c === 34 || c === 39 || c === 96) break;
    // `?` and `#` end the authority, unless they sit inside a password that an `@` host still follows
    // (`https://me:pa#ss@host`, as credential stores write it unescaped); a port is digits only.
    if ((c === 63 || c === 35) && !(colonAt >= 0 && !allDigits(s, colonAt + 1, j) && s.indexOf('@', j) > j)) break;
    if (c === 58 && colonAt < 0) colonAt = j;
    if (c === 64) atSign = j;
  }
  if (atSign < 0) return;
  const sep = s.indexOf(':', u);
  if (sep < 0 || sep > atSign) {
    checkUserinfoToken(scan, scheme, b, u, atSign);
    return;
  }
  if (isPlaceholderPassword(s, sep + 1, atSign)) return;
  // A host must follow.
  const host = runEnd(s, atSign + 1, 255, (c) => isAlnum(c) || c === 45 || c === 46 || c === 95);
  if (host === atSign + 1 && s.charCodeAt(atSign + 1) !== 91) return;
  const user = s.slice(u, Math.min(sep, u + 24));
  scan.report(
    'secret.connection-string',
    'high',
    DESCRIPTIONS['secret.connection-string'] as string,
    b,
    host,
    `${scheme}://${user}:…@${s.slice(atSign + 1, Math.min(host, atSign + 41))}`,
  );
}

function allDigits(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!isDigit(s.charCodeAt(i))) return false;
  return true;
}

/**
 * `https://<token>@host/…`: a web URL whose userinfo is a single key-shaped value, the token
 * standing for the user (Git hosts and package indexes read it so).
 */
function checkUserinfoToken(scan: Scan, scheme: string, b: number, u: number, atSign: number): void {
  const s = scan.s;
  if (scheme !== 'https' && scheme !== 'http') return;
  const n = atSign - u;
  if (n < 20 || n > 256) return;
  let digits = 0;
  let letters = 0;
  for (let i = u; i < atSign; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (isAlnum(c)) letters++;
    else if (c !== 95 && c !== 45) return;
  }
  if (digits === 0 || letters === 0 || entropy(s, u, atSign) < 3.5 || isPlaceholder(s, u, atSign)) return;
  const host = runEnd(s, atSign + 1, 255, (c) => isAlnum(c) || c === 45 || c === 46);
  // A Sentry DSN's key is read, at its own severity, by the Sentry check.
  if (host === atSign + 1 || s.slice(atSign + 1, host).endsWith('sentry.io')) return;
  scan.report(
    'secret.connection-string',
    'high',
    DESCRIPTIONS['secret.connection-string'] as string,
    b,
    host,
    `${scheme}://${redact(s, u, atSign, 4)}@${s.slice(atSign + 1, Math.min(host, atSign + 41))}`,
  );
}

/** `hooks.slack.com/services/T…/B…/secret`. */
function checkSlackWebhook(scan: Scan, start: number, len: number): void {
  const s = scan.s;
  const b = start + len;
  const e = runEnd(s, b, 100, (c) => isAlnum(c) || c === 47);
  const parts = s.slice(b, e).split('/');
  if (parts.length < 3) return;
  // casts drop `undefined`: parts.length ≥ 3
  const secret = parts[2] as string;
  if (secret.length < 20 || secret.length > 40) return;
  if (!/^[A-Z0-9]{6,14}$/.test(parts[0] as string) || !/^[A-Z0-9]{6,14}$/.test(parts[1] as string)) return;
  const off = b + (parts[0] as string).length + (parts[1] as string).length + secret.length + 2;
  if (isPlaceholder(secret, 0, secret.length)) return;
  scan.shape('secret.slack-webhook', start, off, len + 9);
}

/** `discord(app).com/api/webhooks/<id>/<token>`. */
function checkDiscordWebhook(scan: Scan, start: number, len: number): void {
  const s = scan.s;
  const b = start + len;
  const idEnd = runEnd(s, b, 20, isDigit);
  if (idEnd - b < 17 || idEnd - b > 20 || s.charCodeAt(idEnd) !== 47) return;
  const e = runEnd(s, idEnd + 1, 72, isB64Url);
  if (e - idEnd - 1 < 60 || e - idEnd - 1 > 72 || isPlaceholder(s, idEnd + 1, e)) return;
  scan.shape('secret.discord-webhook', start, e, len + 6);
}

/** `<bot id>:AA<33 characters>`. */
function checkTelegram(scan: Scan, colon: number): void {
  const s = scan.s;
  if (!at(s, ':AA', colon)) return;
  let b = colon;
  while (b > 0 && b > colon - 11 && isDigit(s.charCodeAt(b - 1))) b--;
  if (colon - b < 8 || colon - b > 10 || (b > 0 && isWordChar(s.charCodeAt(b - 1)))) return;
  const e = runEnd(s, colon + 1, 35, isB64Url);
  if (e - colon - 1 !== 35 || isPlaceholder(s, colon + 1, e)) return;
  scan.shape('secret.telegram-bot-token', b, e, colon - b + 3);
}

/** `SG.<22>.<43>`. */
function checkSendGrid(scan: Scan, start: number): void {
  const s = scan.s;
  if (!at(s, 'SG.', start) || (start > 0 && isWordChar(s.charCodeAt(start - 1)))) return;
  const a = runEnd(s, start + 3, 22, isB64Url);
  if (a - start - 3 !== 22 || s.charCodeAt(a) !== 46) return;
  const e = runEnd(s, a + 1, 43, isB64Url);
  if (e - a - 1 !== 43 || isPlaceholder(s, a + 1, e)) return;
  scan.shape('secret.sendgrid-key', start, e, 7);
}

/** Azure shared access signature: `sig=` with `sv=` and an expiry or permissions in the same URL. */
function checkSas(scan: Scan, start: number): void {
  const s = scan.s;
  if (!at(s, 'sig=', start)) return;
  const b = start + 4;
  const e = runEnd(s, b, 120, (c) => inAlphabet('b64', c) || c === 37);
  if (e - b < 40 || e - b > 120) return;
  if (!s.includes('sv=') || !(s.includes('se=') || s.includes('sp='))) return;
  if (isPlaceholder(s, b, e)) return;
  scan.shape('secret.azure-sas-token', start, e, 8);
}

/** `https://<32 hex>@o123.ingest.sentry.io/456`. */
function checkSentryDsn(scan: Scan, anchor: number): void {
  const s = scan.s;
  const atSign = s.lastIndexOf('@', anchor);
  if (atSign < 32 || anchor - atSign > 48) return;
  const b = atSign - 32;
  for (let i = b; i < atSign; i++) if (!inAlphabet('hex', s.charCodeAt(i))) return;
  if (!at(s, '://', b - 3) || isPlaceholder(s, b, atSign)) return;
  scan.report(
    'secret.sentry-dsn',
    'medium',
    DESCRIPTIONS['secret.sentry-dsn'] as string,
    b,
    anchor + 9,
    redact(s, b, atSign, 4),
  );
}

/** Mailchimp's key layout: 32 hex digits, `-us`, the data-center number (`…0f3a-us21`). */
function checkMailchimp(scan: Scan, dash: number): void {
  const s = scan.s;
  if (!at(s, '-us', dash) || dash < 32) return;
  const b = dash - 32;
  if (b > 0 && isWordChar(s.charCodeAt(b - 1))) return;
  for (let i = b; i < dash; i++) if (!inAlphabet('hex', s.charCodeAt(i))) return;
  const e = runEnd(s, dash + 3, 2, isDigit);
  if (e === dash + 3 || e - dash - 3 > 2 || (e < s.length && isWordChar(s.charCodeAt(e)))) return;
  if (isPlaceholder(s, b, dash)) return;
  scan.shape('secret.mailchimp-key', b, e, 4);
}

/** `hooks.zapier.com/hooks/catch/<account>/<hook>`: whoever holds the URL posts into the workflow. */
function checkZapierHook(scan: Scan, start: number, len: number): void {
  const s = scan.s;
  const b = start + len;
  const e = runEnd(s, b, 64, (c) => isAlnum(c) || c === 47);
  const path = s.slice(b, e);
  const slash = path.indexOf('/');
  if (slash < 1 || e - b < 10 || !hasDigit(s, b, e) || isPlaceholder(s, b, e)) return;
  scan.shape('secret.zapier-webhook', start, e, len + 4);
}

/**
 * Discord bot token: `<base64 of the bot id>.<6>.<27–38>`. When Discord is not named, the shape
 * alone must carry it: a digit in the first part, and upper, lower and digit in the last.
 */
function checkDiscordBot(scan: Scan, named: boolean): void {
  const s = scan.s;
  let dot = s.indexOf('.');
  for (let guard = 0; dot >= 0 && guard < 256; guard++) {
    // The cheap look first: a 6-character middle part closed by a second dot.
    if (s.charCodeAt(dot + 7) !== 46) {
      dot = s.indexOf('.', dot + 1);
      continue;
    }
    let b = dot;
    while (b > 0 && dot - b < 29 && isB64Url(s.charCodeAt(b - 1))) b--;
    const first = s.charCodeAt(b);
    const n = dot - b;
    if (
      n >= 24 &&
      n <= 28 &&
      (first === 77 || first === 78 || first === 79) &&
      (b === 0 || !isB64Url(s.charCodeAt(b - 1)))
    ) {
      const m = runEnd(s, dot + 1, 6, isB64Url);
      if (m - dot - 1 === 6 && s.charCodeAt(m) === 46) {
        const e = runEnd(s, m + 1, 38, isB64Url);
        if (
          e - m - 1 >= 27 &&
          e - m - 1 <= 38 &&
          !isPlaceholder(s, m + 1, e) &&
          (named || (hasDigit(s, b, dot) && mixedCase(s, m + 1, e) && hasDigit(s, m + 1, e)))
        ) {
          scan.shape('secret.discord-bot-token', b, e, 6);
        }
      }
    }
    dot = s.indexOf('.', dot + 1);
  }
}

/** Whether `s[start, end)` holds both an upper- and a lowercase ASCII letter. */
function mixedCase(s: string, start: number, end: number): boolean {
  let u = false;
  let l = false;
  for (let i = start; i < end && !(u && l); i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) u = true;
    else if (c >= 97 && c <= 122) l = true;
  }
  return u && l;
}

/** A password good enough to be real: 6+ characters, two character classes, not a placeholder. */
function realPassword(s: string, start: number, end: number): boolean {
  if (end - start < 6 || isPlaceholderPassword(s, start, end) || isPlaceholder(s, start, end)) return false;
  let classes = 0;
  let d = false;
  let l = false;
  let u = false;
  let o = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) d = true;
    else if (c >= 97 && c <= 122) l = true;
    else if (c >= 65 && c <= 90) u = true;
    else o = true;
  }
  classes = (d ? 1 : 0) + (l ? 1 : 0) + (u ? 1 : 0) + (o ? 1 : 0);
  return classes >= 2;
}

/** The next word from `i` (quotes stripped), bounded. */
function nextWord(s: string, i: number): [number, number] {
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  const q = s.charCodeAt(i);
  if (q === 34 || q === 39) {
    const e = s.indexOf(String.fromCharCode(q), i + 1);
    return e < 0 || e - i > 256 ? [i, i] : [i + 1, e];
  }
  let e = i;
  while (e < s.length && e - i < 256 && s.charCodeAt(e) !== 32 && s.charCodeAt(e) !== 9) e++;
  return [i, e];
}

/** `curl -u user:password`, `--user user:password`. */
function checkUserPass(scan: Scan, i: number): void {
  const s = scan.s;
  const [a, e] = nextWord(s, i);
  const colon = s.indexOf(':', a);
  if (colon < 0 || colon >= e || colon === a) return;
  if (!realPassword(s, colon + 1, e)) return;
  scan.report('secret.cli-credential', 'high', CLI_CREDENTIAL, a, e, `${s.slice(a, colon)}:…`);
}

/** `mysql -pS3cret`: the password attached to `-p`, for the database clients that read it so. */
function checkAttachedPassword(scan: Scan, i: number): void {
  const s = scan.s;
  const c = s.charCodeAt(i);
  if (i >= s.length || c === 32 || c === 61 || c === 45) return;
  const lower = foldCase(s);
  if (!(lower.includes('mysql') || lower.includes('mariadb') || lower.includes('mysqldump'))) return;
  const [a, e] = nextWord(s, i);
  if (!realPassword(s, a, e)) return;
  scan.report('secret.cli-credential', 'high', CLI_CREDENTIAL, a, e, '-p…');
}

/** `sshpass -p password ssh …`. */
function checkSshpass(scan: Scan, i: number): void {
  const s = scan.s;
  if (!s.startsWith(' -p', i)) return;
  const [a, e] = nextWord(s, i + 3);
  if (!realPassword(s, a, e)) return;
  scan.report('secret.cli-credential', 'high', CLI_CREDENTIAL, a, e, 'sshpass -p …');
}

/** Identifier endings that name a secret, compared without `_`, `-` or `.` and in lowercase. */
const SECRET_NAMES = [
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'pass',
  'secret',
  'secretkey',
  // Rails' `SECRET_KEY_BASE`, which signs its sessions.
  'secretkeybase',
  'token',
  'apikey',
  'accesskey',
  'privatekey',
  'authkey',
  'masterkey',
  'signingkey',
  'encryptionkey',
  'clientkey',
  'appkey',
  'sessionkey',
  'credential',
  'credentials',
  'authorization',
  'auth',
];
const PASSWORD_NAMES = ['password', 'passwd', 'passphrase', 'pwd', 'pass'];

/** `config.apiKey`, `self.token`: a reference to a value held elsewhere. */
function isPropertyPath(v: string): boolean {
  let dots = 0;
  let atStart = true;
  for (let k = 0; k < v.length; k++) {
    const c = v.charCodeAt(k);
    if (c === 46) {
      if (atStart) return false;
      dots++;
      atStart = true;
    } else if (atStart) {
      if (!(isWordChar(c) && !isDigit(c))) return false;
      atStart = false;
    } else if (!isWordChar(c)) return false;
  }
  return dots > 0 && !atStart;
}

const isIdent = (c: number): boolean => isWordChar(c) || c === 45 || c === 46;

/**
 * Where the value of a `value` field starts when one follows at `i` across only quotes, commas,
 * blanks, line breaks and a YAML list dash (`API_TOKEN\n    value: …`, `ApiKey" value="…"`), or -1.
 */
function pairedValue(s: string, i: number): number {
  const stop = Math.min(s.length, i + 48);
  let k = i;
  while (k < stop) {
    const c = s.charCodeAt(k);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 34 || c === 39 || c === 44) k++;
    else break;
  }
  if (k === i || (s.charCodeAt(k) | 32) !== 118 || s.slice(k, k + 5).toLowerCase() !== 'value') return -1;
  k += 5;
  if (s.charCodeAt(k) === 34 || s.charCodeAt(k) === 39) k++;
  while (k < s.length && s.charCodeAt(k) === 32) k++;
  const op = s.charCodeAt(k);
  if (op !== 58 && op !== 61) return -1;
  return k + 1;
}

/**
 * Where the text of an element starts when its attributes run from `i` to a `>` (`encoding="base64">`),
 * or -1 for a self-closing or unclosed tag.
 */
function elementText(s: string, i: number): number {
  const stop = Math.min(s.length, i + 160);
  let quote = 0;
  for (let k = i; k < stop; k++) {
    const c = s.charCodeAt(k);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 60 || c === 10) return -1;
    else if (c === 62) return s.charCodeAt(k - 1) === 47 ? -1 : k + 1;
  }
  return -1;
}

/** Whether the word before `b` (past one space) is `set`. */
function afterSet(s: string, b: number): boolean {
  return (
    b >= 4 &&
    s.charCodeAt(b - 1) === 32 &&
    s.slice(b - 4, b - 1).toLowerCase() === 'set' &&
    (b === 4 || !isWordChar(s.charCodeAt(b - 5)))
  );
}

/** `name = value`, `name: value`, `"name": "value"`, `--name=value` where name is secret-like. */
function checkAssignment(scan: Scan, anchor: number, lastEnd: { v: number }): void {
  const s = scan.s;
  // The whole identifier around the anchor.
  let b = anchor;
  while (b > 0 && anchor - b < 64 && isIdent(s.charCodeAt(b - 1))) b--;
  let e = anchor;
  while (e < s.length && e - anchor < 64 && isIdent(s.charCodeAt(e))) e++;
  if (e <= lastEnd.v) return;
  lastEnd.v = e;
  let name = '';
  for (let i = b; i < e; i++) {
    const c = s.charCodeAt(i);
    if (c !== 95 && c !== 45 && c !== 46) name += String.fromCharCode(lowerCode(c));
  }
  if (name.length > 48) return;
  // A bare `key` names a secret only when its value has a generated key's shape (checked below).
  const kind = name === 'key' ? 'key' : SECRET_NAMES.find((n) => name.endsWith(n));
  if (kind === undefined) return;
  // The assignment operator, past a closing quote of a JSON or YAML key.
  let i = e;
  const q0 = s.charCodeAt(i);
  const nameQuoted = q0 === 34 || q0 === 39;
  if (nameQuoted) i++;
  // A subscript closes around a quoted name: `ENV["API_TOKEN"] = …`, `$config['api_key'] = …`.
  if (nameQuoted && s.charCodeAt(i) === 93) i++;
  while (i < s.length && s.charCodeAt(i) === 32) i++;
  let op = s.charCodeAt(i);
  // A quoted name, then its value as the next quoted argument: `define('AUTH_KEY', '…')`,
  // `headers.put("X-Api-Key", "…")`, `os.environ.setdefault("API_TOKEN", "…")`.
  let argument = false;
  if (nameQuoted && op === 44 && pairedValue(s, e) < 0) {
    let k = i + 1;
    while (k < s.length && s.charCodeAt(k) === 32) k++;
    const c = s.charCodeAt(k);
    if (c !== 34 && c !== 39) return;
    argument = true;
    i = k;
    op = 61;
  } else if ((op | 32) === 105 && (s.charCodeAt(i + 1) | 32) === 115 && s.charCodeAt(i + 2) === 32) {
    // Prose: `the API key is …`, `my password is …`.
    i += 2;
    op = 61;
    argument = true;
  }
  // `<apiKey>…</apiKey>`, `<entry key="auth.token">…</entry>`: the element's text is the value.
  let element = false;
  if (op === 58) {
    i++;
    if (s.charCodeAt(i) === 61) i++;
  } else if (argument) {
    // The value starts at `i`.
  } else if (op === 61) {
    i++;
    const n = s.charCodeAt(i);
    if (n === 61 || n === 126) return; // `==`, `=~` compare
    if (n === 62) i++;
  } else if (op === 62 && i === e + (q0 === 34 || q0 === 39 ? 1 : 0) && s.charCodeAt(b - 1) !== 45) {
    i++;
    element = true;
  } else if (s.charCodeAt(b - 1) === 60 && i > e && elementText(s, i) >= 0) {
    // `<Pass encoding="base64">…</Pass>`: the element's attributes first, then its text.
    i = elementText(s, i);
    element = true;
  } else if (i > e && ((s.charCodeAt(b) === 45 && s.charCodeAt(b + 1) === 45) || afterSet(s, b))) {
    // A long flag (`--password S3cret`, `--api-key …`) takes its value after a space, and so does
    // a setting named after `set` (`aws configure set aws_secret_access_key …`).
  } else {
    // The name as a field's value, its value in the next field: `name: API_TOKEN` then
    // `value: …` (Kubernetes, ECS), `<add key="ApiKey" value="…" />` (.NET settings).
    i = pairedValue(s, e);
    if (i < 0) return;
  }
  while (i < s.length && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  // A YAML tag before the value (`secret: !!binary …`, `token: !vault …`) types it; the value follows.
  if (s.charCodeAt(i) === 33) {
    let k = i + 1;
    while (k < s.length && k - i < 24 && s.charCodeAt(k) !== 32) k++;
    if (s.charCodeAt(k) === 32) {
      i = k;
      while (i < s.length && s.charCodeAt(i) === 32) i++;
    }
  }
  // `Authorization: Bearer <token>`: the scheme word says a credential follows, so a shorter one counts.
  let scheme = false;
  if (kind === 'authorization' || kind === 'auth') {
    const w = s.slice(i, i + 7).toLowerCase();
    scheme = true;
    if (w.startsWith('bearer ')) i += 7;
    else if (w.startsWith('basic ')) i += 6;
    else if (w.startsWith('token ')) i += 6;
    else scheme = false;
  }
  const q = s.charCodeAt(i);
  const quoted = !element && (q === 34 || q === 39 || q === 96);
  if (quoted) i++;
  const vs = i;
  const stop = Math.min(s.length, vs + 1025);
  let ve = vs;
  for (; ve < stop; ve++) {
    const c = s.charCodeAt(ve);
    if (
      quoted
        ? c === q
        : c === 60 ||
          c === 32 ||
          c === 9 ||
          c === 10 ||
          c === 13 ||
          c === 44 ||
          c === 59 ||
          c === 41 ||
          c === 125 ||
          c === 93 ||
          c === 34 ||
          c === 39 ||
          c === 38
    )
      break;
  }
  const len = ve - vs;
  if (len === 0 || len > 1024) return;
  if (scan.covered(vs, ve)) return;
  const v = s.slice(vs, ve);
  const first = v.charCodeAt(0);
  // References, not values: $VAR, ${…}, %(x)s, <…>, {{…}}, env lookups, calls.
  if (first === 36 || first === 37 || first === 60 || first === 123 || first === 91 || first === 40 || first === 64)
    return;
  if (ve < s.length && s.charCodeAt(ve) === 40) return;
  const lv = v.toLowerCase();
  if (lv.includes('env') || lv.includes('secrets.') || lv.includes('${') || lv.includes('(')) return;
  if (!quoted && isPropertyPath(v)) return;
  // `AdminPassword= Password=` (lines read joined): an empty value met the next setting, not a value.
  if (!quoted && /^[A-Za-z_]{3,32}=/.test(v)) return;
  if (lv.includes('://')) return;
  // The AWS secret key has its own shape.
  if ((name.includes('secretaccesskey') || name.includes('awssecret')) && len === 40 && /^[A-Za-z0-9/+]{40}$/.test(v)) {
    if (DOCUMENTED_EXAMPLES.has(v) || isPlaceholder(s, vs, ve)) return;
    scan.shape('secret.aws-secret-key', vs, ve, 4);
    return;
  }
  if (isPlaceholder(s, vs, ve) || isPlaceholderPassword(s, vs, ve)) return;
  let classes = 0;
  let digits = 0;
  let letters = 0;
  let lowerSeen = false;
  let upperSeen = false;
  let other = false;
  let hex = true;
  for (let k = 0; k < len; k++) {
    const c = v.charCodeAt(k);
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 97 && c <= 122) {
      letters++;
      lowerSeen = true;
      if (c > 102) hex = false;
    } else if (c >= 65 && c <= 90) {
      letters++;
      upperSeen = true;
      hex = false;
    } else {
      other = true;
      hex = false;
    }
  }
  classes = (digits > 0 ? 1 : 0) + (lowerSeen ? 1 : 0) + (upperSeen ? 1 : 0) + (other ? 1 : 0);
  const h = entropy(v, 0, len);
  if (PASSWORD_NAMES.includes(kind)) {
    // A long encoded password (an IDE's XOR-and-hex form) repeats few symbols yet is no stand-in.
    if (len < 8 || classes < 2 || h < (len >= 32 ? 2 : 2.5)) return;
    if (!quoted && digits === 0 && !other) return;
  } else if (kind === 'key') {
    // Mixed case and digits, not hex (a digest), long and near-uniform: a generated key.
    if (len < 20 || hex || digits === 0 || !lowerSeen || !upperSeen || h < 4) return;
  } else {
    // A random body of n characters reaches about log2(n) bits: short keys are judged against that.
    const floor = hex ? 3 : Math.min(3.5, 0.8 * Math.log2(len));
    if (len < (scheme ? 12 : 16) || digits === 0 || letters === 0 || h < floor) return;
  }
  scan.report(
    'secret.assigned-value',
    'medium',
    DESCRIPTIONS['secret.assigned-value'] as string,
    vs,
    ve,
    `${s.slice(b, Math.min(e, b + 40))}=${redact(s, vs, ve, 3)}`,
  );
}

/** A secret handed over through a channel built for it: a vault, a password manager, a one-time link. */
const SAFE_CHANNEL =
  /\b(?:through|via|using|with|in) (?:our |the |a |my |your |their )?(?:shared |team |company )?(?:vault|password manager|1password|bitwarden|keeper|lastpass|dashlane|secrets? manager|key ?vault|doppler|infisical|one-?time(?: secret)? link|onetimesecret)s?\b/i;
/** Places where a secret is read by anyone: no channel makes them safe. */
const OPEN_PLACE =
  /\b(?:public|gist|paste|pastebin|slack|discord|telegram|tweet|forum|e-?mail|unencrypted|plain ?text)\b/i;

/** Words a safe channel is named after (see {@link SAFE_CHANNEL}), and their place in the shared gate. */
const CHANNEL_WORDS = ['through', 'via', 'using'];
let channelBase = -1;

function scanSegment(segment: string, sink: FindingSink): void {
  if (channelBase < 0) channelBase = joinGate('secrets-channel', CHANNEL_WORDS);
  // `share the staging password with the contractor through our vault`: the channel keeps it secret.
  // The words are read in the shared gate's matches, which the scan below reads too.
  if (
    segment.length < 400 &&
    gateIncludes(gateMatches(segment), segment, channelBase, CHANNEL_WORDS) &&
    SAFE_CHANNEL.test(segment) &&
    !OPEN_PLACE.test(segment)
  )
    sink.settle?.('credential-exfiltration', 0, segment.length);
  const g = getGate();
  const tokens: number[] = [];
  const names: number[] = [];
  const m = gateMatches(segment);
  for (let i = 0; i < m.count; i++) {
    // casts drop `undefined`: i < m.count ≤ the match arrays' length
    const p = (m.pattern[i] as number) - g.base;
    if (p < 0 || p >= g.size) continue;
    const start = m.start[i] as number;
    if (g.codes[p] === 'name') names.push(start);
    else tokens.push(p, start);
  }
  if (tokens.length === 0 && names.length === 0) {
    const bare = new Scan(segment, sink);
    // A Discord bot token has no anchor of its own: its shape is read at each dot.
    if (segment.length >= 59 && segment.indexOf('.') >= 0) checkDiscordBot(bare, false);
    if (mayHoldPrefixed(segment)) scanPrefixedTokens(bare);
    if (mayHoldAssignment(segment)) scanAnyNameValues(bare);
    return;
  }
  const scan = new Scan(segment, sink);
  let discord = false;
  // casts drop `undefined`: tokens holds (pattern, start) pairs; a pattern is below g.size = g.codes.length
  for (let k = 0; k < tokens.length; k += 2) {
    const p = tokens[k] as number;
    const start = tokens[k + 1] as number;
    const code = g.codes[p] as string;
    if (!at(segment, code, start)) {
      if (code !== 'discord' && code !== 'sentry.io' && code !== '://' && !code.endsWith('/')) continue;
    }
    const list = g.formats[p];
    if (list) {
      for (const f of list) checkToken(scan, f, code, start);
      continue;
    }
    switch (code) {
      case 'eyJ':
        checkJwt(scan, start);
        break;
      case '-----BEGIN ':
        checkPrivateKey(scan, start);
        break;
      case '://':
        checkConnectionString(scan, start);
        break;
      case 'hooks.slack.com/services/':
        checkSlackWebhook(scan, start, code.length);
        break;
      case 'discord.com/api/webhooks/':
      case 'discordapp.com/api/webhooks/':
        checkDiscordWebhook(scan, start, code.length);
        break;
      case 'hooks.zapier.com/hooks/catch/':
        checkZapierHook(scan, start, code.length);
        break;
      case '-us':
        checkMailchimp(scan, start);
        break;
      case ':AA':
        checkTelegram(scan, start);
        break;
      case 'SG.':
        checkSendGrid(scan, start);
        break;
      case 'sig=':
        checkSas(scan, start);
        break;
      case 'sentry.io':
        checkSentryDsn(scan, start);
        break;
      case 'discord':
        discord = true;
        break;
      case ' -u ':
      case '--user ':
      case '--user=':
        checkUserPass(scan, start + code.length);
        break;
      case ' -p':
        checkAttachedPassword(scan, start + 3);
        break;
      case 'sshpass':
        checkSshpass(scan, start + 7);
        break;
      case '$1$':
      case '$5$':
      case '$6$':
      case '$2a$':
      case '$2b$':
      case '$2x$':
      case '$2y$':
      case '$apr1$':
      case '$y$':
      case '$argon2':
        checkPasswordHash(scan, code, start);
        break;
      case 'PuTTY-User-Key-File-':
        // `PuTTY-User-Key-File-3: ssh-ed25519` starts a PuTTY private key file.
        if (/^[23]: *(ssh-|ecdsa-)/.test(segment.slice(start + code.length, start + code.length + 12))) {
          scan.report(
            'secret.private-key',
            'high',
            DESCRIPTIONS['secret.private-key'] as string,
            start,
            segment.length,
            'PuTTY-User-Key-File',
          );
        }
        break;
    }
  }
  if (segment.length >= 59) checkDiscordBot(scan, discord);
  const last = { v: -1 };
  for (const n of names) checkAssignment(scan, n, last);
  // After the catalog and the named values, so a known format keeps its own id.
  if (mayHoldPrefixed(segment)) scanPrefixedTokens(scan);
  if (mayHoldAssignment(segment)) scanAnyNameValues(scan);
}

/** The cheap look before the any-name pass: room for a name and a 32-character value, and an operator. */
function mayHoldAssignment(segment: string): boolean {
  return segment.length >= 34 && (segment.indexOf('=') >= 0 || segment.indexOf(': ') >= 0);
}

/** The cheap look before the prefixed-token pass: long enough, and a `_` or `-` to close a prefix. */
function mayHoldPrefixed(segment: string): boolean {
  return segment.length >= 23 && (segment.indexOf('_') >= 0 || segment.indexOf('-') >= 0);
}

/** Every finding id the detector can report, for tests and documentation. */
export const SECRET_FINDING_IDS: readonly string[] = Object.freeze([
  ...new Set([...TOKEN_FORMATS.map((f) => f.id), ...STRUCTURED_FORMATS.map((f) => f.id)]),
]);

/** Credentials recognized by format, checksum and structure. */
export const secretsDetector: Detector = Object.freeze({
  name: 'secrets',
  scan: scanSegment,
});
