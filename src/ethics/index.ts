/**
 * The Love Engine: explainable ethics scoring of agent actions.
 *
 * @module
 */

export { DEFAULT_ETHICS_LEXICON } from './default-lexicon.js';
export type { EthicsLexicon, EthicsLexiconEntry } from './lexicon.js';
export type { LoveEngineOptions } from './love-engine.js';
export { DEFAULT_WEIGHTS, LoveEngine } from './love-engine.js';
export { computeLoveMetric, entropyReduction } from './love-metric.js';
export type {
  AlignmentReport,
  DimensionEffects,
  EthicalDimension,
  EthicalDimensions,
  EthicalReason,
  EthicalScore,
  EthicsAction,
  EthicsAdjustment,
  EthicsField,
  EthicsOutcome,
  HallucinationReport,
  HallucinationSignal,
  HallucinationSignalName,
  LoveMetric,
  LoveState,
} from './types.js';
