/**
 * A key-shaped value assigned to any name, on a line of its own in an env, ini, properties or YAML
 * file (`NAME=value`, `export NAME="value"`, `name: value`). Config files hold credentials under
 * names no list foresees (a service's nickname, an internal codename); what gives them away is the
 * value: 32 or more base64 characters with upper, lower and digits, whose character class changes
 * as often as a generated value's does, with the entropy a random value of that length reaches.
 *
 * Kept apart: names that say the value is public or derived (an id, a hash, a digest, a
 * fingerprint, a public key, image or font data), values written with an algorithm prefix
 * (`sha384-…`), hex-only values (digests and commit ids), values that go on past the line's end
 * with other characters (URLs, paths, dotted names), and sequential filler (`abcd1234…`). Names
 * that are secret-like are read, with weaker values too, by the named-value reading of `secrets.ts`.
 *
 * One pass over the segment's lines; a line is read in at most its first 48 + 257 characters.
 *
 * @internal Not part of the public API.
 */
import type { TokenSink } from './_secret-prefixed.js';
import { entropy, isDigit, isLower, isPlaceholder, isUpper } from './_secret-text.js';

const DESCRIPTION = 'A generated-looking value (a key) is assigned in a config or env file';

/** Name words (lowercase, separators dropped) that say the value is public, derived or data. */
const NOT_SECRET_WORDS = [
  'hash',
  'sha',
  'md5',
  'checksum',
  'digest',
  'integrity',
  'etag',
  'nonce',
  'uuid',
  'guid',
  'version',
  'commit',
  'revision',
  'fingerprint',
  'public',
  'pubkey',
  'cert',
  'image',
  'img',
  'icon',
  'logo',
  'font',
  'data',
  'url',
  'uri',
  'path',
  'file',
];

const isNameChar = (c: number): boolean => isDigit(c) || isUpper(c) || isLower(c) || c === 95 || c === 46 || c === 45;
const isValueChar = (c: number): boolean =>
  isDigit(c) || isUpper(c) || isLower(c) || c === 43 || c === 47 || c === 61 || c === 95 || c === 45;

/** Scans each line of `sink.s` for `name = value` with a key-shaped value. */
export function scanAnyNameValues(sink: TokenSink): void {
  const s = sink.s;
  let line = 0;
  while (line < s.length) {
    let end = s.indexOf('\n', line);
    if (end < 0) end = s.length;
    readLine(sink, line, end);
    line = end + 1;
  }
}

function readLine(sink: TokenSink, start: number, end: number): void {
  const s = sink.s;
  let i = start;
  while (i < end && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i++;
  if (s.startsWith('export ', i)) i += 7;
  const nb = i;
  const c0 = s.charCodeAt(i);
  if (!(isUpper(c0) || isLower(c0) || c0 === 95)) return;
  while (i < end && i - nb < 48 && isNameChar(s.charCodeAt(i))) i++;
  const ne = i;
  while (i < end && s.charCodeAt(i) === 32) i++;
  const op = s.charCodeAt(i);
  if (op === 61) i++;
  else if (op === 58 && s.charCodeAt(i + 1) === 32) i += 2;
  else return;
  while (i < end && s.charCodeAt(i) === 32) i++;
  const q = s.charCodeAt(i);
  const quoted = q === 34 || q === 39;
  if (quoted) i++;
  const vs = i;
  while (i < end && i - vs < 257 && isValueChar(s.charCodeAt(i))) i++;
  const ve = i;
  const len = ve - vs;
  if (len < 32 || len > 256) return;
  // The value must end the line: past a closing quote, only blanks, `;`, `,` or a comment.
  if (quoted && s.charCodeAt(i) === q) i++;
  else if (quoted) return;
  while (i < end && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9 || s.charCodeAt(i) === 13)) i++;
  const tail = s.charCodeAt(i);
  if (i < end && tail !== 35 && tail !== 59 && tail !== 44) return;
  const name = s.slice(nb, ne).toLowerCase().replace(/[-_.]/g, '');
  if (name.endsWith('id') || NOT_SECRET_WORDS.some((w) => name.includes(w))) return;
  // An algorithm named before a digest (`sha384-…`, `md5:…`).
  if (/^(?:sha\d*|md5)[-:]/i.test(s.slice(vs, vs + 8))) return;
  let upper = 0;
  let lower = 0;
  let digits = 0;
  let changes = 0;
  let prev = -1;
  let hexOnly = true;
  for (let k = vs; k < ve; k++) {
    const c = s.charCodeAt(k);
    const cls = isDigit(c) ? 0 : isLower(c) ? 1 : isUpper(c) ? 2 : 3;
    if (cls === 0) digits++;
    else if (cls === 1) {
      lower++;
      if (c > 102) hexOnly = false;
    } else if (cls === 2) {
      upper++;
      hexOnly = false;
    } else hexOnly = false;
    if (prev >= 0 && cls !== prev) changes++;
    prev = cls;
  }
  if (hexOnly || upper === 0 || lower === 0 || digits === 0) return;
  // A generated value changes class about three times in five; words and camelCase far less.
  if (changes * 100 < (len - 1) * 45) return;
  if (entropy(s, vs, ve) < 4.3 || isPlaceholder(s, vs, ve)) return;
  sink.report(
    'secret.high-entropy-value',
    'medium',
    DESCRIPTION,
    vs,
    ve,
    `${s.slice(nb, Math.min(ne, nb + 40))}=${s.slice(vs, vs + 3)}…`,
  );
}
