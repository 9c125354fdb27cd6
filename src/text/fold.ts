/**
 * A light Unicode fold for readers that need the text's structure intact (quotes, backslashes,
 * case, spacing): compatibility forms (fullwidth, mathematical letters, ligatures) and look-alike
 * letters become their ASCII twins, combining marks go, invisible format characters go, and other
 * whitespace becomes a space. Unlike {@link normalizeText}, ASCII is left exactly as it is.
 *
 * @module
 */
import { requireString } from '../_validate.js';
import { capitalConfusable, confusable, drawnCapital, styledLetter } from './_confusables.js';

const MARKS = /\p{M}/gu;
const FORMAT = /[\p{Cf}\p{Cc}]/u;
const SPACE = /\p{White_Space}/u;
const CAPITAL = /\p{Lu}/u;
const LETTER = /\p{L}/u;

/** Whether a letter between `before` and `after` stands in a word written in capitals. */
function inCapitals(before: string, after: string): boolean {
  const a = CAPITAL.test(before);
  const b = CAPITAL.test(after);
  return (a || b) && (a || !LETTER.test(before)) && (b || !LETTER.test(after));
}
/** Letters that render as nothing (Hangul fillers, braille blank). */
const INVISIBLE = new Set([0x115f, 0x1160, 0x3164, 0xffa0, 0x2800]);
const CACHE_LIMIT = 4096;
const cache = new Map<number, string>();

function foldCodePoint(cp: number): string {
  const known = cache.get(cp);
  if (known !== undefined) return known;
  const ch = String.fromCodePoint(cp);
  let out: string;
  if (INVISIBLE.has(cp) || FORMAT.test(ch)) out = SPACE.test(ch) ? ' ' : '';
  else if (SPACE.test(ch)) out = ' ';
  else if (styledLetter(cp) !== undefined) out = styledLetter(cp) as string;
  else if (capitalConfusable(cp) !== undefined) out = capitalConfusable(cp) as string;
  else {
    const folded = ch.normalize('NFKD').replace(MARKS, '');
    out = '';
    for (const c of folded) {
      const code = c.codePointAt(0) as number;
      out += code < 0x80 ? c : (confusable(c.toLowerCase().codePointAt(0) as number) ?? c);
    }
  }
  if (cache.size < CACHE_LIMIT) cache.set(cp, out);
  return out;
}

/**
 * `text` folded as described above, or `null` when it has nothing outside ASCII (the common case,
 * answered without allocating). Lone surrogates are kept as they are. O(text).
 * @throws AegisError `INVALID_ARGUMENT` for a value that is not a string
 *
 * @example
 * ```ts
 * foldUnicode('ｒｍ -rf /'); // 'rm -rf /'
 * foldUnicode('r\u200bm'); // 'rm'
 * foldUnicode('rm -rf /'); // null
 * ```
 */
export function foldUnicode(text: string): string | null {
  requireString('foldUnicode', 'text', text);
  let i = 0;
  const n = text.length;
  while (i < n && text.charCodeAt(i) < 0x80) i++;
  if (i === n) return null;
  let out = text.slice(0, i);
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      out += text[i];
      i++;
      continue;
    }
    const cp = text.codePointAt(i) as number;
    const width = cp > 0xffff ? 2 : 1;
    const drawn = cp >= 0x397 && cp <= 0x3a5 ? drawnCapital(cp) : undefined;
    if (drawn !== undefined && inCapitals(text.charAt(i - 1), text.charAt(i + 1))) out += drawn;
    else out += cp >= 0xd800 && cp <= 0xdfff ? text[i] : foldCodePoint(cp);
    i += width;
  }
  return out;
}
