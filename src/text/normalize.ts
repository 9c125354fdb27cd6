/**
 * Text normalization that sees through evasions while remembering where every character came from.
 *
 * @module
 */
import { checkOptions, optionalBoolean } from '../_validate.js';
import { AegisError, describe } from '../errors.js';
import { capitalConfusable, confusable, styledLetter } from './_confusables.js';

export interface NormalizeOptions {
  /**
   * Undo shell obfuscation (default true): quotes and backslashes inside words are dropped
   * (`r''m`, `"rm"`, `\r\m` → `rm`), `$IFS` and `${IFS}` read as a space, `$@`, `$*`, `${@}` and
   * `${*}` (which expand to nothing) are dropped.
   */
  shell?: boolean;
  /**
   * Split identifiers into words (default false): a lowercase letter or digit followed by an
   * uppercase letter gets a space between (`userPasswords` → `user passwords`), and `_` becomes a
   * space (`delete_system` → `delete system`).
   */
  splitIdentifiers?: boolean;
}

/**
 * A normalized text that remembers where each of its UTF-16 code units came from in the original.
 * Spans never go backwards, so a match `[s, e)` in `text` came from the original span
 * `span(s, e)`, and that original text normalizes to the match again.
 */
export interface NormalizedText {
  readonly original: string;
  readonly text: string;
  /** The original span of the normalized span `[start, end)` (an empty span when start === end). */
  span(start: number, end: number): { start: number; end: number };
}

/** One piece of normalized output from {@link TextNormalizer}, with absolute offsets. */
export interface NormalizedChunk {
  /** Normalized code units produced by this call. */
  readonly text: string;
  /** Offset of `text[0]` in the whole normalized stream. */
  readonly offset: number;
  /** Original spans (offsets in the whole original stream) of each code unit of `text`. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const DEFAULTS: NormalizeOptions = Object.freeze({});
/** Longest piece of input normalized in one go (see {@link TextNormalizer.push}). */
const SLICE = 8192;
const SPACE = 0x20;
const DOLLAR = 0x24;

/** Per ASCII code: 0 emit (lowercased), 1 whitespace, 2 quote or backslash, 3 control (dropped). */
let asciiKind: Uint8Array | undefined;

function asciiKinds(): Uint8Array {
  if (asciiKind) return asciiKind;
  const k = new Uint8Array(128);
  for (let c = 0; c < 32; c++) k[c] = 3;
  k[127] = 3;
  for (const c of [0x09, 0x0a, 0x0b, 0x0c, 0x0d, SPACE]) k[c] = 1;
  for (const c of [0x22, 0x27, 0x5c, 0x60]) k[c] = 2; // " ' \ `
  asciiKind = k;
  return k;
}

/** Kinds of source letter for identifier splitting. */
const OTHER = 0;
const LOWER = 1;
const UPPER = 2;
const DIGIT = 3;

interface Mapped {
  /** What the code point becomes (possibly empty, possibly several code units). */
  out: string;
  /** Its letter kind, for identifier splitting. */
  kind: number;
}

const MARKS = /\p{M}/gu;
const FORMAT = /[\p{Cf}\p{Cc}]/u;
const UPPERCASE = /\p{Lu}/u;
const LOWERCASE = /\p{Ll}/u;
const NUMBER = /\p{N}/u;
const WORD = /[\p{L}\p{N}]/u;
/**
 * Letters that render as a blank (Hangul fillers, braille blank): inside a word they vanish like
 * format characters; right after a word and before a sign (`-`, `$`, `/`, …) they stand for the gap a
 * reader sees, a space (see {@link TextNormalizer.fillerGap}).
 */
const INVISIBLE = new Set([0x115f, 0x1160, 0x3164, 0xffa0, 0x2800]);
/** Unicode whitespace (White_Space excludes U+FEFF, which JavaScript's \s includes). */
const EXTRA_SPACE = /\p{White_Space}/u;

const CACHE_LIMIT = 8192;
let cache: Map<number, Mapped> | undefined;

/** NFKD, lowercase, NFKD again, combining marks stripped, look-alikes mapped; memoized. */
function mapCodePoint(cp: number): Mapped {
  cache ??= new Map();
  const hit = cache.get(cp);
  if (hit) return hit;
  const ch = String.fromCodePoint(cp);
  let mapped: Mapped;
  if (INVISIBLE.has(cp) || FORMAT.test(ch)) {
    mapped = { out: EXTRA_SPACE.test(ch) ? ' ' : '', kind: OTHER };
  } else if (EXTRA_SPACE.test(ch)) {
    mapped = { out: ' ', kind: OTHER };
  } else if (styledLetter(cp) !== undefined) {
    mapped = { out: styledLetter(cp) as string, kind: LOWER };
  } else if (capitalConfusable(cp) !== undefined) {
    mapped = { out: capitalConfusable(cp) as string, kind: UPPER };
  } else {
    const kind = UPPERCASE.test(ch) ? UPPER : LOWERCASE.test(ch) ? LOWER : NUMBER.test(ch) ? DIGIT : OTHER;
    const folded = ch.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, '');
    let out = '';
    for (const c of folded) out += confusable(c.codePointAt(0) as number) ?? c;
    mapped = { out, kind };
  }
  if (cache.size < CACHE_LIMIT) cache.set(cp, mapped);
  return mapped;
}

