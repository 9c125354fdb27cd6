/**
 * The recent normalized text an analysis keeps: offsets into the whole normalized stream, the
 * original span of each code unit, and word edges decided on it.
 *
 * @internal Not part of the public API.
 */
import { isWordCode, type NormalizedText } from '../text/index.js';

/**
 * Which characters continue a word (see `continues`): `.` and `-` always, and `/` with this flag.
 * Into what follows it, all three (`id_rsa.pub`, `/home/alice`, `run-tests`)…
 */
const JOINS_AFTER = true;
/** …and into what precedes it, `.` and `-` (`e-mail`, `x.env`); not `/`, so a path's last component stands alone. */
const JOINS_BEFORE = false;
/** Letters and digits outside the BMP. */
const ASTRAL_WORD = /^[\p{L}\p{N}]$/u;

/** Characters after a match needed to decide its right word edge (a joiner, then maybe a surrogate pair). */
export const EDGE_AHEAD = 3;

export class TextWindow {
  /** The kept normalized text, starting at offset `bufAt` of the whole stream. */
  protected buf = '';
  protected bufAt = 0;
  /** Original span of each kept code unit (unused when the whole text is one piece). */
  protected bufStarts: number[] = [];
  protected bufEnds: number[] = [];
  /** Normalized length consumed so far. */
  protected produced = 0;
  /** The whole normalized text, when analyzing one piece (no trimming, spans from it). */
  protected whole: NormalizedText | null = null;

  protected resetWindow(whole: NormalizedText | null): void {
    this.whole = whole;
    this.buf = '';
    this.bufAt = 0;
    if (this.bufStarts.length > 0) this.bufStarts.length = 0;
    if (this.bufEnds.length > 0) this.bufEnds.length = 0;
    this.produced = 0;
  }

  protected copyWindowTo(c: TextWindow): void {
    c.buf = this.buf;
    c.bufAt = this.bufAt;
    c.bufStarts = this.bufStarts.slice();
    c.bufEnds = this.bufEnds.slice();
    c.produced = this.produced;
    c.whole = this.whole;
  }

  /** Appends the next piece; returns its offset in the whole stream. */
  protected append(text: string, starts?: readonly number[], ends?: readonly number[]): number {
    const base = this.produced;
    if (this.whole) this.buf = text;
    else {
      this.buf += text;
      if (starts && ends) {
        // starts and ends map every character of text
        for (let i = 0; i < text.length; i++) {
          this.bufStarts.push(starts[i]!);
          this.bufEnds.push(ends[i]!);
        }
      }
    }
    this.produced += text.length;
    return base;
  }

  /** Keeps only the last `keep` characters once twice that many are held (amortized O(1) per character). */
  protected trimWindow(keep: number): boolean {
    if (this.whole || this.buf.length <= 2 * keep) return false;
    const drop = this.produced - keep - this.bufAt;
    this.buf = this.buf.slice(drop);
    this.bufStarts.splice(0, drop);
    this.bufEnds.splice(0, drop);
    this.bufAt += drop;
    return true;
  }

  /** The original span of the normalized span [s, e). */
  protected originalSpan(s: number, e: number): { start: number; end: number } {
    if (this.whole) return this.whole.span(s, e);
    // s and e - 1 lie in the buffered window, which has its starts and ends
    return { start: this.bufStarts[s - this.bufAt]!, end: this.bufEnds[e - 1 - this.bufAt]! };
  }

  /** The code unit at normalized offset i, or -1 outside the text seen so far. */
  code(i: number): number {
    return i < 0 || i >= this.produced ? -1 : this.buf.charCodeAt(i - this.bufAt);
  }

  /** The first offset at or after `from` where `needle` starts in the kept text, or -1. */
  indexOf(needle: string, from: number): number {
    const at = this.buf.indexOf(needle, Math.max(0, from - this.bufAt));
    return at < 0 ? -1 : at + this.bufAt;
  }

  /** Kept text [s, e) (offsets in the whole stream). */
  slice(s: number, e: number): string {
    return this.buf.slice(s - this.bufAt, e - this.bufAt);
  }

  /**
   * Whether the normalized character at i belongs to a word. A surrogate counts only as half of a
   * letter or digit outside the BMP: a lone surrogate or an emoji next to `rm` must not hide it.
   */
  protected wordAt(i: number): boolean {
    const c = this.code(i);
    if (c < 0xd800 || c > 0xdfff) return isWordCode(c);
    let hi = c;
    let lo = c;
    if (c <= 0xdbff) {
      lo = this.code(i + 1);
      if (lo < 0xdc00 || lo > 0xdfff) return false;
    } else {
      hi = this.code(i - 1);
      if (hi < 0xd800 || hi > 0xdbff) return false;
    }
    return ASTRAL_WORD.test(String.fromCharCode(hi, lo));
  }

  /** Whether a word goes on through `inner`: a word character, or a joiner (`.`, `-`, and `/` with `slash`) before one at `outer`. */
  private continues(inner: number, outer: number, slash: boolean): boolean {
    if (this.wordAt(inner)) return true;
    const c = this.code(inner);
    return (c === 0x2e || c === 0x2d || (slash && c === 0x2f)) && this.wordAt(outer);
  }

  /** The left word edge of a match starting at s: a letter or digit there must not continue a word. */
  protected leftEdge(s: number): boolean {
    return !(this.wordAt(s) && this.continues(s - 1, s - 2, JOINS_BEFORE));
  }

  /** The left edge for an intent verb, stricter: a verb inside a path or URL (`/upload`) is no instruction. */
  protected verbLeftEdge(s: number): boolean {
    return !(this.wordAt(s) && this.continues(s - 1, s - 2, JOINS_AFTER));
  }

  /** The right word edge of a match ending at e (needs {@link EDGE_AHEAD} characters after it). */
  protected rightEdge(e: number): boolean {
    return !(this.wordAt(e - 1) && this.continues(e, e + 1, JOINS_AFTER));
  }
}
