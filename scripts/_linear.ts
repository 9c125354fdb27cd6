/**
 * The training pieces the learned scorers share (`train-harmful.ts`, `train-intent.ts`): a seeded
 * generator, an in-place shuffle, and logistic regression by AdaGrad over hashed sparse features
 * with balanced class weights. Deterministic: the same data and seed give the same weights.
 */

/** A weight per hash bucket and a bias. */
export interface Model {
  w: Float64Array;
  bias: number;
}

/** Hyper-parameters of {@link trainLogistic}. */
export interface LogisticOptions {
  /** Hash buckets. */
  size: number;
  epochs: number;
  l2: number;
  rate: number;
}

/** mulberry32: a small seeded generator of numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates shuffle of `order` in place, drawing from `rand`. */
export function shuffle(order: number[], rand: () => number): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }
}

/**
 * Logistic regression over feature buckets `xs` (each example's features scaled by 1/√count),
 * labels `ys` (0 or 1), each class carrying half the loss. With `skipEmpty`, an example without
 * features is left out rather than moving the bias. `weights`, when given, weighs each example's
 * loss (a class's share is then its examples' total weight); without them every example weighs 1.
 */
export function trainLogistic(
  xs: readonly Int32Array[],
  ys: readonly number[],
  seed: number,
  o: LogisticOptions,
  skipEmpty = false,
  weights?: readonly number[],
): Model {
  const w = new Float64Array(o.size);
  const g2 = new Float64Array(o.size).fill(1e-8);
  let bias = 0;
  let gb = 1e-8;
  let pos = 0;
  let neg = 0;
  for (let i = 0; i < ys.length; i++) {
    const sw = weights?.[i] ?? 1;
    if (ys[i] === 1) pos += sw;
    else neg += sw;
  }
  // Balanced classes: each class carries half the loss.
  const cw = [(pos + neg) / (2 * Math.max(1, neg)), (pos + neg) / (2 * Math.max(1, pos))];
  const order = xs.map((_, i) => i);
  const rand = mulberry32(seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, rand);
    for (const i of order) {
      const x = xs[i] as Int32Array;
      const y = ys[i] as number;
      if (skipEmpty && x.length === 0) continue;
      const norm = 1 / Math.sqrt(Math.max(1, x.length));
      let z = bias;
      for (const f of x) z += (w[f] as number) * norm;
      const p = 1 / (1 + Math.exp(-z));
      const g = weights === undefined ? (p - y) * (cw[y] as number) : (p - y) * (cw[y] as number) * (weights[i] as number);
      for (const f of x) {
        const gf = g * norm + o.l2 * (w[f] as number);
        g2[f] = (g2[f] as number) + gf * gf;
        w[f] = (w[f] as number) - (o.rate * gf) / Math.sqrt(g2[f] as number);
      }
      gb += g * g;
      bias -= (o.rate * g) / Math.sqrt(gb);
    }
  }
  return { w, bias };
}
