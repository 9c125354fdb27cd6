/**
 * Cuts content into the segments detectors read: lines, where a line ending in a backslash goes
 * on into the next one, and no segment longer than {@link SEGMENT_MAX}. The cut depends only on
 * the text, never on how it arrived, so a stream and a whole request see the same segments.
 *
 * @internal Not part of the public API.
 */
import { SEGMENT_MAX } from './detectors/types.js';

const LF = 10;
const BACKSLASH = 92;

/** Receives each segment with its offset in the whole content. */
export type SegmentVisitor = (segment: string, start: number) => void;

/** Calls `visit` for every segment of `text` (the last one too, even if empty text has none). */
export function forEachSegment(text: string, visit: SegmentVisitor): void {
  let start = 0;
  const n = text.length;
  while (start < n) {
    let end = start;
    for (;;) {
      const lf = text.indexOf('\n', end);
      const limit = start + SEGMENT_MAX;
      if (lf < 0 || lf >= limit) {
        end = Math.min(n, limit);
        visit(text.slice(start, end), start);
        start = end;
        break;
      }
      if (lf > start && text.charCodeAt(lf - 1) === BACKSLASH) {
        end = lf + 1;
        continue;
      }
      visit(text.slice(start, lf), start);
      start = lf + 1;
      break;
    }
  }
}

/**
 * The same cut over text that arrives in chunks: complete segments are passed on as soon as they
 * end; the unfinished one is kept (at most {@link SEGMENT_MAX} code units).
 */
export class Segmenter {
  private pending = '';
  private pendingAt = 0;
  private consumed = 0;

  /** Consumes a chunk; visits every segment it completes. */
  push(chunk: string, visit: SegmentVisitor): void {
    let i = 0;
    const n = chunk.length;
    while (i < n) {
      const room = SEGMENT_MAX - this.pending.length;
      const lf = chunk.indexOf('\n', i);
      const stop = lf < 0 ? n : lf;
      if (stop - i >= room) {
        // The segment fills up before any line break: cut it at its maximum length.
        this.pending += chunk.slice(i, i + room);
        i += room;
        this.emit(visit, 0);
        continue;
      }
      this.pending += chunk.slice(i, stop);
      i = stop;
      if (lf < 0) break;
      i++;
      const p = this.pending;
      if (p.length > 0 && p.charCodeAt(p.length - 1) === BACKSLASH) {
        // A continued line: the line break stays in the segment.
        if (p.length + 1 >= SEGMENT_MAX) {
          this.pending += '\n';
          this.emit(visit, 0);
        } else this.pending += '\n';
        continue;
      }
      this.emit(visit, 1);
    }
    this.consumed += n;
  }

  /** The unfinished segment and its offset (empty when the content so far ends a segment). */
  tail(): { segment: string; start: number } {
    return { segment: this.pending, start: this.pendingAt };
  }

  private emit(visit: SegmentVisitor, skip: number): void {
    const s = this.pending;
    const at = this.pendingAt;
    this.pending = '';
    this.pendingAt = at + s.length + skip;
    visit(s, at);
  }
}

export { LF };
