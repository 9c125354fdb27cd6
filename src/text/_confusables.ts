/**
 * Look-alike characters mapped to the ASCII letters and symbols they imitate, for characters that
 * Unicode compatibility decomposition (NFKD) leaves alone. Applied after lowercasing, so only
 * lowercase forms are listed (uppercase forms reach here lowercased).
 *
 * @internal Not part of the public API.
 *
 * Sources of the selection: the Latin look-alikes of Unicode's confusables data for the Cyrillic,
 * Greek, Armenian and Cherokee blocks, the Latin letters with strokes or hooks that NFKD does not
 * decompose, the small capitals of the phonetic extensions, and the dash, slash, quote and pipe
 * look-alikes used to disguise shell commands. Whole blocks of styled letters (parenthesized,
 * negative circled and squared, regional indicators) are read by {@link styledLetter}.
 */
const PAIRS: readonly (readonly [string, string])[] = [
  // Cyrillic
  ['а', 'a'],
  ['в', 'b'],
  ['с', 'c'],
  ['ԁ', 'd'],
  ['е', 'e'],
  ['ё', 'e'],
  ['һ', 'h'],
  ['і', 'i'],
  ['ї', 'i'],
  ['ј', 'j'],
  ['к', 'k'],
  ['ӏ', 'l'],
  ['м', 'm'],
  ['н', 'h'],
  ['о', 'o'],
  ['р', 'p'],
  ['ԛ', 'q'],
  ['г', 'r'],
  ['ѕ', 's'],
  ['т', 't'],
  ['џ', 'u'],
  ['ѵ', 'v'],
  ['ԝ', 'w'],
  ['х', 'x'],
  ['у', 'y'],
  ['ү', 'y'],
  ['ʐ', 'z'],
  ['ь', 'b'],
  ['ѡ', 'w'],
  // Greek
  ['α', 'a'],
  ['β', 'b'],
  ['ϲ', 'c'],
  ['δ', 'd'],
  ['ε', 'e'],
  ['η', 'n'],
  ['ι', 'i'],
  ['ϳ', 'j'],
  ['κ', 'k'],
  ['ν', 'v'],
  ['ο', 'o'],
  ['ρ', 'p'],
  ['τ', 't'],
  ['υ', 'u'],
  ['χ', 'x'],
  ['γ', 'y'],
  ['ω', 'w'],
  ['ζ', 'z'],
  ['σ', 'o'],
  // Armenian and Cherokee
  ['օ', 'o'],
  ['ս', 'u'],
  ['ց', 'g'],
  ['հ', 'h'],
  ['ո', 'n'],
  // Cherokee capitals lowercase to the small letters of U+AB70–U+ABBF; the table is keyed by the
  // lowercase form of each entry, so both are read.
  ['Ꭺ', 'a'],
  ['Ᏼ', 'b'],
  ['Ꮯ', 'c'],
  ['Ꭰ', 'd'],
  ['Ꭼ', 'e'],
  ['Ꮐ', 'g'],
  ['Ꮋ', 'h'],
  ['Ꭵ', 'i'],
  ['Ꭻ', 'j'],
  ['Ꮶ', 'k'],
  ['Ꮮ', 'l'],
  ['Ꮇ', 'm'],
  ['Ꮎ', 'o'],
  ['Ꮲ', 'p'],
  ['Ꭱ', 'r'],
  ['Ꮪ', 's'],
  ['Ꭲ', 't'],
  ['Ꮩ', 'v'],
  ['Ꮃ', 'w'],
  ['Ꮍ', 'y'],
  ['Ꮓ', 'z'],
  // Latin letters NFKD does not decompose, and IPA look-alikes
  ['ı', 'i'],
  ['ȷ', 'j'],
  ['ł', 'l'],
  ['ƚ', 'l'],
  ['ø', 'o'],
  ['đ', 'd'],
  ['ħ', 'h'],
  ['ŧ', 't'],
  ['ƀ', 'b'],
  ['ɡ', 'g'],
  ['ɑ', 'a'],
  ['ɩ', 'i'],
  ['ɛ', 'e'],
  ['ʊ', 'u'],
  ['ɔ', 'o'],
  // Latin letters with hooks (capitals lowercase to these)
  ['ɓ', 'b'],
  ['ƈ', 'c'],
  ['ɗ', 'd'],
  ['ɖ', 'd'],
  ['ƒ', 'f'],
  ['ɠ', 'g'],
  ['ɦ', 'h'],
  ['ƙ', 'k'],
  ['ɭ', 'l'],
  ['ɱ', 'm'],
  ['ɲ', 'n'],
  ['ɳ', 'n'],
  ['ƥ', 'p'],
  ['ʠ', 'q'],
  ['ɽ', 'r'],
  ['ʂ', 's'],
  ['ƭ', 't'],
  ['ʈ', 't'],
  ['ʋ', 'v'],
  ['ƴ', 'y'],
  ['ȥ', 'z'],
  // Lisu letters drawn as Latin capitals
  ['ꓐ', 'b'],
  ['ꓑ', 'p'],
  ['ꓒ', 'd'],
  ['ꓓ', 'd'],
  ['ꓔ', 't'],
  ['ꓖ', 'g'],
  ['ꓗ', 'k'],
  ['ꓙ', 'j'],
  ['ꓚ', 'c'],
  ['ꓜ', 'z'],
  ['ꓝ', 'f'],
  ['ꓟ', 'm'],
  ['ꓠ', 'n'],
  ['ꓡ', 'l'],
  ['ꓢ', 's'],
  ['ꓣ', 'r'],
  ['ꓦ', 'v'],
  ['ꓧ', 'h'],
  ['ꓪ', 'w'],
  ['ꓫ', 'x'],
  ['ꓬ', 'y'],
  ['ꓮ', 'a'],
  ['ꓰ', 'e'],
  ['ꓲ', 'i'],
  ['ꓳ', 'o'],
  ['ꓴ', 'u'],
  // Canadian syllabics of the "fancy text" styles, drawn as Latin capitals
  ['ᗩ', 'a'],
  ['ᗷ', 'b'],
  ['ᑕ', 'c'],
  ['ᗪ', 'd'],
  ['ᖴ', 'f'],
  ['ᕼ', 'h'],
  ['ᒍ', 'j'],
  ['ᒪ', 'l'],
  ['ᗰ', 'm'],
  ['ᑎ', 'n'],
  ['ᑭ', 'p'],
  ['ᑫ', 'q'],
  ['ᖇ', 'r'],
  ['ᔕ', 's'],
  ['ᑌ', 'u'],
  ['ᐯ', 'v'],
  ['ᗯ', 'w'],
  ['᙭', 'x'],
  ['ᘔ', 'z'],
  // Small capitals (a text style of their own: NFKD leaves them)
  ['ᴀ', 'a'],
  ['ʙ', 'b'],
  ['ᴄ', 'c'],
  ['ᴅ', 'd'],
  ['ᴇ', 'e'],
  ['ꜰ', 'f'],
  ['ɢ', 'g'],
  ['ʜ', 'h'],
  ['ɪ', 'i'],
  ['ᴊ', 'j'],
  ['ᴋ', 'k'],
  ['ʟ', 'l'],
  ['ᴍ', 'm'],
  ['ɴ', 'n'],
  ['ᴏ', 'o'],
  ['ᴘ', 'p'],
  ['ʀ', 'r'],
  ['ꜱ', 's'],
  ['ᴛ', 't'],
  ['ᴜ', 'u'],
  ['ᴠ', 'v'],
  ['ᴡ', 'w'],
  ['ʏ', 'y'],
  ['ᴢ', 'z'],
  ['ß', 'ss'],
  ['æ', 'ae'],
  ['œ', 'oe'],
  // Symbols used to disguise commands and paths
  ['‐', '-'],
  ['‑', '-'],
  ['‒', '-'],
  ['–', '-'],
  ['—', '-'],
  ['―', '-'],
  ['−', '-'],
  ['⁃', '-'],
  ['∕', '/'],
  ['⁄', '/'],
  ['⧸', '/'],
  ['∖', '\\'],
  ['⧵', '\\'],
  ['∣', '|'],
  ['ǀ', '|'],
  ['│', '|'],
  ['｜', '|'],
  ['‘', "'"],
  ['’', "'"],
  ['‚', "'"],
  ['‛', "'"],
  ['′', "'"],
  ['´', "'"],
  ['“', '"'],
  ['”', '"'],
  ['„', '"'],
  ['‟', '"'],
  ['″', '"'],
  ['˸', ':'],
  ['꞉', ':'],
  ['∶', ':'],
  ['；', ';'],
  ['⁏', ';'],
  ['‧', '.'],
  ['∙', '.'],
  ['․', '.'],
];

