/**
 * The one cut for data text shown in a report (terminal, markdown, HTML, SVG, check-run annotations): a
 * column name or value of 200,000 characters would drown the report, or hang a renderer. report.json keeps
 * every value whole, so the cut says where to find it.
 */
import { groupDigits } from './format.ts';

/** Characters (UTF-16 code units) of one piece of data text shown before it is cut. */
export const DISPLAY_MAX = 1_000;

/** `text`, or its start with a note of how much was left out and where the whole value is. */
export function truncateForDisplay(text: string, max = DISPLAY_MAX): string {
  if (text.length <= max) return text;
  let cut = max;
  // Do not split a surrogate pair: half an emoji is an invalid character.
  if (/[\ud800-\udbff]/.test(text[cut - 1])) cut -= 1;
  return `${text.slice(0, cut)}… (${groupDigits(text.length - cut, 0)} more characters; whole in report.json)`;
}
