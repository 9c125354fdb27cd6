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
/**
 * Letters that render as a blank (Hangul fillers, braille blank): they vanish inside a word, and
 * read as a space right after a word and before a sign (`Name\u3164-Flag`, `cat\u3164/etc`); once
 * one has, the text uses them as spaces and every later one reads as a space.
 */
const INVISIBLE = new Set([0x115f, 0x1160, 0x3164, 0xffa0, 0x2800]);
const WORD = /[\p{L}\p{N}_]/u;

/**
 * Whether the filler ending `out` and followed by `text[from…]` separates a word from a sign:
 * 1 when it does, else minus the index of the first character after the fillers in a row (which
 * all vanish; `-from` when what precedes is no word). One look per row keeps the fold linear.
 */
function fillerGap(out: string, text: string, from: number): number {
  const before = out.charAt(out.length - 1);
  if (before === '' || !WORD.test(before)) return -from;
  let j = from;
  for (; j < text.length; j++) {
    const d = text.charCodeAt(j);
    if (d < 0x80) return WORD.test(text.charAt(j)) ? -j : 1;
    if (d >= 0xd800 && d <= 0xdfff) return -j;
    const next = INVISIBLE.has(d) ? '' : foldCodePoint(d);
    if (next.length > 0) return WORD.test(next.charAt(0)) ? -j : 1;
  }
  return -j;
}
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
  let fillerSpaces = false;
  let quietUntil = 0;
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
    else if (INVISIBLE.has(cp)) {
      if (!fillerSpaces && i >= quietUntil) {
        const gap = fillerGap(out, text, i + 1);
        if (gap === 1) fillerSpaces = true;
        else quietUntil = -gap;
      }
      if (fillerSpaces) out += ' ';
    } else out += cp >= 0xd800 && cp <= 0xdfff ? text[i] : foldCodePoint(cp);
    i += width;
  }
  return out;
}
