/**
 * The learned request scorer as a detector of its own: a linear model over hashed word and
 * character n-grams of the segment (`_intent-model.ts`), trained by `scripts/train-intent.ts` on
 * the detection corpus and the data under `data/`, with keyboard slips, text-speak, cut words,
 * encodings and frames put around dangerous and benign texts alike. It reads the request as a
 * whole, however it is spelled or wrapped, where the lexicons read words and structure. The
 * finding's category is the one a second, smaller model over the same features picks.
 *
 * The finding is a last resort (`LAST_RESORT` in `index.ts`): its risk counts only when nothing
 * else of at least `medium` severity was found in the request, so it never makes a flagged request
 * stricter.
 *
 * One band: at or above a threshold chosen on out-of-fold scores (at most 0.2% of benign training
 * texts above it) the segment is reported `medium`, which escalates on its own. No `low` band: a
 * `low` finding alone never changes a decision, and any finding on a segment stops the firewall's
 * second reading of it through typing slips. For the same reason a segment that has such a reading
 * is left to it. Only prose is scored (at most one token in eight code): commands, scripts and
 * code are parsed by the structural detectors. Reads at most the first 600 code units of a
 * segment, in linear time.
 *
 * @internal Not part of the public API.
 */
import { hasModel, lastCategory, lastProse, lastWords, score, threshold } from './_intent-model.js';
import { typoReading } from './_typo-reading.js';
import type { Detector, FindingSink } from './types.js';

/**
 * Fewest words a segment needs before it is scored: a shorter one gives the model too few features
 * to judge (a four-word question in a language the training data holds little of read as a request).
 */
const MIN_WORDS = 6;
/** Shortest segment worth scoring: six words of one letter and their spaces. */
const MIN_CHARS = 11;
/** Longest span reported as evidence. */
const SPAN_MAX = 80;

/** The id of this detector's finding. */
export const INTENT_MODEL_ID = 'intent.model';
const DESCRIPTION = 'reads as a dangerous request to the learned request scorer';

/**
 * A human gate put on the act: `may never unlock the door unless a person confirms`, `only after
 * the owner approves`. A request that writes such a guard asks for the safeguard; the scorer,
 * which reads the dangerous act's words, is not consulted on it.
 */
const HUMAN_GATE =
  /\b(?:unless|until|only\s+(?:after|when|if|once))\s+(?:(?:a|an|the|some)\s+)?(?:person|human|user|owner|admin|operator|resident|reviewer)\s+(?:first\s+|explicitly\s+|has\s+)?(?:confirms|confirmed|approves|approved|signs\s+off|okays|accepts)\b/i;
/** The act forbidden outright before its gate (`never`, `must not`, `may only`). */
const FORBIDDEN = /\b(?:never|not|cannot|can't|mustn't|won't|only)\b/i;

/** The learned-scorer detector. */
export const intentModelDetector: Detector = Object.freeze({
  name: 'intent-model',
  scan(segment: string, sink: FindingSink): void {
    if (segment.length < MIN_CHARS || !hasModel()) return;
    if (score(segment) < threshold() || lastWords() < MIN_WORDS || !lastProse()) return;
    const gate = HUMAN_GATE.exec(segment);
    if (gate !== null && FORBIDDEN.test(segment.slice(Math.max(0, gate.index - 120), gate.index))) return;
    let e = Math.min(segment.length, SPAN_MAX);
    const c = segment.charCodeAt(e - 1);
    if (e < segment.length && c >= 0xd800 && c <= 0xdbff) e--;
    const category = lastCategory();
    const report = () => sink.report(INTENT_MODEL_ID, category, 'medium', DESCRIPTION, 0, e, segment.slice(0, e));
    // A segment the firewall reads again through typing slips is left to that reading, where this
    // detector reads the corrected text; when that reading does not run (something else was found
    // as written), the finding on the text as written stands.
    if (typoReading(segment) !== null) sink.unlessReadThroughSlips?.(report);
    else report();
  },
});
