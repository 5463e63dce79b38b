/**
 * The bootstrap on counts: resampling N rows with replacement and recounting each group's confusion cells
 * gives a multinomial draw of the cell counts with the observed cell shares as probabilities. Drawing that
 * multinomial directly (one binomial per cell, conditioned on the rows left) is the same distribution as
 * resampling rows, at a cost that grows with the cells, not the rows.
 */

import { nextUniform, randomState } from '@modelgate/stats';
import binomialFactory from '@stdlib/random-base-binomial';

/** A seeded multinomial sampler over fixed cell counts. */
export function multinomialResampler(seed: number): (counts: Float64Array, out: Float64Array) => void {
  const state = randomState(seed);
  const binomial = binomialFactory.factory({ prng: () => nextUniform(state) });
  return (counts, out) => {
    let rowsLeft = 0;
    for (let k = 0; k < counts.length; k++) rowsLeft += counts[k];
    let weightLeft = rowsLeft;
    for (let k = 0; k < counts.length; k++) {
      if (rowsLeft === 0 || counts[k] === 0) {
        out[k] = 0;
      } else if (k === counts.length - 1 || counts[k] >= weightLeft) {
        out[k] = rowsLeft;
      } else {
        out[k] = binomial(rowsLeft, counts[k] / weightLeft);
      }
      rowsLeft -= out[k];
      weightLeft -= counts[k];
    }
  };
}
