// How numbers, shares and values read in finding messages. One style for every check; numbers and shares
// use core's formatters, the ones every report uses.

import { groupDigits } from '@modelgate/core';

export { formatPlainNumber, formatShare } from '@modelgate/core';

/** A count with thousands separators: 10000 -> "10,000". */
export function formatCount(n: number): string {
  return groupDigits(n, 0);
}

/** `n` followed by the noun, pluralised with a plain "s" unless `plural` is given: "1 row", "3 rows". */
export function plural(n: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${formatCount(n)} ${n === 1 ? noun : pluralNoun}`;
}

const maxShownLength = 60;

/** A data value quoted for a message, cut short when long so one odd cell cannot flood a report. */
export function quoteValue(value: string): string {
  const shown = value.length > maxShownLength ? `${value.slice(0, maxShownLength)}…` : value;
  return JSON.stringify(shown);
}

/** "a", "a and b", "a, b and c", or the first `limit` and "N more". */
export function formatList(items: readonly string[], limit = 5): string {
  if (items.length <= 1) return items.join('');
  if (items.length > limit)
    return `${items.slice(0, limit).join(', ')} and ${formatCount(items.length - limit)} more`;
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
