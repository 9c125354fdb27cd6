/**
 * The adapters' arguments, checked once and read once: the pipeline must be an `Aegis`, and the
 * options a plain object of the known keys with the right types.
 *
 * @internal Not part of the public API.
 */
import { checkOptions, oneOf, optionalBoolean } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { Aegis } from '../pipeline/aegis.js';

/** Every option an adapter takes; each adapter accepts a subset. */
export interface AdapterOptions {
  responder?: string;
  source?: string;
  whenAsked?: 'wait' | 'deny';
  whenUnasked?: 'wait' | 'deny';
  intent?: boolean;
}

type Key = keyof AdapterOptions;
const WHEN = ['wait', 'deny'] as const;

function text(origin: string, name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value.length === 0 || value.length > 256) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `${name} must be a string of 1–256 characters, got ${describe(value)}`,
    );
  }
  return value;
}

/**
 * Checks `aegis` and reads `options` (only `keys` allowed) into a new object.
 * @throws AegisError `INVALID_ARGUMENT` for anything else
 */
export function adapterArgs(origin: string, aegis: unknown, options: unknown, keys: readonly Key[]): AdapterOptions {
  if (!(aegis instanceof Aegis)) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `aegis must be a pipeline from createAegis(), got ${describe(aegis)}`,
    );
  }
  const o = checkOptions(origin, options, keys);
  const out: AdapterOptions = {};
  const responder = text(origin, 'options.responder', o.responder);
  if (responder !== undefined) out.responder = responder;
  const source = text(origin, 'options.source', o.source);
  if (source !== undefined) out.source = source;
  if (o.whenAsked !== undefined) out.whenAsked = oneOf(origin, 'options.whenAsked', o.whenAsked, WHEN);
  if (o.whenUnasked !== undefined) out.whenUnasked = oneOf(origin, 'options.whenUnasked', o.whenUnasked, WHEN);
  if (o.intent !== undefined) out.intent = optionalBoolean(origin, 'options.intent', o.intent, true);
  return out;
}
