/**
 * Checks of requests and intents, the per-source rate limiter, and the text an intent is judged by.
 *
 * @internal Not part of the public API.
 */
import { LRUMap } from 'mnemonist';
import { guardRead, hasLoneSurrogate, isPlainObject, pickKnown, requireId } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { TokenBucket } from '../structures/index.js';

export interface CheckedRequest {
  id: string;
  content: string;
  /** The rate-limiting key: `metadata.source`, or '' for requests without one. */
  source: string;
  /** `kind: 'message'`: a conversational turn, not content that runs as written. */
  message: boolean;
}

/**
 * Validates a request (`content` required unless `contentOptional`).
 * @throws AegisError `INVALID_ARGUMENT` for a malformed request, `LIMIT_EXCEEDED` for content longer than `maxLength`
 */
export function checkRequest(
  origin: string,
  request: unknown,
  maxLength: number,
  contentOptional: boolean,
): CheckedRequest {
  if (!isPlainObject(request)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `request must be a plain object, got ${describe(request)}`);
  }
  const r = pickKnown(
    origin,
    'request',
    request,
    contentOptional ? ['id', 'content', 'metadata'] : ['id', 'content', 'kind', 'metadata'],
  );
  const id = requireId(origin, 'request.id', r.id);
  const kind = r.kind;
  if (kind !== undefined && kind !== 'action' && kind !== 'message') {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `request.kind must be 'action' or 'message', got ${describe(kind)}`,
    );
  }
  let content = '';
  const raw = r.content;
  if (raw !== undefined || !contentOptional) {
    if (typeof raw !== 'string') {
      throw new AegisError('INVALID_ARGUMENT', origin, `request.content must be a string, got ${describe(raw)}`);
    }
    content = raw;
    if (content.length > maxLength) {
      throw new AegisError(
        'LIMIT_EXCEEDED',
        origin,
        `request.content has ${content.length} code units; the limit is ${maxLength}`,
      );
    }
  }
  let source = '';
  const metadata = r.metadata;
  if (metadata !== undefined) {
    if (!isPlainObject(metadata)) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `request.metadata must be a plain object, got ${describe(metadata)}`,
      );
    }
    const meta = pickKnown(origin, 'request.metadata', metadata, ['timestamp', 'source', 'priority']);
    numberOrShortString(origin, 'request.metadata.timestamp', meta.timestamp);
    if (meta.source !== undefined) source = requireId(origin, 'request.metadata.source', meta.source);
    numberOrShortString(origin, 'request.metadata.priority', meta.priority);
  }
  return { id, content, source, message: kind === 'message' };
}

/** An optional informational field: a finite number or a string of up to 64 characters. */
function numberOrShortString(origin: string, name: string, v: unknown): void {
  if (v === undefined || (typeof v === 'number' && Number.isFinite(v))) return;
  if (typeof v === 'string' && v.length <= 64 && !hasLoneSurrogate(v)) return;
  throw new AegisError(
    'INVALID_ARGUMENT',
    origin,
    `${name} must be a finite number or a string of up to 64 characters, got ${describe(v)}`,
  );
}

const MAX_DEPTH = 16;
/**
 * Most values walked in one intent's parameters. Depth alone does not bound the walk: an object
 * that refers to the same child from every key is walked once per path (16 levels of 4 keys over a
 * shared child took 10 s), so the values visited are counted, as the Love Engine counts them.
 */
const MAX_NODES = 100_000;

/**
 * Validates an intent and renders the text its safety is judged by: the action, then every string,
 * number and boolean among its parameters (depth-first, in key order), one per line.
 * @throws AegisError `INVALID_ARGUMENT` for a malformed intent, `LIMIT_EXCEEDED` beyond `maxLength`
 */
export function renderIntent(origin: string, intent: unknown, maxLength: number): string {
  if (!isPlainObject(intent)) {
    throw new AegisError('INVALID_ARGUMENT', origin, `intent must be a plain object, got ${describe(intent)}`);
  }
  const i = pickKnown(origin, 'intent', intent, ['action', 'confidence', 'parameters']);
  const action = i.action;
  if (typeof action !== 'string' || action.length === 0 || action.length > 256) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `intent.action must be a string of 1–256 characters, got ${describe(action)}`,
    );
  }
  const c = i.confidence;
  if (c !== undefined && (typeof c !== 'number' || !Number.isFinite(c) || c < 0 || c > 1)) {
    throw new AegisError(
      'INVALID_ARGUMENT',
      origin,
      `intent.confidence must be a number in [0, 1], got ${describe(c)}`,
    );
  }
  const lines = [action];
  let length = action.length;
  let nodes = 0;
  const walk = (value: unknown, path: string, depth: number): void => {
    if (depth > MAX_DEPTH) {
      throw new AegisError('INVALID_ARGUMENT', origin, `${path} is nested deeper than ${MAX_DEPTH} levels (or cyclic)`);
    }
    if (++nodes > MAX_NODES) {
      throw new AegisError('LIMIT_EXCEEDED', origin, `intent.parameters holds more than ${MAX_NODES} values`);
    }
    if (value === null) return;
    if (
      typeof value === 'string' ||
      typeof value === 'boolean' ||
      (typeof value === 'number' && Number.isFinite(value))
    ) {
      const line = String(value);
      length += line.length + 1;
      if (length > maxLength) {
        throw new AegisError('LIMIT_EXCEEDED', origin, `the intent's text is longer than the limit of ${maxLength}`);
      }
      lines.push(line);
      return;
    }
    if (Array.isArray(value)) {
      // Length read once; every index is walked (a hole is `undefined`, refused), so each counts
      // toward MAX_NODES and a Proxy claiming a huge length cannot spin the loop on empty slots.
      const n = value.length;
      for (let k = 0; k < n; k++) walk(value[k], `${path}[${k}]`, depth + 1);
      return;
    }
    if (isPlainObject(value)) {
      for (const key of Object.keys(value)) walk(value[key], `${path}.${key}`, depth + 1);
      return;
    }
    throw new AegisError('INVALID_ARGUMENT', origin, `${path} must be JSON data, got ${describe(value)}`);
  };
  const parameters = i.parameters;
  if (parameters !== undefined) {
    if (!isPlainObject(parameters)) {
      throw new AegisError(
        'INVALID_ARGUMENT',
        origin,
        `intent.parameters must be a plain object, got ${describe(parameters)}`,
      );
    }
    // A getter or trap in the parameters that throws is refused like any malformed intent.
    guardRead(origin, 'intent.parameters', () => walk(parameters, 'intent.parameters', 0));
  }
  return lines.join('\n');
}

/** A token bucket per source, the least recently seen sources forgotten first beyond `maxSources`. */
export class RateLimiter {
  private readonly buckets: LRUMap<string, TokenBucket>;

  constructor(
    readonly capacity: number,
    readonly refillPerSecond: number,
    maxSources: number,
  ) {
    this.buckets = new LRUMap(maxSources);
  }

  /** Takes a token for `source` at `now`; returns 0 on success, else the milliseconds to wait. */
  take(source: string, now: number): number {
    let bucket = this.buckets.get(source);
    if (!bucket) {
      bucket = new TokenBucket({ capacity: this.capacity, refillPerSecond: this.refillPerSecond, now });
      this.buckets.set(source, bucket);
    }
    return bucket.tryTake(now) ? 0 : bucket.timeUntil(now);
  }
}
