/**
 * Three hallucination signals, word-aware: uncertainty markers
 * ("I think", "probably"), a contradiction ("but" together with "however"), and excessive precision
 * ("exactly" more than twice). Two or more signals flag the text. `button` is not `but`, and
 * `probablyCorrect` reads as two words, as everywhere in the engine.
 *
 * @internal Not part of the public API.
 */
import { hasLoneSurrogate, requireString } from '../_validate.js';
import { AegisError } from '../errors.js';
import { AhoCorasick } from '../structures/aho-corasick.js';
import { isWordCode } from '../text/normalize.js';
import { NormalizedView } from './_fast-normalize.js';
import type { HallucinationReport, HallucinationSignal } from './types.js';

/** Longest text accepted, in UTF-16 code units. */
export const MAX_HALLUCINATION_TEXT = 1 << 20;

const PATTERNS = ['i think', 'probably', 'but', 'however', 'exactly'];
const I_THINK = 0;
const PROBABLY = 1;
const BUT = 2;
const HOWEVER = 3;
const EXACTLY = 4;
/** "exactly" must occur more than this many times. */
const PRECISION_LIMIT = 2;

export class HallucinationDetector {
  private readonly matcher = new AhoCorasick(PATTERNS);
  private readonly view = new NormalizedView();

  /**
   * O(n) in the text.
   * @throws AegisError `INVALID_ARGUMENT` for a non-string or a lone surrogate; `LIMIT_EXCEEDED`
   *   past {@link MAX_HALLUCINATION_TEXT}
   */
  detect(origin: string, input: unknown): HallucinationReport {
    const text = requireString(origin, 'text', input);
    if (text.length > MAX_HALLUCINATION_TEXT) {
      throw new AegisError('LIMIT_EXCEEDED', origin, `text is longer than ${MAX_HALLUCINATION_TEXT} characters`);
    }
    if (hasLoneSurrogate(text)) throw new AegisError('INVALID_ARGUMENT', origin, 'text contains a lone surrogate');
    const view = this.view;
    const normalized = view.normalize(text);
    const found: string[][] = [[], [], [], [], []];
    // found has one list per pattern id, and the pattern constants are those ids
    this.matcher.forEachMatch(normalized, (pattern, s, e) => {
      if (s > 0 && isWordCode(normalized.charCodeAt(s - 1))) return;
      if (e < normalized.length && isWordCode(normalized.charCodeAt(e))) return;
      found[pattern]!.push(text.slice(view.start(s), view.end(e - 1)));
    });
    const signals: HallucinationSignal[] = [];
    const uncertainty = [...found[I_THINK]!, ...found[PROBABLY]!];
    if (uncertainty.length > 0) signals.push({ name: 'uncertainty', words: uncertainty });
    const buts = found[BUT]!;
    const howevers = found[HOWEVER]!;
    if (buts.length > 0 && howevers.length > 0) signals.push({ name: 'contradiction', words: [...buts, ...howevers] });
    const exactly = found[EXACTLY]!;
    if (exactly.length > PRECISION_LIMIT) signals.push({ name: 'precision', words: exactly });
    return { flagged: signals.length >= 2, signals };
  }
}
