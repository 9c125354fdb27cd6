/** Seeded text workloads shared by the suites. */
import type { Rng } from './rng.js';

/** Common words for benign filler text. */
export const BENIGN_WORDS = (
  'the of and to in is you that it he was for on are as with his they at be this have from or one had by word ' +
  'but not what all were we when your can said there use an each which she do how their if will up other about ' +
  'out many then them these so some her would make like him into time has look two more write go see number no ' +
  'way could people my than first water been call who oil its now find long down day did get come made may part ' +
  'please summarize the report read file list folder open document explain code review change update schedule ' +
  'meeting email draft reply customer order invoice data table column chart plot build test deploy branch commit ' +
  'merge issue ticket status weather calendar note task project budget plan result value query search answer'
).split(' ');

/** Non-ASCII words for the Unicode variant: Latin-1, Cyrillic, CJK and an astral emoji. */
export const NON_ASCII_WORDS = [
  'café',
  'naïve',
  'résumé',
  'привет',
  'данные',
  '日本語',
  '数据',
  '😀',
  'Größe',
  'ñandú',
];

/** A line of about `length` characters of benign words. */
export function benignLine(rng: Rng, length: number, nonAsciiRate = 0): string {
  const words: string[] = [];
  let n = 0;
  while (n < length) {
    const w = nonAsciiRate > 0 && rng.chance(nonAsciiRate) ? rng.pick(NON_ASCII_WORDS) : rng.pick(BENIGN_WORDS);
    words.push(w);
    n += w.length + 1;
  }
  return words.join(' ');
}

/** Inserts `needle` at a word boundary of `line`. */
export function insertAtWordBoundary(rng: Rng, line: string, needle: string): string {
  const spaces: number[] = [];
  for (let i = 0; i < line.length; i++) if (line[i] === ' ') spaces.push(i);
  const at = spaces.length > 0 ? rng.pick(spaces) : line.length;
  return `${line.slice(0, at)} ${needle}${line.slice(at)}`;
}
