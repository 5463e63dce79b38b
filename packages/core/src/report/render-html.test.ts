import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  HOSTILE,
  hostileReport,
  sampleDriftReport,
  sampleValidationReport,
} from './fixtures/sample-reports.ts';
import { renderHtml } from './render-html.ts';

const ALLOWED_TAGS = new Set(
  'html head meta title style body header main section div h1 h2 p span time dl dt dd ul li code strong figure figcaption table thead tbody tr th td svg g line text path rect'.split(
    ' ',
  ),
);
const ALLOWED_ATTRIBUTES = new Set(
  'lang charset name content http-equiv class datetime aria-hidden aria-label role scope xmlns viewBox width height x y x1 x2 y1 y2 dy d fill fill-opacity stroke stroke-width stroke-linejoin rx transform text-anchor font-family font-size'.split(
    ' ',
  ),
);

/** Every start tag's name and attribute names; fails on anything not well formed or not allowed. */
function assertOnlyKnownMarkup(html: string): void {
  const body = html.replace(/<style>[\s\S]*?<\/style>/, '<style></style>').replace(/^<!doctype html>/, '');
  for (const tag of body.matchAll(/<([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"<>]*")?)*)\s*\/?>/g)) {
    assert.ok(ALLOWED_TAGS.has(tag[1]), `unexpected tag <${tag[1]}>`);
    for (const attribute of tag[2].matchAll(/([\w:-]+)(?:="[^"]*")?/g)) {
      assert.ok(ALLOWED_ATTRIBUTES.has(attribute[1]), `unexpected attribute ${attribute[1]} on <${tag[1]}>`);
    }
  }
  // Every "<" that is not a tag must have been escaped: no stray tag openers.
  const stray = body.replace(/<\/?[a-zA-Z][\w-]*(?:\s+[\w:-]+(?:="[^"<>]*")?)*\s*\/?>/g, '');
  assert.doesNotMatch(stray, /</, 'a "<" outside any tag');
}

describe('renderHtml', () => {
  const drift = renderHtml(sampleDriftReport());
  const validation = renderHtml(sampleValidationReport());

  it('is one complete document with inline CSS and a no-network content policy', () => {
    assert.ok(drift.startsWith('<!doctype html>\n<html lang="en">'));
    assert.ok(drift.trimEnd().endsWith('</html>'));
    assert.match(drift, /<style>[\s\S]+<\/style>/);
    assert.match(
      drift,
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">/,
    );
  });

  it('makes no external request: no script, no link, no http(s) src or href', () => {
    for (const html of [drift, validation, renderHtml(hostileReport())]) {
      assert.doesNotMatch(html, /<script|<link|<img|<iframe|@import|url\(/i);
      assert.doesNotMatch(html, /\s(?:src|href)\s*=\s*["']?\s*(?:https?:)?\/\//i);
      assertOnlyKnownMarkup(html);
    }
  });

  it('heads the page with verdict, report name, action and time', () => {
    assert.match(drift, /<header class="top warn">/);
    assert.match(drift, /<\/span>Warn<\/div>/);
    assert.match(drift, /<h1>nightly-drift<\/h1>/);
    assert.match(
      drift,
      /<p class="meta">check-drift · <time datetime="2025-03-01T12:34:56.000Z">2025-03-01 12:34:56 UTC<\/time> · modelgate 0\.1\.0<\/p>/,
    );
    assert.match(validation, /<h1>validate-data<\/h1>/);
    assert.match(validation, /<title>Fail · validate-data<\/title>/);
  });

  it('shows the summary and each metric', () => {
    assert.match(drift, /<p class="summary">Drift in 2 of 8 columns/);
    assert.match(drift, /<dt>reference_rows<\/dt><dd class="num">250,000<\/dd>/);
    assert.match(drift, /<dt>dataset_drift<\/dt><dd class="">no<\/dd>/);
  });

  it('lists findings errors first with severity badges and file:line locations', () => {
    const badges = [...validation.matchAll(/<span class="badge">(\w+)<\/span>/g)].map((m) => m[1]);
    assert.deepEqual(badges, ['error', 'error', 'warning', 'notice']);
    assert.match(validation, /Findings <span class="count">2 errors, 1 warning, 1 notice<\/span>/);
    assert.match(validation, /<code>data\/train\.csv:15<\/code> <code>data\/train\.csv:342<\/code>/);
    assert.match(
      validation,
      /<code>missing-values<\/code><span class="dot">·<\/span>column <strong>customer_id<\/strong><span class="dot">·<\/span>12 \(0\.12%\)/,
    );
  });

  it('draws every chart as inline SVG with its title', () => {
    assert.equal((drift.match(/<svg /g) ?? []).length, 3);
    assert.match(drift, /<figure><figcaption>income<\/figcaption><svg /);
    assert.match(drift, />income \(thousands\)</);
  });

  it('renders tables with numeric columns right-aligned', () => {
    assert.match(drift, /<h2>Drift per column <span class="count">8 rows<\/span><\/h2>/);
    assert.match(drift, /<th scope="col" class="num">statistic<\/th>/);
    assert.match(
      drift,
      /<tr><td>income<\/td><td>number<\/td><td>wasserstein \(norm\.\)<\/td><td class="num">0\.3104<\/td>/,
    );
  });

  it('gives stable output for a fixed report', () => {
    assert.equal(renderHtml(sampleDriftReport()), drift);
  });

  it('escapes hostile strings everywhere they appear', () => {
    const html = renderHtml(hostileReport());
    assert.doesNotMatch(html, /<script/);
    assert.doesNotMatch(html, /"onload=/);
    assert.ok(!html.includes('\u001b'));
    const escaped = '&lt;script&gt;alert(1)&lt;/script&gt;&quot;onload=&#39;x&#39;';
    // title, h1, meta, summary, metric key and value, finding message, check, column, location,
    // chart caption and SVG texts, table title, header and cell
    assert.ok(
      html.split(escaped).length - 1 >= 14,
      `escaped hostile string found ${html.split(escaped).length - 1} times`,
    );
    assert.ok(HOSTILE.includes('<script>'));
  });

  it('says so when there are no findings', () => {
    const report = { ...sampleDriftReport(), findings: [], verdict: 'pass' as const };
    const html = renderHtml(report);
    assert.match(html, /<p class="none">No findings\.<\/p>/);
    assert.match(html, /<header class="top pass">/);
  });
});
