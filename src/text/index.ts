/**
 * Shared text handling for the components that read what agents write: normalization that sees
 * through evasions and maps every character back to the original.
 *
 * @module
 */

export { compactCode, compactText } from './compact.js';
export { foldUnicode } from './fold.js';
export type { NormalizedChunk, NormalizedText, NormalizeOptions } from './normalize.js';
export { isWordCode, normalizeText, TextNormalizer } from './normalize.js';
