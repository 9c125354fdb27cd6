/**
 * Turns an action into one text for one matcher pass: the action type, every parameter key and
 * string value, and the expected outcome, each a segment joined by ` ; ` (punctuation, so no phrase
 * and no negation crosses from one segment into the next). A key and its scalar value share a
 * segment as `key: value`, so `{ consent: false }` reads "consent: false" and the value can negate
 * the key. The walk is safe on hostile input: cycles, depth, size, non-JSON values and lone
 * surrogates are refused with the path to the culprit before anything is scored.
 *
 * @internal Not part of the public API.
 */
import { isPlainObject, readFailure } from '../_validate.js';
import { AegisError } from '../errors.js';
import { grown } from './_grow.js';
import type { EthicsField } from './types.js';

/** Limits on one action's text. */
export const ACTION_LIMITS = Object.freeze({ textLength: 1 << 20, depth: 64, nodes: 100_000 });

export const SEPARATOR = ' ; ';
/** Largest segment buffers kept between actions. */
const KEEP = 4096;
export const FIELDS: readonly EthicsField[] = ['actionType', 'parameters', 'expectedOutcome'];
const ACTION_TYPE = 0;
const PARAMETERS = 1;
const OUTCOME = 2;

const LONE_SURROGATE = /\p{Surrogate}/u;
const ANY_SURROGATE = /[\ud800-\udfff]/;

