/**
 * Lower case with the length kept, so that offsets found in the lowered text are offsets in the
 * original. `String#toLowerCase` lengthens one character, `İ` (U+0130) into `i̇`; it is lowered to
 * `i` here.
 *
 * @internal Not part of the public API.
 */
export function foldCase(s: string): string {
  const l = s.toLowerCase();
  return l.length === s.length ? l : s.replace(/\u0130/g, 'i').toLowerCase();
}