/**
 * Capitals that imitate another Latin letter than their small letter does, read before
 * lowercasing: Greek `Μ` is drawn as `M` (`μ` as no Latin letter), Armenian `Տ` as `S`.
 */
const CAPITALS: ReadonlyMap<number, string> = new Map([
  [0x39c, 'm'], // Μ
  [0x3d2, 'y'], // ϒ
  [0x54f, 's'], // Տ
]);

/** The plain lowercase letter a capital look-alike draws when its small letter draws none or another, or undefined. */
export function capitalConfusable(codePoint: number): string | undefined {
  return CAPITALS.get(codePoint);
}

/**
 * Capitals drawn as one Latin capital whose small letters imitate another: Greek `Η` is drawn as
 * `H` but `η` as `n`, `Ν` as `N` but `ν` as `v`, `Υ` as `Y` but `υ` as `u`. Normalization reads
 * them as their small letters, so that the case of a look-alike never matters; the Unicode fold,
 * a second reading, reads one as drawn in a word written in capitals (`IGΝORE`, not `YoΥr`).
 */
const DRAWN_CAPITALS: ReadonlyMap<number, string> = new Map([
  [0x397, 'h'], // Η
  [0x39d, 'n'], // Ν
  [0x3a5, 'y'], // Υ
]);

