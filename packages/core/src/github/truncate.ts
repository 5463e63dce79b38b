/**
 * GitHub caps what it stores: 65,535 characters in a check run summary, 65,536 in a comment, 1 MiB of job
 * summary per step. A report that outgrows a cap is cut at a line end, left well-formed (an open code fence
 * or <details> is closed) and ends with a notice that says where the rest is.
 */

/** 'chars' counts UTF-16 code units, never fewer than the characters GitHub counts; 'utf8-bytes' counts bytes. */
export type Measure = 'chars' | 'utf8-bytes';

export interface Truncated {
  text: string;
  truncated: boolean;
}

export function truncateMarkdown(
  text: string,
  limit: number,
  notice: string,
  measure: Measure = 'chars',
): Truncated {
  const size = measure === 'chars' ? (s: string) => s.length : (s: string) => Buffer.byteLength(s, 'utf8');
  if (size(text) <= limit) return { text, truncated: false };
  const tail = `\n\n${notice}\n`;
  let budget = limit - size(tail);
  for (;;) {
    if (budget <= 0) throw new Error(`A limit of ${limit} leaves no room for the truncation notice`);
    const kept = atLineEnd(prefixWithin(text, budget, measure));
    const result = kept + closersFor(kept) + tail;
    const over = size(result) - limit;
    if (over <= 0) return { text: result, truncated: true };
    budget -= over;
  }
}

/** The longest prefix of at most `budget` units that does not split a character. */
function prefixWithin(text: string, budget: number, measure: Measure): string {
  if (measure === 'chars') {
    const cut = text.slice(0, budget);
    const last = cut.charCodeAt(cut.length - 1);
    return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
  }
  const bytes = Buffer.from(text, 'utf8');
  let end = Math.min(budget, bytes.length);
  while (end > 0 && (bytes[end] & 0xc0) === 0x80) end--;
  return bytes.subarray(0, end).toString('utf8');
}

// Cutting mid-line would leave half a table row or half a word; give up at most half the text for it.
function atLineEnd(cut: string): string {
  const newline = cut.lastIndexOf('\n');
  return newline > cut.length / 2 ? cut.slice(0, newline) : cut;
}

function closersFor(markdown: string): string {
  let closers = '';
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (!marker) continue;
    if (fence === undefined) fence = marker;
    else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
  }
  if (fence !== undefined) closers += `\n${fence}`;
  const openDetails = count(markdown, /<details[\s>]/g) - count(markdown, /<\/details>/g);
  for (let i = 0; i < openDetails; i++) closers += '\n</details>';
  return closers;
}

function count(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
