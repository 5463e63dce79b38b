/**
 * A small seeded generator for the bootstrap, so a report made twice from the same data shows the same
 * intervals. mulberry32: 32 bits of state, period 2^32, good enough to pick resampling positions.
 */

export interface RandomState {
  state: number;
}

export function randomState(seed: number): RandomState {
  return { state: seed >>> 0 };
}

/** The next uniform number in [0, 1) from `g`, advancing it. */
export function nextUniform(g: RandomState): number {
  g.state = (g.state + 0x6d2b79f5) | 0;
  let t = Math.imul(g.state ^ (g.state >>> 15), 1 | g.state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** A seeded generator as a function, for callers that want one number at a time. */
export function seededRandom(seed: number): () => number {
  const g = randomState(seed);
  return () => nextUniform(g);
}

/**
 * One bootstrap resample as draw counts: n = weights.length draws of a position in [0, n) with
 * replacement; weights[i] becomes how often position i was drawn. The draws are exactly those of
 * floor(nextUniform(g) * n), with the generator's steps written out here because this loop runs a
 * million times per resample on large data.
 */
export function drawCounts(g: RandomState, weights: Uint32Array): void {
  const n = weights.length;
  weights.fill(0);
  let state = g.state;
  for (let j = 0; j < n; j++) {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    weights[Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n)]++;
  }
  g.state = state;
}