/** The Latin letter a capital of {@link DRAWN_CAPITALS} is drawn as, or undefined. */
export function drawnCapital(codePoint: number): string | undefined {
  return DRAWN_CAPITALS.get(codePoint);
}

let table: Map<number, string> | undefined;

/** The replacement of a lowercase look-alike code point, or undefined. Built on first use. */
export function confusable(codePoint: number): string | undefined {
  table ??= new Map(PAIRS.map(([from, to]) => [from.toLowerCase().codePointAt(0) as number, to] as const));
  return table.get(codePoint);
}

/**
 * Blocks of letters drawn in a style that NFKD leaves alone or spells with punctuation, as
 * (first code point, last code point) pairs, each running `a` to `z`: parenthesized letters (NFKD
 * writes `⒜` as `(a)`), negative circled and negative squared letters, and regional indicator
 * symbols (a flag is two of them; one by one they are letters).
 */
const STYLED = [0x249c, 0x24b5, 0x1f150, 0x1f169, 0x1f170, 0x1f189, 0x1f1e6, 0x1f1ff] as const;

/**
 * The plain lowercase letter a styled letter code point draws (see {@link STYLED}), or undefined.
 * Read before decomposition, so that `⒤⒢⒩` reads `ign` rather than `(i)(g)(n)`.
 */
export function styledLetter(codePoint: number): string | undefined {
  if (codePoint < 0x249c) return undefined;
  for (let i = 0; i < STYLED.length; i += 2) {
    const first = STYLED[i] as number;
    if (codePoint >= first && codePoint <= (STYLED[i + 1] as number))
      return String.fromCharCode(0x61 + codePoint - first);
  }
  return undefined;
}
