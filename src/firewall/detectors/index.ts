/**
 * The structural detectors every `IntentFirewall` runs unless `detectors: false`, in the order
 * they run.
 *
 * @internal Not part of the public API.
 */
import { codeDetector } from './code.js';
import { sqlDetector } from './sql.js';
import type { Detector } from './types.js';
import { windowsDetector } from './windows.js';

export const DEFAULT_DETECTORS: readonly Detector[] = Object.freeze([sqlDetector, codeDetector, windowsDetector]);
