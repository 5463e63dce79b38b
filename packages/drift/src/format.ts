/**
 * Numbers in finding messages and table labels, the same everywhere in this package: core's one number
 * and share formatters, under the names drift's modules use.
 */
export { formatNumber as formatStatistic, formatShare as formatPercent } from '@modelgate/core';
