import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  clip,
  escapeHtml,
  htmlInline,
  markdownCell,
  markdownCodeCell,
  markdownLine,
  markdownText,
  stripControl,
} from './escape.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    assert.equal(
      escapeHtml(`<a href="x" title='y'>&amp;</a>`),
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });
});

describe('htmlInline', () => {
  it('escapes, joins lines and defuses mentions', () => {
    assert.equal(htmlInline('<b>hi</b>\n @team'), '&lt;b&gt;hi&lt;/b&gt; @\u200bteam');
  });
});

describe('markdownText', () => {
  it('neutralises emphasis, code, links, tables, HTML and entities', () => {
    assert.equal(
      markdownText('**b** `c` [l](u) a|b <i> &lt; ~~s~~ _u_ \\'),
      '\\*\\*b\\*\\* \\`c\\` \\[l\\](u) a\\|b &lt;i&gt; &amp;lt; \\~\\~s\\~\\~ \\_u\\_ \\\\',
    );
  });

  it('collapses line breaks so data cannot open a block', () => {
    assert.equal(markdownText('a\n\n# b\r\n| c |'), 'a # b \\| c \\|');
  });

  it('defuses @mentions with a zero-width space', () => {
    assert.equal(markdownText('ping @octocat'), 'ping @\u200boctocat');
  });
});

describe('markdownLine', () => {
  it('escapes block markers at the start of a line', () => {
    assert.equal(markdownLine('# not a heading'), '\\# not a heading');
    assert.equal(markdownLine('- not a list'), '\\- not a list');
    assert.equal(markdownLine('12. not a list'), '12\\. not a list');
    assert.equal(markdownLine('3) not a list'), '3\\) not a list');
    assert.equal(markdownLine('0.1.0 is fine'), '0\\.1.0 is fine');
  });

  it('leaves ordinary text alone', () => {
    assert.equal(markdownLine('age drifted (p = 0.01).'), 'age drifted (p = 0.01).');
  });
});

describe('markdownCell', () => {
  it('keeps a cell on one line with <br> and escapes pipes', () => {
    assert.equal(markdownCell(' a|b\nc\r\nd '), 'a\\|b<br>c<br>d');
  });
});

describe('markdownCodeCell', () => {
  it('wraps escaped text in <code>, so backslashes and pipes cannot split the row', () => {
    assert.equal(markdownCodeCell('data/a.csv:12'), '<code>data/a.csv:12</code>');
    assert.equal(markdownCodeCell('a\\|b`c<d>'), '<code>a\\\\\\|b\\`c&lt;d&gt;</code>');
    assert.equal(markdownCodeCell(' x\ny '), '<code>x y</code>');
    assert.equal(markdownCodeCell(''), '');
  });
});

describe('stripControl', () => {
  it('drops escape sequences and other controls but keeps tabs and line breaks', () => {
    assert.equal(stripControl('a\u001b[31mred\u0007\u009b\tb\nc'), 'a[31mred\tb\nc');
  });
});

describe('clip', () => {
  it('keeps short text and marks a cut with an ellipsis within the limit', () => {
    assert.equal(clip('abc', 3), 'abc');
    assert.equal(clip('abcdef', 4), 'abc…');
    assert.equal(clip('abcdef', 4).length, 4);
  });

  it('never splits a surrogate pair', () => {
    const clipped = clip('ab😀cd', 4);
    assert.equal(clipped, 'ab…');
    assert.ok(clipped.length <= 4);
  });
});