/**
 * Normalizes text that arrives in chunks; `push` returns the normalized code units that are final
 * so far, `end` the rest. Concatenating every result gives exactly {@link normalizeText} of the
 * whole input, however it was split: a construct cut by a chunk boundary (`$I` + `FS`, a surrogate
 * pair) is held back until it can be decided. O(1) state besides that held-back tail.
 *
 * @example
 * ```ts
 * const n = new TextNormalizer();
 * n.push('please r').text; // 'please r'
 * n.push("''m -rf /").text; // 'm -rf /'
 * ```
 */
export class TextNormalizer {
  private readonly shell: boolean;
  private readonly split: boolean;

  /** @internal Whether shell obfuscation is undone. */
  get shellMode(): boolean {
    return this.shell;
  }

  /** @internal Whether identifiers are split into words. */
  get splitIdentifiers(): boolean {
    return this.split;
  }
  private pending = '';
  /** Original offset of `pending[0]`. */
  private pendingAt = 0;
  private produced = 0;
  private lastWasSpace = false;
  /** The last code unit emitted (0 before any). */
  private lastCode = 0;
  /** Whether a blank filler letter has stood for a space already (then every later one does). */
  private fillerSpaces = false;
  /** Original offset up to which the blank fillers in a row are known to vanish. */
  private quietUntil = 0;
  private lastKind = OTHER;
  private literalDollar = false;
  private ended = false;
  // Output of the current call. Plain arrays of small integers: allocating three typed arrays per
  // call cost more than normalizing a short request.
  private codes: number[] = [];
  private starts: number[] = [];
  private ends: number[] = [];

  /** @throws AegisError `INVALID_ARGUMENT` for options that are not booleans */
  constructor(options: NormalizeOptions = DEFAULTS) {
    if (options === DEFAULTS) {
      this.shell = true;
      this.split = false;
      return;
    }
    const origin = 'TextNormalizer';
    const o = checkOptions(origin, options, ['shell', 'splitIdentifiers']);
    this.shell = optionalBoolean(origin, 'options.shell', o.shell, true);
    this.split = optionalBoolean(origin, 'options.splitIdentifiers', o.splitIdentifiers, false);
  }

  /**
   * Normalizes the next chunk. O(chunk length).
   * @throws AegisError `INVALID_ARGUMENT` for a non-string chunk; `CONFLICT` after `end()`
   */
  push(chunk: string): NormalizedChunk {
    if (typeof chunk !== 'string') {
      throw new AegisError('INVALID_ARGUMENT', 'TextNormalizer.push', `chunk must be a string, got ${describe(chunk)}`);
    }
    if (this.ended) throw new AegisError('CONFLICT', 'TextNormalizer.push', 'the normalizer has ended');
    if (chunk.length <= SLICE) return this.run(chunk, false);
    // Long chunks go through in slices: V8 pushes onto an array of more than ~16 K elements (a
    // large-object-space array) about 20× slower per element, so the per-character arrays stay small
    // and are joined once at the end.
    const parts: NormalizedChunk[] = [];
    for (let i = 0; i < chunk.length; i += SLICE) parts.push(this.run(chunk.slice(i, i + SLICE), false));
    // cast drops `undefined`: chunk.length > SLICE, so the loop above pushed at least two parts
    const first = parts[0] as NormalizedChunk;
    return {
      text: parts.map((p) => p.text).join(''),
      offset: first.offset,
      starts: ([] as number[]).concat(...parts.map((p) => p.starts)),
      ends: ([] as number[]).concat(...parts.map((p) => p.ends)),
    };
  }

