import assert from 'node:assert/strict';
import { test } from 'node:test';
import { truncateMarkdown } from './truncate.ts';

const NOTICE = '**Report truncated**: see the artifact.';

test('text within the limit comes back unchanged', () => {
  assert.deepEqual(truncateMarkdown('# Report\n\nall good\n', 100, NOTICE), {
    text: '# Report\n\nall good\n',
    truncated: false,
  });
});

test('longer text is cut at a line end to fit the limit with the notice last', () => {
  const lines = Array.from({ length: 500 }, (_, i) => `| row ${i} | value ${i} |`);
  const { text, truncated } = truncateMarkdown(lines.join('\n'), 1000, NOTICE);
  assert.equal(truncated, true);
  assert.ok(text.length <= 1000, `length ${text.length}`);
  assert.ok(text.endsWith(`${NOTICE}\n`));
  const kept = text.slice(0, text.indexOf(`\n\n${NOTICE}`)).split('\n');
  assert.deepEqual(kept, lines.slice(0, kept.length), 'only whole rows are kept');
});

test('an open code fence and open <details> are closed before the notice', () => {
  const markdown = `<details><summary>Rows</summary>\n\n\`\`\`csv\n${'a,b,c\n'.repeat(400)}\`\`\`\n</details>\n`;
  const { text } = truncateMarkdown(markdown, 600, NOTICE);
  assert.ok(text.length <= 600);
  const beforeNotice = text.slice(0, text.indexOf(NOTICE));
  assert.match(beforeNotice, /a,b,c\n```\n<\/details>\n\n$/);
});

test('a surrogate pair is never split', () => {
  const { text } = truncateMarkdown('😀'.repeat(100), 51, 'cut');
  assert.ok(text.length <= 51);
  assert.equal(text.replace(/\n\ncut\n$/, '').replaceAll('😀', ''), '');
});

test('measured in UTF-8 bytes, a multi-byte character is kept whole', () => {
  const { text, truncated } = truncateMarkdown('é'.repeat(1000), 301, NOTICE, 'utf8-bytes');
  assert.equal(truncated, true);
  assert.ok(Buffer.byteLength(text) <= 301);
  assert.equal(text.slice(0, text.indexOf('\n')).replaceAll('é', ''), '');
});

test('a limit with no room for the notice is an error, not an overlong text', () => {
  assert.throws(() => truncateMarkdown('x'.repeat(100), 10, NOTICE), /no room for the truncation notice/);
});
