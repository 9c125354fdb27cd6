/**
 * The structural detectors every `IntentFirewall` runs unless `detectors: false`, in the order
 * they run.
 *
 * @internal Not part of the public API.
 */
import { codeDetector } from './code.js';
import { conceptsDetector } from './concepts.js';
import { controlsDetector } from './controls.js';
import { encodingDetector } from './encoding.js';
import { exfiltrationDetector } from './exfiltration.js';
import { harmfulDetector } from './harmful.js';
import { injectionDetector } from './injection.js';
import { INTENT_MODEL_ID, intentModelDetector } from './intent-model.js';
import { jsonDetector } from './json.js';
import { persistenceDetector } from './persistence.js';
import { piiDetector } from './pii.js';
import { resourcesDetector } from './resources.js';
import { secretsDetector } from './secrets.js';
import { shellDetector } from './shell.js';
import { sqlDetector } from './sql.js';
import type { Detector } from './types.js';
import { windowsDetector } from './windows.js';

export const DEFAULT_DETECTORS: readonly Detector[] = Object.freeze([
  shellDetector,
  windowsDetector,
  persistenceDetector,
  sqlDetector,
  codeDetector,
  encodingDetector,
  injectionDetector,
  controlsDetector,
  secretsDetector,
  piiDetector,
  exfiltrationDetector,
  harmfulDetector,
  resourcesDetector,
  jsonDetector,
  conceptsDetector,
  intentModelDetector,
]);

/**
 * Finding ids whose risk counts only when nothing else of at least `medium` severity was found in
 * the request (see `judge` in `_verdict.ts`): the learned scorer escalates what the lexicons and
 * parsers miss, and never adds to what they found.
 */
export const LAST_RESORT: ReadonlySet<string> = new Set([INTENT_MODEL_ID]);