  /**
   * What {@link end} would return now, without ending the stream or changing any state: the
   * held-back tail normalized as if no more text were coming. Lets a caller judge the text so far
   * (which then equals {@link normalizeText} of everything pushed) and keep streaming. O(held-back tail).
   */
  peek(): NormalizedChunk {
    if (this.ended) return { text: '', offset: this.produced, starts: [], ends: [] };
    const { pending, pendingAt, produced, lastWasSpace, lastCode, fillerSpaces, quietUntil, lastKind, literalDollar } =
      this;
    const out = this.run('', true);
    this.pending = pending;
    this.pendingAt = pendingAt;
    this.produced = produced;
    this.lastWasSpace = lastWasSpace;
    this.lastCode = lastCode;
    this.fillerSpaces = fillerSpaces;
    this.quietUntil = quietUntil;
    this.lastKind = lastKind;
    this.literalDollar = literalDollar;
    return out;
  }

  /** Flushes what was held back and ends the stream. */
  end(): NormalizedChunk {
    if (this.ended) return this.take();
    this.ended = true;
    return this.run('', true);
  }

  private run(chunk: string, final: boolean): NormalizedChunk {
    const buf = this.pending.length > 0 ? this.pending + chunk : chunk;
    const base = this.pendingAt;
    this.pending = '';
    const kinds = asciiKinds();
    const len = buf.length;
    let i = 0;
    while (i < len) {
      const c = buf.charCodeAt(i);
      if (c < 128) {
        // cast drops `undefined`: c < 128 = kinds.length
        const k = kinds[c] as number;
        if (c === DOLLAR && this.shell) {
          const used = this.dollar(buf, i, 1, final);
          if (used === -1) break; // undecidable until more text arrives: hold back
          if (used > 0) {
            i += used;
            continue;
          }
        }
        if (this.split) {
          const kind = c >= 97 && c <= 122 ? LOWER : c >= 65 && c <= 90 ? UPPER : c >= 48 && c <= 57 ? DIGIT : OTHER;
          if (c === 0x5f) {
            this.emit(SPACE, base + i, base + i + 1);
            this.lastKind = OTHER;
            i++;
            continue;
          }
          if (kind === UPPER && (this.lastKind === LOWER || this.lastKind === DIGIT))
            this.emit(SPACE, base + i, base + i);
          this.lastKind = kind;
        }
        if (k === 0) this.emit(c >= 65 && c <= 90 ? c + 32 : c, base + i, base + i + 1);
        else if (k === 1) this.emit(SPACE, base + i, base + i + 1);
        else if (k === 2 && !this.shell) this.emit(c, base + i, base + i + 1);
        i++;
        continue;
      }
      // Non-ASCII: one code point (a lone surrogate stands for itself).
      let cp = c;
      let width = 1;
      if (c >= 0xd800 && c <= 0xdbff) {
        if (i + 1 >= len && !final) break; // the low half may come in the next chunk
        const d = i + 1 < len ? buf.charCodeAt(i + 1) : 0;
        if (d >= 0xdc00 && d <= 0xdfff) {
          cp = ((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000;
          width = 2;
        }
      }
      if (INVISIBLE.has(cp)) {
        const gap = base + i < this.quietUntil ? 0 : this.fillerGap(buf, i + 1, final);
        if (gap === -1) break; // what follows is still to come
        if (gap === 1) {
          this.fillerSpaces = true;
          this.emit(SPACE, base + i, base + i + 1);
        }
        i++;
        continue;
      }
      const m = mapCodePoint(cp);
      if (this.shell && m.out === '$') {
        // A look-alike dollar (fullwidth, small) becomes '$': read what follows it the same way.
        const used = this.dollar(buf, i, width, final);
        if (used === -1) break;
        if (used > 0) {
          i += used;
          continue;
        }
      }
      if (this.split) {
        if (m.kind === UPPER && (this.lastKind === LOWER || this.lastKind === DIGIT))
          this.emit(SPACE, base + i, base + i);
        this.lastKind = m.kind;
      }
      for (let j = 0; j < m.out.length; j++) this.emit(m.out.charCodeAt(j), base + i, base + i + width);
      i += width;
    }
    if (i < len) {
      this.pending = buf.slice(i);
      this.pendingAt = base + i;
    } else {
      this.pendingAt = base + len;
    }
    return this.take();
  }

  /**
   * At a `$` (index i of buf): the number of code units of a recognized expansion (after emitting
   * what it stands for), 0 for a plain `$`, or -1 when more text is needed to decide. Quotes and
   * backslashes between the characters of an expansion are skipped, as everywhere in shell mode, so
   * normalizing twice gives the same text (`$'@` would otherwise become `$@` and then nothing).
   */
  private dollar(buf: string, i: number, width0: number, final: boolean): number {
    if (this.literalDollar) {
      // The second `$` of `$$` (the shell's process id) starts nothing.
      this.literalDollar = false;
      return 0;
    }
    const len = buf.length;
    // The next significant code units as they will be emitted (mapped, quotes and backslashes and
    // vanishing characters skipped), each with the source offset just past it.
    const sig: number[] = [];
    const pos: number[] = [];
    const kinds = asciiKinds();
    let j = i + width0;
    let incomplete = false;
    while (j < len && sig.length < 5) {
      const d = buf.charCodeAt(j);
      let width = 1;
      let out: string;
      if (d < 128) {
        out = kinds[d] === 3 ? '' : String.fromCharCode(d);
      } else {
        let cp = d;
        if (d >= 0xd800 && d <= 0xdbff && j + 1 < len) {
          const e = buf.charCodeAt(j + 1);
          if (e >= 0xdc00 && e <= 0xdfff) {
            cp = ((d - 0xd800) << 10) + (e - 0xdc00) + 0x10000;
            width = 2;
          }
        } else if (d >= 0xd800 && d <= 0xdbff && !final) {
          incomplete = true; // its low half is still to come
          break;
        }
        out = mapCodePoint(cp).out;
      }
      for (let k = 0; k < out.length; k++) {
        const code = out.charCodeAt(k);
        if (code === 0x22 || code === 0x27 || code === 0x5c || code === 0x60) continue;
        sig.push(code);
        pos.push(j + width);
      }
      j += width;
    }
    const more = (j >= len || incomplete) && !final; // later text could change the answer
    const base = this.pendingAt;
    // cast drops `undefined`: callers pass k < pos.length
    const through = (k: number) => (pos[k] as number) - i;
    const startsWith = (form: string) => {
      for (let k = 0; k < form.length; k++) {
        if (k >= sig.length) return more ? 'partial' : 'no';
        if (sig[k] !== form.charCodeAt(k)) return 'no';
      }
      return 'yes';
    };
    if (sig.length === 0) return more ? -1 : 0;
    if (sig[0] === 0x40 || sig[0] === 0x2a) return through(0); // $@ $*: expand to nothing
    if (sig[0] === DOLLAR) {
      // `$$` is the process id: both dollars are literal, so removing an expansion after them can
      // never join the first one with what follows (normalizing twice gives the same text).
      this.literalDollar = true;
      return 0;
    }
    let waiting = false;
    for (const [form, space] of [
      ['{IFS}', true],
      ['{@}', false],
      ['{*}', false],
    ] as const) {
      const r = startsWith(form);
      if (r === 'yes') {
        const used = through(form.length - 1);
        if (space) this.emit(SPACE, base + i, base + i + used);
        return used;
      }
      if (r === 'partial') waiting = true;
    }
    const r = startsWith('IFS');
    if (r === 'partial') return -1;
    if (r === 'yes') {
      // $IFS, unless it continues as a longer variable name
      if (sig.length === 3) {
        if (more) return -1;
      } else {
        // cast drops `undefined`: sig.length > 3 here
        const after = sig[3] as number;
        const continues =
          (after >= 48 && after <= 57) ||
          (after >= 65 && after <= 90) ||
          (after >= 97 && after <= 122) ||
          after === 0x5f;
        if (continues) return 0;
      }
      const used = through(2);
      this.emit(SPACE, base + i, base + i + used);
      return used;
    }
    return waiting ? -1 : 0;
  }

  /**
   * At a blank filler letter whose next code unit is at `from`: 1 when it separates a word from a
   * sign that follows it (`Name\u3164-Flag`, `cat\u3164/etc`) or when an earlier filler did (the
   * text uses them as spaces), 0 when it vanishes (inside a word, after a sign, at the end), -1
   * when the next character is still to come. Further fillers and format characters are skipped;
   * when it vanishes, so do those after it in the row (one look per row keeps this linear).
   */
  private fillerGap(buf: string, from: number, final: boolean): number {
    if (this.fillerSpaces) return 1;
    const code = this.lastCode;
    if (code === 0 || code === SPACE || !isWordCode(code)) return 0;
    let j = from;
    while (j < buf.length) {
      const d = buf.charCodeAt(j);
      if (d < 128) return isWordCode(d) ? this.quiet(j) : 1;
      if (d >= 0xd800 && d <= 0xdfff) return this.quiet(j);
      const out = INVISIBLE.has(d) ? '' : mapCodePoint(d).out;
      if (out.length > 0) return isWordCode(out.charCodeAt(0)) ? this.quiet(j) : 1;
      j++;
    }
    return final ? this.quiet(j) : -1;
  }

  /** Records that the fillers before index `j` of the text being read vanish; 0. */
  private quiet(j: number): number {
    this.quietUntil = this.pendingAt + j;
    return 0;
  }

  private emit(code: number, start: number, end: number): void {
    if (code === SPACE) {
      if (this.lastWasSpace) return;
      this.lastWasSpace = true;
    } else {
      if (this.shell && (code === 0x22 || code === 0x27 || code === 0x5c || code === 0x60)) return;
      this.lastWasSpace = false;
    }
    this.lastCode = code;
    this.codes.push(code);
    this.starts.push(start);
    this.ends.push(end);
  }

  private take(): NormalizedChunk {
    const codes = this.codes;
    const n = codes.length;
    let text: string;
    if (n <= 8192) {
      text = String.fromCharCode.apply(null, codes);
    } else {
      text = '';
      for (let from = 0; from < n; from += 8192) {
        text += String.fromCharCode.apply(null, codes.slice(from, Math.min(n, from + 8192)));
      }
    }
    const chunk: NormalizedChunk = { text, offset: this.produced, starts: this.starts, ends: this.ends };
    this.produced += n;
    this.codes = [];
    this.starts = [];
    this.ends = [];
    return chunk;
  }
}

/**
 * Normalizes `input` for matching, keeping the original span of every output code unit:
 * NFKD compatibility decomposition (fullwidth and mathematical letters become ASCII), case folding,
 * combining marks, format and control characters removed (zero-width spaces, joiners, bidi controls,
 * soft hyphens, variation selectors), look-alike letters mapped to their Latin twins (Cyrillic,
 * Greek, …), every whitespace run collapsed to one space, and (by default) shell obfuscation undone.
 *
 * ASCII takes a table-driven fast path; other code points are decomposed once and memoized.
 * Time O(n), space O(n).
 *
 * @throws AegisError `INVALID_ARGUMENT` for a non-string input or bad options
 * @example
 * ```ts
 * const n = normalizeText('Ｒm  -Ｒf  ／');
 * n.text; // 'rm -rf /'
 * ```
 */
export function normalizeText(input: string, options?: NormalizeOptions): NormalizedText {
  if (typeof input !== 'string') {
    throw new AegisError('INVALID_ARGUMENT', 'normalizeText', `input must be a string, got ${describe(input)}`);
  }
  const normalizer = new TextNormalizer(options);
  // Fast path, most requests: printable ASCII with nothing to remove, split or collapse, where
  // normalizing is lowercasing and every code unit maps to itself (about 10× cheaper).
  const special = normalizer.splitIdentifiers ? SPECIAL_SPLIT : normalizer.shellMode ? SPECIAL_SHELL : SPECIAL;
  if (!special.test(input) && !input.includes('  ')) return new IdentityText(input, input.toLowerCase());
  const a = normalizer.push(input);
  const b = normalizer.end();
  if (b.text.length === 0) return new MappedText(input, a.text, a.starts, a.ends);
  return new MappedText(input, a.text + b.text, [...a.starts, ...b.starts], [...a.ends, ...b.ends]);
}

/**
 * Anything outside printable ASCII, or a character the options rewrite. One character class, so
 * the regex engine scans without backtracking (an alternation here is about 4× slower).
 */
const SPECIAL = /[^\x20-\x7e]/;
const SPECIAL_SHELL = /[^\x20-\x21\x23\x25\x26\x28-\x5b\x5d-\x5f\x61-\x7e]/;
const SPECIAL_SPLIT = /[^\x20\x21\x23\x25\x26\x28-\x40\x5b\x5d\x5e\x61-\x7e]/;

class IdentityText implements NormalizedText {
  constructor(
    readonly original: string,
    readonly text: string,
  ) {}

  span(start: number, end: number): { start: number; end: number } {
    return { start, end: Math.max(start, end) };
  }
}

class MappedText implements NormalizedText {
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
  ) {}

  span(start: number, end: number): { start: number; end: number } {
    // casts drop `undefined`: start < starts.length is tested; a span asked for ends within the text, so end − 1 <
    // ends.length
    const from = start < this.starts.length ? (this.starts[start] as number) : this.original.length;
    if (end <= start) return { start: from, end: from };
    return { start: from, end: this.ends[end - 1] as number };
  }
}

/** Whether a code unit of normalized text belongs to a word: a letter, a digit or `_`. */
export function isWordCode(code: number): boolean {
  if (code < 128) {
    return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 0x5f || (code >= 65 && code <= 90);
  }
  if (code >= 0xd800 && code <= 0xdfff) return true; // half of an astral letter or symbol
  return WORD.test(String.fromCharCode(code));
}