function pointerToken(key: string): string {
  return key.includes('~') || key.includes('/') ? key.replace(/~/g, '~0').replace(/\//g, '~1') : key;
}

/** The joined text of one action and where each segment starts in it; buffers are reused. */
export class ActionText {
  text = '';
  /** Segments in `text`; the arrays are reused and longer than `count`. */
  count = 0;
  /** Start offset of each segment in `text`. */
  starts = new Int32Array(16);
  /** Field of each segment (index into {@link FIELDS}). */
  fields = new Uint8Array(16);
  /** JSON Pointer of each segment within `parameters` (`''` elsewhere). */
  readonly paths: string[] = [];
  private nodes = 0;
  private readonly pieces: string[] = [];
  /** Length of the text joined so far. */
  private length = 0;
  private readonly ancestors: object[] = [];
  private origin = '';

  /**
   * Builds the text of an action whose `actionType` and `expectedOutcome` are already checked.
   * @throws AegisError `INVALID_ARGUMENT` for parameters that are not plain JSON or text with a lone
   *   surrogate; `LIMIT_EXCEEDED` past {@link ACTION_LIMITS}
   */
  build(origin: string, actionType: string, parameters: unknown, expectedOutcome: string | undefined): void {
    this.origin = origin;
    this.text = '';
    this.length = 0;
    if (this.starts.length > KEEP) {
      // Drop what a huge action grew, so that one such action does not pin its text.
      this.starts = new Int32Array(16);
      this.fields = new Uint8Array(16);
      this.pieces.length = 0;
      this.paths.length = 0;
    }
    this.count = 0;
    if (this.ancestors.length > 0) this.ancestors.length = 0; // left over by a refused walk
    this.nodes = 0;
    this.segment(ACTION_TYPE, '', actionType);
    if (parameters !== undefined) {
      try {
        if (this.check(parameters, '', 0)) this.walk(parameters as object, '', 0);
        else if (typeof parameters === 'string') this.segment(PARAMETERS, '', parameters);
      } catch (error) {
        // A getter or Proxy trap in the parameters that throws is refused as bad input; the
        // buffers it left half-filled are reset by the next build.
        throw readFailure(origin, 'action.parameters', error);
      }
    }
    if (expectedOutcome !== undefined && expectedOutcome.length > 0) this.segment(OUTCOME, '', expectedOutcome);
    // One join makes a flat string; `+=` would make a rope, which every later character read
    // (normalizing, matching) pays for: 20% of a 500-character evaluation.
    const pieces = this.pieces;
    if (pieces.length !== this.count) pieces.length = this.count;
    // count === 1 means one piece was pushed
    this.text = this.count === 1 ? pieces[0]! : pieces.join(SEPARATOR);
    // The Unicode-aware test is slow (a sixth of an evaluation when run on every text); a plain
    // range test rules out almost every text first.
    if (ANY_SURROGATE.test(this.text) && LONE_SURROGATE.test(this.text)) this.refuseSurrogate();
  }

  /** The segment holding text offset `at` (binary search). */
  segmentAt(at: number): number {
    const s = this.starts;
    let lo = 0;
    let hi = this.count - 1;
    // 0 ≤ lo ≤ mid ≤ hi < count = the number of starts
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (s[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private segment(field: number, path: string, piece: string): void {
    const sep = this.count === 0 ? 0 : SEPARATOR.length;
    if (this.length + sep + piece.length > ACTION_LIMITS.textLength) {
      const where = field === PARAMETERS ? `parameters${path}` : FIELDS[field];
      throw new AegisError(
        'LIMIT_EXCEEDED',
        this.origin,
        `the action's text exceeds ${ACTION_LIMITS.textLength} characters at ${where}`,
        { path: where },
      );
    }
    this.length += sep;
    const i = this.count++;
    if (i >= this.starts.length) {
      this.starts = grown(this.starts, i + 1);
      this.fields = grown(this.fields, i + 1);
    }
    this.starts[i] = this.length;
    this.fields[i] = field;
    this.paths[i] = path;
    this.pieces[i] = piece;
    this.length += piece.length;
  }

  private fail(code: 'INVALID_ARGUMENT' | 'LIMIT_EXCEEDED', path: string, what: string): never {
    const where = `parameters${path}`;
    throw new AegisError(code, this.origin, `${where} ${what}`, { path: where });
  }

  /** Checks a value that carries no words (or fails); true for a container to descend into. */
  private check(value: unknown, path: string, depth: number): boolean {
    if (++this.nodes > ACTION_LIMITS.nodes) {
      this.fail('LIMIT_EXCEEDED', path, `makes the parameters larger than ${ACTION_LIMITS.nodes} values`);
    }
    switch (typeof value) {
      case 'string':
      case 'boolean':
        return false;
      case 'number':
        if (!Number.isFinite(value)) this.fail('INVALID_ARGUMENT', path, `is ${value}, which JSON cannot represent`);
        return false;
      case 'object': {
        if (value === null) return false;
        if (depth >= ACTION_LIMITS.depth) {
          this.fail('LIMIT_EXCEEDED', path, `is nested deeper than ${ACTION_LIMITS.depth} levels`);
        }
        if (!Array.isArray(value) && !isPlainObject(value)) {
          const kind = (value as { constructor?: { name?: string } }).constructor?.name ?? 'non-plain';
          this.fail('INVALID_ARGUMENT', path, `is a ${kind} object, not plain JSON data`);
        }
        if (this.ancestors.includes(value)) {
          this.fail('INVALID_ARGUMENT', path, 'is a cycle (an object that contains itself)');
        }
        return true;
      }
      case 'undefined':
        return this.fail('INVALID_ARGUMENT', path, 'is undefined, which JSON cannot represent');
      case 'bigint':
        return this.fail('INVALID_ARGUMENT', path, 'is a BigInt, which JSON cannot represent');
      case 'function':
        return this.fail('INVALID_ARGUMENT', path, 'is a function, not data');
      default:
        return this.fail('INVALID_ARGUMENT', path, 'is a symbol, not data');
    }
  }

  /** Walks a container that {@link check} accepted. */
  private walk(container: object, path: string, depth: number): void {
    this.ancestors.push(container);
    if (Array.isArray(container)) {
      // Length read once; every index counts toward the node limit, holes included.
      const n = container.length;
      for (let i = 0; i < n; i++) {
        const child = container[i] as unknown;
        const childPath = `${path}/${i}`;
        if (this.check(child, childPath, depth + 1)) this.walk(child as object, childPath, depth + 1);
        else if (typeof child === 'string') this.segment(PARAMETERS, childPath, child);
      }
    } else {
      const record = container as Record<string, unknown>;
      for (const key of Object.keys(record)) {
        const child = record[key];
        const childPath = `${path}/${pointerToken(key)}`;
        const descend = this.check(child, childPath, depth + 1);
        if (typeof child === 'string') this.segment(PARAMETERS, childPath, `${key}: ${child}`);
        else if (typeof child === 'boolean')
          this.segment(PARAMETERS, childPath, child ? `${key}: true` : `${key}: false`);
        else this.segment(PARAMETERS, childPath, key);
        if (descend) this.walk(child as object, childPath, depth + 1);
      }
    }
    this.ancestors.pop();
  }

  private refuseSurrogate(): never {
    const match = LONE_SURROGATE.exec(this.text);
    const seg = this.segmentAt(match ? match.index : 0);
    // segmentAt returns a segment index below count
    const field = this.fields[seg]!;
    const where = field === PARAMETERS ? `parameters${this.paths[seg]}` : FIELDS[field];
    throw new AegisError('INVALID_ARGUMENT', this.origin, `${where} contains a lone surrogate (not valid Unicode)`, {
      path: where,
    });
  }
}
