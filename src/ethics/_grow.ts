/**
 * Growing the reused typed-array buffers of the engine's scratch state.
 *
 * @internal Not part of the public API.
 */

/** `a` itself when it holds `need` items, else a copy at least twice as long. */
export function grown<T extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(a: T, need: number): T {
  if (a.length >= need) return a;
  const b = new (a.constructor as new (n: number) => T)(Math.max(need, a.length * 2));
  b.set(a);
  return b;
}
