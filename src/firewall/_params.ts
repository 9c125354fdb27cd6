/**
 * The paths and URLs a request names, collected token by token as normalized text arrives.
 *
 * @internal Not part of the public API.
 */
import { classifyToken } from './_intent.js';
import type { TextWindow } from './_text-window.js';

/** Longest token considered as a path or URL. */
export const MAX_TOKEN = 256;
const MAX_PARAMS = 8;

export class ParamCollector {
  paths: string[] = [];
  urls: string[] = [];
  /** Offset of the token in progress, or -1 between tokens. */
  private tokenStart = -1;
  /** Offset of the next `/` at or after the last token start looked at (Infinity: none so far). */
  private nextSlash = -1;
  /** How far the text had been searched for the next slash. */
  private slashScanned = 0;

  reset(): void {
    this.tokenStart = -1;
    this.nextSlash = -1;
    this.slashScanned = 0;
    if (this.paths.length > 0) this.paths.length = 0;
    if (this.urls.length > 0) this.urls.length = 0;
  }

  copy(): ParamCollector {
    const c = new ParamCollector();
    c.paths = this.paths.slice();
    c.urls = this.urls.slice();
    c.tokenStart = this.tokenStart;
    c.nextSlash = this.nextSlash;
    c.slashScanned = this.slashScanned;
    return c;
  }

  /** Reads the piece `text` that starts at offset `base` (already in `win`). */
  feed(win: TextWindow, text: string, base: number, produced: number): void {
    if (text.length === 0) return;
    if (this.tokenStart < 0 && text.charCodeAt(0) !== 0x20) this.tokenStart = base;
    // Spaces come every few code units: a loop over the piece reads it once, where a native search
    // per space pays its call many times over.
    const n = text.length;
    for (let sp = 0; sp < n; sp++) {
      if (text.charCodeAt(sp) !== 0x20) continue;
      if (this.tokenStart >= 0) this.finishToken(win, this.tokenStart, base + sp, produced);
      this.tokenStart = sp + 1 < n ? base + sp + 1 : -1;
    }
  }

  /**
   * Reads a whole text at once (offset 0, all of it in `win`): the same tokens as {@link feed} then
   * {@link finish}, visiting only those that hold a `/`, a `~` or `www.`. A token without any is
   * never a path or URL (see `classifyToken`), so finding the few that hold one with native
   * searches skips the loop over every code unit, about a tenth of a short analysis's instructions.
   */
  feedWhole(win: TextWindow, text: string): void {
    this.tokenStart = -1;
    const n = text.length;
    let slash = text.indexOf('/');
    let tilde = text.indexOf('~');
    let www = text.indexOf('www.');
    let done = -1;
    while (slash >= 0 || tilde >= 0 || www >= 0) {
      // The next mark in the text, and the token around it (tokens are runs between spaces).
      let at = slash;
      if (at < 0 || (tilde >= 0 && tilde < at)) at = tilde;
      if (at < 0 || (www >= 0 && www < at)) at = www;
      const ts = text.lastIndexOf(' ', at) + 1;
      const space = text.indexOf(' ', at);
      const te = space < 0 ? n : space;
      if (ts > done) this.finishToken(win, ts, te, n);
      done = te;
      if (slash >= 0 && slash < te) slash = text.indexOf('/', te);
      if (tilde >= 0 && tilde < te) tilde = text.indexOf('~', te);
      if (www >= 0 && www < te) www = text.indexOf('www.', te);
    }
  }

  /** The text has ended at `produced`: the token in progress is complete. */
  finish(win: TextWindow, produced: number): void {
    if (this.tokenStart >= 0) {
      this.finishToken(win, this.tokenStart, produced, produced);
      this.tokenStart = -1;
    }
  }

  private finishToken(win: TextWindow, ts: number, te: number, produced: number): void {
    if (te - ts > MAX_TOKEN || te <= ts) return;
    if (this.paths.length >= MAX_PARAMS && this.urls.length >= MAX_PARAMS) return;
    // Paths and URLs contain a slash, or start with ~ or www. Finding the next slash once per
    // stretch of text keeps this linear, and skips classifying nearly every token.
    const none = this.nextSlash === Number.POSITIVE_INFINITY;
    if (this.nextSlash < ts || (none && this.slashScanned < produced)) {
      const from = none ? Math.max(ts, this.slashScanned) : ts;
      const at = win.indexOf('/', from);
      this.nextSlash = at < 0 ? Number.POSITIVE_INFINITY : at;
      this.slashScanned = produced;
    }
    if (this.nextSlash >= te) {
      const c0 = win.code(ts);
      const www = c0 === 0x77 && win.slice(ts, ts + 4) === 'www.';
      if (c0 !== 0x7e && !www && c0 !== 0x28 && c0 !== 0x5b && c0 !== 0x3c && c0 !== 0x7b) return; // ~ ( [ < {
    }
    const found = classifyToken(win.slice(ts, te));
    if (!found) return;
    const list = found.kind === 'path' ? this.paths : this.urls;
    if (list.length < MAX_PARAMS && !list.includes(found.value)) list.push(found.value);
  }
}
