/**
 * Internal: gzip and raw DEFLATE (RFC 1951, RFC 1952) decompressed within fixed bounds.
 *
 * A payload written as `echo <base64> | base64 -d | gunzip | sh` is literal: once inflated it is
 * the command the pipe runs, and can be read like any other. The decoder is the textbook one
 * (canonical Huffman tables rebuilt per block, stored, fixed and dynamic blocks); it stops with
 * null on any malformed input and on output past {@link MAX_INFLATED}, so a crafted stream costs
 * at most that much work.
 */

/** Bytes inflated at most: a payload past this stays unread. */
const MAX_INFLATED = 8192;

const LEN_BASE = [
  3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
  8193, 12289, 16385, 24577,
];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order in which code-length code lengths are stored (RFC 1951 §3.2.7). */
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** A canonical Huffman table: symbol counts per length and symbols in code order. */
interface Huffman {
  counts: Int16Array;
  symbols: Int16Array;
}

function build(lengths: ArrayLike<number>, n: number): Huffman | null {
  const counts = new Int16Array(16);
  const symbols = new Int16Array(n);
  for (let i = 0; i < n; i++) counts[lengths[i] as number]! += 1;
  counts[0] = 0;
  let left = 1;
  for (let len = 1; len < 16; len++) {
    left = left * 2 - (counts[len] as number);
    if (left < 0) return null; // over-subscribed
  }
  const offs = new Int16Array(16);
  for (let len = 1; len < 15; len++) offs[len + 1] = (offs[len] as number) + (counts[len] as number);
  for (let i = 0; i < n; i++) {
    const l = lengths[i] as number;
    if (l !== 0) symbols[offs[l]!++] = i;
  }
  return { counts, symbols };
}

/** Bit reader over `b` from byte `at`, least significant bit first. */
class Bits {
  pos: number;
  bit = 0;
  constructor(
    private readonly b: Uint8Array,
    at: number,
  ) {
    this.pos = at;
  }
  /** `n` bits as a number, or -1 past the end. */
  get(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) {
      if (this.pos >= this.b.length) return -1;
      v |= (((this.b[this.pos] as number) >>> this.bit) & 1) << i;
      if (++this.bit === 8) {
        this.bit = 0;
        this.pos++;
      }
    }
    return v;
  }
  decode(h: Huffman): number {
    let code = 0;
    let first = 0;
    let index = 0;
    for (let len = 1; len < 16; len++) {
      const b = this.get(1);
      if (b < 0) return -1;
      code |= b;
      const count = h.counts[len] as number;
      if (code - count < first) return h.symbols[index + (code - first)] as number;
      index += count;
      first = (first + count) << 1;
      code <<= 1;
    }
    return -1;
  }
}

let FIXED: [Huffman, Huffman] | null = null;
function fixed(): [Huffman, Huffman] {
  if (FIXED === null) {
    const l = new Uint8Array(288);
    l.fill(8, 0, 144);
    l.fill(9, 144, 256);
    l.fill(7, 256, 280);
    l.fill(8, 280, 288);
    const d = new Uint8Array(30).fill(5);
    FIXED = [build(l, 288) as Huffman, build(d, 30) as Huffman];
  }
  return FIXED;
}

function dynamic(r: Bits): [Huffman, Huffman] | null {
  const hlit = r.get(5) + 257;
  const hdist = r.get(5) + 1;
  const hclen = r.get(4) + 4;
  if (hlit < 257 || hdist < 1 || hclen < 4 || hlit > 286 || hdist > 30) return null;
  const cl = new Uint8Array(19);
  for (let i = 0; i < hclen; i++) {
    const v = r.get(3);
    if (v < 0) return null;
    cl[CL_ORDER[i] as number] = v;
  }
  const clh = build(cl, 19);
  if (clh === null) return null;
  const lengths = new Uint8Array(hlit + hdist);
  let i = 0;
  while (i < hlit + hdist) {
    const sym = r.decode(clh);
    if (sym < 0) return null;
    if (sym < 16) {
      lengths[i++] = sym;
      continue;
    }
    let rep: number;
    let val = 0;
    if (sym === 16) {
      if (i === 0) return null;
      val = lengths[i - 1] as number;
      rep = 3 + r.get(2);
    } else if (sym === 17) rep = 3 + r.get(3);
    else rep = 11 + r.get(7);
    if (rep < 3 || i + rep > hlit + hdist) return null;
    lengths.fill(val, i, i + rep);
    i += rep;
  }
  const lit = build(lengths.subarray(0, hlit), hlit);
  const dist = build(lengths.subarray(hlit), hdist);
  return lit === null || dist === null ? null : [lit, dist];
}

/** Raw DEFLATE data of `b` from byte `at` inflated, or null (malformed, or past the bound). */
function inflateRaw(b: Uint8Array, at: number): Uint8Array | null {
  const r = new Bits(b, at);
  const out = new Uint8Array(MAX_INFLATED);
  let n = 0;
  for (let blocks = 0; blocks < 64; blocks++) {
    const last = r.get(1);
    const type = r.get(2);
    if (last < 0 || type < 0) return null;
    if (type === 0) {
      if (r.bit !== 0) {
        r.bit = 0;
        r.pos++;
      }
      if (r.pos + 4 > b.length) return null;
      const len = (b[r.pos] as number) | ((b[r.pos + 1] as number) << 8);
      r.pos += 4;
      if (r.pos + len > b.length || n + len > MAX_INFLATED) return null;
      out.set(b.subarray(r.pos, r.pos + len), n);
      n += len;
      r.pos += len;
    } else if (type === 1 || type === 2) {
      const tables = type === 1 ? fixed() : dynamic(r);
      if (tables === null) return null;
      const [lit, dist] = tables;
      for (;;) {
        const sym = r.decode(lit);
        if (sym < 0) return null;
        if (sym < 256) {
          if (n >= MAX_INFLATED) return null;
          out[n++] = sym;
          continue;
        }
        if (sym === 256) break;
        const li = sym - 257;
        if (li >= 29) return null;
        const len = (LEN_BASE[li] as number) + r.get(LEN_EXTRA[li] as number);
        const ds = r.decode(dist);
        if (ds < 0 || ds >= 30) return null;
        const d = (DIST_BASE[ds] as number) + r.get(DIST_EXTRA[ds] as number);
        if (d > n || n + len > MAX_INFLATED) return null;
        for (let k = 0; k < len; k++, n++) out[n] = out[n - d] as number;
      }
    } else return null;
    if (last === 1) return out.subarray(0, n);
  }
  return null;
}

/** A gzip member (RFC 1952) inflated, or null when `b` is not one or does not inflate. */
export function gunzip(b: Uint8Array): Uint8Array | null {
  if (b.length < 18 || b[0] !== 0x1f || b[1] !== 0x8b || b[2] !== 8) return null;
  const flags = b[3] as number;
  let at = 10;
  if (flags & 4) at += 2 + ((b[at] as number) | ((b[at + 1] as number) << 8)); // FEXTRA
  if (flags & 8) while (at < b.length && b[at++] !== 0); // FNAME
  if (flags & 16) while (at < b.length && b[at++] !== 0); // FCOMMENT
  if (flags & 2) at += 2; // FHCRC
  return at < b.length ? inflateRaw(b, at) : null;
}
