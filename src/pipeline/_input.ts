/**
 * The checks `Aegis.process` makes before its first component call, so that a refused call changes
 * nothing anywhere, and the action's features as the Evolution Core counts them.
 *
 * @internal Not part of the public API.
 * @module
 */
import { isPlainObject, requireId } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import type { LoveEngine } from '../ethics/love-engine.js';
import type { EthicsAction } from '../ethics/types.js';
import { isFeature, MAX_FEATURES } from '../evolution/_context.js';
import type { ExperienceContext, FeatureValue } from '../evolution/types.js';
import type { IntentFirewall } from '../firewall/intent-firewall.js';
import type { SafetyAssessment } from '../firewall/types.js';
import { rename } from './_options.js';

const ACTION_KEYS: readonly string[] = ['id', 'actionType', 'parameters', 'expectedOutcome'];

export interface CheckedInput {
  readonly requestId: string;
  /** `metadata.source` when it is a string (the firewall checks it before anything is logged). */
  readonly source: string | undefined;
  readonly action: EthicsAction;
  /** A copy of the action's features, taken now: `execute` may change the caller's object. */
  readonly features: ExperienceContext | undefined;
  /** The firewall's judgement of the action itself: its type and parameters. */
  readonly actionSafety: SafetyAssessment;
}

/**
 * The action's features as a new plain object, or `undefined` when it has none: the entries the
 * Evolution Core would count (its own rule, the first 16 top-level primitives with short keys and
 * values), which always fit its context limits. O(keys).
 */
function featuresOf(parameters: unknown): ExperienceContext | undefined {
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
  const requestId = requireId(origin, 'request.id', request.id);
  const meta = request.metadata;
  const source = isPlainObject(meta) && typeof meta.source === 'string' ? meta.source : undefined;
  let ethicsAction = action as unknown as EthicsAction;
  if (action.id === undefined) {
    // Unknown keys would be lost in the copy: refuse them here, as the Love Engine would.
    for (const key of Object.keys(action)) {
      if (!ACTION_KEYS.includes(key)) {
        throw new AegisError(
          'INVALID_ARGUMENT',
          origin,
          `action has an unknown key ${JSON.stringify(key)}; known keys are ${ACTION_KEYS.join(', ')}`,
        );
      }
    }
    // A literal of one shape, not a spread: spreading a 3-key object measured ~1 µs on Node 20.
    ethicsAction = {
      id: requestId,
      actionType: action.actionType as string,
      parameters: action.parameters,
      expectedOutcome: action.expectedOutcome as string | undefined,
    } as EthicsAction;
  }
  try {
    engine.assertValidAction(ethicsAction);
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
  return { requestId, source, action: ethicsAction, features: featuresOf(p), actionSafety };
}
