/**
 * Escaping (and the display cut of truncate.ts) for text that comes from data (column names, messages, cells, file names) before it is placed
 * into HTML/SVG, GitHub-flavoured markdown or a terminal. Data must never add markup, links, mentions or
 * control sequences of its own.
 */
import { truncateForDisplay } from './truncate.ts';

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text safe in HTML/SVG element content and in quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}

/**
 * Text inside raw HTML that GitHub renders within markdown (a <summary> line): HTML-escaped, on one line,
 * with @mentions defused. Backslash escapes would show literally there, so none are used.
 */
export function htmlInline(text: string): string {
  return escapeHtml(
    stripControl(truncateForDisplay(text))
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim(),
  ).replace(/@/g, '@\u200b');
}

// Markdown punctuation that can open inline markup (emphasis, code, links, images, strikethrough,
// table cells) or an HTML tag; each is neutralised with a backslash, which GFM allows for any ASCII
// punctuation. `&`, `<` and `>` become entities instead so entity-looking data stays literal.
const MARKDOWN_INLINE = /[\\`*_[\]|~]/g;

function escapeMarkdownChars(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
      // A zero-width space after `@` stops GitHub from turning data into @mentions that notify people.
      .replace(/@/g, '@\u200b')
  );
}

/**
 * Inline markdown text on one line: escaped, with line breaks collapsed to spaces so data cannot start a
 * block of its own (a heading, a table row, a closing fence).
 */
export function markdownText(text: string): string {
  return escapeMarkdownChars(
    stripControl(truncateForDisplay(text))
      .replace(/\s*[\r\n]+\s*/g, ' ')
      .trim(),
  );
}

/** Like markdownText, for text that opens a line: a leading heading, list or rule marker is escaped too. */
export function markdownLine(text: string): string {
  return (
    markdownText(text)
      .replace(/^[#+=-]/, '\\$&')
      // A backslash before a digit is literal, so a list number is defused at its dot or parenthesis.
      .replace(/^(\d+)([.)])/, '$1\\$2')
  );
}

/** A GFM table cell: escaped, pipes escaped, line breaks as `<br>` so the row stays on one line. */
export function markdownCell(text: string): string {
  const lines = stripControl(truncateForDisplay(text))
    .trim()
    .split(/\r\n|\r|\n/);
  return lines.map((line) => escapeMarkdownChars(line.trim())).join('<br>');
}

/**
 * Monospace text inside a GFM table cell. A <code> element rather than a backtick span: a backslash in
 * a code span is literal, yet GFM's cell splitter still reads `\\|` as a backslash and a cell border, so
 * data could split the row. Inside <code> the usual cell escaping applies.
 */
export function markdownCodeCell(text: string): string {
  const oneLine = stripControl(truncateForDisplay(text))
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim();
  return oneLine === '' ? '' : `<code>${escapeMarkdownChars(oneLine)}</code>`;
}

/**
 * Removes C0/C1 control characters except tab and line breaks. In a terminal they would be escape
 * sequences (colour, cursor moves, title changes) chosen by whoever wrote the data.
 */
export function stripControl(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
}

/** Shortens text to at most `max` characters (code units), marking the cut with an ellipsis. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return '…'.slice(0, max);
  let cut = max - 1;
  // Do not split a surrogate pair: half an emoji is an invalid character.
  if (/[\ud800-\udbff]/.test(text[cut - 1])) cut -= 1;
  return `${text.slice(0, cut)}…`;
}
