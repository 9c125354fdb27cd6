/**
 * The checks `Aegis.process` makes before its first component call, so that a refused call changes
 * nothing anywhere, and the action's features as the Evolution Core counts them.
 *
 * @internal Not part of the public API.
 * @module
 */

import { isFeature, MAX_FEATURES } from '../_features.js';
import { isPlainObject, pickKnown, requireId } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import type { LoveEngine } from '../ethics/love-engine.js';
import type { EthicsAction } from '../ethics/types.js';
import type { ExperienceParameters, FeatureValue } from '../evolution/types.js';
import type { IntentFirewall } from '../firewall/intent-firewall.js';
import type { SafetyAssessment } from '../firewall/types.js';
import { copyPlainJson } from '../structures/plain-json.js';
import { rename } from './_options.js';
import type { PipelineRequest } from './types.js';

const ACTION_KEYS: readonly string[] = ['id', 'actionType', 'parameters', 'expectedOutcome'];

export interface CheckedInput {
  /** The request as read once: the components only ever see this snapshot (see {@link snapshot}). */
  readonly request: PipelineRequest;
  readonly requestId: string;
  /** `metadata.source` when it is a string (the firewall checks it before anything is logged). */
  readonly source: string | undefined;
  readonly action: EthicsAction;
  /** A copy of the action's features, taken now: `execute` may change the caller's object. */
  readonly features: ExperienceParameters | undefined;
  /** The firewall's judgement of the action itself: its type and parameters. */
  readonly actionSafety: SafetyAssessment;
}

/**
 * The request (or its metadata) as a new object, each own key read exactly once. The components read
 * the request several times (checks first, then the real work); a getter or a Proxy that answered
 * differently the second time would pass every check and fail after a rate-limit token was taken and
 * entries were written. Unknown keys are kept for the firewall to refuse in its own words (the
 * action's keys are the pipeline's, checked with `pickKnown`). O(keys).
 */
function snapshot(value: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    const v = value[key];
    // An own `__proto__` key is data: plain assignment would set the prototype instead.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value: v, enumerable: true, writable: true, configurable: true });
    else out[key] = v;
  }
  return out;
}

/**
 * The action's features as a new plain object, or `undefined` when it has none: the entries the
 * Evolution Core would count (its own rule, the first 16 top-level primitives with short keys and
 * values), which always fit its parameters limits. O(keys).
 */
function featuresOf(parameters: unknown): ExperienceParameters | undefined {
  if (!isPlainObject(parameters)) return undefined;
  let out: Record<string, FeatureValue> | undefined;
  let n = 0;
  for (const key of Object.keys(parameters)) {
    const value = parameters[key];
    if (!isFeature(key, value)) continue;
    out ??= {};
    // An own `__proto__` key is data: plain assignment would set the prototype instead.
    if (key === '__proto__')
      Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    else out[key] = value;
    if (++n === MAX_FEATURES) break;
  }
  return out;
}

/**
 * Checks what `process` was given, and judges the action with the firewall's `checkSafety` (which
 * changes nothing). The request is checked by the firewall's `validateRequest` itself, which refuses
 * a malformed one before it takes a rate-limit token, and is the first component call that changes
 * anything; its id is read here for the in-flight check. O(size of the action).
 *
 * @throws AegisError `INVALID_ARGUMENT` for a non-function executor, a non-object request or action,
 *   a bad request id; an action the Love Engine or the firewall's `checkSafety` refuses (with its
 *   code, renamed: parameters nested deeper than 16 levels, for instance)
 */
export function checkInput(
  origin: string,
  engine: LoveEngine,
  firewall: IntentFirewall,
  request: unknown,
  action: unknown,
  execute: unknown,
): CheckedInput {
  if (!isPlainObject(request)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `request must be a plain object, got ${describe(request)}`);
  }
  if (!isPlainObject(action)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `action must be a plain object, got ${describe(action)}`);
  }
  if (typeof execute !== 'function') {
    throw new AegisError('INVALID_ARGUMENT', origin, `execute must be a function, got ${describe(execute)}`);
  }
  const req = snapshot(request);
  if (isPlainObject(req.metadata)) req.metadata = snapshot(req.metadata);
  const requestId = requireId(origin, 'request.id', req.id);
  const meta = req.metadata;
  const source = isPlainObject(meta) && typeof meta.source === 'string' ? meta.source : undefined;
  // Unknown keys would be lost in the copy below: refuse them here, as the Love Engine would.
  const act = pickKnown(origin, 'action', action, ACTION_KEYS);
  // A literal of one shape, not a spread: V8 gives a spread copy a fresh hidden class, which is slow.
  const ethicsAction = {
    id: act.id === undefined ? requestId : (act.id as string),
    actionType: act.actionType as string,
    parameters: act.parameters,
    expectedOutcome: act.expectedOutcome as string | undefined,
  };
  if (ethicsAction.parameters !== null && typeof ethicsAction.parameters === 'object') {
    // Parameters are nested: one deep-frozen copy, read once, is what every component judges.
    try {
      ethicsAction.parameters = copyPlainJson(ethicsAction.parameters, { origin, name: 'action.parameters' });
    } catch (error) {
      // Not plain JSON: the Love Engine's own refusal names it best; the copy's when it passes.
      try {
        engine.assertValidAction(ethicsAction as EthicsAction);
      } catch (own) {
        throw rename(origin, 'action refused', own);
      }
      throw error;
    }
  }
  try {
    engine.assertValidAction(ethicsAction as EthicsAction);
  } catch (error) {
    throw rename(origin, 'action refused', error);
  }
  // The firewall judges the action too (its `checkSafety` takes no rate-limit token and changes
  // nothing): an innocent-sounding request must not carry `rm -rf /` in its parameters.
  const p = ethicsAction.parameters;
  const intent: { action: string; parameters?: unknown } = { action: ethicsAction.actionType };
  if (p !== undefined) intent.parameters = isPlainObject(p) ? p : { value: p };
  let actionSafety: SafetyAssessment;
  try {
    actionSafety = firewall.checkSafety(intent);
  } catch (error) {
    throw rename(origin, 'action refused by the firewall', error);
  }
  return {
    request: req as unknown as PipelineRequest,
    requestId,
    source,
    action: ethicsAction as EthicsAction,
    features: featuresOf(p),
    actionSafety,
  };
}
