export const id = 903;
export const ids = [903];
export const modules = {

/***/ 98903:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  run: () => (/* binding */ run)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./packages/core/src/inputs/action-yml.ts


function parseActionYml(textOfFile, file) {
    const doc = (0,dist/* parse */.qg)(textOfFile);
    if (!doc || typeof doc !== 'object')
        throw new Error(`${file}: not a YAML mapping`);
    const inputs = {};
    for (const [name, raw] of Object.entries((doc.inputs ?? {}))) {
        inputs[name] = {
            description: String(raw?.description ?? ''),
            required: raw?.required === true || raw?.required === 'true',
            default: raw?.default === undefined ? undefined : String(raw.default),
        };
    }
    const outputs = {};
    for (const [name, raw] of Object.entries((doc.outputs ?? {}))) {
        outputs[name] = { description: String(raw?.description ?? '') };
    }
    return { name: String(doc.name ?? ''), description: String(doc.description ?? ''), inputs, outputs };
}
function loadActionYml(file) {
    return parseActionYml((0,external_node_fs_.readFileSync)(file, 'utf8'), file);
}

// EXTERNAL MODULE: ./packages/core/src/inputs/parse.ts
var parse = __webpack_require__(67528);
// EXTERNAL MODULE: ./packages/core/src/report/truncate.ts
var truncate = __webpack_require__(60044);
;// CONCATENATED MODULE: ./packages/core/src/report/escape.ts
/**
 * Escaping (and the display cut of truncate.ts) for text that comes from data (column names, messages, cells, file names) before it is placed
 * into HTML/SVG, GitHub-flavoured markdown or a terminal. Data must never add markup, links, mentions or
 * control sequences of its own.
 */

const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/** Text safe in HTML/SVG element content and in quoted attribute values. */
function escapeHtml(text) {
    return text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);
}
/**
 * Text inside raw HTML that GitHub renders within markdown (a <summary> line): HTML-escaped, on one line,
 * with @mentions defused. Backslash escapes would show literally there, so none are used.
 */
function htmlInline(text) {
    return escapeHtml(stripControl((0,truncate/* truncateForDisplay */.E)(text))
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .trim()).replace(/@/g, '@\u200b');
}
// Markdown punctuation that can open inline markup (emphasis, code, links, images, strikethrough,
// table cells) or an HTML tag; each is neutralised with a backslash, which GFM allows for any ASCII
// punctuation. `&`, `<` and `>` become entities instead so entity-looking data stays literal.
const MARKDOWN_INLINE = /[\\`*_[\]|~]/g;
function escapeMarkdownChars(text) {
    return (text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(MARKDOWN_INLINE, (c) => `\\${c}`)
        // A zero-width space after `@` stops GitHub from turning data into @mentions that notify people.
        .replace(/@/g, '@\u200b'));
}
/**
 * Inline markdown text on one line: escaped, with line breaks collapsed to spaces so data cannot start a
 * block of its own (a heading, a table row, a closing fence).
 */
function markdownText(text) {
    return escapeMarkdownChars(stripControl((0,truncate/* truncateForDisplay */.E)(text))
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .trim());
}
/** Like markdownText, for text that opens a line: a leading heading, list or rule marker is escaped too. */
function markdownLine(text) {
    return (markdownText(text)
        .replace(/^[#+=-]/, '\\$&')
        // A backslash before a digit is literal, so a list number is defused at its dot or parenthesis.
        .replace(/^(\d+)([.)])/, '$1\\$2'));
}
/** A GFM table cell: escaped, pipes escaped, line breaks as `<br>` so the row stays on one line. */
function markdownCell(text) {
    const lines = stripControl((0,truncate/* truncateForDisplay */.E)(text))
        .trim()
        .split(/\r\n|\r|\n/);
    return lines.map((line) => escapeMarkdownChars(line.trim())).join('<br>');
}
/**
 * Monospace text inside a GFM table cell. A <code> element rather than a backtick span: a backslash in
 * a code span is literal, yet GFM's cell splitter still reads `\\|` as a backslash and a cell border, so
 * data could split the row. Inside <code> the usual cell escaping applies.
 */
function markdownCodeCell(text) {
    const oneLine = stripControl((0,truncate/* truncateForDisplay */.E)(text))
        .replace(/\s*[\r\n]+\s*/g, ' ')
        .trim();
    return oneLine === '' ? '' : `<code>${escapeMarkdownChars(oneLine)}</code>`;
}
/**
 * Removes C0/C1 control characters except tab and line breaks. In a terminal they would be escape
 * sequences (colour, cursor moves, title changes) chosen by whoever wrote the data.
 */
function stripControl(text) {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
    return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '');
}
/** Shortens text to at most `max` characters (code units), marking the cut with an ellipsis. */
function clip(text, max) {
    if (text.length <= max)
        return text;
    if (max <= 1)
        return '…'.slice(0, max);
    let cut = max - 1;
    // Do not split a surrogate pair: half an emoji is an invalid character.
    if (/[\ud800-\udbff]/.test(text[cut - 1]))
        cut -= 1;
    return `${text.slice(0, cut)}…`;
}

// EXTERNAL MODULE: ./packages/core/src/report/format.ts
var format = __webpack_require__(96665);
;// CONCATENATED MODULE: ./packages/core/src/report/text-chart.ts
/**
 * Charts as a few lines of text, for places that cannot show SVG (PR comments, check runs, job summaries):
 * one block-character sparkline per series, on a scale shared by all series of the chart.
 */


const LEVELS = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
/** Longest sparkline; charts with more bins are merged into this many buckets. */
const MAX_SPARK_WIDTH = 48;
/**
 * A compact plain-text chart, e.g.
 *
 *     age (histogram, share of rows; 0 … 90)
 *     reference │▁▂▄▇█▆▃▂▁▁│
 *     current   │▁▁▂▄▆█▇▄▂▁│
 *
 * Histogram series are scaled to shares of their own total first, so a reference of a million rows and a
 * current sample of a thousand compare by shape. A bin that is exactly zero is blank. The text holds no
 * backticks or control characters, so it is safe inside a fenced code block.
 */
function renderTextChart(chart) {
    const title = plain(clip(chart.title, 80));
    if (chart.labels.length === 0 || chart.series.length === 0)
        return `▸ ${title}: no data`;
    if (chart.kind === 'box')
        return [`▸ ${title} (median, quartiles, range)`, ...boxLines(chart)].join('\n');
    const rows = chart.series.map((series) => {
        const values = chart.labels.map((_, i) => Math.max(0, finite(series.values[i])));
        return {
            name: plain(clip(series.name, 20)),
            values: bucket(chart.kind === 'histogram' ? toShares(values) : values),
        };
    });
    const top = Math.max(...rows.flatMap((row) => row.values));
    const nameWidth = Math.max(...rows.map((row) => row.name.length));
    const lines = rows.map((row) => `${row.name.padEnd(nameWidth)} │${spark(row.values, top)}│`);
    const first = plain(clip(chart.labels[0], 20));
    const last = plain(clip(chart.labels[chart.labels.length - 1], 20));
    const range = chart.labels.length > 1 ? `${first} … ${last}` : first;
    const scale = chart.kind === 'histogram' ? `peak ${(0,format/* formatNumber */.ZV)(round(top * 100))}%` : `max ${(0,format/* formatNumber */.ZV)(top)}`;
    return [`▸ ${title} (${range}; ${scale})`, ...lines, ...intervalLines(chart)].join('\n');
}
/** Labels listed in full per series in the text of interval bars and boxes; the rest are in the HTML. */
const MAX_LISTED_LABELS = 8;
/** `rate: a 0.42 [0.4, 0.44] · b 0.5 [0.45, 0.55]` for each series that carries intervals. */
function intervalLines(chart) {
    return chart.series
        .filter((series) => series.low && series.high)
        .map((series) => {
        const items = chart.labels.slice(0, MAX_LISTED_LABELS).map((label, i) => {
            const low = series.low?.[i];
            const high = series.high?.[i];
            const bounds = typeof low === 'number' && typeof high === 'number' && !Number.isNaN(low) && !Number.isNaN(high)
                ? ` [${(0,format/* formatNumber */.ZV)(low)}, ${(0,format/* formatNumber */.ZV)(high)}]`
                : '';
            return `${plain(clip(label, 20))} ${value(series.values[i])}${bounds}`;
        });
        return `  ${plain(clip(series.name, 20))}: ${items.join(' · ')}${more(chart)}`;
    });
}
/** `canary  p99: 3 (2–3.5; 1–6; n 90)` per label and series: median (quartiles; range; count). */
function boxLines(chart) {
    const lines = [];
    for (const series of chart.series) {
        const items = chart.labels.slice(0, MAX_LISTED_LABELS).map((label, i) => {
            const box = series.boxes?.[i];
            const shown = box
                ? `${value(box.median)} (${value(box.q1)}–${value(box.q3)}; ${value(box.min)}–${value(box.max)}; n ${(0,format/* formatNumber */.ZV)(box.n)})`
                : 'no data';
            return `${plain(clip(label, 20))} ${shown}`;
        });
        lines.push(`${plain(clip(series.name, 20))}: ${items.join(' · ')}${more(chart)}`);
    }
    return lines;
}
function value(number) {
    return typeof number === 'number' ? (0,format/* formatNumber */.ZV)(number) : 'undefined';
}
function more(chart) {
    const hidden = chart.labels.length - MAX_LISTED_LABELS;
    return hidden > 0 ? ` · ${hidden} more` : '';
}
function spark(values, top) {
    return values
        .map((value) => {
        if (value <= 0 || top <= 0)
            return ' ';
        return LEVELS[Math.min(LEVELS.length - 1, Math.ceil((value / top) * LEVELS.length) - 1)];
    })
        .join('');
}
function toShares(values) {
    const total = values.reduce((sum, value) => sum + value, 0);
    return total > 0 ? values.map((value) => value / total) : values.map(() => 0);
}
/** Sums neighbouring bins so the line is at most MAX_SPARK_WIDTH characters. */
function bucket(values) {
    if (values.length <= MAX_SPARK_WIDTH)
        return [...values];
    const merged = new Array(MAX_SPARK_WIDTH).fill(0);
    values.forEach((value, i) => {
        merged[Math.floor((i * MAX_SPARK_WIDTH) / values.length)] += value;
    });
    return merged;
}
function finite(value) {
    return value !== undefined && Number.isFinite(value) ? value : 0;
}
function round(value) {
    return Math.round(value * 10) / 10;
}
/** One line of plain text that cannot close a code fence. */
function plain(text) {
    return stripControl(text)
        .replace(/[\r\n]+/g, ' ')
        .replace(/`/g, "'");
}

;// CONCATENATED MODULE: ./packages/core/src/report/render-markdown.ts
/**
 * The report as GitHub-flavoured markdown: the body of the sticky PR comment, the check run summary and
 * the job summary. Everything from data is escaped; long parts are folded in <details>; the whole stays
 * under a length limit by leaving out whole blocks (never half a table row or an open <details>) and
 * saying so, with a pointer to the full report artifact.
 */




/** GitHub rejects comments and check run summaries above 65,536 characters; this leaves room for a marker. */
const DEFAULT_MARKDOWN_MAX_LENGTH = 65_000;
/** The shortest limit renderMarkdown accepts: room for a verdict line and a pointer to the full report. */
const MIN_MARKDOWN_MAX_LENGTH = 400;
const DEFAULT_MAX_FINDINGS = 50;
const DEFAULT_MAX_ROWS = 50;
/** Metrics shown before the rest fold away. */
const KEY_METRICS = 8;
/** Tables and finding groups longer than this are folded. */
const FOLD_ROWS = 10;
const TEXT_CHARTS = 3;
const LOCATIONS_SHOWN = 3;
// Data text (names, values, messages) past these lengths is cut with a pointer to report.json.
const CELL_CHARS = 300;
const MESSAGE_CHARS = 600;
const SEPARATOR = '\n\n';
const VERDICT_EMOJI = { pass: '✅', warn: '⚠️', fail: '❌' };
const SEVERITY_EMOJI = { error: '❌', warning: '⚠️', notice: 'ℹ️' };
const SEVERITY_TITLE = { error: 'Errors', warning: 'Warnings', notice: 'Notices' };
function renderMarkdown(report, opts = {}) {
    const maxLength = opts.maxLength ?? DEFAULT_MARKDOWN_MAX_LENGTH;
    if (!(maxLength >= MIN_MARKDOWN_MAX_LENGTH)) {
        throw new RangeError(`renderMarkdown: maxLength must be at least ${MIN_MARKDOWN_MAX_LENGTH}, got ${maxLength}`);
    }
    const artifactUrl = safeUrl(opts.artifactUrl);
    const blocks = [
        fixed(headline(report)),
        shrinkable(report.summary.length, (chars) => markdownLine(clip(report.summary, chars))),
        ...metricBlocks(report),
        ...findingBlocks(report.findings, opts.maxFindings ?? DEFAULT_MAX_FINDINGS),
        ...chartBlocks(report),
        ...report.tables.map((table) => tableBlock(table, opts.maxRows ?? DEFAULT_MAX_ROWS)),
    ];
    const footerText = footer(report, artifactUrl);
    const whole = blocks.map((block) => block(Number.POSITIVE_INFINITY)?.text ?? '');
    const untruncated = [...whole.filter((text) => text !== ''), footerText].join(SEPARATOR);
    if (untruncated.length <= maxLength)
        return untruncated;
    // Over the limit: keep blocks in order while they fit, leaving room for the note and the footer.
    const reserved = truncationNote(blocks.length, true, artifactUrl).length + footerText.length + 2 * SEPARATOR.length;
    const kept = [];
    let used = 0;
    let left = 0;
    let shortened = false;
    for (const [index, block] of blocks.entries()) {
        const rendered = block(maxLength - reserved - used - (kept.length > 0 ? SEPARATOR.length : 0));
        if (rendered === undefined) {
            left = blocks.length - index;
            break;
        }
        if (rendered.text === '')
            continue;
        shortened ||= !rendered.complete;
        used += rendered.text.length + (kept.length > 0 ? SEPARATOR.length : 0);
        kept.push(rendered.text);
    }
    // Without its verdict line a body would mislead; when even that does not fit, say only where the rest is.
    if (kept.length === 0)
        return minimalBody(report, artifactUrl);
    return [...kept, truncationNote(left, shortened, artifactUrl), footerText].join(SEPARATOR);
}
function fixed(text) {
    return (budget) => (text.length <= budget ? { text, complete: true } : undefined);
}
/**
 * A block that can show its first `k` of `n` items (rows, characters). The full rendering when it fits,
 * otherwise the largest k >= 1 that fits (render must grow with k), otherwise nothing.
 */
function shrinkable(n, render) {
    return (budget) => {
        const full = render(n);
        if (full.length <= budget)
            return { text: full, complete: true };
        let lo = 0;
        let hi = n - 1;
        while (lo < hi) {
            const mid = Math.ceil((lo + hi) / 2);
            if (render(mid).length <= budget)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo >= 1 ? { text: render(lo), complete: false } : undefined;
    };
}
function headline(report) {
    const name = report.reportName !== report.action ? ` · ${markdownText(clip(report.reportName, 60))}` : '';
    const verdict = `${VERDICT_EMOJI[report.verdict]} ${format/* VERDICT_LABEL */.j[report.verdict]}`;
    return `## ${verdict} — ${markdownText(clip(report.action, 60))}${name}`;
}
function footer(report, artifactUrl) {
    const where = artifactUrl
        ? `[Full report](${artifactUrl})`
        : 'Full report: report.html in the run’s artifacts';
    const made = `${markdownText(clip(report.tool.name, 20))} ${markdownText(clip(report.tool.version, 30))}`;
    return `<sub>${where} · ${made} · ${markdownText(clip(report.createdAt, 40))}</sub>`;
}
function truncationNote(left, shortened, artifactUrl) {
    const where = artifactUrl
        ? `[the full report](${artifactUrl})`
        : 'the full report (report.html in the run’s artifacts)';
    const what = [
        ...(left > 0 ? [`${left} ${left === 1 ? 'section' : 'sections'} left out`] : []),
        ...(shortened ? ['a section cut short'] : []),
    ];
    const detail = what.length > 0 ? ` (${what.join(', ')})` : '';
    return `> **Shortened to fit GitHub’s size limit**${detail}. Everything is in ${where}.`;
}
function minimalBody(report, artifactUrl) {
    const verdict = `${VERDICT_EMOJI[report.verdict]} ${format/* VERDICT_LABEL */.j[report.verdict]}`;
    const where = artifactUrl ? `[the full report](${artifactUrl})` : 'report.html in the run’s artifacts';
    const body = `## ${verdict}${SEPARATOR}This report is too large to show here; see ${where}.`;
    return body.length <= MIN_MARKDOWN_MAX_LENGTH
        ? body
        : `## ${verdict}${SEPARATOR}This report is too large to show here.`;
}
/** Only http(s) links are used, percent-encoding what would end a markdown link early. */
function safeUrl(url) {
    if (url === undefined || !/^https?:\/\/[^\s]+$/i.test(url) || url.length > 2000)
        return undefined;
    return url.replace(/[()<>[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
function metricBlocks(report) {
    const entries = Object.entries(report.metrics);
    if (entries.length === 0)
        return [];
    const rows = entries.map(([name, value]) => [
        markdownCell(clip(name, 80)),
        markdownCell((0,truncate/* truncateForDisplay */.E)((0,format/* formatValue */.Fl)(value), CELL_CHARS)),
    ]);
    const numeric = entries.every(([, value]) => typeof value === 'number' || value === null);
    const align = ['left', numeric ? 'right' : 'left'];
    const key = rows.slice(0, KEY_METRICS);
    const rest = rows.slice(KEY_METRICS);
    const blocks = [fixed(`**Key metrics**\n\n${markdownTable(['Metric', 'Value'], key, align)}`)];
    if (rest.length > 0) {
        blocks.push(fixed(folded(`${rest.length} more metrics`, markdownTable(['Metric', 'Value'], rest, align))));
    }
    return blocks;
}
function findingBlocks(findings, maxFindings) {
    const groups = (0,format/* groupBySeverity */.Eg)(findings);
    if (groups.size === 0)
        return [fixed('### Findings\n\nNo findings.')];
    const blocks = [fixed(`### Findings: ${(0,format/* describeCounts */.wv)(groups)}`)];
    let room = Math.max(0, maxFindings);
    for (const [severity, group] of groups) {
        const shown = group.slice(0, room);
        room -= shown.length;
        blocks.push(findingGroupBlock(severity, group, shown.length));
    }
    return blocks;
}
/** One severity's findings as a table: errors always open, a long warning list and notices folded. */
function findingGroupBlock(severity, group, limit) {
    const title = `${SEVERITY_EMOJI[severity]} ${SEVERITY_TITLE[severity]} (${group.length})`;
    const fold = severity === 'notice' || (severity === 'warning' && group.length > FOLD_ROWS);
    const hasColumn = group.some((finding) => finding.column !== undefined);
    const hasCount = group.some((finding) => finding.count !== undefined || finding.share !== undefined);
    const hasWhere = group.some((finding) => (finding.locations?.length ?? 0) > 0);
    const header = [
        'Check',
        ...(hasColumn ? ['Column'] : []),
        'Message',
        ...(hasCount ? ['Count'] : []),
        ...(hasWhere ? ['Where'] : []),
    ];
    const align = header.map((name) => (name === 'Count' ? 'right' : 'left'));
    const row = (finding) => [
        markdownCodeCell(clip(finding.check, 60)),
        ...(hasColumn ? [markdownCell((0,truncate/* truncateForDisplay */.E)(finding.column ?? '', CELL_CHARS))] : []),
        markdownCell((0,truncate/* truncateForDisplay */.E)(finding.message, MESSAGE_CHARS)),
        ...(hasCount ? [markdownCell((0,format/* formatCount */.B4)(finding))] : []),
        ...(hasWhere ? [whereCell(finding)] : []),
    ];
    const render = (k) => {
        const table = markdownTable(header, group.slice(0, k).map(row), align);
        const more = k < group.length
            ? `\n\n…and ${group.length - k} more ${format/* SEVERITY_PLURAL */.fx[severity]} in the full report.`
            : '';
        return fold ? folded(title, table + more) : `#### ${title}\n\n${table}${more}`;
    };
    if (limit === 0) {
        return fixed(`#### ${title}\n\nNot listed here (the findings limit is reached); see the full report.`);
    }
    return shrinkable(limit, render);
}
function whereCell(finding) {
    const locations = finding.locations ?? [];
    const shown = locations
        .slice(0, LOCATIONS_SHOWN)
        .map((location) => markdownCodeCell(clip((0,format/* formatLocation */.j$)(location), 120)));
    if (locations.length > LOCATIONS_SHOWN)
        shown.push(`+${locations.length - LOCATIONS_SHOWN} more`);
    return shown.join('<br>');
}
function chartBlocks(report) {
    if (report.charts.length === 0)
        return [];
    const charts = report.charts.slice(0, TEXT_CHARTS).map(renderTextChart);
    const more = report.charts.length > TEXT_CHARTS
        ? `\n\n${report.charts.length - TEXT_CHARTS} more charts are in the HTML report.`
        : '';
    return [fixed(`### Charts\n\n\`\`\`text\n${charts.join('\n\n')}\n\`\`\`${more}`)];
}
function tableBlock(table, maxRows) {
    const name = clip(table.title || table.id, 120);
    const title = markdownText(name);
    if (table.columns.length === 0)
        return fixed(`#### ${title}\n\nThis table has no columns.`);
    if (table.rows.length === 0)
        return fixed(`#### ${title}\n\nNo rows.`);
    const header = table.columns.map((column) => markdownCell(clip((0,format/* columnHeader */.k4)(column), 80)));
    const align = table.columns.map((column) => ((0,format/* isNumericColumn */.kc)(column) ? 'right' : 'left'));
    const cells = (row) => table.columns.map((column, i) => markdownCell((0,truncate/* truncateForDisplay */.E)((0,format/* formatCell */._Z)(row[i], column, true), CELL_CHARS)));
    const total = table.rows.length;
    const fold = total > FOLD_ROWS;
    const render = (k) => {
        const body = markdownTable(header, table.rows.slice(0, k).map(cells), align);
        const note = k < total ? `\n\nShowing ${k} of ${total} rows; all rows are in the full report.` : '';
        return fold
            ? folded(`${htmlInline(name)} (${total} rows)`, body + note)
            : `#### ${title}\n\n${body}${note}`;
    };
    return shrinkable(Math.min(total, Math.max(1, maxRows)), render);
}
/** A GFM table from cells that are already escaped. */
function markdownTable(header, rows, align) {
    const line = (cells) => `| ${cells.join(' | ')} |`;
    const rule = align.map((side) => (side === 'right' ? '---:' : '---'));
    return [line(header), line(rule), ...rows.map(line)].join('\n');
}
/** A collapsed section; the blank lines let GitHub render the markdown inside it. */
function folded(summary, content) {
    return `<details><summary>${summary}</summary>\n\n${content}\n\n</details>`;
}

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
;// CONCATENATED MODULE: ./packages/core/src/action/errors.ts

/**
 * The one line a user sees for an error. A UserError (a wrong input, an unreadable data file, a bad
 * schema, a corrupt summary, a report folder that cannot be written) and a file-system error are shown
 * as they are; anything else is an internal error, whose stack goes to the debug log only.
 */
function describeError(error) {
    if (!(error instanceof Error))
        return { message: `internal error: ${String(error)}`, internal: true };
    if (error instanceof errors/* UserError */.y)
        return { message: error.message, internal: false };
    const fileSystem = (0,errors/* describeFileSystemError */.t)(error);
    if (fileSystem)
        return { message: fileSystem, internal: false };
    return { message: `internal error: ${error.message}`, internal: true, stack: error.stack };
}

;// CONCATENATED MODULE: ./packages/core/package.json
const package_namespaceObject = {"rE":"0.1.0"};
// EXTERNAL MODULE: ./packages/core/src/report/model.ts
var model = __webpack_require__(15149);
;// CONCATENATED MODULE: ./packages/core/src/report/build.ts


/**
 * Wraps what a check found into the Report every renderer and later gate reads. The verdict follows from
 * the findings; an empty report name falls back to the action name. A result whose tables or charts are
 * malformed (a row or series of the wrong length, a chart value that is not finite) is a bug in the
 * check, so it throws naming the table or chart rather than rendering something misleading.
 */
function buildReport(action, reportName, result, opts = {}) {
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(action)) {
        throw new Error(`buildReport: action must be a kebab-case name such as check-drift, got ${JSON.stringify(action)}`);
    }
    const now = opts.now ?? new Date();
    if (Number.isNaN(now.getTime()))
        throw new Error('buildReport: opts.now is an invalid Date');
    assertWellFormed(result);
    return {
        schemaVersion: model/* REPORT_SCHEMA_VERSION */.WI,
        action,
        reportName: reportName.trim() === '' ? action : reportName,
        verdict: (0,model/* verdictOf */.Vj)(result.findings),
        summary: result.summary,
        findings: result.findings,
        metrics: result.metrics,
        tables: result.tables,
        charts: result.charts,
        createdAt: now.toISOString(),
        tool: { name: 'modelgate', version: opts.version ?? package_namespaceObject.rE },
    };
}
function assertWellFormed(result) {
    const tableIds = new Set();
    for (const table of result.tables) {
        if (tableIds.has(table.id))
            throw new Error(`buildReport: two tables have the id "${table.id}"`);
        tableIds.add(table.id);
        table.rows.forEach((row, index) => {
            if (row.length !== table.columns.length) {
                throw new Error(`buildReport: table "${table.id}" row ${index + 1} has ${row.length} cells, expected ${table.columns.length} (one per column)`);
            }
        });
    }
    for (const chart of result.charts) {
        for (const series of chart.series) {
            if (series.values.length !== chart.labels.length) {
                throw new Error(`buildReport: chart "${chart.id}" series "${series.name}" has ${series.values.length} values, expected ${chart.labels.length} (one per label)`);
            }
            const bad = series.values.findIndex((value) => !Number.isFinite(value));
            if (bad >= 0) {
                throw new Error(`buildReport: chart "${chart.id}" series "${series.name}" value ${bad + 1} is ${series.values[bad]}, expected a finite number`);
            }
        }
    }
    for (const finding of result.findings) {
        const { count, share } = finding;
        if (count !== undefined && !(Number.isInteger(count) && count >= 0)) {
            throw new Error(`buildReport: finding "${finding.check}" has count ${count}, expected a whole number >= 0`);
        }
        if (share !== undefined && !(share >= 0 && share <= 1)) {
            throw new Error(`buildReport: finding "${finding.check}" has share ${share}, expected a number in [0, 1]`);
        }
        for (const location of finding.locations ?? []) {
            const { line } = location;
            if (line !== undefined && !(Number.isInteger(line) && line >= 1)) {
                throw new Error(`buildReport: finding "${finding.check}" points at ${location.file} line ${line}, expected a whole number >= 1`);
            }
        }
    }
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./packages/core/src/report/svg.ts
/**
 * Charts as inline SVG strings, for the self-contained HTML report. Pure functions: a Chart in, markup out.
 * Every coordinate passes through `coord`, so whatever the data (empty, one bin, all zeros, negative,
 * NaN or infinite values) the markup holds only finite numbers.
 */



/** Series colours in order: blue and orange first (distinct for colour-blind readers), then more. */
const SERIES_COLORS = ['#2f6fdb', '#e8710a', '#12a37f', '#c2185b', '#7b5ea7', '#6b7280'];
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"';
const CHAR_WIDTH = 6.2; // average glyph width of the 11px axis font, for layout estimates
const AXIS_COLOR = '#6b7280';
const GRID_COLOR = '#e5e7eb';
const TEXT_COLOR = '#374151';
/** Draws `chart`: overlaid step histograms for 'histogram', grouped bars for 'bar', with axes and legend. */
function renderChartSvg(chart, opts = {}) {
    const width = opts.width ?? 560;
    const height = opts.height ?? 300;
    const labels = chart.labels;
    const series = chart.series.map((s) => ({
        name: s.name,
        values: labels.map((_, i) => finiteOr0(s.values[i])),
        low: s.low && s.high ? labels.map((_, i) => finiteOrNaN(s.low?.[i])) : undefined,
        high: s.low && s.high ? labels.map((_, i) => finiteOrNaN(s.high?.[i])) : undefined,
        boxes: chart.kind === 'box' ? labels.map((_, i) => finiteBox(s.boxes?.[i])) : undefined,
    }));
    const open = svgOpen(chart, width, height);
    if (labels.length === 0 || series.length === 0) {
        return `${open}<text x="${coord(width / 2)}" y="${coord(height / 2)}" text-anchor="middle" ${FONT} font-size="13" fill="${AXIS_COLOR}">No data</text></svg>`;
    }
    const xTicks = layoutXLabels(labels, width - 64 - 16);
    const frame = {
        width,
        height,
        left: 64,
        right: width - 16,
        top: 34,
        bottom: height - xTicks.height - 22,
    };
    let min = 0;
    let max = 0;
    for (const s of series) {
        const extents = [
            ...(s.boxes
                ? s.boxes.flatMap((box) => (box ? [box.min, box.q1, box.median, box.q3, box.max] : []))
                : s.values),
            ...(s.low ?? []),
            ...(s.high ?? []),
        ];
        for (const value of extents) {
            if (Number.isNaN(value))
                continue;
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
    }
    const scale = yScale(min, max, frame);
    const xLabel = chart.xLabel ?? (chart.kind === 'histogram' ? 'bin' : '');
    const yLabel = chart.yLabel ?? (chart.kind === 'histogram' ? 'frequency' : 'value');
    const plot = chart.kind === 'histogram'
        ? histogram(series, labels, scale, frame)
        : chart.kind === 'box'
            ? boxes(series, labels, scale, frame)
            : bars(series, labels, scale, frame);
    const parts = [
        open,
        yAxis(scale, frame, yLabel),
        plot,
        intervals(series, labels, scale, frame, chart.kind),
        xAxis(labels, xTicks, scale, frame, xLabel),
        legend(series.map((s) => s.name)),
        '</svg>',
    ];
    return parts.join('');
}
function svgOpen(chart, width, height) {
    const title = xml(chart.title);
    return (`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${coord(width)} ${coord(height)}" width="${coord(width)}" height="${coord(height)}" role="img" aria-label="${title}">` +
        `<title>${title}</title>`);
}
/**
 * A linear y scale over [min, max] widened to round tick steps. A flat range (all zeros) becomes [0, 1];
 * a range too small or too large for round steps in double precision keeps its bounds with no inner ticks.
 */
function yScale(min, max, frame) {
    let step = niceStep((max - min) / 4);
    let lo = Math.floor(min / step) * step;
    let hi = Math.ceil(max / step) * step;
    if (!(max > min)) {
        [lo, hi, step] = [0, 1, 0.25];
    }
    else if (!(hi > lo) || !Number.isFinite(hi - lo) || (hi - lo) / step > 12) {
        [lo, hi, step] = [min, max, max - min];
    }
    const ticks = [];
    for (let i = 0; i <= 12 && lo + i * step <= hi + step / 2; i++)
        ticks.push(Number((lo + i * step).toPrecision(12)));
    const y = (value) => frame.bottom - ((value - lo) / (hi - lo)) * (frame.bottom - frame.top);
    return { lo, hi, ticks, y };
}
/** The smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is at least `raw`. */
function niceStep(raw) {
    if (!(raw > 0) || !Number.isFinite(raw))
        return 1;
    const power = 10 ** Math.floor(Math.log10(raw));
    const fraction = raw / power;
    const nice = [1, 2, 2.5, 5, 10].find((candidate) => fraction <= candidate + 1e-9) ?? 10;
    return nice * power;
}
function yAxis(scale, frame, label) {
    const lines = scale.ticks.map((tick) => {
        const y = coord(scale.y(tick));
        return (`<line x1="${coord(frame.left)}" x2="${coord(frame.right)}" y1="${y}" y2="${y}" stroke="${GRID_COLOR}" stroke-width="1"/>` +
            `<text x="${coord(frame.left - 8)}" y="${y}" dy="0.32em" text-anchor="end" ${FONT} font-size="11" fill="${AXIS_COLOR}">${xml(formatTick(tick))}</text>`);
    });
    const middle = coord((frame.top + frame.bottom) / 2);
    const room = Math.max(4, Math.floor((frame.bottom - frame.top) / CHAR_WIDTH));
    const title = label
        ? `<text transform="translate(14 ${middle}) rotate(-90)" text-anchor="middle" ${FONT} font-size="11" fill="${TEXT_COLOR}">${xml(clip(label, room))}</text>`
        : '';
    return `<g>${lines.join('')}${title}</g>`;
}
/** Tick labels: short, so 12,000 becomes 12k and 2,500,000 becomes 2.5M. */
function formatTick(value) {
    const magnitude = Math.abs(value);
    if (magnitude >= 1e9)
        return `${(0,format/* formatNumber */.ZV)(value / 1e9)}G`;
    if (magnitude >= 1e6)
        return `${(0,format/* formatNumber */.ZV)(value / 1e6)}M`;
    if (magnitude >= 1e4)
        return `${(0,format/* formatNumber */.ZV)(value / 1e3)}k`;
    return (0,format/* formatNumber */.ZV)(value);
}
/** Fits the x labels: horizontal when they fit, otherwise slanted and thinned out to avoid overlap. */
function layoutXLabels(labels, plotWidth) {
    const slot = plotWidth / Math.max(1, labels.length);
    const longest = labels.reduce((most, label) => Math.max(most, label.length), 1);
    const horizontalChars = Math.min(longest, 18);
    if (horizontalChars * CHAR_WIDTH + 6 <= slot) {
        return { every: 1, rotated: false, maxChars: horizontalChars, height: 18 };
    }
    const maxChars = Math.min(longest, 14);
    // Slanted labels need only about a line height of horizontal room each.
    const every = Math.max(1, Math.ceil(17 / slot));
    return {
        every,
        rotated: true,
        maxChars,
        height: Math.ceil(maxChars * CHAR_WIDTH * Math.sin(Math.PI / 4)) + 14,
    };
}
function xAxis(labels, layout, scale, frame, label) {
    const slot = (frame.right - frame.left) / labels.length;
    const baseline = coord(scale.y(0));
    const ticks = labels.map((text, i) => {
        if (i % layout.every !== 0)
            return '';
        const x = frame.left + slot * (i + 0.5);
        const shown = xml(clip(text, layout.maxChars));
        const full = xml(text);
        const y = frame.bottom + 14;
        return layout.rotated
            ? `<text transform="translate(${coord(x)} ${coord(y - 4)}) rotate(-45)" text-anchor="end" ${FONT} font-size="11" fill="${AXIS_COLOR}"><title>${full}</title>${shown}</text>`
            : `<text x="${coord(x)}" y="${coord(y)}" text-anchor="middle" ${FONT} font-size="11" fill="${AXIS_COLOR}"><title>${full}</title>${shown}</text>`;
    });
    const axisLine = `<line x1="${coord(frame.left)}" x2="${coord(frame.right)}" y1="${baseline}" y2="${baseline}" stroke="${AXIS_COLOR}" stroke-width="1"/>`;
    const title = label
        ? `<text x="${coord((frame.left + frame.right) / 2)}" y="${coord(frame.height - 6)}" text-anchor="middle" ${FONT} font-size="11" fill="${TEXT_COLOR}">${xml(clip(label, 60))}</text>`
        : '';
    return `<g>${axisLine}${ticks.join('')}${title}</g>`;
}
/**
 * Each series as a step curve over shared bins: the first (the reference) shaded, the others as outlines
 * drawn on top, so two distributions overlay legibly without muddy blended fills.
 */
function histogram(series, labels, scale, frame) {
    const slot = (frame.right - frame.left) / labels.length;
    const zero = scale.y(0);
    const curves = series.map((s, index) => {
        const color = SERIES_COLORS[index % SERIES_COLORS.length];
        let path = `M${coord(frame.left)} ${coord(zero)}`;
        s.values.forEach((value, i) => {
            const y = coord(scale.y(value));
            path += ` L${coord(frame.left + slot * i)} ${y} L${coord(frame.left + slot * (i + 1))} ${y}`;
        });
        path += ` L${coord(frame.right)} ${coord(zero)}`;
        // Only the shaded curve closes along the baseline; an outline drawn there would hide the x axis.
        const fill = index === 0 ? `fill="${color}" fill-opacity="0.2"` : 'fill="none"';
        if (index === 0)
            path += ' Z';
        return `<path d="${path}" ${fill} stroke="${color}" stroke-width="2" stroke-linejoin="miter"/>`;
    });
    return `<g>${curves.join('')}${hoverTargets(series, labels, frame)}</g>`;
}
/** Grouped bars: one group per label, one bar per series, drawn from zero (up or down). */
function bars(series, labels, scale, frame) {
    const slot = (frame.right - frame.left) / labels.length;
    const inner = slot * 0.78;
    const barWidth = inner / series.length;
    const zero = scale.y(0);
    const rects = labels.flatMap((label, i) => series.map((s, index) => {
        const value = s.values[i];
        const x = frame.left + slot * i + (slot - inner) / 2 + barWidth * index;
        const y = scale.y(value);
        const color = SERIES_COLORS[index % SERIES_COLORS.length];
        const tip = xml(`${label} · ${s.name}: ${(0,format/* formatNumber */.ZV)(value)}`);
        return `<rect x="${coord(x)}" y="${coord(Math.min(y, zero))}" width="${coord(Math.max(barWidth - 1, 0.5))}" height="${coord(Math.abs(zero - y))}" fill="${color}" rx="1.5"><title>${tip}</title></rect>`;
    }));
    return `<g>${rects.join('')}</g>`;
}
/** Where a series' mark for label i sits: the bar's (or box's) middle, or the bin's middle in a histogram. */
function markCenter(kind, i, index, count, labels, frame) {
    const slot = (frame.right - frame.left) / labels;
    if (kind === 'histogram')
        return frame.left + slot * (i + 0.5);
    const inner = slot * 0.78;
    const width = inner / count;
    return frame.left + slot * i + (slot - inner) / 2 + width * (index + 0.5);
}
/** An interval per bar as a whisker with caps, in a darker line over the bar; bars without one get none. */
function intervals(series, labels, scale, frame, kind) {
    if (kind === 'box')
        return '';
    const slot = (frame.right - frame.left) / labels.length;
    const cap = Math.max(2, Math.min(6, (slot * 0.78) / series.length / 4));
    const marks = series.flatMap((s, index) => labels.map((label, i) => {
        const low = s.low?.[i] ?? Number.NaN;
        const high = s.high?.[i] ?? Number.NaN;
        if (Number.isNaN(low) || Number.isNaN(high))
            return '';
        const x = markCenter(kind, i, index, series.length, labels.length, frame);
        const [y1, y2] = [scale.y(low), scale.y(high)];
        const tip = xml(`${label} · ${s.name}: ${(0,format/* formatNumber */.ZV)(s.values[i])} [${(0,format/* formatNumber */.ZV)(low)}, ${(0,format/* formatNumber */.ZV)(high)}]`);
        return (`<path d="M${coord(x)} ${coord(y1)} L${coord(x)} ${coord(y2)} M${coord(x - cap)} ${coord(y1)} L${coord(x + cap)} ${coord(y1)} M${coord(x - cap)} ${coord(y2)} L${coord(x + cap)} ${coord(y2)}" ` +
            `stroke="${TEXT_COLOR}" stroke-width="1.5" fill="none"><title>${tip}</title></path>`);
    }));
    return `<g class="intervals">${marks.join('')}</g>`;
}
/** One box per label and series: whiskers from min to max, a box from q1 to q3, a line at the median. */
function boxes(series, labels, scale, frame) {
    const slot = (frame.right - frame.left) / labels.length;
    const width = Math.max(2, ((slot * 0.78) / series.length) * 0.7);
    const marks = series.flatMap((s, index) => labels.map((label, i) => {
        const box = s.boxes?.[i];
        if (!box)
            return '';
        const x = markCenter('box', i, index, series.length, labels.length, frame);
        const color = SERIES_COLORS[index % SERIES_COLORS.length];
        const [top, q3, median, q1, bottom] = [box.max, box.q3, box.median, box.q1, box.min].map(scale.y);
        const left = x - width / 2;
        const tip = xml(`${label} · ${s.name}: median ${(0,format/* formatNumber */.ZV)(box.median)}, quartiles ${(0,format/* formatNumber */.ZV)(box.q1)}–${(0,format/* formatNumber */.ZV)(box.q3)}, ` +
            `range ${(0,format/* formatNumber */.ZV)(box.min)}–${(0,format/* formatNumber */.ZV)(box.max)}, n = ${(0,format/* formatNumber */.ZV)(box.n)}`);
        return (`<g><title>${tip}</title>` +
            `<path d="M${coord(x)} ${coord(top)} L${coord(x)} ${coord(q3)} M${coord(x)} ${coord(q1)} L${coord(x)} ${coord(bottom)} M${coord(x - width / 4)} ${coord(top)} L${coord(x + width / 4)} ${coord(top)} M${coord(x - width / 4)} ${coord(bottom)} L${coord(x + width / 4)} ${coord(bottom)}" stroke="${color}" stroke-width="1.5" fill="none"/>` +
            `<rect x="${coord(left)}" y="${coord(q3)}" width="${coord(width)}" height="${coord(Math.max(0.5, q1 - q3))}" fill="${color}" fill-opacity="0.25" stroke="${color}" stroke-width="1.5"/>` +
            `<line x1="${coord(left)}" x2="${coord(left + width)}" y1="${coord(median)}" y2="${coord(median)}" stroke="${color}" stroke-width="2.5"/>` +
            '</g>');
    }));
    return `<g class="boxes">${marks.join('')}</g>`;
}
/** Invisible full-height bands per bin whose tooltip lists every series' value (no script needed). */
function hoverTargets(series, labels, frame) {
    const slot = (frame.right - frame.left) / labels.length;
    return labels
        .map((label, i) => {
        const tip = xml([label, ...series.map((s) => `${s.name}: ${(0,format/* formatNumber */.ZV)(s.values[i])}`)].join('\n'));
        return `<rect x="${coord(frame.left + slot * i)}" y="${coord(frame.top)}" width="${coord(slot)}" height="${coord(frame.bottom - frame.top)}" fill="transparent"><title>${tip}</title></rect>`;
    })
        .join('');
}
function legend(names) {
    let x = 64;
    const items = names.map((name, index) => {
        const shown = clip(name, 28);
        const item = `<rect x="${coord(x)}" y="10" width="12" height="12" rx="2" fill="${SERIES_COLORS[index % SERIES_COLORS.length]}"/>` +
            `<text x="${coord(x + 17)}" y="16" dy="0.35em" ${FONT} font-size="12" fill="${TEXT_COLOR}">${xml(shown)}</text>`;
        x += 17 + shown.length * 6.8 + 18;
        return item;
    });
    return `<g>${items.join('')}</g>`;
}
/** Non-finite values draw as 0; magnitudes are capped so differences between values stay finite. */
function finiteOr0(value) {
    if (value === undefined || !Number.isFinite(value))
        return 0;
    return Math.max(-1e300, Math.min(1e300, value));
}
function finiteOrNaN(value) {
    if (value === undefined || value === null || !Number.isFinite(value))
        return Number.NaN;
    return Math.max(-1e300, Math.min(1e300, value));
}
/** A box whose five numbers are all finite, clamped like any value; anything else is not drawn. */
function finiteBox(box) {
    if (!box)
        return undefined;
    const five = [box.min, box.q1, box.median, box.q3, box.max];
    if (!five.every((value) => typeof value === 'number' && Number.isFinite(value)))
        return undefined;
    const [min, q1, median, q3, max] = five.map(finiteOr0);
    return { min, q1, median, q3, max, n: box.n };
}
/** Text for SVG content or attributes: escaped, without the control characters XML forbids. */
function xml(text) {
    return escapeHtml(stripControl((0,truncate/* truncateForDisplay */.E)(text)));
}
/** A coordinate with one decimal; never NaN or Infinity in the markup. */
function coord(value) {
    if (!Number.isFinite(value))
        return '0';
    return String(Math.round(value * 10) / 10);
}

;// CONCATENATED MODULE: ./packages/core/src/report/render-html.ts
/**
 * The report as one self-contained HTML file: inline CSS, charts as inline SVG, no script and nothing
 * fetched from the network (a Content-Security-Policy says so to the browser as well). Every string from
 * the report is HTML-escaped.
 */




/** Rows drawn per table; report.json holds the rest. */
const HTML_MAX_ROWS = 10_000;
/** Findings listed; report.json holds the rest. */
const HTML_MAX_FINDINGS = 5_000;
const render_html_LOCATIONS_SHOWN = 5;
const VERDICT_ICON = { pass: '✓', warn: '!', fail: '✕' };
function renderHtml(report) {
    const name = report.reportName !== report.action ? report.reportName : '';
    const title = `${format/* VERDICT_LABEL */.j[report.verdict]} · ${report.action}${name ? ` · ${name}` : ''}`;
    const sections = [
        metricsSection(report),
        findingsSection(report.findings),
        chartsSection(report),
        tablesSection(report),
    ];
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${render_html_text(clip(title, 200))}</title>
<style>${STYLE}</style>
</head>
<body>
<header class="top ${render_html_text(report.verdict)}">
<div class="verdict"><span class="icon" aria-hidden="true">${VERDICT_ICON[report.verdict]}</span>${format/* VERDICT_LABEL */.j[report.verdict]}</div>
<div class="heading">
<h1>${render_html_text(name || report.action)}</h1>
<p class="meta">${name ? `${render_html_text(report.action)} · ` : ''}${timeElement(report.createdAt)} · ${render_html_text(report.tool.name)} ${render_html_text(report.tool.version)}</p>
</div>
</header>
<main>
<p class="summary">${render_html_text(report.summary)}</p>
${sections.filter((section) => section !== '').join('\n')}
</main>
</body>
</html>
`;
}
/** Escaped text with control characters dropped. */
function render_html_text(value) {
    return escapeHtml(stripControl((0,truncate/* truncateForDisplay */.E)(value)));
}
function timeElement(createdAt) {
    const time = new Date(createdAt);
    const shown = Number.isNaN(time.getTime())
        ? createdAt
        : `${time.toISOString().slice(0, 19).replace('T', ' ')} UTC`;
    return `<time datetime="${render_html_text(createdAt)}">${render_html_text(shown)}</time>`;
}
function metricsSection(report) {
    const entries = Object.entries(report.metrics);
    if (entries.length === 0)
        return '';
    const items = entries.map(([key, value]) => `<div class="metric"><dt>${render_html_text(key)}</dt><dd class="${metricClass(value)}">${render_html_text((0,format/* formatValue */.Fl)(value))}</dd></div>`);
    return `<section><h2>Metrics</h2><dl class="metrics">${items.join('')}</dl></section>`;
}
/** Numbers in tabular figures; long text in a smaller size so a card does not become a wall of bold. */
function metricClass(value) {
    if (typeof value === 'number')
        return 'num';
    return (0,format/* formatValue */.Fl)(value).length > 18 ? 'long' : '';
}
function findingsSection(findings) {
    const groups = (0,format/* groupBySeverity */.Eg)(findings);
    if (groups.size === 0)
        return '<section><h2>Findings</h2><p class="none">No findings.</p></section>';
    const ordered = [...groups.values()].flat();
    const shown = ordered.slice(0, HTML_MAX_FINDINGS).map(findingItem);
    const more = ordered.length > HTML_MAX_FINDINGS
        ? `<p class="note">${ordered.length - HTML_MAX_FINDINGS} more findings are in report.json.</p>`
        : '';
    return `<section><h2>Findings <span class="count">${render_html_text((0,format/* describeCounts */.wv)(groups))}</span></h2><ul class="findings">${shown.join('')}</ul>${more}</section>`;
}
function findingItem(finding) {
    const facts = [
        `<code>${render_html_text(finding.check)}</code>`,
        ...(finding.column !== undefined ? [`column <strong>${render_html_text(finding.column)}</strong>`] : []),
        ...(finding.count !== undefined || finding.share !== undefined ? [render_html_text((0,format/* formatCount */.B4)(finding))] : []),
    ];
    const locations = finding.locations ?? [];
    const where = locations
        .slice(0, render_html_LOCATIONS_SHOWN)
        .map((location) => `<code>${render_html_text((0,format/* formatLocation */.j$)(location))}</code>`);
    if (locations.length > render_html_LOCATIONS_SHOWN)
        where.push(`+${locations.length - render_html_LOCATIONS_SHOWN} more`);
    return (`<li class="finding ${render_html_text(finding.severity)}"><span class="badge">${render_html_text(finding.severity)}</span><div>` +
        `<p class="message">${render_html_text(finding.message)}</p>` +
        `<p class="facts">${facts.join('<span class="dot">·</span>')}</p>` +
        (where.length > 0 ? `<p class="where">${where.join(' ')}</p>` : '') +
        '</div></li>');
}
function chartsSection(report) {
    if (report.charts.length === 0)
        return '';
    const figures = report.charts.map((chart) => `<figure><figcaption>${render_html_text(chart.title)}</figcaption>${renderChartSvg(chart)}</figure>`);
    return `<section><h2>Charts</h2><div class="charts">${figures.join('')}</div></section>`;
}
function tablesSection(report) {
    return report.tables.map(tableSection).join('\n');
}
function tableSection(table) {
    const heading = `<h2>${render_html_text(table.title || table.id)} <span class="count">${table.rows.length} ${table.rows.length === 1 ? 'row' : 'rows'}</span></h2>`;
    if (table.columns.length === 0 || table.rows.length === 0) {
        return `<section>${heading}<p class="none">No ${table.columns.length === 0 ? 'columns' : 'rows'}.</p></section>`;
    }
    const numeric = table.columns.map(format/* isNumericColumn */.kc);
    const cls = (i) => (numeric[i] ? ' class="num"' : '');
    const head = table.columns
        .map((column, i) => `<th scope="col"${cls(i)}>${render_html_text((0,format/* columnHeader */.k4)(column))}</th>`)
        .join('');
    const rows = table.rows
        .slice(0, HTML_MAX_ROWS)
        .map((row) => `<tr>${table.columns.map((column, i) => `<td${cls(i)}>${render_html_text((0,format/* formatCell */._Z)(row[i], column, true))}</td>`).join('')}</tr>`);
    const more = table.rows.length > HTML_MAX_ROWS
        ? `<p class="note">Showing ${HTML_MAX_ROWS} of ${table.rows.length} rows; report.json holds all of them.</p>`
        : '';
    return `<section>${heading}<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('\n')}</tbody></table></div>${more}</section>`;
}
const STYLE = `
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --soft: #f6f8fa; --accent: #2f6fdb; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--fg); background: #fff; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main, .top { max-width: 1120px; margin: 0 auto; padding: 0 28px; }
.top { display: flex; align-items: center; gap: 20px; padding-top: 28px; padding-bottom: 20px; border-bottom: 1px solid var(--line); }
.verdict { display: flex; align-items: center; gap: 8px; padding: 8px 16px 8px 10px; border-radius: 999px; font-weight: 650; font-size: 17px; white-space: nowrap; }
.verdict .icon { display: inline-grid; place-items: center; width: 26px; height: 26px; border-radius: 50%; color: #fff; font-size: 15px; }
.pass .verdict { background: #dafbe1; color: #116329; } .pass .verdict .icon { background: #1a7f37; }
.warn .verdict { background: #fff8c5; color: #7d4e00; } .warn .verdict .icon { background: #bf8700; }
.fail .verdict { background: #ffebe9; color: #a40e26; } .fail .verdict .icon { background: #cf222e; }
h1 { margin: 0; font-size: 24px; line-height: 1.25; overflow-wrap: anywhere; }
.meta { margin: 2px 0 0; color: var(--muted); font-size: 14px; overflow-wrap: anywhere; }
.summary { font-size: 17px; margin: 22px 0 8px; overflow-wrap: anywhere; white-space: pre-line; }
section { margin: 30px 0; }
h2 { font-size: 18px; margin: 0 0 12px; overflow-wrap: anywhere; }
h2 .count { color: var(--muted); font-weight: 400; font-size: 14px; margin-left: 6px; }
.metrics { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 10px; margin: 0; }
.metric { border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; background: var(--soft); min-width: 0; }
.metric dt { color: var(--muted); font-size: 13px; overflow-wrap: anywhere; }
.metric dd { margin: 2px 0 0; font-size: 20px; font-weight: 600; overflow-wrap: anywhere; }
.metric dd.long { font-size: 15px; font-weight: 500; }
.num { font-variant-numeric: tabular-nums; }
.findings { list-style: none; margin: 0; padding: 0; border: 1px solid var(--line); border-radius: 8px; overflow: hidden; }
.finding { display: flex; gap: 14px; align-items: flex-start; padding: 12px 16px; border-top: 1px solid var(--line); border-left: 4px solid transparent; }
.finding:first-child { border-top: 0; }
.finding.error { border-left-color: #cf222e; } .finding.warning { border-left-color: #bf8700; } .finding.notice { border-left-color: #2f6fdb; }
.badge { flex: none; width: 68px; text-align: center; border-radius: 999px; padding: 1px 0; font-size: 12px; font-weight: 600; text-transform: uppercase; letter-spacing: .03em; margin-top: 2px; }
.error .badge { background: #ffebe9; color: #a40e26; } .warning .badge { background: #fff8c5; color: #7d4e00; } .notice .badge { background: #ddf4ff; color: #0a3069; }
.finding > div { min-width: 0; }
.finding p { margin: 0; overflow-wrap: anywhere; }
.message { white-space: pre-line; }
.facts, .where { color: var(--muted); font-size: 13px; margin-top: 3px !important; }
.dot { margin: 0 7px; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--soft); border: 1px solid var(--line); border-radius: 5px; padding: 0 5px; }
.where code { margin-right: 4px; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(460px, 1fr)); gap: 16px; }
figure { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 12px 12px 6px; min-width: 0; }
figcaption { font-weight: 600; margin: 0 0 2px 4px; overflow-wrap: anywhere; }
svg { display: block; width: 100%; height: auto; }
.table-wrap { overflow: auto; max-height: 640px; border: 1px solid var(--line); border-radius: 8px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { padding: 7px 12px; text-align: left; border-bottom: 1px solid var(--line); vertical-align: top; white-space: pre-line; }
th { position: sticky; top: 0; background: var(--soft); font-weight: 600; color: var(--muted); font-size: 13px; }
th.num, td.num { text-align: right; }
tbody tr:nth-child(even) { background: #fbfcfd; }
tbody tr:hover { background: #f0f6ff; }
tbody tr:last-child td { border-bottom: 0; }
.none, .note { color: var(--muted); }
@media print { .table-wrap { max-height: none; overflow: visible; } }
`;

;// CONCATENATED MODULE: ./packages/core/src/report/write.ts







/** The file names every action writes into its report-dir. */
const REPORT_FILE_NAMES = {
    json: 'report.json',
    markdown: 'report.md',
    html: 'report.html',
};
// A report file that is a symbolic link (committed in a pull request to point at ~/.bashrc, say) is
// refused, not followed: open fails with ELOOP where the platform has O_NOFOLLOW.
const NO_FOLLOW = external_node_fs_.constants.O_WRONLY | external_node_fs_.constants.O_CREAT | external_node_fs_.constants.O_TRUNC | (external_node_fs_.constants.O_NOFOLLOW ?? 0);
/**
 * Writes report.json, report.md and report.html into `dir` (created if missing) and returns their
 * absolute paths. The markdown file is the full body, not cut to a comment's size limit.
 */
async function writeReportFiles(report, dir) {
    const root = (0,external_node_path_.resolve)(dir);
    const paths = {
        json: (0,external_node_path_.join)(root, REPORT_FILE_NAMES.json),
        markdown: (0,external_node_path_.join)(root, REPORT_FILE_NAMES.markdown),
        html: (0,external_node_path_.join)(root, REPORT_FILE_NAMES.html),
    };
    try {
        await (0,promises_.mkdir)(root, { recursive: true });
        await Promise.all([
            (0,promises_.writeFile)(paths.json, serializeReport(report), { flag: NO_FOLLOW }),
            (0,promises_.writeFile)(paths.markdown, renderMarkdown(report, { maxLength: Number.MAX_SAFE_INTEGER }), {
                flag: NO_FOLLOW,
            }),
            (0,promises_.writeFile)(paths.html, renderHtml(report), { flag: NO_FOLLOW }),
        ]);
    }
    catch (error) {
        // A folder the job cannot write (read-only, full, a file in the way) is the user's to fix; anything
        // else (a renderer bug) stays an internal error.
        const reason = (0,errors/* describeFileSystemError */.t)(error, root);
        if (reason === undefined)
            throw error;
        throw new errors/* UserError */.y(`Cannot write the report files into ${root}: ${reason}`, { cause: error });
    }
    return paths;
}
// Key order of each object in the model, so report.json reads top-down (verdict before details) and is
// byte-identical for equal reports however their objects were assembled.
const REPORT_KEYS = [
    'schemaVersion',
    'action',
    'reportName',
    'verdict',
    'summary',
    'createdAt',
    'tool',
    'metrics',
    'findings',
    'tables',
    'charts',
];
const TOOL_KEYS = ['name', 'version'];
const FINDING_KEYS = ['check', 'severity', 'column', 'message', 'count', 'share', 'locations'];
const LOCATION_KEYS = ['file', 'line', 'unit', 'column'];
const TABLE_KEYS = ['id', 'title', 'columns', 'rows'];
const CHART_KEYS = ['id', 'title', 'kind', 'xLabel', 'yLabel', 'labels', 'series'];
const SERIES_KEYS = ['name', 'values', 'low', 'high', 'boxes'];
const COLUMN_KEYS = ['name', 'kind', 'unit'];
const BOX_KEYS = ['min', 'q1', 'median', 'q3', 'max', 'n'];
const INTERVAL_KEYS = ['estimate', 'low', 'high'];
/**
 * report.json's text: two-space indented, keys in the model's order (keys the model does not know follow,
 * sorted), metrics in the order the check gave them. Non-finite numbers become null, as in all JSON.
 */
function serializeReport(report) {
    const ordered = pick(report, REPORT_KEYS, {
        tool: (tool) => pick(tool, TOOL_KEYS),
        findings: (findings) => findings.map((finding) => pick(finding, FINDING_KEYS, {
            locations: (locations) => locations.map((location) => pick(location, LOCATION_KEYS)),
        })),
        tables: (tables) => tables.map((table) => pick(table, TABLE_KEYS, {
            columns: (columns) => columns.map((column) => pick(column, COLUMN_KEYS)),
            rows: (rows) => rows.map((row) => row.map((cell) => ((0,model/* isIntervalValue */.Rq)(cell) ? pick(cell, INTERVAL_KEYS) : cell))),
        })),
        charts: (charts) => charts.map((chart) => pick(chart, CHART_KEYS, {
            series: (series) => series.map((s) => pick(s, SERIES_KEYS, {
                boxes: (boxes) => boxes.map((box) => pick(box, BOX_KEYS)),
            })),
        })),
    });
    return `${JSON.stringify(ordered, null, 2)}\n`;
}
/** A copy of `object` with `keys` first in that order, then any other keys sorted; undefined values dropped. */
function pick(object, keys, nested = {}) {
    const source = object;
    const extra = Object.keys(source)
        .filter((key) => !keys.includes(key))
        .sort();
    const out = {};
    for (const key of [...keys, ...extra]) {
        const value = source[key];
        if (value === undefined)
            continue;
        out[key] = nested[key] ? nested[key](value) : value;
    }
    return out;
}

// EXTERNAL MODULE: ./packages/core/src/inputs/spec.ts
var spec = __webpack_require__(8592);
;// CONCATENATED MODULE: ./packages/core/src/action/gate.ts

const REPORT_NAME_EXPECTED = 'a name of 1 to 100 letters, digits, spaces, dots, dashes or underscores that starts with a letter or digit';
const REPORT_NAME = /^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,99}$/u;
/**
 * report-name is also the name of its folder and of the artifact, so it is one plain path segment: no
 * separator, no `..`, nothing a file system or the artifact service refuses. It is refused rather than
 * quietly changed, so the folder, the artifact and the comment all carry the name that was asked for.
 */
function reportName() {
    return {
        ...(0,spec/* text */.Qq)(),
        expected: REPORT_NAME_EXPECTED,
        parse: (raw) => {
            if (!REPORT_NAME.test(raw))
                throw new spec/* ExpectedError */.Dh(REPORT_NAME_EXPECTED);
            return raw;
        },
    };
}
/** Inputs every gate has, with the same names and meaning everywhere. */
const commonInputs = {
    'fail-on': (0,spec/* present */.Eb)((0,spec/* choice */.Yq)(['error', 'warning', 'never'])),
    'report-name': reportName(),
    'report-dir': (0,spec/* present */.Eb)((0,spec/* text */.Qq)()),
    'max-annotations': (0,spec/* present */.Eb)((0,spec/* integer */.nd)({ min: 0, max: 10_000 })),
    token: (0,spec/* secret */.rJ)((0,spec/* text */.Qq)()),
};
/** The step fails only when the verdict reaches the `fail-on` level. */
function gateFails(verdict, failOn) {
    if (failOn === 'never')
        return false;
    if (failOn === 'warning')
        return verdict !== 'pass';
    return verdict === 'fail';
}

;// CONCATENATED MODULE: ./packages/core/src/action/execute.ts






/**
 * The path every run takes, in Actions and in the CLI alike: run the check, build the Report, write
 * report.json/.md/.html, derive outputs and whether the gate fails. Publishing to GitHub is the caller's.
 */
async function executeGate(gate, options, context) {
    const outcome = await gate.run(options, context);
    const reportName = options['report-name'] ?? gate.name;
    const report = buildReport(gate.name, reportName, outcome.result);
    // One folder per report name, so two uses of a gate in one job keep both reports.
    const reportDir = writablePath('report-dir', (0,external_node_path_.join)(options['report-dir'], reportName), context);
    const files = await writeReportFiles(report, reportDir);
    const errors = report.findings.filter((f) => f.severity === 'error').length;
    const warnings = report.findings.filter((f) => f.severity === 'warning').length;
    const failed = gateFails(report.verdict, options['fail-on']);
    const outputs = {
        passed: String(report.verdict === 'pass'),
        verdict: report.verdict,
        errors: String(errors),
        warnings: String(warnings),
        'report-path': files.json,
        ...outcome.outputs,
    };
    return { report, files, reportDir, outputs, failed, publishingWarnings: outcome.publishingWarnings ?? [] };
}
/**
 * A path an input names for the gate to write (report-dir, an output file), resolved against the
 * workspace, and refused when it leads outside every allowed root (in the action: the workspace and
 * RUNNER_TEMP; the CLI has none, its user owns the disk). Symbolic links on the way count: a pull request
 * can commit `reports -> /home/runner`, so the path is followed as the file system will follow it.
 */
function writablePath(input, value, context) {
    const path = (0,external_node_path_.resolve)(context.workspace, value);
    const roots = context.reportRoots;
    if (roots === undefined)
        return path;
    const allowed = (candidate, rootsSeen) => rootsSeen.some((root) => isInside(candidate, root));
    const refuse = (how) => new parse/* InputError */.dz(input, `Input "${input}": ${JSON.stringify(value)} leads outside the workspace${how}; expected a path ` +
        `inside the workspace or RUNNER_TEMP (${roots.map((root) => JSON.stringify(root)).join(', ')})`);
    if (!allowed(path, roots.map((root) => (0,external_node_path_.resolve)(root))))
        throw refuse('');
    const real = followLinks(path);
    if (!allowed(real, roots.map((root) => followLinks((0,external_node_path_.resolve)(root))))) {
        throw refuse(` through a symbolic link (to ${JSON.stringify(real)})`);
    }
    return path;
}
/** Where `path` really is: its deepest existing ancestor with every link followed, plus the rest. */
function followLinks(path) {
    try {
        return (0,external_node_fs_.realpathSync)(path);
    }
    catch {
        const parent = (0,external_node_path_.dirname)(path);
        return parent === path ? path : (0,external_node_path_.join)(followLinks(parent), (0,external_node_path_.basename)(path));
    }
}
function isInside(path, root) {
    const rel = (0,external_node_path_.relative)(root, path);
    return rel === '' || (!rel.startsWith('..') && !(0,external_node_path_.isAbsolute)(rel));
}

// EXTERNAL MODULE: ./packages/core/src/action/log.ts
var log = __webpack_require__(33782);
;// CONCATENATED MODULE: ./packages/core/src/action/mask.ts
/**
 * Masks a secret for the Actions log. The runner matches masks against one log line at a time, so a
 * multi-line secret (a PEM key) masked whole is never matched: each of its lines is masked as well.
 */
function maskSecret(value, setSecret) {
    if (value === '')
        return;
    setSecret(value);
    if (!/[\r\n]/.test(value))
        return;
    for (const line of value.split(/\r?\n|\r/)) {
        const trimmed = line.trim();
        if (trimmed !== '')
            setSecret(trimmed);
    }
}

// EXTERNAL MODULE: ./packages/core/src/action/workflow-commands.ts
var workflow_commands = __webpack_require__(35918);
;// CONCATENATED MODULE: ./packages/core/src/action/run-action.ts









/** The bundle runs as `node <action>/dist/index.js`, so action.yml sits one folder up. */
function bundledActionDir() {
    return (0,external_node_path_.dirname)((0,external_node_path_.dirname)(process.argv[1] ?? '.'));
}
/**
 * Runs a gate as a GitHub Action: inputs from INPUT_*, reports published where people look, outputs
 * set, and the step failed only by the gate's verdict (or by unusable input).
 */
async function runAction(gate, actionDir = bundledActionDir(), env = process.env) {
    try {
        const definition = loadActionYml((0,external_node_path_.join)(actionDir, 'action.yml'));
        const options = (0,parse/* parseInputs */.TL)(gate.inputs, (0,parse/* envInputs */.DH)(env), definition);
        for (const [name, spec] of Object.entries(gate.inputs)) {
            const value = options[name];
            if (spec.secret && typeof value === 'string')
                maskSecret(value, workflow_commands/* setSecret */.Pq);
        }
        const workspace = env.GITHUB_WORKSPACE ?? process.cwd();
        const reportRoots = [workspace, ...(env.RUNNER_TEMP ? [env.RUNNER_TEMP] : [])];
        const run = await executeGate(gate, options, { log: log/* logInfo */.fH, workspace, env, reportRoots });
        const markdown = renderMarkdown(run.report);
        // Loaded only now: the GitHub clients are most of the bundle, and the check's data should not have to
        // share memory with them.
        const { publishReport } = await __webpack_require__.e(/* import() */ 34).then(__webpack_require__.bind(__webpack_require__, 33034));
        const published = await publishReport({
            report: run.report,
            markdown,
            reportDir: run.reportDir,
            maxAnnotations: options['max-annotations'],
            token: options.token || env.GITHUB_TOKEN,
            env,
        });
        for (const warning of run.publishingWarnings)
            workflow_commands/* warning */.$e(warning);
        for (const [name, value] of Object.entries(run.outputs))
            workflow_commands/* setOutput */.uH(name, value);
        // The gate's own GitHub calls degrade the report status exactly as a failed comment or check run does.
        const status = run.publishingWarnings.length > 0 && published.status === 'ok' ? 'degraded' : published.status;
        workflow_commands/* setOutput */.uH('report-status', status);
        (0,log/* logInfo */.fH)(`${gate.name}: ${run.report.verdict} - ${run.report.summary}`);
        if (run.failed)
            workflow_commands/* setFailed */.C1(`${gate.name}: ${run.report.summary}`);
    }
    catch (error) {
        const { message, stack } = describeError(error);
        if (stack)
            workflow_commands/* debug */.Yz(stack);
        workflow_commands/* setFailed */.C1(message);
    }
}

;// CONCATENATED MODULE: ./packages/core/src/data/free-memory.ts
/**
 * Frees a typed array's memory now, by detaching its buffer (transferring its contents to a zero-length
 * one). Garbage collection would free it only at its next full collection, which small allocations
 * seldom trigger: column-sized arrays dropped one after another would pile up until then. The array (and
 * every view of its buffer) reads as empty afterwards; an already detached buffer is left as it is.
 */
function freeMemory(array) {
    const buffer = array.buffer;
    if (!buffer.detached)
        buffer.transfer(0);
}

;// CONCATENATED MODULE: ./packages/core/src/data/builders.ts




/** Growth factor when the row estimate falls short, and the smallest capacity. */
const GROWTH = 1.5;
const MIN_CAPACITY = 1024;
/** A column is cut by copying only when more than this share of its array would go unused. */
const MAX_UNUSED_SHARE = 1 / 16;
/** The first `rows` rows of `values` copied into `grown`, which it returns; the old memory is freed now. */
function copyInto(grown, values, rows) {
    grown.set(values.subarray(0, Math.min(rows, grown.length)));
    freeMemory(values);
    return grown;
}
/** A copy of the first `rows` rows of `values` in an array of `capacity`; the old memory is freed now. */
function regrow(type, values, capacity, rows) {
    return copyInto(new type(capacity), values, rows);
}
/** The first `rows` rows of `values` as the final column (see the module comment). */
function cut(type, values, rows) {
    if (rows === values.length)
        return values;
    if (values.length - rows <= values.length * MAX_UNUSED_SHARE)
        return values.subarray(0, rows);
    return regrow(type, values, rows, rows);
}
const utf8 = new TextDecoder('utf-8', { fatal: true });
const encoder = new TextEncoder();
/** Decodes UTF-8 bytes, or throws DataError naming the file and line when they are not valid UTF-8. */
function decodeText(bytes, start, end, file, line) {
    let ascii = true;
    for (let i = start; i < end; i++) {
        if (bytes[i] >= 0x80) {
            ascii = false;
            break;
        }
    }
    // Short ASCII text (most categories) is cheaper to build directly than through the decoder.
    if (ascii && end - start <= 64) {
        let text = '';
        for (let i = start; i < end; i++)
            text += String.fromCharCode(bytes[i]);
        return text;
    }
    try {
        return utf8.decode(bytes.subarray(start, end));
    }
    catch {
        throw new DataError(file, 'bytes that are not valid UTF-8', line);
    }
}
/** The missing-value texts of a dataset, matched against cell bytes. */
class builders_MissingValues {
    texts = new ByteDictionary();
    /** Whether one of the texts reads as a number (then a numeric cell must be checked before it is parsed). */
    looksNumeric;
    list;
    constructor(list) {
        this.list = list;
        let looksNumeric = false;
        for (const text of list) {
            const bytes = encoder.encode(text);
            const hash = hashBytes(bytes, 0, bytes.length);
            if (this.texts.get(bytes, 0, bytes.length, hash) === NOT_FOUND)
                this.texts.add(bytes, 0, bytes.length, hash, 0);
            if (!Number.isNaN(parseNumber(bytes, 0, bytes.length)) || parseBoolean(bytes, 0, bytes.length) >= 0) {
                looksNumeric = true;
            }
        }
        this.looksNumeric = looksNumeric;
    }
    has(bytes, start, end) {
        return this.texts.get(bytes, start, end, hashBytes(bytes, start, end)) !== NOT_FOUND;
    }
}
class builders_NumericBuilder {
    kind = 'numeric';
    /** Rows [0, rowCount) of the table so far, and room for more (TableBuilder sizes it). */
    values = new Float64Array(0);
    invalidCount = 0;
    invalidExamples = [];
    invalidRows = [];
    name;
    type;
    missing;
    maxExamples;
    constructor(name, type, missing, maxExamples) {
        this.name = name;
        this.type = type;
        this.missing = missing;
        this.maxExamples = maxExamples;
    }
    /** Counts a cell that did not parse as this column's type; the first few are kept with their text. */
    markInvalid(row, text) {
        this.invalidCount++;
        this.invalidRows.push(row);
        if (this.invalidExamples.length < this.maxExamples)
            this.invalidExamples.push({ row, value: text });
    }
    /** Takes back `markInvalid(row, ...)` when the row is dropped. */
    unmarkInvalid(row) {
        this.invalidCount--;
        if (this.invalidRows.at(-1) === row)
            this.invalidRows.pop();
        if (this.invalidExamples.at(-1)?.row === row)
            this.invalidExamples.pop();
    }
    finish(rowCount) {
        return {
            kind: 'numeric',
            name: this.name,
            type: this.type,
            values: cut(Float64Array, this.values, rowCount),
            invalidCount: this.invalidCount,
            invalidExamples: this.invalidExamples,
            invalidRows: this.invalidRows,
        };
    }
}
class builders_CategoricalBuilder {
    kind = 'categorical';
    /** Codes of rows [0, rowCount) of the table so far, and room for more (TableBuilder sizes it). */
    values = new Int32Array(0);
    /** Byte string -> code; the missing-value texts are keys with code -1. */
    codes = new ByteDictionary();
    dictionary = [];
    name;
    type;
    scratch = new Uint8Array(256);
    constructor(name, type, missing) {
        this.name = name;
        this.type = type;
        for (const text of missing.list) {
            const bytes = encoder.encode(text);
            const hash = hashBytes(bytes, 0, bytes.length);
            if (this.codes.get(bytes, 0, bytes.length, hash) === NOT_FOUND)
                this.codes.add(bytes, 0, bytes.length, hash, -1);
        }
    }
    /** The code of a value not yet in the dictionary (`codes.get` returned NOT_FOUND): decodes and adds it. */
    addValue(bytes, start, end, hash, file, line) {
        return this.addDecoded(bytes, start, end, hash, decodeText(bytes, start, end, file, line));
    }
    /** The code of a cell given as a JS string (JSON Lines, Parquet); -1 when it is a missing-value text. */
    codeOfString(text) {
        if (this.scratch.length < text.length * 3)
            this.scratch = new Uint8Array(text.length * 3);
        const length = encoder.encodeInto(text, this.scratch).written;
        const hash = hashBytes(this.scratch, 0, length);
        const code = this.codes.get(this.scratch, 0, length, hash);
        return code !== NOT_FOUND ? code : this.addDecoded(this.scratch, 0, length, hash, text);
    }
    addDecoded(bytes, start, end, hash, text) {
        const code = this.dictionary.length;
        this.dictionary.push(text);
        this.codes.add(bytes, start, end, hash, code);
        return code;
    }
    /** Takes back the value added last, when the row that brought it is dropped. */
    removeLastValue() {
        this.dictionary.pop();
        this.codes.removeLast();
    }
    finish(rowCount) {
        return {
            kind: 'categorical',
            name: this.name,
            type: this.type,
            codes: cut(Int32Array, this.values, rowCount),
            dictionary: this.dictionary,
        };
    }
}
/** The rows of one table under construction, shared by every file of the dataset. */
class builders_TableBuilder {
    /** Rows committed so far. */
    rowCount = 0;
    /** Rows every column array has room for. */
    capacity = 0;
    columns;
    /** Each row's line (text formats) or row number (Parquet) in its file. */
    lines = new Uint32Array(0);
    sources = [];
    problems = [];
    problemCount = 0;
    maxProblems;
    constructor(columns, maxProblems) {
        this.columns = columns;
        this.maxProblems = maxProblems;
    }
    /**
     * Makes room for `rows` rows in every column. With `exact`, the room is `rows` (an estimate or a stated
     * row count); otherwise it grows by at least half, so rows arriving one by one cost amortised O(1).
     */
    reserve(rows, exact = false) {
        if (rows <= this.capacity)
            return;
        const capacity = exact ? rows : Math.max(rows, Math.ceil(this.capacity * GROWTH), MIN_CAPACITY);
        for (const column of this.columns) {
            if (column.kind === 'numeric')
                column.values = copyInto(this.allocate(Float64Array, capacity), column.values, this.rowCount);
            else
                column.values = copyInto(this.allocate(Int32Array, capacity), column.values, this.rowCount);
        }
        this.lines = copyInto(this.allocate(Uint32Array, capacity), this.lines, this.rowCount);
        this.capacity = capacity;
    }
    /** A column array of `length` rows. Readers write each row before it is read, so it need not be zeroed. */
    allocate(type, length) {
        return new type(length);
    }
    addProblem(problem) {
        this.problemCount++;
        if (this.problems.length < this.maxProblems)
            this.problems.push(problem);
    }
    addSource(file, format, firstRow) {
        this.sources.push({ file, format, firstRow, rowCount: this.rowCount - firstRow });
    }
    finish() {
        const columns = this.columns.map((column) => column.finish(this.rowCount));
        return {
            rowCount: this.rowCount,
            columns,
            sources: this.sources,
            lines: cut(Uint32Array, this.lines, this.rowCount),
            problems: this.problems,
            problemCount: this.problemCount,
        };
    }
}

// EXTERNAL MODULE: ./packages/core/src/data/recycling.ts
var recycling = __webpack_require__(96288);
// EXTERNAL MODULE: ./packages/core/src/data/worker-protocol.ts
var worker_protocol = __webpack_require__(19055);
;// CONCATENATED MODULE: ./packages/core/src/data/read-chunks.ts
/**
 * readTableChunks: one dataset, as readTable reads it, handed out as a sequence of Tables of at most
 * `chunkRows` rows each, so that a consumer that keeps only per-column summaries needs memory that grows
 * with the columns, not the rows.
 *
 * Every chunk has the same columns with the same types: both are decided once, before the first row is
 * loaded, exactly as readTable decides them (the same header checks, the same inference sample of the first
 * `inferRows` rows, the same overrides). Chunks come in file order and cover each loaded row exactly once.
 *
 * Per chunk:
 * - `rowOffset` is the dataset row of the chunk's row 0: chunk row r is dataset row `rowOffset + r`, the
 *   row readTable would put at that index.
 * - `lines` and `sources` are exact for the chunk's rows (`sources[i].firstRow` counts from the chunk's
 *   row 0), so `locateRow(chunk, r)` works; a file spanning chunks is listed in each of them.
 * - A numeric column's `invalidCount` / `invalidExamples` / `invalidRows` cover the chunk's rows (rows are chunk
 *   rows). Concatenating every chunk's examples gives readTable's examples plus later ones.
 * - A categorical column's `dictionary` is ONE array shared by every chunk of the dataset, which only grows:
 *   a code means the same text in every chunk. It may already hold values first met in later chunks (a
 *   chunk is cut inside a block of bytes), so a consumer must go by the codes it sees, never by the length
 *   of the dictionary. The dictionary of a text column grows with its distinct values (an id column: with
 *   the rows), as readTable's does.
 * - `problems` are the row problems met while the chunk was being filled; `problemCount` counts them.
 *   Across chunks, at most `maxProblems` problems are kept (the same ones readTable keeps).
 *
 * A dataset with no rows still yields one (empty) chunk, so its columns are known. CSV, TSV and JSON Lines
 * (gzipped or not) stream; Parquet, whose columns are compressed as a whole per row group, is read with
 * readTable and handed out as one chunk.
 *
 * The default chunk holds about 32 MB of cells, at most 262,144 rows: a file of 10,000 columns comes in
 * chunks of a few hundred rows. Without a given chunkRows, the first chunks are smaller (FIRST_CHUNK_ROWS).
 *
 * The header and sampling pass is read-table.ts's first pass, with its helpers.
 */









const MAX_CHUNK_ROWS = 262_144;
/**
 * The first chunk's rows when the size is not given, doubling chunk after chunk. A consumer's code, like the
 * reader's, runs slowly until the JIT has compiled it: on small first chunks that warm-up costs little, and
 * the first rows reach the consumer sooner (measured on a million rows: the first chunk's 110 ms of cold
 * validation came down to 15 ms, with no steady-state cost).
 */
const FIRST_CHUNK_ROWS = 2048;
const CHUNK_CELL_BYTES = (/* unused pure expression or super */ null && (32 * 1024 * 1024));
const read_chunks_MIN_CAPACITY = 1024;
/** The default rows per chunk for `columns` columns. */
function defaultChunkRows(columns, bytes = CHUNK_CELL_BYTES) {
    return Math.max(1, Math.min(MAX_CHUNK_ROWS, Math.floor(bytes / (8 * Math.max(1, columns)))));
}
/**
 * A TableBuilder that never holds more than `chunkRows` rows: when a reader asks for room past that, the
 * rows so far become a finished chunk (queued in `ready`) and the columns start over with fresh arrays.
 * Readers re-read the arrays after asking for room, so they write on into the new ones.
 */
class ChunkBuilder extends builders_TableBuilder {
    ready = [];
    /** This chunk's rows, and the most a chunk has. */
    chunkRows;
    maxChunkRows;
    maxKept;
    kept = 0;
    rowOffset = 0;
    yielded = 0;
    /** The file being read, and whether a chunk was cut since it began. */
    file;
    newSources = 0;
    pool;
    constructor(columns, maxProblems, size, pool) {
        super(columns, maxProblems);
        this.maxChunkRows = size.rows;
        this.chunkRows = size.rampUp ? Math.min(FIRST_CHUNK_ROWS, size.rows) : size.rows;
        this.maxKept = maxProblems;
        this.pool = pool;
    }
    allocate(type, length) {
        return this.pool ? this.pool.take(type, length) : new type(length);
    }
    reserve(rows) {
        if (rows <= this.capacity)
            return;
        if (rows > this.chunkRows) {
            this.cut();
            this.chunkRows = Math.min(2 * this.chunkRows, this.maxChunkRows);
            // Rows keep coming: the next chunk is likely full, so it starts at its full size rather than
            // growing to it again (each growth copies).
            rows = this.chunkRows;
        }
        const grown = Math.max(rows, Math.ceil(this.capacity * 1.5), read_chunks_MIN_CAPACITY);
        super.reserve(Math.min(grown, this.chunkRows), true);
    }
    addProblem(problem) {
        this.problemCount++;
        if (this.kept < this.maxKept) {
            this.kept++;
            this.problems.push(problem);
        }
    }
    beginFile(path, format) {
        this.file = { path, format };
        this.sources.push({ file: path, format, firstRow: this.rowCount, rowCount: 0 });
        this.newSources++;
    }
    /** Queues the rows so far as a chunk, and starts the next chunk empty. */
    cut() {
        const rows = this.rowCount;
        const sources = this.sources.splice(0).map((source, i, all) => ({
            ...source,
            rowCount: (i + 1 < all.length ? all[i + 1].firstRow : rows) - source.firstRow,
        }));
        const columns = this.columns.map((column) => {
            if (column.kind === 'categorical') {
                return {
                    kind: 'categorical',
                    name: column.name,
                    type: column.type,
                    codes: column.values.subarray(0, rows),
                    dictionary: column.dictionary,
                };
            }
            const examples = column.invalidExamples.splice(0);
            const chunkColumn = {
                kind: 'numeric',
                name: column.name,
                type: column.type,
                values: column.values.subarray(0, rows),
                invalidCount: column.invalidCount,
                invalidExamples: examples,
                invalidRows: column.invalidRows.splice(0),
            };
            column.invalidCount = 0;
            return chunkColumn;
        });
        this.ready.push({
            rowCount: rows,
            columns,
            sources,
            lines: this.lines.subarray(0, rows),
            problems: this.problems.splice(0),
            problemCount: this.problemCount,
            rowOffset: this.rowOffset,
        });
        this.yielded++;
        this.rowOffset += rows;
        this.rowCount = 0;
        this.problemCount = 0;
        this.newSources = 0;
        // Fresh arrays: the old ones now belong to the chunk.
        this.capacity = 0;
        for (const column of this.columns) {
            if (column.kind === 'numeric')
                column.values = new Float64Array(0);
            else
                column.values = new Int32Array(0);
        }
        this.lines = new Uint32Array(0);
        if (this.file)
            this.sources.push({ file: this.file.path, format: this.file.format, firstRow: 0, rowCount: 0 });
    }
    /** Cuts the last chunk, unless it would add nothing: no row, no problem and no file not seen before. */
    finishChunks() {
        if (this.yielded === 0 ||
            this.rowCount > 0 ||
            this.problems.length > 0 ||
            this.problemCount > 0 ||
            this.newSources > 0) {
            this.cut();
        }
    }
}
/** Feeds a file's blocks to `parse` (as forEachBlock does) and hands out the chunks cut after each block. */
async function* parseFile(file, gzip, parse, builder) {
    for await (const block of fileBlocks(file, gzip)) {
        block.consumed = parse(block.bytes, block.end, block.atEnd);
        yield* builder.ready.splice(0);
    }
}
function makeBuilder(names, types, options, chunkSize, pool) {
    const missing = new MissingValues(options.missingValues);
    const columns = names.map((name, c) => {
        const type = types[c];
        return type === 'string' || type === 'category'
            ? new CategoricalBuilder(name, type, missing)
            : new NumericBuilder(name, type, missing, options.maxInvalidExamples);
    });
    return new ChunkBuilder(columns, options.maxProblems, chunkSize(names.length), pool);
}
async function* delimitedChunks(files, options, chunkSize, pool) {
    const { sep, headers, names, types } = await planDelimited(files, options, false);
    const builder = makeBuilder(names, types, options, chunkSize, pool);
    const missing = new MissingValues(options.missingValues);
    const index = new Map(names.map((name, c) => [name, c]));
    for (let f = 0; f < files.length; f++) {
        const targets = Int32Array.from(headers[f], (name) => index.get(name) ?? -1);
        const kinds = Uint8Array.from(headers[f], (_, k) => (targets[k] < 0 ? SKIP : KIND_OF[types[targets[k]]]));
        builder.beginFile(files[f].path, files[f].format);
        const parse = csvBlockParser(files[f].path, sep, { kinds, targets, missing }, builder);
        yield* parseFile(files[f].path, files[f].gzip, parse, builder);
    }
    builder.finishChunks();
    yield* builder.ready.splice(0);
}
async function* jsonLinesChunks(files, options, chunkSize, pool) {
    const { keys, names, types } = await planJsonLines(files, options);
    const builder = makeBuilder(names, types, options, chunkSize, pool);
    const plan = { names, known: new Set(keys), reported: new Set(), inferRows: options.inferRows };
    for (const file of files) {
        builder.beginFile(file.path, file.format);
        yield* parseFile(file.path, file.gzip, jsonlBlockParser(file.path, plan, builder), builder);
    }
    builder.finishChunks();
    yield* builder.ready.splice(0);
}
/**
 * Reads one dataset — the files named by `inputs` (paths or globs), in order — as a sequence of chunks (see
 * the module comment). Throws DataError for unusable data (with file and line), TypeError for bad options;
 * an error in a later file comes after the chunks before it.
 */
async function* readTableChunks(inputs, options = {}, pool) {
    const { chunkRows: rows, chunkBytes, ...readOptions } = options;
    for (const [name, value] of [
        ['chunkRows', rows],
        ['chunkBytes', chunkBytes],
    ]) {
        if (value !== undefined && (!Number.isSafeInteger(value) || value < 1)) {
            throw new TypeError(`read option ${name} must be a positive integer, got ${value}`);
        }
    }
    const chunkSize = (columns) => rows ? { rows, rampUp: false } : { rows: defaultChunkRows(columns, chunkBytes), rampUp: true };
    const resolved = resolveOptions(readOptions);
    const files = await datasetFiles(inputs);
    switch (files[0].format) {
        case 'csv':
        case 'tsv':
            yield* delimitedChunks(files, resolved, chunkSize, pool);
            return;
        case 'jsonl':
            yield* jsonLinesChunks(files, resolved, chunkSize, pool);
            return;
        case 'parquet':
            yield { ...(await readTable(inputs, readOptions)), rowOffset: 0 };
    }
}
/**
 * The chunks, each one's arrays freed (or handed back to their reader, recycleWith) as soon as the next
 * chunk is asked for, for a consumer that keeps none of them (only what it computed from them). Garbage
 * collection would free them only at its next full collection, which the consumer's small allocations
 * seldom trigger: measured, the chunks of a million rows piled up to about 100 MB before that.
 */
async function* releasingChunks(chunks) {
    for await (const chunk of chunks) {
        yield chunk;
        const buffers = [...new Set((0,worker_protocol/* buffersOf */.J0)(chunk))].filter((buffer) => !buffer.detached);
        const recycle = (0,recycling/* recyclerOf */.l)(chunk);
        if (recycle)
            recycle(buffers);
        else
            for (const buffer of buffers)
                freeMemory(new Uint8Array(buffer));
    }
}

// EXTERNAL MODULE: ./packages/core/src/data/chunk-reading.ts
var chunk_reading = __webpack_require__(53018);
// EXTERNAL MODULE: ./packages/profile/src/profile-input.ts
var profile_input = __webpack_require__(5661);
// EXTERNAL MODULE: ./packages/core/src/data/errors.ts
var data_errors = __webpack_require__(76719);
// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var tinyglobby_dist = __webpack_require__(76448);
;// CONCATENATED MODULE: ./packages/core/src/data/csv-fast-path.ts


/** Field kinds, as CsvPlan's `kinds` holds them. */
const csv_fast_path_SKIP = 0;
const NUMBER = 1;
const INTEGER = 2;
const BOOLEAN = 3;
const DATETIME = 4;
const CATEGORY = 5;
/** A computed mantissa below 2^53 is exact: rounding is monotone, so a true value >= 2^53 never computes below. */
const MAX_EXACT_MANTISSA = (/* unused pure expression or super */ null && (2 ** 53));
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
/**
 * How layouts are compiled. `unrolledFields`: the widest layout whose fields are written out one by one; a
 * wider one runs its fields in a loop. Written out, a function takes longer for V8 to compile, and while it
 * compiles the parser runs slowly. Measured on 10 MB files (first reading, then a second one): at 12
 * fields 126 then 65 ms against the loop's 131 then 81; at 16 fields 168 then 63 against 105 then 67; at 48,
 * written out was slower in both. Tests change these to compare the three ways of reading (written out,
 * looped, and the general path alone: `enabled` false).
 */
const fastPath = { enabled: true, unrolledFields: 12 };
const compiled = new Map();
/**
 * The fast path for `layout`, compiled on first use; undefined when this process forbids compiling code
 * (node --disallow-code-generation-from-strings): the general path then reads every field.
 */
function fastRowsFor(layout) {
    if (!fastPath.enabled)
        return undefined;
    const unrolled = layout.kinds.length <= fastPath.unrolledFields;
    const key = `${unrolled},${layout.sep},${layout.fastNumbers},${layout.emptyIsMissing},${layout.kinds.join(',')}`;
    if (!compiled.has(key))
        compiled.set(key, compile(layout, unrolled));
    return compiled.get(key);
}
function compile(layout, unrolled) {
    try {
        const make = new Function('hashBytes', 'POWERS_OF_TEN', source(layout, unrolled));
        return make(hashBytes, EXACT_POWERS_OF_TEN);
    }
    catch (error) {
        if (error instanceof EvalError)
            return undefined;
        throw error;
    }
}
/**
 * The body of a function `(hashBytes, POWERS_OF_TEN) => FastRows`. An integer mantissa below 2^53 divided
 * by an exact power of ten (10^0 .. 10^22) is a single correctly rounded operation on exact operands: the
 * double Number(text) gives (Clinger's fast path).
 */
function source({ kinds, sep, fastNumbers, emptyIsMissing }, unrolled) {
    const count = kinds.length;
    let constants = `const SEP = ${sep | 0}, LAST = ${count - 1};`;
    let fields;
    let hoisted = '';
    if (unrolled) {
        const parts = [];
        for (let j = 0; j < count; j++) {
            const kind = kinds[j];
            const field = { j: String(j), last: String(j === count - 1), integer: String(kind === INTEGER) };
            if ((kind === NUMBER || kind === INTEGER) && fastNumbers) {
                hoisted += `const numbers${j} = state.numbersOut[${j}];\n`;
                parts.push(numberField(field, `numbers${j}`, emptyIsMissing));
            }
            else if (kind === CATEGORY) {
                hoisted += `const codes${j} = state.codesOut[${j}];\n`;
                parts.push(categoryField(field, `codes${j}`));
            }
            else if (j < count - 1) {
                parts.push(generalField(String(j)));
            }
            else {
                parts.push('break fields;');
                break;
            }
            parts.push(`fieldsDone = ${j + 1};`);
        }
        fields = parts.join('\n');
    }
    else {
        // One field per turn; `kinds` and the column arrays are read as the turn needs them.
        constants += `\nconst kinds = Uint8Array.from([${Array.from(kinds).join(',')}]);`;
        hoisted = 'const numbersOut = state.numbersOut, codesOut = state.codesOut;';
        const field = { j: 'fieldsDone', last: 'fieldsDone === LAST', integer: `kind === ${INTEGER}` };
        fields = `for (; fieldsDone <= LAST; fieldsDone++) {
      const kind = kinds[fieldsDone];
      if (${fastNumbers === true} && (kind === ${NUMBER} || kind === ${INTEGER})) {
        ${numberField(field, 'numbersOut[fieldsDone]', emptyIsMissing)}
      } else if (kind === ${CATEGORY}) {
        ${categoryField(field, 'codesOut[fieldsDone]')}
      } else if (fieldsDone < LAST) {
        ${generalField('fieldsDone')}
      } else break fields;
    }`;
    }
    return `${constants}
  return function fastRows(state, bytes, pos, end, atEnd, line) {
    const table = state.table, lines = table.lines, capacity = table.capacity;
    const undoInvalid = state.undoInvalid, undoValue = state.undoValue;
    ${hoisted}
    let row = table.rowCount;
    let fieldsDone = 0;
    let recordStart = pos, recordLine = line;
    while (pos < end && row < capacity && bytes[pos] !== ${LF} && bytes[pos] !== ${CR}) {
      recordStart = pos;
      recordLine = line;
      fieldsDone = 0;
      fields: {
        ${fields}
      }
      if (fieldsDone <= LAST) break;
      if (undoInvalid.length > 0) undoInvalid.length = 0;
      if (undoValue.length > 0) undoValue.length = 0;
      lines[row] = recordLine;
      row++;
      fieldsDone = 0;
      recordStart = pos;
      recordLine = line;
    }
    table.rowCount = row;
    state.next = pos;
    state.nextLine = line;
    state.recordStart = recordStart;
    state.recordLine = recordLine;
    return fieldsDone;
  };`;
}
/**
 * A plain decimal or an empty cell. The mantissa is exact while the digits form an integer below 2^53
 * (checked after the loop); fractionDigits is counted up, never negated, since -0 would knock V8 off its
 * int32 path. Every comparison runs on every cell, and rare cases only branch on their results: V8 throws
 * compiled code away when it reaches an operation that never ran before it compiled, so an operation only
 * a rare cell runs (the first empty cell, the first negative number) would cost a recompile of the whole
 * function for each field.
 */
function numberField({ last, integer }, values, emptyIsMissing) {
    const terminator = last === 'true'
        ? `const lineFeed = i < end && bytes[i] === ${LF};
    const crLf = i + 1 < end && bytes[i] === ${CR} && bytes[i + 1] === ${LF};
    const endOfData = i === end && atEnd;
    if (!(lineFeed || crLf || endOfData)) break fields;
    pos = endOfData ? end : crLf ? i + 2 : i + 1;
    line += endOfData ? 0 : 1;`
        : last === 'false'
            ? `if (i >= end || bytes[i] !== SEP) break fields;
    pos = i + 1;`
            : `if (${last}) {
      const lineFeed = i < end && bytes[i] === ${LF};
      const crLf = i + 1 < end && bytes[i] === ${CR} && bytes[i + 1] === ${LF};
      const endOfData = i === end && atEnd;
      if (!(lineFeed || crLf || endOfData)) break fields;
      pos = endOfData ? end : crLf ? i + 2 : i + 1;
      line += endOfData ? 0 : 1;
    } else {
      if (i >= end || bytes[i] !== SEP) break fields;
      pos = i + 1;
    }`;
    return `{
    let i = pos;
    const first = i < end ? bytes[i] : 0;
    const negative = first === ${MINUS};
    i += negative || first === ${PLUS} ? 1 : 0;
    const digitsStart = i;
    let mantissa = 0;
    while (i < end) {
      const d = bytes[i] - ${ZERO};
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      i++;
    }
    const integerDigits = i - digitsStart;
    // Without a dot the next byte is no digit, and this loop reads none.
    i += i < end && bytes[i] === ${DOT} ? 1 : 0;
    const fractionStart = i;
    while (i < end) {
      const d = bytes[i] - ${ZERO};
      if (d < 0 || d > 9) break;
      mantissa = mantissa * 10 + d;
      i++;
    }
    const fractionDigits = i - fractionStart;
    const empty = i === pos;
    const noDigits = integerDigits + fractionDigits === 0;
    const inexact = mantissa >= ${MAX_EXACT_MANTISSA} || fractionDigits > 22;
    const fraction = fractionDigits > 0;
    if (noDigits ? !(empty && ${emptyIsMissing === true}) : inexact || (${integer} && fraction)) break fields;
    const magnitude = mantissa === 0 ? 0 : mantissa / POWERS_OF_TEN[fractionDigits];
    const value = noDigits ? NaN : magnitude * (negative ? -1 : 1);
    ${terminator}
    ${values}[row] = value;
  }`;
}
/**
 * An unquoted cell of a categorical column: its bytes are hashed as they are scanned, and
 * state.categoryCode finds (or adds) its code.
 */
function categoryField({ j, last }, codes) {
    const terminator = last === 'true'
        ? lastCategoryTerminator
        : last === 'false'
            ? `if (i === end || byte !== SEP) break fields;
    next = i + 1;`
            : `if (${last}) {
      ${lastCategoryTerminator}
    } else {
      if (i === end || byte !== SEP) break fields;
      next = i + 1;
    }`;
    const quoted = last === 'true'
        ? 'break fields;'
        : last === 'false'
            ? generalField(j)
            : `if (${last}) break fields;
      ${generalField(j)}`;
    return `if (pos < end && bytes[pos] === ${QUOTE}) {
    ${quoted}
  } else {
    let i = pos;
    let hash = ${FNV_OFFSET};
    let byte = 0;
    while (i < end) {
      byte = bytes[i];
      if (byte === SEP || byte === ${LF}) break;
      hash = Math.imul(hash ^ byte, ${FNV_PRIME});
      i++;
    }
    let valueEnd = i;
    let next = 0;
    let lineEnds = 0;
    ${terminator}
    ${codes}[row] = state.categoryCode(${j}, bytes, pos, valueEnd, end, hash, line);
    line += lineEnds;
    pos = next;
  }`;
}
/** A field, not the record's last, read on the general path (state.generalField). */
function generalField(j) {
    return `{
    const next = state.generalField(${j}, bytes, pos, end, atEnd, row, line);
    if (next < 0) break fields;
    line = state.nextLine;
    pos = next;
  }`;
}
/** The last field's end: a line feed (the value loses a CR before it), or the end of the data. */
const lastCategoryTerminator = (/* unused pure expression or super */ null && (`const lineFeed = i < end && byte === ${LF};
    const endOfData = i === end && atEnd;
    if (!(lineFeed || endOfData)) break fields;
    next = endOfData ? end : i + 1;
    lineEnds = endOfData ? 0 : 1;
    if (valueEnd > pos && bytes[valueEnd - 1] === ${CR}) {
      valueEnd = valueEnd - 1;
      hash = hashBytes(bytes, pos, valueEnd);
    }`));

;// CONCATENATED MODULE: ./packages/core/src/data/read-table.ts
/**
 * readTable: one dataset — one file or several (paths and globs) — into one Table.
 *
 * Reading happens in two passes over the files. The first reads each file's header (Parquet: schema)
 * and checks that all files have the same columns, then samples the first `inferRows` rows of the
 * dataset to decide the column types. The second streams every file into the column builders. The first
 * pass re-reads only the start of the data, so nothing needs to be held between the passes.
 *
 * All files of a dataset must have one format (CSV, TSV, JSON Lines or Parquet; text formats may be
 * gzipped). Column order follows the first file; later files may order their columns differently.
 */











const FORMATS = (/* unused pure expression or super */ null && ([
    ['.csv', 'csv', false],
    ['.csv.gz', 'csv', true],
    ['.tsv', 'tsv', false],
    ['.tsv.gz', 'tsv', true],
    ['.jsonl', 'jsonl', false],
    ['.jsonl.gz', 'jsonl', true],
    ['.ndjson', 'jsonl', false],
    ['.ndjson.gz', 'jsonl', true],
    ['.parquet', 'parquet', false],
]));
/** Whether the readers know `path`'s format from its name (.csv, .tsv, .jsonl, .ndjson, .parquet, gzipped). */
function isTableFileName(path) {
    const lower = path.toLowerCase();
    return FORMATS.some(([suffix]) => lower.endsWith(suffix));
}
function dataFile(path) {
    if (path === STDIN)
        return { path, format: 'csv', gzip: false };
    const lower = path.toLowerCase();
    if (isStdin(path) && lower.endsWith('.parquet'))
        throw new DataError(path, 'Parquet cannot be read from standard input (its index is at the end): give a file');
    for (const [suffix, format, gzip] of FORMATS) {
        if (lower.endsWith(suffix))
            return { path, format, gzip };
    }
    throw new DataError(path, 'unknown data format: the name must end in .csv, .tsv, .jsonl, .ndjson or .parquet (or .csv.gz, .tsv.gz, .jsonl.gz, .ndjson.gz)');
}
/** Expands paths and globs, in the order given; a glob's matches are sorted. */
async function resolveInputs(inputs) {
    const list = typeof inputs === 'string' ? [inputs] : inputs;
    if (list.length === 0)
        throw new TypeError('no data files given');
    const files = [];
    for (const input of list) {
        if (!(0,tinyglobby_dist/* isDynamicPattern */.ey)(input)) {
            files.push(input);
            continue;
        }
        const matches = await (0,tinyglobby_dist/* glob */.TI)(input, {
            expandDirectories: false,
            absolute: (0,external_node_path_.isAbsolute)(input),
            onlyFiles: true,
        });
        if (matches.length === 0)
            throw new data_errors/* DataError */.f(input, 'the pattern matches no file');
        files.push(...matches.sort());
    }
    return [...new Set(files)];
}
/** Names for a message, shortened when there are many (a file may have 10,000 columns). */
function listNames(names, max = 30) {
    const shown = names.slice(0, max).map((n) => JSON.stringify(n));
    return names.length > max ? `${shown.join(', ')}, ... (${names.length - max} more)` : shown.join(', ');
}
/** Checks that the names in ReadOptions exist, and returns the columns to load, in file order. */
function selectColumns(names, options, file) {
    const known = new Set(names);
    const check = (list, what) => {
        for (const name of list ?? []) {
            if (!known.has(name)) {
                throw new DataError(file, `${what} names a column "${name}" that does not exist; the columns are: ${listNames(names)}` +
                    (hint ? `.${hint}` : ''));
            }
        }
    };
    const hint = headerRowHint(file, names);
    // Named as the actions' inputs that set them, which is what a user wrote.
    check(options.columns, 'columns');
    check(options.excludeColumns, 'exclude-columns');
    check(Object.keys(options.columnTypes), 'column-types');
    const wanted = options.columns ? new Set(options.columns) : known;
    const excluded = new Set(options.excludeColumns ?? []);
    return names.filter((name) => wanted.has(name) && !excluded.has(name));
}
function sameColumns(first, firstNames, other, names) {
    const expected = new Set(firstNames);
    const found = new Set(names);
    const missing = firstNames.filter((n) => !found.has(n));
    const extra = names.filter((n) => !expected.has(n));
    if (missing.length === 0 && extra.length === 0)
        return;
    const parts = [];
    if (missing.length > 0)
        parts.push(`missing ${listNames(missing)}`);
    if (extra.length > 0)
        parts.push(`has extra ${listNames(extra)}`);
    throw new DataError(other.path, `its columns differ from ${first.path}: ${parts.join('; ')}`);
}
function makeBuilders(names, types, missing, options) {
    return names.map((name, c) => {
        const type = types[c];
        return type === 'string' || type === 'category'
            ? new CategoricalBuilder(name, type, missing)
            : new NumericBuilder(name, type, missing, options.maxInvalidExamples);
    });
}
const read_table_KIND_OF = {
    number: NUMBER,
    integer: INTEGER,
    boolean: BOOLEAN,
    datetime: DATETIME,
    string: CATEGORY,
    category: CATEGORY,
};
/**
 * Rows a text dataset is likely to have: exact when the sample read every row, else the bytes to read
 * divided by the sampled bytes per row, with 2% to spare. The table grows if this falls short.
 */
async function estimateRows(files, stats, sampledAll) {
    if (sampledAll || stats.rows === 0)
        return stats.rows;
    let bytes = 0;
    for (const file of files)
        bytes += await dataSize(file.path, file.gzip);
    return Math.ceil((bytes / (stats.bytes / stats.rows)) * 1.02) + 64;
}
/** A column's type as the options give it (columnTypes, then typeHints), if they do. */
function givenType(name, options) {
    return options.columnTypes[name] ?? options.typeHints[name];
}
/**
 * The first pass over a CSV/TSV dataset: headers (the same columns in every file), the columns to load and
 * their types, inferred from a sample of the first rows that also measures bytes per row. Shared by
 * readTable and readTableChunks so both decide columns and types alike. Without `measure` (chunks are not
 * sized by it), a dataset whose every type is given is not sampled at all.
 */
async function read_table_planDelimited(files, options, measure = true) {
    const sep = files[0].format === 'tsv' ? TAB : COMMA;
    const headers = [];
    for (const file of files)
        headers.push((await readCsvHeader(file.path, file.gzip, sep)).names);
    for (let f = 1; f < files.length; f++)
        sameColumns(files[0], headers[0], files[f], headers[f]);
    const names = selectColumns(headers[0], options, files[0].path);
    // The sample also measures bytes per row, to size the table before the rows arrive.
    const toInfer = new Set(names.filter((name) => givenType(name, options) === undefined));
    const stats = new SampleStats(options.missingValues);
    for (const name of toInfer)
        stats.column(name);
    let sampledFiles = 0;
    const sampling = measure || toInfer.size > 0;
    for (; sampling && sampledFiles < files.length && stats.rows < options.inferRows; sampledFiles++) {
        const file = files[sampledFiles];
        const samples = headers[sampledFiles].map((name) => toInfer.has(name) ? stats.columns.get(name) : undefined);
        await sampleCsv(file.path, file.gzip, sep, samples, stats, options.inferRows);
    }
    const types = names.map((name) => givenType(name, options) ?? inferType(stats.columns.get(name)));
    return { sep, headers, names, types, stats, sampledFiles };
}
async function readDelimited(files, options) {
    const { sep, headers, names, types, stats, sampledFiles } = await read_table_planDelimited(files, options);
    const missing = new MissingValues(options.missingValues);
    const table = new TableBuilder(makeBuilders(names, types, missing, options), options.maxProblems);
    const sampledAll = sampledFiles === files.length && stats.rows < options.inferRows;
    table.reserve(await estimateRows(files, stats, sampledAll), true);
    const index = new Map(names.map((name, c) => [name, c]));
    for (let f = 0; f < files.length; f++) {
        const header = headers[f];
        const targets = Int32Array.from(header, (name) => index.get(name) ?? -1);
        const kinds = Uint8Array.from(header, (_, k) => (targets[k] < 0 ? SKIP : read_table_KIND_OF[types[targets[k]]]));
        const firstRow = table.rowCount;
        await loadCsv(files[f].path, files[f].gzip, sep, { kinds, targets, missing }, table);
        table.addSource(files[f].path, files[f].format, firstRow);
    }
    return table.finish();
}
/** The first pass over a JSON Lines dataset: its columns (the keys of the first rows) and their types. */
async function read_table_planJsonLines(files, options) {
    const stats = new SampleStats(options.missingValues);
    const keys = [];
    let sampledFiles = 0;
    for (; sampledFiles < files.length && stats.rows < options.inferRows; sampledFiles++) {
        await sampleJsonl(files[sampledFiles].path, files[sampledFiles].gzip, stats, options.inferRows, keys);
    }
    if (keys.length === 0) {
        throw new DataError(files[0].path, `no columns: the first ${options.inferRows} rows hold no JSON object with a key (the columns of JSON Lines are the keys of its first rows)`);
    }
    const names = selectColumns(keys, options, files[0].path);
    const types = names.map((name) => givenType(name, options) ?? inferType(stats.columns.get(name)));
    return { keys, names, types, stats, sampledFiles };
}
async function readJsonLines(files, options) {
    const { keys, names, types, stats, sampledFiles } = await read_table_planJsonLines(files, options);
    const table = new TableBuilder(makeBuilders(names, types, new MissingValues(options.missingValues), options), options.maxProblems);
    const sampledAll = sampledFiles === files.length && stats.rows < options.inferRows;
    table.reserve(await estimateRows(files, stats, sampledAll), true);
    const plan = { names, known: new Set(keys), reported: new Set(), inferRows: options.inferRows };
    for (const file of files) {
        const firstRow = table.rowCount;
        await loadJsonl(file.path, file.gzip, plan, table);
        table.addSource(file.path, file.format, firstRow);
    }
    return table.finish();
}
async function readParquetFiles(files, options) {
    // Imported here, not at the top: the Parquet reader and its decompressors are a seventh of an action's
    // bundle, and a bundler leaves a dynamic import in a chunk of its own that only a Parquet read loads.
    // Every action starts faster and in less memory when its data is CSV or JSON Lines.
    const { loadParquet, openParquet, sampleParquet } = await Promise.all(/* import() */[__webpack_require__.e(74), __webpack_require__.e(922)]).then(__webpack_require__.bind(__webpack_require__, 35922));
    const parquets = [];
    for (const file of files)
        parquets.push(await openParquet(file.path));
    for (let f = 1; f < files.length; f++)
        sameColumns(files[0], parquets[0].names, files[f], parquets[f].names);
    const names = selectColumns(parquets[0].names, options, files[0].path);
    const schemaTypes = names.map((name) => parquets[0].types.get(name));
    const toSample = names.filter((name, c) => schemaTypes[c] === 'text' && !(name in options.columnTypes));
    const stats = new SampleStats(options.missingValues);
    for (const name of toSample)
        stats.column(name);
    for (let f = 0; f < parquets.length && stats.rows < options.inferRows && toSample.length > 0; f++) {
        await sampleParquet(parquets[f], toSample, stats, options.inferRows);
    }
    const types = names.map((name, c) => {
        const override = options.columnTypes[name];
        if (override)
            return override;
        const type = schemaTypes[c];
        if (type !== 'text')
            return type;
        const sample = stats.columns.get(name);
        return sample && sample.values > 0 ? textType(sample) : 'string';
    });
    const table = new TableBuilder(makeBuilders(names, types, new MissingValues(options.missingValues), options), options.maxProblems);
    table.reserve(parquets.reduce((rows, parquet) => rows + parquet.rowCount, 0), true);
    const targets = new Map(names.map((name, c) => [name, c]));
    for (let f = 0; f < parquets.length; f++) {
        const firstRow = table.rowCount;
        await loadParquet(parquets[f], targets, table);
        table.addSource(files[f].path, 'parquet', firstRow);
    }
    return table.finish();
}
/** The files of one dataset, in order; they must share a format. */
async function read_table_datasetFiles(inputs) {
    const files = (await resolveInputs(inputs)).map(dataFile);
    for (const file of files.slice(1)) {
        if (file.format !== files[0].format) {
            throw new DataError(file.path, `is ${file.format} but ${files[0].path} is ${files[0].format}: the files of one dataset must share a format`);
        }
    }
    return files;
}
/**
 * Reads one dataset — the files named by `inputs` (paths or globs), in order — into one Table.
 * Throws DataError for unusable data (with file and line), TypeError for bad options.
 */
async function read_table_readTable(inputs, options) {
    const resolved = resolveOptions(options);
    const files = await read_table_datasetFiles(inputs);
    switch (files[0].format) {
        case 'csv':
        case 'tsv':
            return readDelimited(files, resolved);
        case 'jsonl':
            return readJsonLines(files, resolved);
        case 'parquet':
            return readParquetFiles(files, resolved);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./packages/sketches/src/bytes.ts
/**
 * Little-endian reading and writing for the DataSketches binary layouts, with one error type that names
 * the sketch and the byte where a file stops making sense.
 */
class SketchFormatError extends Error {
    name = 'SketchFormatError';
}
/** Reads fields at absolute offsets, failing with the offset and what was expected when bytes run out. */
class ByteReader {
    bytes;
    what;
    view;
    constructor(bytes, what) {
        this.bytes = bytes;
        this.what = what;
        this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    need(offset, size, field) {
        if (offset + size > this.bytes.byteLength) {
            throw new SketchFormatError(`${this.what}: truncated: ${field} needs bytes ${offset}-${offset + size - 1}, the sketch has ${this.bytes.byteLength}`);
        }
    }
    u8(offset, field) {
        this.need(offset, 1, field);
        return this.view.getUint8(offset);
    }
    u16(offset, field) {
        this.need(offset, 2, field);
        return this.view.getUint16(offset, true);
    }
    u32(offset, field) {
        this.need(offset, 4, field);
        return this.view.getUint32(offset, true);
    }
    i32(offset, field) {
        this.need(offset, 4, field);
        return this.view.getInt32(offset, true);
    }
    i64(offset, field) {
        this.need(offset, 8, field);
        return this.view.getBigInt64(offset, true);
    }
    /** A signed 64-bit count or value that must fit a double exactly. */
    safeI64(offset, field) {
        const value = this.i64(offset, field);
        if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
            throw new SketchFormatError(`${this.what}: ${field} ${value} is beyond ±2^53, which this reader keeps exactly`);
        }
        return Number(value);
    }
    f32(offset, field) {
        this.need(offset, 4, field);
        return this.view.getFloat32(offset, true);
    }
    f64(offset, field) {
        this.need(offset, 8, field);
        return this.view.getFloat64(offset, true);
    }
}
/** Appends fields; `bytes()` gives the finished buffer. */
class ByteWriter {
    buffer;
    view;
    length = 0;
    constructor(capacity = 64) {
        this.buffer = new Uint8Array(capacity);
        this.view = new DataView(this.buffer.buffer);
    }
    /** Reserves `size` bytes and returns where they start; call it before reading `this.view`, which it may replace. */
    room(size) {
        const at = this.length;
        if (at + size > this.buffer.byteLength) {
            const grown = new Uint8Array(Math.max(this.buffer.byteLength * 2, at + size));
            grown.set(this.buffer);
            this.buffer = grown;
            this.view = new DataView(grown.buffer);
        }
        this.length += size;
        return at;
    }
    u8(value) {
        const at = this.room(1);
        this.view.setUint8(at, value);
        return this;
    }
    u16(value) {
        const at = this.room(2);
        this.view.setUint16(at, value, true);
        return this;
    }
    u32(value) {
        const at = this.room(4);
        this.view.setUint32(at, value, true);
        return this;
    }
    i32(value) {
        const at = this.room(4);
        this.view.setInt32(at, value, true);
        return this;
    }
    i64(value) {
        const at = this.room(8);
        this.view.setBigInt64(at, BigInt(value), true);
        return this;
    }
    f32(value) {
        const at = this.room(4);
        this.view.setFloat32(at, value, true);
        return this;
    }
    f64(value) {
        const at = this.room(8);
        this.view.setFloat64(at, value, true);
        return this;
    }
    raw(bytes) {
        const at = this.room(bytes.byteLength);
        this.buffer.set(bytes, at);
        return this;
    }
    bytes() {
        return this.buffer.slice(0, this.length);
    }
}

;// CONCATENATED MODULE: ./packages/sketches/src/murmur3.ts
/**
 * MurmurHash3 x64 128 as Apache DataSketches hashes items (seed 9001 unless given): a long as its 8
 * little-endian bytes, a string as its UTF-8 bytes. Both halves start from the same 64-bit seed.
 * Written in 32-bit halves (a 64-bit product from 16-bit pieces) because BigInt arithmetic is far too
 * slow for one hash per cell; murmur3LongBigInt is the plain BigInt transcription the tests check it with.
 */
const DEFAULT_UPDATE_SEED = 9001n;
// A 64-bit value is a pair [hi, lo] of unsigned 32-bit numbers; these hold the result of the last operation.
let rh = 0;
let rl = 0;
function mul64(ah, al, bh, bl) {
    const a0 = al & 0xffff;
    const a1 = al >>> 16;
    const b0 = bl & 0xffff;
    const b1 = bl >>> 16;
    const p00 = a0 * b0;
    const p01 = a0 * b1;
    const p10 = a1 * b0;
    const mid = (p00 >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
    rl = (((mid & 0xffff) << 16) | (p00 & 0xffff)) >>> 0;
    const carry = a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16);
    rh = (carry + Math.imul(al, bh) + Math.imul(ah, bl)) >>> 0;
}
function add64(ah, al, bh, bl) {
    const lo = al + bl;
    rl = lo >>> 0;
    rh = (ah + bh + (lo > 0xffffffff ? 1 : 0)) >>> 0;
}
function rotl64(h, l, r) {
    if (r >= 32) {
        const t = h;
        h = l;
        l = t;
        r -= 32;
    }
    if (r === 0) {
        rh = h >>> 0;
        rl = l >>> 0;
        return;
    }
    rh = ((h << r) | (l >>> (32 - r))) >>> 0;
    rl = ((l << r) | (h >>> (32 - r))) >>> 0;
}
function fmix64(h, l) {
    l = (l ^ (h >>> 1)) >>> 0; // k ^= k >>> 33
    mul64(h, l, 0xff51afd7, 0xed558ccd);
    h = rh;
    l = (rl ^ (rh >>> 1)) >>> 0;
    mul64(h, l, 0xc4ceb9fe, 0x1a85ec53);
    h = rh;
    rl = (rl ^ (rh >>> 1)) >>> 0;
    rh = h;
}
const C1H = 0x87c37b91;
const C1L = 0x114253d5;
const C2H = 0x4cf5ad43;
const C2L = 0x2745937f;
/** Reads 8 little-endian bytes at `at` as a 64-bit pair into rh, rl. */
function load64(bytes, at) {
    rl = (bytes[at] | (bytes[at + 1] << 8) | (bytes[at + 2] << 16) | (bytes[at + 3] << 24)) >>> 0;
    rh = (bytes[at + 4] | (bytes[at + 5] << 8) | (bytes[at + 6] << 16) | (bytes[at + 7] << 24)) >>> 0;
}
/** Partial little-endian load of `count` (< 8) bytes at `at`. */
function loadTail(bytes, at, count) {
    let lo = 0;
    let hi = 0;
    for (let i = 0; i < count; i++) {
        if (i < 4)
            lo |= bytes[at + i] << (8 * i);
        else
            hi |= bytes[at + i] << (8 * (i - 4));
    }
    rl = lo >>> 0;
    rh = hi >>> 0;
}
/** The hash of `bytes`: the two 64-bit halves as [h1 high, h1 low, h2 high, h2 low] unsigned 32-bit words. */
function murmur3Words(bytes, seed = DEFAULT_UPDATE_SEED) {
    const seedH = Number((seed >> 32n) & 0xffffffffn);
    const seedL = Number(seed & 0xffffffffn);
    let h1h = seedH;
    let h1l = seedL;
    let h2h = seedH;
    let h2l = seedL;
    const length = bytes.byteLength;
    const blocks = length >>> 4;
    for (let b = 0; b < blocks; b++) {
        load64(bytes, b * 16);
        let k1h = rh;
        let k1l = rl;
        load64(bytes, b * 16 + 8);
        let k2h = rh;
        let k2l = rl;
        mul64(k1h, k1l, C1H, C1L);
        rotl64(rh, rl, 31);
        mul64(rh, rl, C2H, C2L);
        k1h = rh;
        k1l = rl;
        h1h = (h1h ^ k1h) >>> 0;
        h1l = (h1l ^ k1l) >>> 0;
        rotl64(h1h, h1l, 27);
        add64(rh, rl, h2h, h2l);
        mul64(rh, rl, 0, 5);
        add64(rh, rl, 0, 0x52dce729);
        h1h = rh;
        h1l = rl;
        mul64(k2h, k2l, C2H, C2L);
        rotl64(rh, rl, 33);
        mul64(rh, rl, C1H, C1L);
        k2h = rh;
        k2l = rl;
        h2h = (h2h ^ k2h) >>> 0;
        h2l = (h2l ^ k2l) >>> 0;
        rotl64(h2h, h2l, 31);
        add64(rh, rl, h1h, h1l);
        mul64(rh, rl, 0, 5);
        add64(rh, rl, 0, 0x38495ab5);
        h2h = rh;
        h2l = rl;
    }
    const tail = blocks * 16;
    const rest = length & 15;
    if (rest > 8) {
        loadTail(bytes, tail + 8, rest - 8);
        mul64(rh, rl, C2H, C2L);
        rotl64(rh, rl, 33);
        mul64(rh, rl, C1H, C1L);
        h2h = (h2h ^ rh) >>> 0;
        h2l = (h2l ^ rl) >>> 0;
    }
    if (rest > 0) {
        loadTail(bytes, tail, Math.min(rest, 8));
        mul64(rh, rl, C1H, C1L);
        rotl64(rh, rl, 31);
        mul64(rh, rl, C2H, C2L);
        h1h = (h1h ^ rh) >>> 0;
        h1l = (h1l ^ rl) >>> 0;
    }
    // The length is below 2^32 bytes: only the low word changes.
    h1l = (h1l ^ length) >>> 0;
    h2l = (h2l ^ length) >>> 0;
    add64(h1h, h1l, h2h, h2l);
    h1h = rh;
    h1l = rl;
    add64(h2h, h2l, h1h, h1l);
    h2h = rh;
    h2l = rl;
    fmix64(h1h, h1l);
    h1h = rh;
    h1l = rl;
    fmix64(h2h, h2l);
    h2h = rh;
    h2l = rl;
    add64(h1h, h1l, h2h, h2l);
    h1h = rh;
    h1l = rl;
    add64(h2h, h2l, h1h, h1l);
    return [h1h, h1l, rh, rl];
}
const longBytes = new Uint8Array(8);
const longView = new DataView(longBytes.buffer);
/** The hash of a long, as DataSketches hashes one (its 8 little-endian bytes). */
function murmur3LongWords(value, seed = DEFAULT_UPDATE_SEED) {
    if (typeof value === 'number') {
        longView.setInt32(0, value | 0, true);
        longView.setInt32(4, Math.floor(value / 4294967296), true);
    }
    else {
        longView.setBigInt64(0, BigInt.asIntN(64, value), true);
    }
    return murmur3Words(longBytes, seed);
}
// ---- the BigInt transcription, the reference the tests hold the fast version to ----
const MASK64 = (/* unused pure expression or super */ null && ((1n << 64n) - 1n));
function rotlBig(x, r) {
    return ((x << r) | (x >> (64n - r))) & MASK64;
}
function fmixBig(input) {
    let k = input;
    k ^= k >> 33n;
    k = (k * 0xff51afd7ed558ccdn) & MASK64;
    k ^= k >> 33n;
    k = (k * 0xc4ceb9fe1a85ec53n) & MASK64;
    k ^= k >> 33n;
    return k;
}
/** MurmurHash3 x64 128 of `bytes` in plain BigInt arithmetic: slow, and obviously the published algorithm. */
function murmur3BigInt(bytes, seed = DEFAULT_UPDATE_SEED) {
    const c1 = 0x87c37b91114253d5n;
    const c2 = 0x4cf5ad432745937fn;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let h1 = seed & MASK64;
    let h2 = seed & MASK64;
    const blocks = bytes.byteLength >>> 4;
    for (let b = 0; b < blocks; b++) {
        let k1 = view.getBigUint64(b * 16, true);
        let k2 = view.getBigUint64(b * 16 + 8, true);
        k1 = (rotlBig((k1 * c1) & MASK64, 31n) * c2) & MASK64;
        h1 ^= k1;
        h1 = (((rotlBig(h1, 27n) + h2) & MASK64) * 5n + 0x52dce729n) & MASK64;
        k2 = (rotlBig((k2 * c2) & MASK64, 33n) * c1) & MASK64;
        h2 ^= k2;
        h2 = (((rotlBig(h2, 31n) + h1) & MASK64) * 5n + 0x38495ab5n) & MASK64;
    }
    let k1 = 0n;
    let k2 = 0n;
    const tail = blocks * 16;
    for (let i = (bytes.byteLength & 15) - 1; i >= 0; i--) {
        if (i >= 8)
            k2 = (k2 << 8n) | BigInt(bytes[tail + i]);
        else
            k1 = (k1 << 8n) | BigInt(bytes[tail + i]);
    }
    if (k2 !== 0n || (bytes.byteLength & 15) > 8) {
        h2 ^= (rotlBig((k2 * c2) & MASK64, 33n) * c1) & MASK64;
    }
    if ((bytes.byteLength & 15) > 0) {
        h1 ^= (rotlBig((k1 * c1) & MASK64, 31n) * c2) & MASK64;
    }
    const length = BigInt(bytes.byteLength);
    h1 ^= length;
    h2 ^= length;
    h1 = (h1 + h2) & MASK64;
    h2 = (h2 + h1) & MASK64;
    h1 = fmixBig(h1);
    h2 = fmixBig(h2);
    h1 = (h1 + h2) & MASK64;
    h2 = (h2 + h1) & MASK64;
    return [h1, h2];
}

;// CONCATENATED MODULE: ./packages/sketches/src/hll.ts
/**
 * The HyperLogLog distinct-count sketch of Apache DataSketches, bit-compatible with its serialization:
 * what Spark's `hll_sketch_agg`, Druid and the DataSketches libraries write, in all three register widths
 * (HLL_4, HLL_6, HLL_8) and the two sparse modes small sketches use (LIST, SET of 32-bit coupons).
 *
 * An item is hashed with MurmurHash3 x64 128 (seed 9001); its coupon is the low 26 bits of the first half
 * (the address) and 1 + the leading zeros of the second half, at most 63 (the value), as value << 26 |
 * address. In HLL mode register (address mod K) keeps the largest value seen.
 *
 * Layout (little-endian), as DataSketches' HLL PreambleUtil defines it:
 *   byte 0 preamble ints (2 LIST, 3 SET, 10 HLL)  byte 1 serial version (1)  byte 2 family (7)
 *   byte 3 lg K  byte 4 lg of the coupon array (LIST, SET) or of the HLL_4 exceptions map
 *   byte 5 flags (4 empty, 8 compact, 16 out of order)  byte 6 LIST: coupon count; HLL: current minimum
 *   byte 7 mode (bits 0-1: LIST, SET, HLL) and target type (bits 2-3: HLL_4, HLL_6, HLL_8)
 *   LIST: the coupons.  SET: bytes 8-11 coupon count, then the coupons (compact: only the filled slots).
 *   HLL: bytes 8-15 HIP accumulator, 16-23 and 24-31 the two halves of K·q, 32-35 registers at the
 *   current minimum, 36-39 exceptions, then the registers (HLL_4: a nibble each, low nibble first, value
 *   − current minimum, 15 meaning "see the exceptions"; HLL_6: 6 bits each, packed little-endian, plus one
 *   byte; HLL_8: a byte each), then the HLL_4 exceptions (value << 26 | register).
 * A decoded sketch keeps what it read (flags, HIP fields, exception order), so it encodes back to the
 * same bytes.
 */


const HLL_FAMILY = 7;
const MODES = ['LIST', 'SET', 'HLL'];
const TYPES = ['HLL_4', 'HLL_6', 'HLL_8'];
const PREAMBLE_INTS = { LIST: 2, SET: 3, HLL: 10 };
const FLAG_EMPTY = 4;
const FLAG_COMPACT = 8;
const FLAG_OUT_OF_ORDER = 16;
const KEY_MASK_26 = (1 << 26) - 1;
const AUX_TOKEN = 15;
const LG_INIT_LIST = 3;
const LG_INIT_SET = 5;
const HLL_HEADER = 40;
const hll_encoder = new TextEncoder();
/** Initial lg size of the HLL_4 exceptions map, by lg K (DataSketches' table). */
const LG_AUX_ARR_INTS = [0, 2, 2, 2, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5, 6, 7, 8, 9, 10, 11, 12, 13];
class hll_HllSketch {
    lgK;
    type;
    mode = 'LIST';
    /** LIST: coupons in arrival order; SET: the open-addressing table (0 = empty slot). */
    coupons;
    lgArr = LG_INIT_LIST;
    couponCount = 0;
    /** HLL mode: every register's value (not relative to the current minimum). */
    registers = null;
    hipAccum = 0;
    kxq0 = 0;
    kxq1 = 0;
    outOfOrder = false;
    /** What a decoded sketch read, kept so that it encodes back to the same bytes. */
    readFlags = null;
    readAuxLgArr = null;
    readAuxOrder = null;
    readCoupons = null;
    constructor(lgK = 12, type = 'HLL_4') {
        if (!Number.isInteger(lgK) || lgK < 4 || lgK > 21)
            throw new RangeError(`HLL lg K must be from 4 to 21, got ${lgK}`);
        this.lgK = lgK;
        this.type = type;
        this.coupons = new Int32Array(1 << LG_INIT_LIST);
    }
    get k() {
        return 1 << this.lgK;
    }
    isEmpty() {
        return this.mode !== 'HLL' && this.couponCount === 0;
    }
    /** Adds an integer item, hashed as DataSketches hashes a long. */
    updateLong(value, seed = DEFAULT_UPDATE_SEED) {
        this.hashUpdate(murmur3LongWords(value, seed));
    }
    /** Adds a string item, hashed as DataSketches hashes one: its UTF-8 bytes. Empty strings are ignored, as there. */
    updateString(value, seed = DEFAULT_UPDATE_SEED) {
        if (value === '')
            return;
        this.updateBytes(hll_encoder.encode(value), seed);
    }
    updateBytes(bytes, seed = DEFAULT_UPDATE_SEED) {
        if (bytes.byteLength === 0)
            return;
        this.hashUpdate(murmur3Words(bytes, seed));
    }
    hashUpdate([, h1Low, h2High, h2Low]) {
        const leadingZeros = h2High !== 0 ? Math.clz32(h2High) : 32 + Math.clz32(h2Low);
        this.couponUpdate(((Math.min(leadingZeros, 62) + 1) << 26) | (h1Low & KEY_MASK_26));
    }
    couponUpdate(coupon) {
        this.forgetReadLayout();
        if (this.mode === 'HLL') {
            this.registerUpdate(coupon & (this.k - 1), coupon >>> 26, true);
            return;
        }
        if (this.mode === 'LIST') {
            for (let i = 0; i < this.couponCount; i++)
                if (this.coupons[i] === coupon)
                    return;
            this.coupons[this.couponCount++] = coupon;
            if (this.couponCount === this.coupons.length) {
                if (this.lgK < 8)
                    this.promoteToHll();
                else
                    this.rebuildSet(LG_INIT_SET);
            }
            return;
        }
        const at = findSlot(this.coupons, this.lgArr, coupon);
        if (at >= 0)
            return;
        this.coupons[~at] = coupon;
        this.couponCount++;
        if (4 * this.couponCount > 3 * this.coupons.length) {
            if (this.lgArr === this.lgK - 3)
                this.promoteToHll();
            else
                this.rebuildSet(this.lgArr + 1);
        }
    }
    /**
     * Makes this a sketch of the union of both inputs' items. `other` may have a larger lg K: its registers
     * fold onto this one's (register i onto i mod K), as DataSketches' union downsamples.
     */
    merge(other) {
        if (other.lgK < this.lgK) {
            throw new RangeError(`cannot merge an HLL sketch of lg K ${other.lgK} into one of lg K ${this.lgK}; merge into the smaller`);
        }
        if (other.mode !== 'HLL') {
            for (const coupon of other.couponList())
                this.couponUpdate(coupon);
            return;
        }
        if (this.mode !== 'HLL')
            this.promoteToHll();
        this.forgetReadLayout();
        const mine = this.registers;
        const theirs = other.registers;
        const mask = mine.length - 1;
        for (let slot = 0; slot < theirs.length; slot++) {
            if (theirs[slot] > mine[slot & mask])
                this.registerUpdate(slot & mask, theirs[slot], false);
        }
        // Another sketch's history is not this one's: the HIP estimate no longer applies.
        this.outOfOrder = true;
    }
    /** The coupons of a LIST or SET sketch, in the order they are serialized. */
    couponList() {
        if (this.mode === 'LIST')
            return Array.from(this.coupons.subarray(0, this.couponCount));
        return Array.from(this.coupons).filter((c) => c !== 0);
    }
    /**
     * The distinct-count estimate: the coupon count (corrected for collisions among 2^26 addresses) in the
     * sparse modes; in HLL mode the HIP estimate of a sketch updated in order, or, after a merge, Ertl's
     * improved estimator (2017), which needs no empirical bias tables.
     */
    estimate() {
        if (this.mode !== 'HLL') {
            const space = 2 ** 26;
            return Math.max(this.couponCount, -space * Math.log1p(-this.couponCount / space));
        }
        if (!this.outOfOrder)
            return this.hipAccum;
        return improvedEstimate(this.registers);
    }
    /** Relative standard error of the estimate (HIP: 0.836/√K, otherwise 1.04/√K); 0 in the sparse modes. */
    relativeError() {
        if (this.mode !== 'HLL')
            return 0;
        return (this.outOfOrder ? 1.04 : 0.836) / Math.sqrt(this.k);
    }
    // ---- modes ----
    rebuildSet(lgArr) {
        const old = this.couponList();
        this.mode = 'SET';
        this.lgArr = lgArr;
        this.coupons = new Int32Array(1 << lgArr);
        for (const coupon of old)
            this.coupons[~findSlot(this.coupons, lgArr, coupon)] = coupon;
    }
    promoteToHll() {
        const coupons = this.couponList();
        const estimate = this.estimate();
        this.mode = 'HLL';
        this.registers = new Uint8Array(this.k);
        this.kxq0 = this.k;
        this.kxq1 = 0;
        for (const coupon of coupons)
            this.registerUpdate(coupon & (this.k - 1), coupon >>> 26, true);
        // DataSketches starts the HIP accumulator at the sparse estimate when it promotes.
        this.hipAccum = estimate;
        this.outOfOrder = false;
        this.coupons = new Int32Array(0);
        this.couponCount = 0;
        this.lgArr = 0;
    }
    registerUpdate(slot, value, hip) {
        const registers = this.registers;
        const old = registers[slot];
        if (value <= old)
            return;
        if (hip)
            this.hipAccum += this.k / (this.kxq0 + this.kxq1);
        if (old < 32)
            this.kxq0 -= 2 ** -old;
        else
            this.kxq1 -= 2 ** -old;
        if (value < 32)
            this.kxq0 += 2 ** -value;
        else
            this.kxq1 += 2 ** -value;
        registers[slot] = value;
    }
    forgetReadLayout() {
        this.readFlags = null;
        this.readAuxLgArr = null;
        this.readAuxOrder = null;
        this.readCoupons = null;
    }
    // ---- serialization ----
    serialize() {
        const out = new ByteWriter();
        const empty = this.isEmpty();
        const flags = this.readFlags ??
            (empty ? FLAG_EMPTY | FLAG_COMPACT : FLAG_COMPACT) | (this.outOfOrder ? FLAG_OUT_OF_ORDER : 0);
        const modeByte = MODES.indexOf(this.mode) | (TYPES.indexOf(this.type) << 2);
        if (this.mode !== 'HLL') {
            out.u8(PREAMBLE_INTS[this.mode]).u8(1).u8(HLL_FAMILY).u8(this.lgK).u8(this.lgArr).u8(flags);
            out.u8(this.mode === 'LIST' ? this.couponCount : 0).u8(modeByte);
            if (this.mode === 'SET')
                out.u32(this.couponCount);
            for (const coupon of this.readCoupons ?? this.couponList())
                out.i32(coupon);
            return out.bytes();
        }
        const registers = this.registers;
        const hll4 = this.type === 'HLL_4';
        let curMin = 0;
        if (hll4) {
            curMin = 255;
            for (const v of registers)
                if (v < curMin)
                    curMin = v;
        }
        let atCurMin = 0;
        for (const v of registers)
            if (v === curMin)
                atCurMin++;
        const exceptions = [];
        if (hll4) {
            const order = this.readAuxOrder ?? registers.keys();
            for (const slot of order)
                if (registers[slot] - curMin >= AUX_TOKEN)
                    exceptions.push(slot);
        }
        let auxLgArr = this.readAuxLgArr ?? 0;
        if (this.readAuxLgArr === null && exceptions.length > 0) {
            auxLgArr = LG_AUX_ARR_INTS[this.lgK];
            while (4 * exceptions.length > 3 * 2 ** auxLgArr)
                auxLgArr++;
        }
        out
            .u8(PREAMBLE_INTS.HLL)
            .u8(1)
            .u8(HLL_FAMILY)
            .u8(this.lgK)
            .u8(auxLgArr)
            .u8(flags)
            .u8(curMin)
            .u8(modeByte);
        out.f64(this.hipAccum).f64(this.kxq0).f64(this.kxq1).u32(atCurMin).u32(exceptions.length);
        out.raw(packRegisters(registers, this.type, curMin));
        for (const slot of exceptions)
            out.i32((registers[slot] << 26) | slot);
        return out.bytes();
    }
    static deserialize(bytes, what = 'HLL sketch') {
        const r = new ByteReader(bytes, what);
        const preInts = r.u8(0, 'preamble ints');
        const serialVersion = r.u8(1, 'serial version');
        const family = r.u8(2, 'family');
        const lgK = r.u8(3, 'lg K');
        const lgArr = r.u8(4, 'lg array size');
        const flags = r.u8(5, 'flags');
        const byte6 = r.u8(6, 'list count or current minimum');
        const modeByte = r.u8(7, 'mode');
        if (family !== HLL_FAMILY)
            throw new SketchFormatError(`${what}: family ${family} is not HLL (${HLL_FAMILY})`);
        if (serialVersion !== 1)
            throw new SketchFormatError(`${what}: serial version ${serialVersion} is not 1`);
        if (lgK < 4 || lgK > 21)
            throw new SketchFormatError(`${what}: lg K ${lgK} is outside 4..21`);
        const mode = MODES[modeByte & 3];
        const type = TYPES[(modeByte >> 2) & 3];
        if (!mode || !type)
            throw new SketchFormatError(`${what}: mode byte ${modeByte} names no mode and type`);
        if (preInts !== PREAMBLE_INTS[mode]) {
            throw new SketchFormatError(`${what}: preamble ints ${preInts} do not fit ${mode} mode (${PREAMBLE_INTS[mode]})`);
        }
        if ((flags & 1) !== 0)
            throw new SketchFormatError(`${what}: big-endian sketches are not supported`);
        const sketch = new hll_HllSketch(lgK, type);
        sketch.readFlags = flags;
        sketch.outOfOrder = (flags & FLAG_OUT_OF_ORDER) !== 0;
        if (mode !== 'HLL') {
            const compact = (flags & FLAG_COMPACT) !== 0;
            const count = mode === 'LIST' ? byte6 : r.u32(8, 'coupon count');
            const start = mode === 'LIST' ? 8 : 12;
            const stored = compact ? count : 1 << lgArr;
            if (lgArr > 26 || count > 1 << lgArr) {
                throw new SketchFormatError(`${what}: ${count} coupons do not fit an array of 2^${lgArr}`);
            }
            sketch.mode = mode;
            sketch.lgArr = lgArr;
            sketch.coupons = new Int32Array(1 << lgArr);
            const read = [];
            for (let i = 0; i < stored; i++) {
                const coupon = r.i32(start + 4 * i, `coupon ${i}`);
                if (coupon !== 0)
                    read.push(coupon);
            }
            if (read.length !== count)
                throw new SketchFormatError(`${what}: ${read.length} coupons found, ${count} announced`);
            if (mode === 'LIST')
                sketch.coupons.set(read);
            else
                for (const coupon of read)
                    sketch.coupons[~findSlot(sketch.coupons, lgArr, coupon)] = coupon;
            sketch.couponCount = count;
            sketch.readCoupons = read;
            if (start + 4 * stored !== bytes.byteLength) {
                throw new SketchFormatError(`${what}: ${bytes.byteLength - start - 4 * stored} bytes more than the coupons need`);
            }
            return sketch;
        }
        sketch.mode = 'HLL';
        sketch.lgArr = 0;
        sketch.coupons = new Int32Array(0);
        sketch.hipAccum = r.f64(8, 'HIP accumulator');
        sketch.kxq0 = r.f64(16, 'kxq0');
        sketch.kxq1 = r.f64(24, 'kxq1');
        const auxCount = r.u32(36, 'exception count');
        const k = 1 << lgK;
        const size = packedSize(k, type);
        r.need(HLL_HEADER, size, 'registers');
        const registers = unpackRegisters(bytes.subarray(HLL_HEADER, HLL_HEADER + size), k, type, byte6);
        const auxOrder = [];
        let offset = HLL_HEADER + size;
        for (let i = 0; i < auxCount; i++, offset += 4) {
            const pair = r.i32(offset, `exception ${i}`);
            const slot = pair & KEY_MASK_26;
            if (type !== 'HLL_4' || slot >= k || registers[slot] !== 255) {
                throw new SketchFormatError(`${what}: exception ${i} (register ${slot}) has no register marked for it`);
            }
            registers[slot] = pair >>> 26;
            auxOrder.push(slot);
        }
        if (registers.includes(255))
            throw new SketchFormatError(`${what}: a register marked as an exception has none`);
        if (offset !== bytes.byteLength)
            throw new SketchFormatError(`${what}: ${bytes.byteLength - offset} bytes follow the registers`);
        sketch.registers = registers;
        sketch.readAuxLgArr = lgArr;
        sketch.readAuxOrder = auxOrder;
        return sketch;
    }
}
/** The slot of `coupon` in an open-addressing table (>= 0), or ~slot of the empty slot it would take. */
function findSlot(table, lgArr, coupon) {
    const mask = table.length - 1;
    let probe = coupon & mask;
    const start = probe;
    const stride = ((coupon & KEY_MASK_26) >>> lgArr) | 1;
    do {
        const found = table[probe];
        if (found === 0)
            return ~probe;
        if (found === coupon)
            return probe;
        probe = (probe + stride) & mask;
    } while (probe !== start);
    throw new Error('HLL coupon table is full');
}
function packedSize(k, type) {
    if (type === 'HLL_4')
        return k / 2;
    if (type === 'HLL_6')
        return Math.floor((k * 6) / 8) + 1;
    return k;
}
/** Registers as absolute values; an HLL_4 exception is marked 255 until the exceptions are read. */
function unpackRegisters(packed, k, type, curMin) {
    const registers = new Uint8Array(k);
    for (let slot = 0; slot < k; slot++) {
        if (type === 'HLL_8')
            registers[slot] = packed[slot];
        else if (type === 'HLL_6') {
            const bit = slot * 6;
            const at = bit >>> 3;
            registers[slot] = ((packed[at] | ((packed[at + 1] ?? 0) << 8)) >>> (bit & 7)) & 0x3f;
        }
        else {
            const nibble = (packed[slot >>> 1] >>> ((slot & 1) * 4)) & 0xf;
            registers[slot] = nibble === AUX_TOKEN ? 255 : curMin + nibble;
        }
    }
    return registers;
}
function packRegisters(registers, type, curMin) {
    const k = registers.length;
    const packed = new Uint8Array(packedSize(k, type));
    for (let slot = 0; slot < k; slot++) {
        const value = registers[slot];
        if (type === 'HLL_8')
            packed[slot] = value;
        else if (type === 'HLL_6') {
            const bit = slot * 6;
            const at = bit >>> 3;
            const word = (value & 0x3f) << (bit & 7);
            packed[at] |= word & 0xff;
            packed[at + 1] |= word >>> 8;
        }
        else {
            packed[slot >>> 1] |= Math.min(value - curMin, AUX_TOKEN) << ((slot & 1) * 4);
        }
    }
    return packed;
}
/** Ertl's improved raw estimator ("New cardinality estimation algorithms for HyperLogLog sketches", 2017). */
function improvedEstimate(registers) {
    const m = registers.length;
    const q = 62;
    const counts = new Float64Array(q + 2);
    for (const v of registers)
        counts[Math.min(v, q + 1)]++;
    let z = m * tau(1 - counts[q + 1] / m);
    for (let j = q; j >= 1; j--)
        z = 0.5 * (z + counts[j]);
    z += m * sigma(counts[0] / m);
    return (m / (2 * Math.LN2)) * (m / z);
}
function sigma(x0) {
    if (x0 === 1)
        return Number.POSITIVE_INFINITY;
    let x = x0;
    let y = 1;
    let z = x;
    let previous;
    do {
        x *= x;
        previous = z;
        z += x * y;
        y += y;
    } while (z !== previous);
    return z;
}
function tau(x0) {
    if (x0 === 0 || x0 === 1)
        return 0;
    let x = x0;
    let y = 1;
    let z = 1 - x;
    let previous;
    do {
        x = Math.sqrt(x);
        previous = z;
        y *= 0.5;
        z -= (1 - x) ** 2 * y;
    } while (z !== previous);
    return z / 3;
}

;// CONCATENATED MODULE: ./packages/sketches/src/kll-capacity.ts
/**
 * KLL's level capacities, as Apache DataSketches computes them (kll_helper): level h of a sketch with L
 * levels holds at most max(m, round(k * (2/3)^(L - h - 1))) items, the rounding done in exact integer
 * arithmetic so that every implementation agrees on the same layout.
 */
const DEPTH_LIMIT = 30;
/** round(k * (2/3)^depth) for depth <= 30, exactly as ((2k << depth) / 3^depth + 1) >> 1 in 64-bit integers. */
function capacityAtDepthSmall(k, depth) {
    const twiceK = BigInt(k) << 1n;
    const scaled = (twiceK << BigInt(depth)) / 3n ** BigInt(depth);
    return Number((scaled + 1n) >> 1n);
}
function capacityAtDepth(k, depth) {
    if (depth <= DEPTH_LIMIT)
        return capacityAtDepthSmall(k, depth);
    const half = Math.floor(depth / 2);
    return capacityAtDepthSmall(capacityAtDepthSmall(k, half), depth - half);
}
/** Capacity of level `height` (0 = bottom) in a sketch of `numLevels` levels. */
function levelCapacity(k, numLevels, height, m) {
    return Math.max(m, capacityAtDepth(k, numLevels - height - 1));
}
/** Total item slots of a sketch with `numLevels` levels: the sum of its level capacities. */
function totalCapacity(k, m, numLevels) {
    let total = 0;
    for (let h = 0; h < numLevels; h++)
        total += levelCapacity(k, numLevels, h, m);
    return total;
}
/**
 * The normalised rank error of a KLL sketch at 99% confidence (DataSketches' empirical fit): for a
 * single rank (or CDF) query, and for the PMF (a difference of two ranks).
 */
function normalizedRankError(k, pmf) {
    return pmf ? 2.446 / k ** 0.9433 : 2.296 / k ** 0.9723;
}

;// CONCATENATED MODULE: ./packages/sketches/src/kll.ts
/**
 * The KLL quantiles sketch of Apache DataSketches (Karnin, Lang, Liberty 2016), bit-compatible with its
 * serialization, so sketches written by Spark (`kll_sketch_agg_double`, `kll_sketch_agg_bigint`), Druid
 * or the DataSketches Java, C++ and Python libraries are read here, and ours are read there.
 *
 * Layout (little-endian), as kll_sketch_impl.hpp / KllPreambleUtil define it:
 *   byte 0 preamble ints (2 for an empty or single-item sketch, 5 otherwise)
 *   byte 1 serial version (1 empty or full, 2 single item)   byte 2 family (15)   byte 3 flags
 *   bytes 4-5 k   byte 6 m   byte 7 unused
 *   empty: nothing more.  single item: the item.
 *   full: bytes 8-15 n, 16-17 min k, 18 number of levels L, 19 unused, then L uint32 level starts (the
 *   top level's end is implied: the total capacity for k, m and L), then min, max, and the retained
 *   items from the bottom level up.
 * Items are 8-byte doubles, 4-byte floats or 8-byte longs. All are held here as doubles: floats exactly,
 * longs exactly while within ±2^53 (a long beyond that is refused on reading, never rounded).
 */


const KLL_FAMILY = 15;
const kll_KLL_DEFAULT_K = 200;
const DEFAULT_M = 8;
const MIN_K = DEFAULT_M;
const MAX_K = 65535;
const kll_FLAG_EMPTY = 1;
const FLAG_LEVEL_ZERO_SORTED = 2;
const FLAG_SINGLE_ITEM = 4;
const PREAMBLE_INTS_SHORT = 2;
const PREAMBLE_INTS_FULL = 5;
const SERIAL_VERSION_FULL = 1;
const SERIAL_VERSION_SINGLE = 2;
const ITEM_BYTES = { double: 8, float: 4, long: 8 };
class kll_KllSketch {
    k;
    m;
    itemType;
    /** The smallest k of any sketch merged in; it sets the error bound. */
    minK;
    n = 0;
    numLevels = 1;
    /** Start of each level in `items`, bottom first, plus the end of the top level (the capacity). */
    levels;
    items;
    min = Number.NaN;
    max = Number.NaN;
    levelZeroSorted = false;
    random;
    constructor(options = {}) {
        const k = options.k ?? kll_KLL_DEFAULT_K;
        if (!Number.isInteger(k) || k < MIN_K || k > MAX_K) {
            throw new RangeError(`KLL k must be an integer from ${MIN_K} to ${MAX_K}, got ${k}`);
        }
        this.k = k;
        this.m = DEFAULT_M;
        this.minK = k;
        this.itemType = options.itemType ?? 'double';
        this.random = options.random ?? Math.random;
        this.levels = [k, k];
        this.items = new Float64Array(k);
    }
    isEmpty() {
        return this.n === 0;
    }
    /** Past the first compaction the sketch estimates; before it every item is kept. */
    isEstimationMode() {
        return this.numLevels > 1;
    }
    retained() {
        return this.levels[this.numLevels] - this.levels[0];
    }
    /** The normalised rank error of this sketch at 99% confidence (for a single rank, or the PMF). */
    rankError(pmf = false) {
        return normalizedRankError(this.minK, pmf);
    }
    /** Adds one item. NaN is ignored, as DataSketches does; a float is rounded to single precision. */
    update(value) {
        if (Number.isNaN(value))
            return;
        const item = this.itemType === 'float' ? Math.fround(value) : value;
        if (this.itemType === 'long' && !Number.isSafeInteger(item)) {
            throw new RangeError(`a KLL sketch of longs takes integers within ±2^53, got ${value}`);
        }
        if (this.n === 0) {
            this.min = item;
            this.max = item;
        }
        else {
            if (item < this.min)
                this.min = item;
            if (item > this.max)
                this.max = item;
        }
        this.items[this.nextSlot()] = item;
    }
    /** Adds every item of `other` (same item type and m), so this becomes a sketch of the union. */
    merge(other) {
        if (other.isEmpty())
            return;
        if (other.itemType !== this.itemType) {
            throw new RangeError(`cannot merge a KLL sketch of ${other.itemType}s into one of ${this.itemType}s`);
        }
        if (other.m !== this.m)
            throw new RangeError(`cannot merge KLL sketches of m ${other.m} and ${this.m}`);
        if (this.isEmpty()) {
            this.min = other.min;
            this.max = other.max;
        }
        else {
            this.min = Math.min(this.min, other.min);
            this.max = Math.max(this.max, other.max);
        }
        const finalN = this.n + other.n;
        for (let i = other.levels[0]; i < other.levels[1]; i++)
            this.items[this.nextSlot()] = other.items[i];
        if (other.numLevels >= 2)
            this.mergeHigherLevels(other);
        this.n = finalN;
        if (other.isEstimationMode())
            this.minK = Math.min(this.minK, other.minK);
    }
    /** The items with their weights (2^level), sorted by item: what rank and quantile queries read. */
    sortedView() {
        const count = this.retained();
        const pairs = new Array(count);
        let p = 0;
        for (let level = 0; level < this.numLevels; level++) {
            const weight = 2 ** level;
            for (let i = this.levels[level]; i < this.levels[level + 1]; i++)
                pairs[p++] = [this.items[i], weight];
        }
        pairs.sort((a, b) => a[0] - b[0]);
        const items = new Float64Array(count);
        const cumulative = new Float64Array(count);
        let total = 0;
        for (let i = 0; i < count; i++) {
            items[i] = pairs[i][0];
            total += pairs[i][1];
            cumulative[i] = total;
        }
        return { items, cumulative };
    }
    /** Estimated share of items <= value (inclusive), in [0, 1]. NaN for an empty sketch. */
    rank(value) {
        if (this.isEmpty())
            return Number.NaN;
        const { items, cumulative } = this.sortedView();
        let lo = 0;
        let hi = items.length;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (items[mid] <= value)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo === 0 ? 0 : cumulative[lo - 1] / this.n;
    }
    /**
     * The smallest retained item whose inclusive rank reaches `rank`; the exact min and max at ranks 0 and 1
     * (the sketch keeps both whatever it compacts); NaN for an empty sketch.
     */
    quantile(rank) {
        if (!(rank >= 0 && rank <= 1))
            throw new RangeError(`a rank is in [0, 1], got ${rank}`);
        if (this.isEmpty())
            return Number.NaN;
        if (rank === 0)
            return this.min;
        if (rank === 1)
            return this.max;
        const { items, cumulative } = this.sortedView();
        const weight = Math.ceil(rank * this.n);
        let lo = 0;
        let hi = items.length - 1;
        while (lo < hi) {
            const mid = (lo + hi) >>> 1;
            if (cumulative[mid] < weight)
                lo = mid + 1;
            else
                hi = mid;
        }
        return items[lo];
    }
    // ---- serialization ----
    serialize() {
        const size = ITEM_BYTES[this.itemType];
        const out = new ByteWriter(8 + 12 + 4 * this.numLevels + size * (2 + this.retained()));
        const writeItem = (v) => {
            if (this.itemType === 'double')
                out.f64(v);
            else if (this.itemType === 'float')
                out.f32(v);
            else
                out.i64(BigInt(v));
        };
        const empty = this.isEmpty();
        const single = this.n === 1;
        const flags = (empty ? kll_FLAG_EMPTY : 0) |
            (single ? FLAG_SINGLE_ITEM : 0) |
            (this.levelZeroSorted ? FLAG_LEVEL_ZERO_SORTED : 0);
        out
            .u8(empty || single ? PREAMBLE_INTS_SHORT : PREAMBLE_INTS_FULL)
            .u8(single ? SERIAL_VERSION_SINGLE : SERIAL_VERSION_FULL)
            .u8(KLL_FAMILY)
            .u8(flags)
            .u16(this.k)
            .u8(this.m)
            .u8(0);
        if (empty)
            return out.bytes();
        if (single) {
            writeItem(this.items[this.levels[0]]);
            return out.bytes();
        }
        out.i64(this.n).u16(this.minK).u8(this.numLevels).u8(0);
        for (let level = 0; level < this.numLevels; level++)
            out.u32(this.levels[level]);
        writeItem(this.min);
        writeItem(this.max);
        for (let i = this.levels[0]; i < this.levels[this.numLevels]; i++)
            writeItem(this.items[i]);
        return out.bytes();
    }
    static deserialize(bytes, itemType, what = 'KLL sketch') {
        const r = new ByteReader(bytes, what);
        const preInts = r.u8(0, 'preamble ints');
        const serialVersion = r.u8(1, 'serial version');
        const family = r.u8(2, 'family');
        const flags = r.u8(3, 'flags');
        const k = r.u16(4, 'k');
        const m = r.u8(6, 'm');
        if (family !== KLL_FAMILY)
            throw new SketchFormatError(`${what}: family ${family} is not KLL (${KLL_FAMILY})`);
        if (m !== DEFAULT_M)
            throw new SketchFormatError(`${what}: m ${m} is not supported (only ${DEFAULT_M})`);
        if (k < MIN_K)
            throw new SketchFormatError(`${what}: k ${k} is below the minimum ${MIN_K}`);
        const empty = (flags & kll_FLAG_EMPTY) !== 0;
        const single = (flags & FLAG_SINGLE_ITEM) !== 0;
        const expected = empty
            ? [PREAMBLE_INTS_SHORT, SERIAL_VERSION_FULL]
            : single
                ? [PREAMBLE_INTS_SHORT, SERIAL_VERSION_SINGLE]
                : [PREAMBLE_INTS_FULL, SERIAL_VERSION_FULL];
        if (preInts !== expected[0] || serialVersion !== expected[1]) {
            throw new SketchFormatError(`${what}: preamble ints ${preInts} and serial version ${serialVersion} do not fit its flags (expected ${expected[0]} and ${expected[1]})`);
        }
        const sketch = new kll_KllSketch({ k, itemType });
        sketch.levelZeroSorted = (flags & FLAG_LEVEL_ZERO_SORTED) !== 0;
        const size = ITEM_BYTES[itemType];
        const readItem = (offset, field) => {
            if (itemType === 'double')
                return r.f64(offset, field);
            if (itemType === 'float')
                return r.f32(offset, field);
            return r.safeI64(offset, field);
        };
        if (empty)
            return sketch;
        if (single) {
            const item = readItem(8, 'the single item');
            sketch.n = 1;
            sketch.min = item;
            sketch.max = item;
            sketch.levels = [k - 1, k];
            sketch.items[k - 1] = item;
            return sketch;
        }
        const n = r.safeI64(8, 'n');
        const minK = r.u16(16, 'min k');
        const numLevels = r.u8(18, 'number of levels');
        if (numLevels < 1)
            throw new SketchFormatError(`${what}: a full sketch has at least one level, found 0`);
        const capacity = totalCapacity(k, m, numLevels);
        const levels = [];
        for (let level = 0; level < numLevels; level++)
            levels.push(r.u32(20 + 4 * level, `level ${level} start`));
        levels.push(capacity);
        for (let level = 0; level < numLevels; level++) {
            if (levels[level] > levels[level + 1]) {
                throw new SketchFormatError(`${what}: level ${level} starts after the next level (${levels[level]} > ${levels[level + 1]})`);
            }
        }
        let offset = 20 + 4 * numLevels;
        sketch.min = readItem(offset, 'min');
        sketch.max = readItem(offset + size, 'max');
        offset += 2 * size;
        const items = new Float64Array(capacity);
        let weight = 0;
        for (let level = 0; level < numLevels; level++) {
            for (let i = levels[level]; i < levels[level + 1]; i++) {
                items[i] = readItem(offset, `item ${i - levels[0]}`);
                offset += size;
            }
            weight += (levels[level + 1] - levels[level]) * 2 ** level;
        }
        if (offset !== bytes.byteLength) {
            throw new SketchFormatError(`${what}: ${bytes.byteLength - offset} bytes follow the last item`);
        }
        if (weight !== n) {
            throw new SketchFormatError(`${what}: the retained items weigh ${weight}, but n is ${n}`);
        }
        sketch.n = n;
        sketch.minK = minK;
        sketch.numLevels = numLevels;
        sketch.levels = levels;
        sketch.items = items;
        return sketch;
    }
    // ---- compaction, as DataSketches does it, so that our sketches keep its invariants ----
    /** Makes room at the bottom level if needed, counts the item and returns the slot it goes to. */
    nextSlot() {
        if (this.levels[0] === 0)
            this.compressWhileUpdating();
        this.n++;
        this.levelZeroSorted = false;
        this.levels[0]--;
        return this.levels[0];
    }
    randomBit() {
        return this.random() < 0.5 ? 0 : 1;
    }
    compressWhileUpdating() {
        const level = this.levelToCompact();
        if (level === this.numLevels - 1)
            this.addEmptyTopLevel();
        const levels = this.levels;
        const items = this.items;
        const rawBeg = levels[level];
        const rawEnd = levels[level + 1];
        const popAbove = levels[level + 2] - rawEnd;
        const rawPop = rawEnd - rawBeg;
        const oddPop = rawPop % 2 === 1;
        const adjBeg = oddPop ? rawBeg + 1 : rawBeg;
        const adjPop = oddPop ? rawPop - 1 : rawPop;
        const halfAdjPop = adjPop / 2;
        if (level === 0 && !this.levelZeroSorted)
            items.subarray(adjBeg, adjBeg + adjPop).sort();
        if (popAbove === 0) {
            halveUp(items, adjBeg, adjPop, this.randomBit());
        }
        else {
            halveDown(items, adjBeg, adjPop, this.randomBit());
            mergeSortedInPlace(items, adjBeg, halfAdjPop, rawEnd, popAbove, adjBeg + halfAdjPop);
        }
        levels[level + 1] -= halfAdjPop;
        if (oddPop) {
            levels[level] = levels[level + 1] - 1;
            items[levels[level]] = items[rawBeg];
        }
        else {
            levels[level] = levels[level + 1];
        }
        if (level > 0) {
            const amount = rawBeg - levels[0];
            items.copyWithin(levels[0] + halfAdjPop, levels[0], levels[0] + amount);
            for (let lvl = 0; lvl < level; lvl++)
                levels[lvl] += halfAdjPop;
        }
    }
    levelToCompact() {
        for (let level = 0;; level++) {
            const pop = this.levels[level + 1] - this.levels[level];
            if (pop >= levelCapacity(this.k, this.numLevels, level, this.m))
                return level;
        }
    }
    addEmptyTopLevel() {
        const current = this.levels[this.numLevels];
        const delta = levelCapacity(this.k, this.numLevels + 1, 0, this.m);
        const grown = new Float64Array(current + delta);
        grown.set(this.items.subarray(this.levels[0], current), this.levels[0] + delta);
        this.items = grown;
        for (let i = 0; i <= this.numLevels; i++)
            this.levels[i] += delta;
        this.levels.push(current + delta);
        this.numLevels++;
    }
    levelSize(level) {
        return level >= this.numLevels ? 0 : this.levels[level + 1] - this.levels[level];
    }
    /** Merges levels 1 and up of `other` into this (level 0 was added item by item), then compacts. */
    mergeHigherLevels(other) {
        const provisional = Math.max(this.numLevels, other.numLevels);
        const work = new Float64Array(this.retained() + (other.retained() - other.levelSize(0)) + 1);
        const inLevels = new Array(provisional + 2).fill(0);
        const zero = this.levelSize(0);
        work.set(this.items.subarray(this.levels[0], this.levels[0] + zero), 0);
        inLevels[1] = zero;
        for (let level = 1; level < provisional; level++) {
            const mine = this.levelSize(level);
            const theirs = other.levelSize(level);
            const at = inLevels[level];
            inLevels[level + 1] = at + mine + theirs;
            mergeSorted(this.items.subarray(this.levels[level] ?? 0, (this.levels[level] ?? 0) + mine), other.items.subarray(other.levels[level] ?? 0, (other.levels[level] ?? 0) + theirs), work, at);
        }
        const result = generalCompress(this.k, this.m, provisional, work, inLevels, this.levelZeroSorted, () => this.randomBit());
        const items = new Float64Array(result.capacity);
        const freeAtBottom = result.capacity - result.count;
        items.set(work.subarray(result.outLevels[0], result.outLevels[0] + result.count), freeAtBottom);
        const shift = freeAtBottom - result.outLevels[0];
        this.items = items;
        this.levels = result.outLevels.slice(0, result.numLevels + 1).map((start) => start + shift);
        this.numLevels = result.numLevels;
    }
}
/** Keeps every other item of a sorted run, starting at a random one of the first two, packed at the top. */
function halveUp(items, start, length, offset) {
    const half = length / 2;
    let j = start + length - 1 - offset;
    for (let i = start + length - 1; i >= start + half; i--) {
        items[i] = items[j];
        j -= 2;
    }
}
/** Keeps every other item of a sorted run, starting at a random one of the first two, packed at the bottom. */
function halveDown(items, start, length, offset) {
    const half = length / 2;
    let j = start + offset;
    for (let i = start; i < start + half; i++) {
        items[i] = items[j];
        j += 2;
    }
}
/** Merges two sorted runs of one buffer into a third place of it that never overtakes unread items. */
function mergeSortedInPlace(items, startA, lengthA, startB, lengthB, startC) {
    const endA = startA + lengthA;
    const endB = startB + lengthB;
    let a = startA;
    let b = startB;
    let c = startC;
    while (a < endA && b < endB)
        items[c++] = items[a] <= items[b] ? items[a++] : items[b++];
    while (a < endA)
        items[c++] = items[a++];
    while (b < endB)
        items[c++] = items[b++];
}
function mergeSorted(a, b, out, at) {
    let i = 0;
    let j = 0;
    let c = at;
    while (i < a.length && j < b.length)
        out[c++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[c++] = a[i++];
    while (j < b.length)
        out[c++] = b[j++];
}
/**
 * DataSketches' general compression: walks the levels bottom up and compacts each level that is over
 * its capacity while the sketch as a whole is over its capacity, adding levels as the top overflows.
 */
function generalCompress(k, m, numLevelsIn, items, inLevels, levelZeroSorted, randomBit) {
    let numLevels = numLevelsIn;
    let count = inLevels[numLevels] - inLevels[0];
    let target = totalCapacity(k, m, numLevels);
    const outLevels = [0];
    for (let level = 0;; level++) {
        if (level === numLevels - 1)
            inLevels[level + 2] = inLevels[level + 1];
        const rawBeg = inLevels[level];
        const rawLim = inLevels[level + 1];
        const rawPop = rawLim - rawBeg;
        if (count < target || rawPop < levelCapacity(k, numLevels, level, m)) {
            items.copyWithin(outLevels[level], rawBeg, rawLim);
            outLevels[level + 1] = outLevels[level] + rawPop;
        }
        else {
            const popAbove = inLevels[level + 2] - rawLim;
            const oddPop = rawPop % 2 === 1;
            const adjBeg = oddPop ? rawBeg + 1 : rawBeg;
            const adjPop = oddPop ? rawPop - 1 : rawPop;
            const halfAdjPop = adjPop / 2;
            if (oddPop) {
                items[outLevels[level]] = items[rawBeg];
                outLevels[level + 1] = outLevels[level] + 1;
            }
            else {
                outLevels[level + 1] = outLevels[level];
            }
            if (level === 0 && !levelZeroSorted)
                items.subarray(adjBeg, adjBeg + adjPop).sort();
            if (popAbove === 0) {
                halveUp(items, adjBeg, adjPop, randomBit());
            }
            else {
                halveDown(items, adjBeg, adjPop, randomBit());
                mergeSortedInPlace(items, adjBeg, halfAdjPop, rawLim, popAbove, adjBeg + halfAdjPop);
            }
            count -= halfAdjPop;
            inLevels[level + 1] -= halfAdjPop;
            if (level === numLevels - 1) {
                numLevels++;
                target += levelCapacity(k, numLevels, 0, m);
            }
        }
        if (level === numLevels - 1)
            break;
    }
    return { numLevels, capacity: target, count, outLevels };
}

;// CONCATENATED MODULE: ./packages/sketches/src/frequent-items.ts
/**
 * The frequent items sketch of Apache DataSketches (Misra-Gries with a reverse-purge map), bit-compatible
 * with its serialization, for longs and UTF-8 strings: what a category column's heavy hitters look like
 * once there are too many distinct values to count exactly.
 *
 * Layout (little-endian), as frequent_items_sketch_impl.hpp / frequencies PreambleUtil define it:
 *   byte 0 preamble longs (1 empty, 4 otherwise)   byte 1 serial version (1)   byte 2 family (10)
 *   byte 3 lg of the maximum map size   byte 4 lg of the current map size   byte 5 flags (empty: 5)
 *   bytes 6-7 unused; empty: nothing more.
 *   bytes 8-11 number of active items A, 12-15 unused, 16-23 total stream weight, 24-31 offset (the
 *   maximum error), then A weights (int64), then A items (int64, or uint32 length + UTF-8 bytes).
 * Entries keep the order they were read in, so a decoded sketch encodes back to the same bytes.
 */

const FREQUENT_ITEMS_FAMILY = 10;
const SERIAL_VERSION = 1;
const PREAMBLE_LONGS_EMPTY = 1;
const PREAMBLE_LONGS_FULL = 4;
const frequent_items_FLAG_EMPTY = 5;
const LG_MIN_MAP_SIZE = 3;
const LOAD_FACTOR = 0.75;
const SAMPLE_SIZE = 1024;
class frequent_items_FrequentItemsSketch {
    itemType;
    lgMaxMapSize;
    lgCurMapSize = LG_MIN_MAP_SIZE;
    /** Total weight of every update, kept or purged. */
    streamWeight = 0;
    /** Sum of the weights purged from every kept item: the largest amount any estimate can be off by. */
    offset = 0;
    entries = new Map();
    constructor(itemType, lgMaxMapSize = 6) {
        if (!Number.isInteger(lgMaxMapSize) || lgMaxMapSize < LG_MIN_MAP_SIZE || lgMaxMapSize > 30) {
            throw new RangeError(`lg of the maximum map size must be an integer from 3 to 30, got ${lgMaxMapSize}`);
        }
        this.itemType = itemType;
        this.lgMaxMapSize = lgMaxMapSize;
    }
    isEmpty() {
        return this.entries.size === 0;
    }
    /** How many items the map holds at most before it purges. */
    maximumMapCapacity() {
        return Math.floor(LOAD_FACTOR * 2 ** this.lgMaxMapSize);
    }
    update(item, weight = 1) {
        if (!Number.isSafeInteger(weight) || weight < 0)
            throw new RangeError(`a weight is a whole number >= 0, got ${weight}`);
        if (weight === 0)
            return;
        this.streamWeight += weight;
        this.entries.set(item, (this.entries.get(item) ?? 0) + weight);
        if (this.entries.size > Math.floor(LOAD_FACTOR * 2 ** this.lgCurMapSize)) {
            if (this.lgCurMapSize < this.lgMaxMapSize)
                this.lgCurMapSize++;
            else
                this.offset += this.purge();
        }
    }
    /** Adds `other`'s items and its error, so this estimates the union of both streams. */
    merge(other) {
        if (other.itemType !== this.itemType)
            throw new RangeError('cannot merge frequent items sketches of different item types');
        if (other.isEmpty())
            return;
        const streamWeight = this.streamWeight + other.streamWeight;
        for (const [item, weight] of other.entries)
            this.update(item, weight);
        this.offset += other.offset;
        this.streamWeight = streamWeight;
    }
    /** Subtracts the median of (up to 1,024) kept weights from every weight and drops those left at 0 or below. */
    purge() {
        const sample = [...this.entries.values()].slice(0, Math.min(SAMPLE_SIZE, this.maximumMapCapacity()));
        sample.sort((a, b) => a - b);
        const median = sample[Math.floor(sample.length / 2)];
        for (const [item, weight] of this.entries) {
            if (weight <= median)
                this.entries.delete(item);
            else
                this.entries.set(item, weight - median);
        }
        return median;
    }
    /** Estimated weight of `item`: its kept weight plus the maximum error; 0 if it is not kept. */
    estimate(item) {
        const weight = this.entries.get(item);
        return weight === undefined ? 0 : weight + this.offset;
    }
    lowerBound(item) {
        return this.entries.get(item) ?? 0;
    }
    upperBound(item) {
        return (this.entries.get(item) ?? 0) + this.offset;
    }
    maximumError() {
        return this.offset;
    }
    /**
     * Items whose weight may exceed `threshold` (default the maximum error), heaviest first:
     * 'no-false-positives' keeps those whose lower bound exceeds it, 'no-false-negatives' those whose
     * upper bound does.
     */
    frequentItems(errorType, threshold = this.offset) {
        const rows = [];
        for (const [item, weight] of this.entries) {
            const bound = errorType === 'no-false-positives' ? weight : weight + this.offset;
            if (bound > threshold)
                rows.push({
                    item,
                    estimate: weight + this.offset,
                    lowerBound: weight,
                    upperBound: weight + this.offset,
                });
        }
        return rows.sort((a, b) => b.estimate - a.estimate);
    }
    serialize() {
        const out = new ByteWriter();
        const empty = this.isEmpty();
        out
            .u8(empty ? PREAMBLE_LONGS_EMPTY : PREAMBLE_LONGS_FULL)
            .u8(SERIAL_VERSION)
            .u8(FREQUENT_ITEMS_FAMILY)
            .u8(this.lgMaxMapSize)
            .u8(this.lgCurMapSize)
            .u8(empty ? frequent_items_FLAG_EMPTY : 0)
            .u16(0);
        if (empty)
            return out.bytes();
        out.u32(this.entries.size).u32(0).i64(this.streamWeight).i64(this.offset);
        for (const weight of this.entries.values())
            out.i64(weight);
        const encoder = new TextEncoder();
        for (const item of this.entries.keys()) {
            if (this.itemType === 'long')
                out.i64(item);
            else {
                const utf8 = encoder.encode(item);
                out.u32(utf8.byteLength).raw(utf8);
            }
        }
        return out.bytes();
    }
    static deserialize(bytes, itemType, what = 'frequent items sketch') {
        const r = new ByteReader(bytes, what);
        const preLongs = r.u8(0, 'preamble longs');
        const serialVersion = r.u8(1, 'serial version');
        const family = r.u8(2, 'family');
        const lgMax = r.u8(3, 'lg max map size');
        const lgCur = r.u8(4, 'lg current map size');
        const flags = r.u8(5, 'flags');
        if (family !== FREQUENT_ITEMS_FAMILY) {
            throw new SketchFormatError(`${what}: family ${family} is not frequent items (${FREQUENT_ITEMS_FAMILY})`);
        }
        if (serialVersion !== SERIAL_VERSION)
            throw new SketchFormatError(`${what}: serial version ${serialVersion} is not 1`);
        if (lgCur > lgMax || lgCur < LG_MIN_MAP_SIZE) {
            throw new SketchFormatError(`${what}: lg current map size ${lgCur} is outside 3..${lgMax}`);
        }
        const sketch = new frequent_items_FrequentItemsSketch(itemType, lgMax);
        sketch.lgCurMapSize = lgCur;
        const empty = (flags & frequent_items_FLAG_EMPTY) !== 0;
        if (preLongs !== (empty ? PREAMBLE_LONGS_EMPTY : PREAMBLE_LONGS_FULL)) {
            throw new SketchFormatError(`${what}: preamble longs ${preLongs} does not fit an ${empty ? 'empty' : 'non-empty'} sketch`);
        }
        if (empty)
            return sketch;
        const active = r.u32(8, 'number of active items');
        if (active > Math.floor(LOAD_FACTOR * 2 ** lgCur)) {
            throw new SketchFormatError(`${what}: ${active} active items do not fit a map of size 2^${lgCur}`);
        }
        sketch.streamWeight = r.safeI64(16, 'stream weight');
        sketch.offset = r.safeI64(24, 'offset');
        const weights = [];
        let offset = 32;
        for (let i = 0; i < active; i++, offset += 8)
            weights.push(r.safeI64(offset, `weight ${i}`));
        const decoder = new TextDecoder('utf-8', { fatal: true });
        for (let i = 0; i < active; i++) {
            let item;
            if (itemType === 'long') {
                item = r.i64(offset, `item ${i}`);
                offset += 8;
            }
            else {
                const length = r.u32(offset, `length of item ${i}`);
                r.need(offset + 4, length, `item ${i}`);
                try {
                    item = decoder.decode(bytes.subarray(offset + 4, offset + 4 + length));
                }
                catch {
                    throw new SketchFormatError(`${what}: item ${i} is not valid UTF-8`);
                }
                offset += 4 + length;
            }
            if (sketch.entries.has(item))
                throw new SketchFormatError(`${what}: item ${i} appears twice`);
            sketch.entries.set(item, weights[i]);
        }
        if (offset !== bytes.byteLength)
            throw new SketchFormatError(`${what}: ${bytes.byteLength - offset} bytes follow the last item`);
        return sketch;
    }
}

;// CONCATENATED MODULE: ./packages/stats/src/random.ts
/**
 * A small seeded generator for the bootstrap, so a report made twice from the same data shows the same
 * intervals. mulberry32: 32 bits of state, period 2^32, good enough to pick resampling positions.
 */
function randomState(seed) {
    return { state: seed >>> 0 };
}
/** The next uniform number in [0, 1) from `g`, advancing it. */
function nextUniform(g) {
    g.state = (g.state + 0x6d2b79f5) | 0;
    let t = Math.imul(g.state ^ (g.state >>> 15), 1 | g.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
/** A seeded generator as a function, for callers that want one number at a time. */
function random_seededRandom(seed) {
    const g = randomState(seed);
    return () => nextUniform(g);
}
/**
 * One bootstrap resample as draw counts: n = weights.length draws of a position in [0, n) with
 * replacement; weights[i] becomes how often position i was drawn. The draws are exactly those of
 * floor(nextUniform(g) * n), with the generator's steps written out here because this loop runs a
 * million times per resample on large data.
 */
function drawCounts(g, weights) {
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

;// CONCATENATED MODULE: ./packages/stats/src/moments.ts
/**
 * Count, mean and M2 (the sum of squared deviations from the mean) of a sample, built value by value
 * (Welford) and merged across parts (Chan, Golub and LeVeque 1979):
 *   n = na + nb,  delta = mean_b - mean_a,  mean = mean_a + delta * nb / n,
 *   M2 = M2_a + M2_b + delta^2 * na * nb / n.
 * The variance is M2 / n (population, ddof 0) or M2 / (n - 1) (sample). Deviations are taken in units of
 * a power of two at least the largest magnitude seen (`scale`), and m2 is kept in units of scale^2, so
 * neither a difference nor a square overflows for data near ±1e308.
 */
function moments_emptyMoments() {
    return { count: 0, mean: 0, m2: 0, scale: 1, min: Number.POSITIVE_INFINITY, max: Number.NEGATIVE_INFINITY };
}
/** A power of two near |value| (at most 2^1023, so it stays finite): |value| / it is at most 2. */
function moments_powerOfTwoAbove(value) {
    return 2 ** Math.min(1023, Math.ceil(Math.log2(Math.abs(value))));
}
/** Brings `m` to a larger power-of-two `scale` (M2 is held in units of scale²). */
function moments_rescaleMoments(m, scale) {
    if (scale <= m.scale)
        return;
    const ratio = m.scale / scale;
    m.m2 *= ratio * ratio;
    m.scale = scale;
}
/** Adds one finite value to `m` in place. */
function addValue(m, value) {
    if (Math.abs(value) > m.scale)
        moments_rescaleMoments(m, moments_powerOfTwoAbove(value));
    m.count++;
    const s = m.scale;
    // Deviations are taken in scaled units: value - mean itself can overflow near ±1e308.
    const before = value / s - m.mean / s;
    m.mean += (before / m.count) * s;
    m.m2 += before * (value / s - m.mean / s);
    if (value < m.min)
        m.min = value;
    if (value > m.max)
        m.max = value;
}
/** The moments of the union of the samples behind `a` and `b`. */
function mergeMoments(a, b) {
    if (b.count === 0)
        return { ...a };
    if (a.count === 0)
        return { ...b };
    const scale = Math.max(a.scale, b.scale);
    const left = { ...a };
    const right = { ...b };
    moments_rescaleMoments(left, scale);
    moments_rescaleMoments(right, scale);
    const count = a.count + b.count;
    const d = b.mean / scale - a.mean / scale;
    const mean = a.mean + d * (b.count / count) * scale;
    const m2 = left.m2 + right.m2 + d * d * ((a.count * b.count) / count);
    return { count, mean, m2, scale, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}
/** Population variance (M2 / n); NaN for an empty sample. Infinity only when the true variance overflows. */
function populationVariance(m) {
    return m.count === 0 ? Number.NaN : (m.m2 / m.count) * m.scale * m.scale;
}
/** Population standard deviation, computed without overflowing where the deviation itself is finite. */
function populationStdOf(m) {
    return m.count === 0 ? Number.NaN : Math.sqrt(m.m2 / m.count) * m.scale;
}

;// CONCATENATED MODULE: ./packages/profile/src/numeric-moments.ts
/**
 * A numeric column's count, mean and M2, kept so that a large common offset costs no precision.
 *
 * @modelgate/stats' Welford update rounds the running mean to a double: at 1.7e15 (epoch microseconds)
 * that is a quarter, and every deviation taken from it carries that error, so the standard deviation of
 * 1.7e15 + U(0, 100) came out 0.2% off. Here the mean is a pair, `moments.mean` (the double nearest the
 * mean, what every reader takes) and `meanLow` (what that double rounded off), so deviations are taken
 * from the mean to about twice a double's precision: a value near the mean minus `moments.mean` is exact
 * (Sterbenz), and only then is `meanLow` taken off. Chan's merge takes the shards' difference of means
 * the same way, so shards merge as precisely as the rows add up. M2 keeps its meaning (the sum of squared
 * deviations from the mean, in units of scale²), so the file stays readable by anything that ignores
 * `meanLow`.
 */

function numeric_moments_emptyPreciseMoments() {
    return { moments: emptyMoments(), meanLow: 0 };
}
/** a + b as the double nearest it and the exact rest (Knuth's TwoSum). */
function twoSum(a, b) {
    const sum = a + b;
    const bPart = sum - a;
    return [sum, a - (sum - bPart) + (b - bPart)];
}
const SPLIT = 2 ** 27 + 1;
/** a × b as the double nearest it and the exact rest (Dekker's TwoProduct, with Veltkamp's split). */
function twoProduct(a, b) {
    const product = a * b;
    const ca = SPLIT * a;
    const aHigh = ca - (ca - a);
    const aLow = a - aHigh;
    const cb = SPLIT * b;
    const bHigh = cb - (cb - b);
    const bLow = b - bHigh;
    return [product, aHigh * bHigh - product + aHigh * bLow + aLow * bHigh + aLow * bLow];
}
/** (high + low) / n as a double-double; n a count. */
function divide(high, low, n) {
    const q = high / n;
    const [p, pLow] = twoProduct(q, n);
    return [q, (high - p - pLow + low) / n];
}
/**
 * Sets the mean to (mean + meanLow) / scale + step (all in units of `scale`): the double nearest it in
 * moments.mean, the rest in meanLow.
 */
function addToMean(p, scale, step, stepLow) {
    const [sum, rest] = twoSum(p.moments.mean / scale, step);
    // TwoSum again, not the cheaper Fast2Sum: near a mean of 0 the rest may outweigh the sum.
    const [high, low] = twoSum(sum, rest + p.meanLow / scale + stepLow);
    p.moments.mean = high * scale;
    p.meanLow = low * scale;
}
/** Adds one finite value in place. */
function numeric_moments_addPrecise(p, value) {
    const m = p.moments;
    if (Math.abs(value) > m.scale)
        rescaleMoments(m, powerOfTwoAbove(value));
    m.count++;
    const s = m.scale;
    // In units of the scale (a power of two, so exact), as nothing may overflow near ±1e308.
    const x = value / s;
    const [before, rest] = twoSum(x, -m.mean / s);
    const beforeLow = rest - p.meanLow / s;
    const [step, stepLow] = divide(before, beforeLow, m.count);
    addToMean(p, s, step, stepLow);
    m.m2 += (before + beforeLow) * (x - m.mean / s - p.meanLow / s);
    if (value < m.min)
        m.min = value;
    if (value > m.max)
        m.max = value;
}
/** The moments of the union of the samples behind `a` and `b` (Chan, Golub and LeVeque). */
function mergePrecise(a, b) {
    if (b.moments.count === 0)
        return { moments: { ...a.moments }, meanLow: a.meanLow };
    if (a.moments.count === 0)
        return { moments: { ...b.moments }, meanLow: b.meanLow };
    const scale = Math.max(a.moments.scale, b.moments.scale);
    const left = { ...a.moments };
    const right = { ...b.moments };
    moments_rescaleMoments(left, scale);
    moments_rescaleMoments(right, scale);
    const count = left.count + right.count;
    const [d, rest] = twoSum(right.mean / scale, -left.mean / scale);
    const dLow = rest + (b.meanLow / scale - a.meanLow / scale);
    const [shift, shiftRest] = twoProduct(d, right.count);
    const [step, stepLow] = divide(shift, shiftRest + dLow * right.count, count);
    const delta = d + dLow;
    const merged = {
        moments: {
            count,
            mean: left.mean,
            m2: left.m2 + right.m2 + delta * delta * ((left.count * right.count) / count),
            scale,
            min: Math.min(left.min, right.min),
            max: Math.max(left.max, right.max),
        },
        meanLow: a.meanLow,
    };
    addToMean(merged, scale, step, stepLow);
    return merged;
}

;// CONCATENATED MODULE: ./packages/profile/src/column-profile.ts
/**
 * The profile of one column: what the gates need to know about it without its rows, in parts that merge.
 *
 * - counts: rows, missing cells, cells that did not parse as the column's type, rows per type read.
 * - numbers: count, mean, M2, min and max (exact; Chan's merge; the mean to twice a double's precision, see
 *   numeric-moments.ts), a KLL sketch of the finite values
 *   (quantiles within its stated rank error), and the exact count of each value while there are at most
 *   VALUE_CAP distinct ones (class labels, small integers), dropped past that.
 * - text: the exact count of each category up to CATEGORY_CAP distinct ones, then a frequent items sketch
 *   (the exact counts so far go in with their weights; from then on counts carry its maximum error).
 * - distinct values: an HLL sketch (lg K 12, HLL_8): integers hashed as DataSketches hashes a long, other
 *   numbers as their IEEE bits (DataSketches' update(double)), text as UTF-8, so Spark's
 *   hll_sketch_agg over the same data agrees.
 */



const VALUE_CAP = 1000;
const CATEGORY_CAP = 10_000;
const FREQUENT_LG_MAX_MAP = 12;
const HLL_LG_K = 12;
/**
 * KLL compaction keeps a random half; a fixed seed makes a profile of the same rows the same bytes, so its
 * content address names the data, not the run.
 */
const KLL_SEED = 0x5eed;
/** `kllK`: the quantile sketch's k; a larger k narrows its rank error (about 1.3% at 200, 0.15% at 2,000). */
function emptyColumnProfile(name, kind, kllK = KLL_DEFAULT_K) {
    return {
        name,
        kind,
        types: {},
        rows: 0,
        missing: 0,
        invalid: 0,
        numeric: kind === 'numeric'
            ? {
                ...emptyPreciseMoments(),
                kll: new KllSketch({ k: kllK, random: seededRandom(KLL_SEED) }),
                values: new Map(),
            }
            : null,
        categories: kind === 'categorical' ? { exact: new Map(), frequent: null, total: 0 } : null,
        distinct: new HllSketch(HLL_LG_K, 'HLL_8'),
    };
}
const bits = new DataView(new ArrayBuffer(8));
/** Adds one finite number. `integer` says the column was read as integers (hashed as longs). */
function addNumber(profile, value, integer) {
    const part = profile.numeric;
    addPrecise(part, value);
    part.kll.update(value);
    if (part.values) {
        part.values.set(value, (part.values.get(value) ?? 0) + 1);
        if (part.values.size > VALUE_CAP)
            part.values = null;
    }
    const distinct = profile.distinct;
    if (integer && Number.isSafeInteger(value))
        distinct.updateLong(value);
    else {
        bits.setFloat64(0, value === 0 ? 0 : value, true);
        distinct.updateLong(bits.getBigInt64(0, true));
    }
}
/** Adds `count` cells holding `category`. */
function addCategory(profile, category, count) {
    const part = profile.categories;
    part.total += count;
    profile.distinct.updateString(category);
    if (part.exact) {
        part.exact.set(category, (part.exact.get(category) ?? 0) + count);
        if (part.exact.size > CATEGORY_CAP) {
            part.frequent = new FrequentItemsSketch('string', FREQUENT_LG_MAX_MAP);
            for (const [item, weight] of part.exact)
                part.frequent.update(item, weight);
            part.exact = null;
        }
    }
    else {
        part.frequent.update(category, count);
    }
}
function mergeCounts(a, b, cap) {
    if (!a || !b)
        return null;
    const merged = new Map(a);
    for (const [key, count] of b)
        merged.set(key, (merged.get(key) ?? 0) + count);
    return merged.size > cap ? null : merged;
}
function mergeCategories(a, b) {
    const exact = mergeCounts(a.exact, b.exact, CATEGORY_CAP);
    if (exact)
        return { exact, frequent: null, total: a.total + b.total };
    const frequent = new frequent_items_FrequentItemsSketch('string', FREQUENT_LG_MAX_MAP);
    for (const part of [a, b]) {
        if (part.exact)
            for (const [item, weight] of part.exact)
                frequent.update(item, weight);
        else
            frequent.merge(part.frequent);
    }
    return { exact: null, frequent, total: a.total + b.total };
}
/**
 * The profile of the union of both columns' rows. A column read as numbers in one part and as text in
 * another cannot be merged: the caller says which, with column-types, so every shard reads it alike.
 */
function mergeColumnProfiles(a, b) {
    if (a.kind !== b.kind) {
        throw new RangeError(`column "${a.name}" was read as ${a.kind} in one profile and as ${b.kind} in another; set column-types so every shard reads it the same way`);
    }
    const types = { ...a.types };
    for (const [type, rows] of Object.entries(b.types))
        types[type] = (types[type] ?? 0) + rows;
    let distinct = null;
    if (a.distinct && b.distinct) {
        distinct = new hll_HllSketch(Math.min(a.distinct.lgK, b.distinct.lgK), 'HLL_8');
        distinct.merge(a.distinct);
        distinct.merge(b.distinct);
    }
    let numeric = null;
    if (a.numeric && b.numeric) {
        const kll = new kll_KllSketch({ k: a.numeric.kll.k, random: random_seededRandom(KLL_SEED) });
        kll.merge(a.numeric.kll);
        kll.merge(b.numeric.kll);
        numeric = {
            ...mergePrecise(a.numeric, b.numeric),
            kll,
            values: mergeCounts(a.numeric.values, b.numeric.values, VALUE_CAP),
        };
    }
    return {
        name: a.name,
        kind: a.kind,
        types,
        rows: a.rows + b.rows,
        missing: a.missing + b.missing,
        invalid: a.invalid + b.invalid,
        numeric,
        categories: a.categories && b.categories ? mergeCategories(a.categories, b.categories) : null,
        distinct,
    };
}

;// CONCATENATED MODULE: ./packages/profile/src/dataset-profile.ts
/**
 * A dataset's profile: one ColumnProfile per column plus the row counts, and its file format.
 *
 * The file is JSON (so a person, jq and a Spark job can read and write it), the sketches inside as
 * base64 of Apache DataSketches' own binary serialization:
 *
 *   { "format": "modelgate-profile", "version": 1, "digest": "sha256:<hex>",
 *     "rows": 1000, "unreadableRows": 0, "sources": [{ "file": "a.csv", "rows": 1000 }],
 *     "columns": [{ "name": "age", "kind": "numeric", "types": { "integer": 1000 },
 *                   "rows": 1000, "missing": 3, "invalid": 0,
 *                   "numeric": { "count": 997, "mean": 41.2, "meanLow": 1.4e-15, "m2": 1.5e5, "scale": 1,
 *                                "min": 18, "max": 90,
 *                                "kll": "<base64 KLL doubles>", "values": [[18, 4], ...] | null },
 *                   "categories": null,
 *                   "distinct": "<base64 HLL>" }, ...] }
 *
 * `categories` is { "total": n, "exact": [["red", 10], ...] | null, "frequent": "<base64 frequent items
 * (strings)>" | null }; `distinct` may be null (unknown); `meanLow` (what `mean` rounded off; see
 * numeric-moments.ts) is left out when 0. `digest` is the sha256 of the file written without it (keys in
 * this order, no spaces): the profile's content address. It is checked when present and may be left out
 * by a file assembled elsewhere. actions/profile-data/docs.md shows the Spark SQL that makes one.
 */




const PROFILE_FORMAT = 'modelgate-profile';
const PROFILE_VERSION = 1;
/**
 * How `b`'s columns differ from `a`'s, in the words the row readers use for two files of one dataset
 * (which they refuse); null when they have the same columns, or when either is the empty profile of a
 * shard without a file, which merges as nothing.
 */
function columnDifference(a, b) {
    const empty = (p) => p.rows === 0 && p.columns.length === 0;
    if (empty(a) || empty(b))
        return null;
    const expected = new Set(a.columns.map((c) => c.name));
    const found = new Set(b.columns.map((c) => c.name));
    const missing = [...expected].filter((n) => !found.has(n));
    const extra = [...found].filter((n) => !expected.has(n));
    const parts = [];
    if (missing.length > 0)
        parts.push(`missing ${listNames(missing)}`);
    if (extra.length > 0)
        parts.push(`has extra ${listNames(extra)}`);
    return parts.length > 0 ? parts.join('; ') : null;
}
/**
 * The profile of the union of both datasets' rows; columns match by name, in first-seen order. Both must
 * have the same columns: a column one shard lacks has no rows there to count as missing or not, and the
 * row readers refuse such files too.
 */
function mergeProfiles(a, b) {
    const difference = columnDifference(a, b);
    if (difference)
        throw new RangeError(`the second profile's columns differ from the first's: ${difference}`);
    const columns = new Map(a.columns.map((c) => [c.name, c]));
    for (const column of b.columns) {
        const mine = columns.get(column.name);
        columns.set(column.name, mine ? mergeColumnProfiles(mine, column) : column);
    }
    return {
        rows: a.rows + b.rows,
        unreadableRows: a.unreadableRows + b.unreadableRows,
        sources: [...a.sources, ...b.sources],
        columns: [...columns.values()],
    };
}
const base64 = (bytes) => Buffer.from(bytes).toString('base64');
function columnJson(c) {
    const numeric = c.numeric && {
        count: c.numeric.moments.count,
        mean: c.numeric.moments.mean,
        // Left out when 0, so that a file written without it (by Spark, say) has the same digest.
        meanLow: c.numeric.meanLow === 0 ? undefined : c.numeric.meanLow,
        m2: c.numeric.moments.m2,
        scale: c.numeric.moments.scale,
        min: c.numeric.moments.count > 0 ? c.numeric.moments.min : null,
        max: c.numeric.moments.count > 0 ? c.numeric.moments.max : null,
        kll: base64(c.numeric.kll.serialize()),
        values: c.numeric.values && [...c.numeric.values].sort((x, y) => x[0] - y[0]),
    };
    const categories = c.categories && {
        total: c.categories.total,
        exact: c.categories.exact && [...c.categories.exact].sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0)),
        frequent: c.categories.frequent && base64(c.categories.frequent.serialize()),
    };
    return {
        name: c.name,
        kind: c.kind,
        types: c.types,
        rows: c.rows,
        missing: c.missing,
        invalid: c.invalid,
        numeric,
        categories,
        distinct: c.distinct && base64(c.distinct.serialize()),
    };
}
function body(profile) {
    return JSON.stringify({
        format: PROFILE_FORMAT,
        version: PROFILE_VERSION,
        rows: profile.rows,
        unreadableRows: profile.unreadableRows,
        sources: profile.sources,
        columns: profile.columns.map(columnJson),
    });
}
function profileDigest(profile) {
    return `sha256:${(0,external_node_crypto_.createHash)('sha256').update(body(profile)).digest('hex')}`;
}
/** The profile file's text: the body with its digest after format and version. */
function encodeProfile(profile) {
    const digest = profileDigest(profile);
    return body(profile).replace(`"version":${PROFILE_VERSION},`, `"version":${PROFILE_VERSION},"digest":"${digest}",`);
}
class Reader {
    file;
    constructor(file) {
        this.file = file;
    }
    fail(where, expected) {
        throw new data_errors/* DataError */.f(this.file, `${where}: expected ${expected}`);
    }
    object(value, where) {
        if (typeof value !== 'object' || value === null || Array.isArray(value))
            this.fail(where, 'an object');
        return value;
    }
    count(value, where) {
        if (!Number.isSafeInteger(value) || value < 0)
            this.fail(where, 'a whole number >= 0');
        return value;
    }
    number(value, where) {
        if (typeof value !== 'number' || !Number.isFinite(value))
            this.fail(where, 'a finite number');
        return value;
    }
    text(value, where) {
        if (typeof value !== 'string')
            this.fail(where, 'a string');
        return value;
    }
    bytes(value, where) {
        const text = this.text(value, where);
        if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text))
            this.fail(where, 'base64 of a DataSketches sketch');
        return new Uint8Array(Buffer.from(text, 'base64'));
    }
    pairs(value, where, key) {
        if (value === null || value === undefined)
            return null;
        if (!Array.isArray(value))
            this.fail(where, 'an array of [value, count] pairs, or null');
        const map = new Map();
        value.forEach((pair, i) => {
            if (!Array.isArray(pair) || pair.length !== 2)
                this.fail(`${where}[${i}]`, 'a [value, count] pair');
            const k = key(pair[0], `${where}[${i}][0]`);
            if (map.has(k))
                this.fail(`${where}[${i}]`, 'each value once');
            map.set(k, this.count(pair[1], `${where}[${i}][1]`));
        });
        return map;
    }
    sketch(where, decode) {
        try {
            return decode();
        }
        catch (error) {
            throw new data_errors/* DataError */.f(this.file, `${where}: ${error.message}`);
        }
    }
}
function readColumn(r, value, where) {
    const c = r.object(value, where);
    const kind = c.kind;
    if (kind !== 'numeric' && kind !== 'categorical')
        r.fail(`${where}.kind`, '"numeric" or "categorical"');
    const types = r.object(c.types ?? {}, `${where}.types`);
    const column = {
        name: r.text(c.name, `${where}.name`),
        kind,
        types: Object.fromEntries(Object.entries(types).map(([t, n]) => [t, r.count(n, `${where}.types.${t}`)])),
        rows: r.count(c.rows, `${where}.rows`),
        missing: r.count(c.missing, `${where}.missing`),
        invalid: r.count(c.invalid ?? 0, `${where}.invalid`),
        numeric: null,
        categories: null,
        distinct: c.distinct === null || c.distinct === undefined
            ? null
            : r.sketch(`${where}.distinct`, () => hll_HllSketch.deserialize(r.bytes(c.distinct, `${where}.distinct`), 'HLL sketch')),
    };
    if (kind === 'numeric') {
        const n = r.object(c.numeric, `${where}.numeric`);
        const count = r.count(n.count, `${where}.numeric.count`);
        const kll = r.sketch(`${where}.numeric.kll`, () => kll_KllSketch.deserialize(r.bytes(n.kll, `${where}.numeric.kll`), 'double', 'KLL sketch'));
        if (kll.n !== count)
            r.fail(`${where}.numeric.kll`, `a sketch of count (${count}) values, it holds ${kll.n}`);
        const mean = count > 0 ? r.number(n.mean, `${where}.numeric.mean`) : 0;
        const meanLow = n.meanLow === undefined ? 0 : r.number(n.meanLow, `${where}.numeric.meanLow`);
        // More than the mean's rounding would move the mean itself, which only `mean` may say.
        if (Math.abs(meanLow) > Math.abs(mean) * Number.EPSILON) {
            r.fail(`${where}.numeric.meanLow`, `what the mean's double rounded off, at most |mean| × 2^-52, or 0`);
        }
        column.numeric = {
            meanLow,
            moments: {
                count,
                mean,
                m2: count > 0 ? r.number(n.m2, `${where}.numeric.m2`) : 0,
                scale: n.scale === undefined ? 1 : r.number(n.scale, `${where}.numeric.scale`),
                min: count > 0 ? r.number(n.min, `${where}.numeric.min`) : Number.POSITIVE_INFINITY,
                max: count > 0 ? r.number(n.max, `${where}.numeric.max`) : Number.NEGATIVE_INFINITY,
            },
            kll,
            values: r.pairs(n.values, `${where}.numeric.values`, (v, w) => r.number(v, w)),
        };
    }
    else {
        const p = r.object(c.categories, `${where}.categories`);
        const exact = r.pairs(p.exact, `${where}.categories.exact`, (v, w) => r.text(v, w));
        const frequent = p.frequent === null || p.frequent === undefined
            ? null
            : r.sketch(`${where}.categories.frequent`, () => frequent_items_FrequentItemsSketch.deserialize(r.bytes(p.frequent, `${where}.categories.frequent`), 'string'));
        if (!exact && !frequent)
            r.fail(`${where}.categories`, 'exact counts or a frequent items sketch');
        column.categories = { exact, frequent, total: r.count(p.total, `${where}.categories.total`) };
    }
    return column;
}
/** Reads a profile file's text; `file` names it in every error. */
function decodeProfile(text, file) {
    const r = new Reader(file);
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (error) {
        throw new data_errors/* DataError */.f(file, `not a profile: ${error.message}`);
    }
    const top = r.object(json, 'the file');
    if (top.format !== PROFILE_FORMAT)
        r.fail('format', `"${PROFILE_FORMAT}"`);
    if (top.version !== PROFILE_VERSION) {
        r.fail('version', `${PROFILE_VERSION} (this modelgate reads profile version ${PROFILE_VERSION} only)`);
    }
    if (!Array.isArray(top.columns))
        r.fail('columns', 'an array');
    if (!Array.isArray(top.sources ?? []))
        r.fail('sources', 'an array');
    const profile = {
        rows: r.count(top.rows, 'rows'),
        unreadableRows: r.count(top.unreadableRows ?? 0, 'unreadableRows'),
        sources: (top.sources ?? []).map((s, i) => {
            const source = r.object(s, `sources[${i}]`);
            return {
                file: r.text(source.file, `sources[${i}].file`),
                rows: r.count(source.rows, `sources[${i}].rows`),
            };
        }),
        columns: top.columns.map((c, i) => readColumn(r, c, `columns[${i}]`)),
    };
    const names = new Set();
    for (const column of profile.columns) {
        if (names.has(column.name))
            r.fail(`column "${column.name}"`, 'each column once');
        names.add(column.name);
        if (column.rows !== profile.rows)
            r.fail(`column "${column.name}".rows`, `the profile's rows (${profile.rows})`);
    }
    if (top.digest !== undefined && top.digest !== profileDigest(profile)) {
        throw new data_errors/* DataError */.f(file, 'its digest does not match its content: the profile was changed after it was written');
    }
    return profile;
}

;// CONCATENATED MODULE: ./packages/profile/src/read-profiles.ts
// Profiles given where a gate takes data, read as one dataset.



/** Profile files merged into one, in order; null for no file. A file that does not merge is named. */
async function mergeProfileFiles(files) {
    let merged = null;
    // The file whose columns the merge holds: the first that is not an empty shard's.
    let first = null;
    for (const file of files) {
        const profile = decodeProfile(await (0,promises_.readFile)(file, 'utf8'), file);
        const difference = merged && columnDifference(merged, profile);
        if (difference)
            throw new data_errors/* DataError */.f(file, `its columns differ from ${first}: ${difference}`);
        if (first === null && (profile.rows > 0 || profile.columns.length > 0))
            first = file;
        try {
            merged = merged ? mergeProfiles(merged, profile) : profile;
        }
        catch (error) {
            throw new data_errors/* DataError */.f(file, error.message);
        }
    }
    return merged;
}
/** The profiles (files, folders or globs) merged into one, and the files' names for messages. */
async function readProfiles(inputs) {
    const files = await resolveInputs([...inputs]);
    const merged = await mergeProfileFiles(files);
    const name = files.join(', ');
    // A profile of no rows is an unusable input, as a data file with no readable row is: never a pass.
    if (!merged || merged.rows === 0)
        throw new data_errors/* DataError */.f(name, 'the profile holds no rows: nothing to check');
    return { profile: merged, name };
}

// EXTERNAL MODULE: ./packages/core/src/data/cells.ts
var cells = __webpack_require__(10475);
;// CONCATENATED MODULE: ./packages/validation/src/datetime.ts
// ISO 8601 dates and times as epoch milliseconds (UTC), the representation a datetime column holds.
// Parsing is core's parseIsoDateTime, the readers' own rules, so a schema bound and a data cell written
// alike are the same instant (Date.parse is not used: it reads "2024-01-01T00:00" in the local zone).

const minIso = new Date(0).setUTCFullYear(0, 0, 1);
const maxIso = new Date(0).setUTCFullYear(9999, 11, 31) + 86_399_999;
/** Whether `ms` falls in years 0000..9999, the range a four-digit ISO year can write. */
function isWritableDateTime(ms) {
    return Number.isFinite(ms) && ms >= minIso && ms <= maxIso;
}
/** ISO 8601 in UTC: "2024-01-31" at midnight, "2024-01-31T12:00:00.500Z" otherwise. */
function formatIsoDateTime(ms) {
    const iso = new Date(ms).toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

;// CONCATENATED MODULE: ./packages/validation/src/schema.ts
/**
 * The validate-data schema: what a dataset must look like. Users write it in YAML (or JSON); its structure
 * is the JSON Schema in ../schema/validate-data.schema.json, which editors use too. parseSchema
 * (parse-schema.ts) reads it with every default applied; serializeSchema writes it back.
 */
const defaultQualityTolerances = {
    missingShare: 0.05,
    duplicateShare: 0.01,
    constantColumns: 0,
    severity: 'error',
};
const defaultAlmostConstantShare = 0.99;

;// CONCATENATED MODULE: ./packages/validation/src/schema-errors.ts
// Schema mistakes as users see them: `file:line:col: what is wrong and what was expected`. Turns ajv's
// errors (JSON pointers, keywords) into sentences about the YAML the user wrote.

/** A schema file that cannot be used. Its message lists every problem as `file:line:col: message`. */
class SchemaError extends errors/* UserError */.y {
    problems;
    constructor(problems) {
        super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n'));
        this.name = 'SchemaError';
        this.problems = problems;
    }
}
/** The value a user wrote, as a message shows it after "got". */
function describeValue(value) {
    if (value === null || value === undefined)
        return 'nothing';
    if (Array.isArray(value))
        return 'a list';
    if (typeof value === 'object')
        return 'a mapping';
    if (typeof value === 'string')
        return JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value);
    return String(value);
}
const typeNames = {
    object: 'a mapping',
    array: 'a list',
    number: 'a number',
    integer: 'an integer',
    string: 'a string',
    boolean: 'true or false',
    null: 'empty',
};
/** columns.age.max, columns["unit price"].max, primary-key[0]; the whole document is "the schema". */
function formatPath(path) {
    let text = '';
    for (const [i, segment] of path.entries()) {
        const isColumnName = i === 1 && path[0] === 'columns';
        if (typeof segment === 'number' || (/^\d+$/.test(segment) && !isColumnName))
            text += `[${segment}]`;
        else if (/^[A-Za-z_$][\w$-]*$/.test(segment))
            text += text ? `.${segment}` : segment;
        else
            text += `[${JSON.stringify(segment)}]`;
    }
    return text || 'the schema';
}
/** Levenshtein distance, to suggest the field a typo meant. */
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        previous = current;
    }
    return previous[b.length];
}
function unknownFieldMessage(where, field, known) {
    // A field that extends a known one ("maximum" for "max") is as likely a slip as a typo.
    const closest = known
        .map((name) => ({ name, distance: field.startsWith(name) ? 0 : editDistance(field, name) }))
        .sort((a, b) => a.distance - b.distance)[0];
    const hint = closest && closest.distance <= Math.max(2, Math.floor(field.length / 3))
        ? `did you mean "${closest.name}"?`
        : `expected one of ${known.join(', ')}`;
    return `${where} has an unknown field "${field}"; ${hint}`;
}
function ajvProblem(error) {
    const path = error.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
    const where = formatPath(path);
    const got = describeValue(error.data);
    const p = error.params;
    switch (error.keyword) {
        case 'if':
            return undefined; // the failing "then" branch reports the actual mistake
        case 'type': {
            const types = Array.isArray(p.type) ? p.type : String(p.type).split(',');
            return {
                path,
                message: `${where} must be ${types.map((t) => typeNames[t] ?? t).join(' or ')}, got ${got}`,
            };
        }
        case 'enum':
            return {
                path,
                message: `${where} must be one of ${p.allowedValues.join(', ')}, got ${got}`,
            };
        case 'const':
            return { path, message: `${where} must be ${String(p.allowedValue)}, got ${got}` };
        case 'required':
            return {
                path,
                atKey: true,
                message: `${where} is missing the required field "${String(p.missingProperty)}"`,
            };
        case 'additionalProperties': {
            const field = String(p.additionalProperty);
            const known = Object.keys(error.parentSchema.properties ?? {});
            return { path: [...path, field], atKey: true, message: unknownFieldMessage(where, field, known) };
        }
        case 'minimum':
            return { path, message: `${where} must be at least ${String(p.limit)}, got ${got}` };
        case 'maximum':
            return { path, message: `${where} must be at most ${String(p.limit)}, got ${got}` };
        case 'exclusiveMinimum':
            return { path, message: `${where} must be greater than ${String(p.limit)}, got ${got}` };
        case 'exclusiveMaximum':
            return { path, message: `${where} must be less than ${String(p.limit)}, got ${got}` };
        case 'minItems':
            return { path, message: `${where} must not be empty` };
        case 'uniqueItems': {
            const later = Math.max(Number(p.i), Number(p.j)); // point at the repeat, not the first occurrence
            const items = Array.isArray(error.data) ? error.data : [];
            return {
                path: [...path, String(later)],
                message: `${where} lists ${describeValue(items[later])} twice`,
            };
        }
        default:
            return { path, message: `${where} ${error.message ?? 'is not valid'}` };
    }
}
/** Problems in file order, each reported once. */
function sortProblems(problems) {
    const seen = new Set();
    return problems
        .sort((a, b) => a.line - b.line || a.column - b.column)
        .filter((p) => {
        const key = `${p.line}:${p.column}:${p.message}`;
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./packages/validation/src/schema-validator.generated.js
// Generated by schema-validator-source.ts from validate-data.schema.json: do not edit.
const validate = validate10;/* harmony default export */ const schema_validator_generated = ((/* unused pure expression or super */ null && (validate10)));const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","title":"modelgate validate-data schema","description":"What a dataset must look like: its columns, their types and values, and dataset-level rules. Read by the validate-data action (input `schema`). See example.schema.yml beside this file.","type":"object","required":["version","columns"],"additionalProperties":false,"properties":{"$schema":{"type":"string","description":"Where editors find this JSON Schema; ignored by validate-data."},"version":{"const":1,"description":"Version of this schema format. Always 1."},"description":{"type":"string","description":"What the dataset is, for readers; ignored by validate-data."},"columns":{"type":"object","description":"Each column the dataset may have, by name.","additionalProperties":{"$ref":"#/definitions/column"}},"rows":{"type":"object","description":"Bounds on the number of data rows (all files together).","additionalProperties":false,"properties":{"min":{"type":"integer","minimum":0,"description":"Fewest rows allowed."},"max":{"type":"integer","minimum":0,"description":"Most rows allowed."}}},"extra-columns":{"enum":["allow","warn","error"],"description":"What a column in the data but not under `columns` is: allow (ignored), warn (a warning, the default) or error.","default":"warn"},"duplicate-rows":{"enum":["allow","warn","error"],"description":"What a row identical in every column to an earlier row is: allow, warn (the default) or error.","default":"warn"},"constant-columns":{"enum":["allow","warn","error"],"description":"What a column with a single value, or almost only one (see almost-constant-share), is: allow, warn (the default) or error.","default":"warn"},"almost-constant-share":{"type":"number","exclusiveMinimum":0.5,"maximum":1,"default":0.99,"description":"A column whose most common value fills at least this share of its non-missing cells is almost constant. 1 reports only fully constant columns."},"primary-key":{"type":"array","description":"Columns whose values together identify a row: no two rows may share them and none may be missing.","items":{"type":"string"},"minItems":1,"uniqueItems":true},"quality":{"type":"object","description":"How much worse than the reference dataset (input `reference`) the data may be before it is reported.","additionalProperties":false,"properties":{"missing-share":{"type":"number","minimum":0,"maximum":1,"default":0.05,"description":"Largest allowed increase of a column's missing share, absolute (0.05 = 5 percentage points)."},"duplicate-share":{"type":"number","minimum":0,"maximum":1,"default":0.01,"description":"Largest allowed increase of the share of duplicate rows, absolute."},"constant-columns":{"type":"integer","minimum":0,"default":0,"description":"How many columns may become constant that were not constant in the reference."},"severity":{"enum":["allow","warn","error"],"description":"What exceeding a tolerance is: allow (not compared), warn or error (the default).","default":"error"}}}},"definitions":{"column":{"type":"object","required":["type"],"additionalProperties":false,"properties":{"type":{"enum":["integer","number","boolean","string","category","datetime"],"description":"integer, number, boolean (true/false, yes/no or 1/0), string (free text, ids), category (a small set of labels) or datetime (ISO 8601; a time without offset is UTC)."},"description":{"type":"string","description":"What the column holds, for readers; ignored by validate-data."},"required":{"type":"boolean","default":true,"description":"Whether the column must be present in the data."},"nullable":{"type":"boolean","default":true,"description":"Whether cells may be missing (empty). false means none may be."},"max-missing":{"type":"number","minimum":0,"maximum":1,"description":"Largest allowed share of missing cells, 0..1. Only with nullable: true."},"min":{"type":["number","string"],"description":"Smallest allowed value: a number, or an ISO 8601 date/time for a datetime column."},"max":{"type":["number","string"],"description":"Largest allowed value: a number, or an ISO 8601 date/time for a datetime column."},"allowed":{"type":"array","description":"The only values the column may hold (categories). Text columns compare the text exactly.","items":{"type":["string","number","boolean"]},"minItems":1},"max-new-category-share":{"type":"number","minimum":0,"maximum":1,"description":"Share of non-missing cells that may hold values outside `allowed` and still be only a warning (default 0: any is an error)."},"regex":{"type":"string","description":"An RE2 regular expression (it matches in linear time, so backreferences and lookaround are not supported) every value of a string or category column must match somewhere; anchor with ^ and $ to match whole values."},"unique":{"type":"boolean","default":false,"description":"Whether no two rows may hold the same value (missing cells are not compared)."}},"allOf":[{"if":{"properties":{"type":{"enum":["integer"]}},"required":["type"]},"then":{"properties":{"min":{"type":"number"},"max":{"type":"number"},"allowed":{"type":"array","items":{"type":"integer"}}}}},{"if":{"properties":{"type":{"enum":["number"]}},"required":["type"]},"then":{"properties":{"min":{"type":"number"},"max":{"type":"number"},"allowed":{"type":"array","items":{"type":"number"}}}}},{"if":{"properties":{"type":{"enum":["boolean"]}},"required":["type"]},"then":{"properties":{"allowed":{"type":"array","items":{"type":"boolean"}}}}},{"if":{"properties":{"type":{"enum":["datetime"]}},"required":["type"]},"then":{"properties":{"min":{"type":"string"},"max":{"type":"string"}}}}]}}};const schema12 = {"type":"object","required":["type"],"additionalProperties":false,"properties":{"type":{"enum":["integer","number","boolean","string","category","datetime"],"description":"integer, number, boolean (true/false, yes/no or 1/0), string (free text, ids), category (a small set of labels) or datetime (ISO 8601; a time without offset is UTC)."},"description":{"type":"string","description":"What the column holds, for readers; ignored by validate-data."},"required":{"type":"boolean","default":true,"description":"Whether the column must be present in the data."},"nullable":{"type":"boolean","default":true,"description":"Whether cells may be missing (empty). false means none may be."},"max-missing":{"type":"number","minimum":0,"maximum":1,"description":"Largest allowed share of missing cells, 0..1. Only with nullable: true."},"min":{"type":["number","string"],"description":"Smallest allowed value: a number, or an ISO 8601 date/time for a datetime column."},"max":{"type":["number","string"],"description":"Largest allowed value: a number, or an ISO 8601 date/time for a datetime column."},"allowed":{"type":"array","description":"The only values the column may hold (categories). Text columns compare the text exactly.","items":{"type":["string","number","boolean"]},"minItems":1},"max-new-category-share":{"type":"number","minimum":0,"maximum":1,"description":"Share of non-missing cells that may hold values outside `allowed` and still be only a warning (default 0: any is an error)."},"regex":{"type":"string","description":"An RE2 regular expression (it matches in linear time, so backreferences and lookaround are not supported) every value of a string or category column must match somewhere; anchor with ^ and $ to match whole values."},"unique":{"type":"boolean","default":false,"description":"Whether no two rows may hold the same value (missing cells are not compared)."}},"allOf":[{"if":{"properties":{"type":{"enum":["integer"]}},"required":["type"]},"then":{"properties":{"min":{"type":"number"},"max":{"type":"number"},"allowed":{"type":"array","items":{"type":"integer"}}}}},{"if":{"properties":{"type":{"enum":["number"]}},"required":["type"]},"then":{"properties":{"min":{"type":"number"},"max":{"type":"number"},"allowed":{"type":"array","items":{"type":"number"}}}}},{"if":{"properties":{"type":{"enum":["boolean"]}},"required":["type"]},"then":{"properties":{"allowed":{"type":"array","items":{"type":"boolean"}}}}},{"if":{"properties":{"type":{"enum":["datetime"]}},"required":["type"]},"then":{"properties":{"min":{"type":"string"},"max":{"type":"string"}}}}]};const func2 = Object.prototype.hasOwnProperty;function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){let vErrors = null;let errors = 0;if(data && typeof data == "object" && !Array.isArray(data)){if(data.version === undefined){const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "version"},message:"must have required property '"+"version"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err0];}else {vErrors.push(err0);}errors++;}if(data.columns === undefined){const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "columns"},message:"must have required property '"+"columns"+"'",schema:schema11.required,parentSchema:schema11,data};if(vErrors === null){vErrors = [err1];}else {vErrors.push(err1);}errors++;}for(const key0 in data){if(!(func2.call(schema11.properties, key0))){const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};if(vErrors === null){vErrors = [err2];}else {vErrors.push(err2);}errors++;}}if(data.$schema !== undefined){let data0 = data.$schema;if(typeof data0 !== "string"){const err3 = {instancePath:instancePath+"/$schema",schemaPath:"#/properties/%24schema/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.$schema.type,parentSchema:schema11.properties.$schema,data:data0};if(vErrors === null){vErrors = [err3];}else {vErrors.push(err3);}errors++;}}if(data.version !== undefined){let data1 = data.version;if(1 !== data1){const err4 = {instancePath:instancePath+"/version",schemaPath:"#/properties/version/const",keyword:"const",params:{allowedValue: 1},message:"must be equal to constant",schema:1,parentSchema:schema11.properties.version,data:data1};if(vErrors === null){vErrors = [err4];}else {vErrors.push(err4);}errors++;}}if(data.description !== undefined){let data2 = data.description;if(typeof data2 !== "string"){const err5 = {instancePath:instancePath+"/description",schemaPath:"#/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties.description.type,parentSchema:schema11.properties.description,data:data2};if(vErrors === null){vErrors = [err5];}else {vErrors.push(err5);}errors++;}}if(data.columns !== undefined){let data3 = data.columns;if(data3 && typeof data3 == "object" && !Array.isArray(data3)){for(const key1 in data3){let data4 = data3[key1];const _errs14 = errors;let valid4 = true;const _errs15 = errors;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){let missing0;if((data4.type === undefined) && (missing0 = "type")){const err6 = {};if(vErrors === null){vErrors = [err6];}else {vErrors.push(err6);}errors++;}else {if(data4.type !== undefined){if(!(data4.type === "integer")){const err7 = {};if(vErrors === null){vErrors = [err7];}else {vErrors.push(err7);}errors++;}}}}var _valid0 = _errs15 === errors;errors = _errs14;if(vErrors !== null){if(_errs14){vErrors.length = _errs14;}else {vErrors = null;}}if(_valid0){const _errs17 = errors;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.min !== undefined){let data6 = data4.min;if(!((typeof data6 == "number") && (isFinite(data6)))){const err8 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/definitions/column/allOf/0/then/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema12.allOf[0].then.properties.min.type,parentSchema:schema12.allOf[0].then.properties.min,data:data6};if(vErrors === null){vErrors = [err8];}else {vErrors.push(err8);}errors++;}}if(data4.max !== undefined){let data7 = data4.max;if(!((typeof data7 == "number") && (isFinite(data7)))){const err9 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/definitions/column/allOf/0/then/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema12.allOf[0].then.properties.max.type,parentSchema:schema12.allOf[0].then.properties.max,data:data7};if(vErrors === null){vErrors = [err9];}else {vErrors.push(err9);}errors++;}}if(data4.allowed !== undefined){let data8 = data4.allowed;if(Array.isArray(data8)){const len0 = data8.length;for(let i0=0; i0<len0; i0++){let data9 = data8[i0];if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){const err10 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/allowed/" + i0,schemaPath:"#/definitions/column/allOf/0/then/properties/allowed/items/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema12.allOf[0].then.properties.allowed.items.type,parentSchema:schema12.allOf[0].then.properties.allowed.items,data:data9};if(vErrors === null){vErrors = [err10];}else {vErrors.push(err10);}errors++;}}}else {const err11 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/allowed",schemaPath:"#/definitions/column/allOf/0/then/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.allOf[0].then.properties.allowed.type,parentSchema:schema12.allOf[0].then.properties.allowed,data:data8};if(vErrors === null){vErrors = [err11];}else {vErrors.push(err11);}errors++;}}}var _valid0 = _errs17 === errors;valid4 = _valid0;}if(!valid4){const err12 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/column/allOf/0/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.allOf[0].if,parentSchema:schema12.allOf[0],data:data4};if(vErrors === null){vErrors = [err12];}else {vErrors.push(err12);}errors++;}const _errs27 = errors;let valid9 = true;const _errs28 = errors;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){let missing1;if((data4.type === undefined) && (missing1 = "type")){const err13 = {};if(vErrors === null){vErrors = [err13];}else {vErrors.push(err13);}errors++;}else {if(data4.type !== undefined){if(!(data4.type === "number")){const err14 = {};if(vErrors === null){vErrors = [err14];}else {vErrors.push(err14);}errors++;}}}}var _valid1 = _errs28 === errors;errors = _errs27;if(vErrors !== null){if(_errs27){vErrors.length = _errs27;}else {vErrors = null;}}if(_valid1){const _errs30 = errors;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.min !== undefined){let data11 = data4.min;if(!((typeof data11 == "number") && (isFinite(data11)))){const err15 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/definitions/column/allOf/1/then/properties/min/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema12.allOf[1].then.properties.min.type,parentSchema:schema12.allOf[1].then.properties.min,data:data11};if(vErrors === null){vErrors = [err15];}else {vErrors.push(err15);}errors++;}}if(data4.max !== undefined){let data12 = data4.max;if(!((typeof data12 == "number") && (isFinite(data12)))){const err16 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/definitions/column/allOf/1/then/properties/max/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema12.allOf[1].then.properties.max.type,parentSchema:schema12.allOf[1].then.properties.max,data:data12};if(vErrors === null){vErrors = [err16];}else {vErrors.push(err16);}errors++;}}if(data4.allowed !== undefined){let data13 = data4.allowed;if(Array.isArray(data13)){const len1 = data13.length;for(let i1=0; i1<len1; i1++){let data14 = data13[i1];if(!((typeof data14 == "number") && (isFinite(data14)))){const err17 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/allowed/" + i1,schemaPath:"#/definitions/column/allOf/1/then/properties/allowed/items/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema12.allOf[1].then.properties.allowed.items.type,parentSchema:schema12.allOf[1].then.properties.allowed.items,data:data14};if(vErrors === null){vErrors = [err17];}else {vErrors.push(err17);}errors++;}}}else {const err18 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/allowed",schemaPath:"#/definitions/column/allOf/1/then/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.allOf[1].then.properties.allowed.type,parentSchema:schema12.allOf[1].then.properties.allowed,data:data13};if(vErrors === null){vErrors = [err18];}else {vErrors.push(err18);}errors++;}}}var _valid1 = _errs30 === errors;valid9 = _valid1;}if(!valid9){const err19 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/column/allOf/1/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.allOf[1].if,parentSchema:schema12.allOf[1],data:data4};if(vErrors === null){vErrors = [err19];}else {vErrors.push(err19);}errors++;}const _errs40 = errors;let valid14 = true;const _errs41 = errors;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){let missing2;if((data4.type === undefined) && (missing2 = "type")){const err20 = {};if(vErrors === null){vErrors = [err20];}else {vErrors.push(err20);}errors++;}else {if(data4.type !== undefined){if(!(data4.type === "boolean")){const err21 = {};if(vErrors === null){vErrors = [err21];}else {vErrors.push(err21);}errors++;}}}}var _valid2 = _errs41 === errors;errors = _errs40;if(vErrors !== null){if(_errs40){vErrors.length = _errs40;}else {vErrors = null;}}if(_valid2){const _errs43 = errors;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.allowed !== undefined){let data16 = data4.allowed;if(Array.isArray(data16)){const len2 = data16.length;for(let i2=0; i2<len2; i2++){let data17 = data16[i2];if(typeof data17 !== "boolean"){const err22 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/allowed/" + i2,schemaPath:"#/definitions/column/allOf/2/then/properties/allowed/items/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.allOf[2].then.properties.allowed.items.type,parentSchema:schema12.allOf[2].then.properties.allowed.items,data:data17};if(vErrors === null){vErrors = [err22];}else {vErrors.push(err22);}errors++;}}}else {const err23 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/allowed",schemaPath:"#/definitions/column/allOf/2/then/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.allOf[2].then.properties.allowed.type,parentSchema:schema12.allOf[2].then.properties.allowed,data:data16};if(vErrors === null){vErrors = [err23];}else {vErrors.push(err23);}errors++;}}}var _valid2 = _errs43 === errors;valid14 = _valid2;}if(!valid14){const err24 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/column/allOf/2/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.allOf[2].if,parentSchema:schema12.allOf[2],data:data4};if(vErrors === null){vErrors = [err24];}else {vErrors.push(err24);}errors++;}const _errs49 = errors;let valid19 = true;const _errs50 = errors;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){let missing3;if((data4.type === undefined) && (missing3 = "type")){const err25 = {};if(vErrors === null){vErrors = [err25];}else {vErrors.push(err25);}errors++;}else {if(data4.type !== undefined){if(!(data4.type === "datetime")){const err26 = {};if(vErrors === null){vErrors = [err26];}else {vErrors.push(err26);}errors++;}}}}var _valid3 = _errs50 === errors;errors = _errs49;if(vErrors !== null){if(_errs49){vErrors.length = _errs49;}else {vErrors = null;}}if(_valid3){const _errs52 = errors;if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.min !== undefined){let data19 = data4.min;if(typeof data19 !== "string"){const err27 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/definitions/column/allOf/3/then/properties/min/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.allOf[3].then.properties.min.type,parentSchema:schema12.allOf[3].then.properties.min,data:data19};if(vErrors === null){vErrors = [err27];}else {vErrors.push(err27);}errors++;}}if(data4.max !== undefined){let data20 = data4.max;if(typeof data20 !== "string"){const err28 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/definitions/column/allOf/3/then/properties/max/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.allOf[3].then.properties.max.type,parentSchema:schema12.allOf[3].then.properties.max,data:data20};if(vErrors === null){vErrors = [err28];}else {vErrors.push(err28);}errors++;}}}var _valid3 = _errs52 === errors;valid19 = _valid3;}if(!valid19){const err29 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/column/allOf/3/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema12.allOf[3].if,parentSchema:schema12.allOf[3],data:data4};if(vErrors === null){vErrors = [err29];}else {vErrors.push(err29);}errors++;}if(data4 && typeof data4 == "object" && !Array.isArray(data4)){if(data4.type === undefined){const err30 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/column/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema12.required,parentSchema:schema12,data:data4};if(vErrors === null){vErrors = [err30];}else {vErrors.push(err30);}errors++;}for(const key2 in data4){if(!(func2.call(schema12.properties, key2))){const err31 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/column/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema12,data:data4};if(vErrors === null){vErrors = [err31];}else {vErrors.push(err31);}errors++;}}if(data4.type !== undefined){let data21 = data4.type;if(!((((((data21 === "integer") || (data21 === "number")) || (data21 === "boolean")) || (data21 === "string")) || (data21 === "category")) || (data21 === "datetime"))){const err32 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/type",schemaPath:"#/definitions/column/properties/type/enum",keyword:"enum",params:{allowedValues: schema12.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema12.properties.type.enum,parentSchema:schema12.properties.type,data:data21};if(vErrors === null){vErrors = [err32];}else {vErrors.push(err32);}errors++;}}if(data4.description !== undefined){let data22 = data4.description;if(typeof data22 !== "string"){const err33 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/description",schemaPath:"#/definitions/column/properties/description/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.description.type,parentSchema:schema12.properties.description,data:data22};if(vErrors === null){vErrors = [err33];}else {vErrors.push(err33);}errors++;}}if(data4.required !== undefined){let data23 = data4.required;if(typeof data23 !== "boolean"){const err34 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/required",schemaPath:"#/definitions/column/properties/required/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.required.type,parentSchema:schema12.properties.required,data:data23};if(vErrors === null){vErrors = [err34];}else {vErrors.push(err34);}errors++;}}if(data4.nullable !== undefined){let data24 = data4.nullable;if(typeof data24 !== "boolean"){const err35 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/nullable",schemaPath:"#/definitions/column/properties/nullable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.nullable.type,parentSchema:schema12.properties.nullable,data:data24};if(vErrors === null){vErrors = [err35];}else {vErrors.push(err35);}errors++;}}if(data4["max-missing"] !== undefined){let data25 = data4["max-missing"];if((typeof data25 == "number") && (isFinite(data25))){if(data25 > 1 || isNaN(data25)){const err36 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max-missing",schemaPath:"#/definitions/column/properties/max-missing/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema12.properties["max-missing"],data:data25};if(vErrors === null){vErrors = [err36];}else {vErrors.push(err36);}errors++;}if(data25 < 0 || isNaN(data25)){const err37 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max-missing",schemaPath:"#/definitions/column/properties/max-missing/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties["max-missing"],data:data25};if(vErrors === null){vErrors = [err37];}else {vErrors.push(err37);}errors++;}}else {const err38 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max-missing",schemaPath:"#/definitions/column/properties/max-missing/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema12.properties["max-missing"].type,parentSchema:schema12.properties["max-missing"],data:data25};if(vErrors === null){vErrors = [err38];}else {vErrors.push(err38);}errors++;}}if(data4.min !== undefined){let data26 = data4.min;if((!((typeof data26 == "number") && (isFinite(data26)))) && (typeof data26 !== "string")){const err39 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/min",schemaPath:"#/definitions/column/properties/min/type",keyword:"type",params:{type: schema12.properties.min.type},message:"must be number,string",schema:schema12.properties.min.type,parentSchema:schema12.properties.min,data:data26};if(vErrors === null){vErrors = [err39];}else {vErrors.push(err39);}errors++;}}if(data4.max !== undefined){let data27 = data4.max;if((!((typeof data27 == "number") && (isFinite(data27)))) && (typeof data27 !== "string")){const err40 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max",schemaPath:"#/definitions/column/properties/max/type",keyword:"type",params:{type: schema12.properties.max.type},message:"must be number,string",schema:schema12.properties.max.type,parentSchema:schema12.properties.max,data:data27};if(vErrors === null){vErrors = [err40];}else {vErrors.push(err40);}errors++;}}if(data4.allowed !== undefined){let data28 = data4.allowed;if(Array.isArray(data28)){if(data28.length < 1){const err41 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/allowed",schemaPath:"#/definitions/column/properties/allowed/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema12.properties.allowed,data:data28};if(vErrors === null){vErrors = [err41];}else {vErrors.push(err41);}errors++;}const len3 = data28.length;for(let i3=0; i3<len3; i3++){let data29 = data28[i3];if(((typeof data29 !== "string") && (!((typeof data29 == "number") && (isFinite(data29))))) && (typeof data29 !== "boolean")){const err42 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/allowed/" + i3,schemaPath:"#/definitions/column/properties/allowed/items/type",keyword:"type",params:{type: schema12.properties.allowed.items.type},message:"must be string,number,boolean",schema:schema12.properties.allowed.items.type,parentSchema:schema12.properties.allowed.items,data:data29};if(vErrors === null){vErrors = [err42];}else {vErrors.push(err42);}errors++;}}}else {const err43 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/allowed",schemaPath:"#/definitions/column/properties/allowed/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema12.properties.allowed.type,parentSchema:schema12.properties.allowed,data:data28};if(vErrors === null){vErrors = [err43];}else {vErrors.push(err43);}errors++;}}if(data4["max-new-category-share"] !== undefined){let data30 = data4["max-new-category-share"];if((typeof data30 == "number") && (isFinite(data30))){if(data30 > 1 || isNaN(data30)){const err44 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max-new-category-share",schemaPath:"#/definitions/column/properties/max-new-category-share/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema12.properties["max-new-category-share"],data:data30};if(vErrors === null){vErrors = [err44];}else {vErrors.push(err44);}errors++;}if(data30 < 0 || isNaN(data30)){const err45 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max-new-category-share",schemaPath:"#/definitions/column/properties/max-new-category-share/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema12.properties["max-new-category-share"],data:data30};if(vErrors === null){vErrors = [err45];}else {vErrors.push(err45);}errors++;}}else {const err46 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/max-new-category-share",schemaPath:"#/definitions/column/properties/max-new-category-share/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema12.properties["max-new-category-share"].type,parentSchema:schema12.properties["max-new-category-share"],data:data30};if(vErrors === null){vErrors = [err46];}else {vErrors.push(err46);}errors++;}}if(data4.regex !== undefined){let data31 = data4.regex;if(typeof data31 !== "string"){const err47 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/regex",schemaPath:"#/definitions/column/properties/regex/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.properties.regex.type,parentSchema:schema12.properties.regex,data:data31};if(vErrors === null){vErrors = [err47];}else {vErrors.push(err47);}errors++;}}if(data4.unique !== undefined){let data32 = data4.unique;if(typeof data32 !== "boolean"){const err48 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1")+"/unique",schemaPath:"#/definitions/column/properties/unique/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema12.properties.unique.type,parentSchema:schema12.properties.unique,data:data32};if(vErrors === null){vErrors = [err48];}else {vErrors.push(err48);}errors++;}}}else {const err49 = {instancePath:instancePath+"/columns/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/column/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema12.type,parentSchema:schema12,data:data4};if(vErrors === null){vErrors = [err49];}else {vErrors.push(err49);}errors++;}}}else {const err50 = {instancePath:instancePath+"/columns",schemaPath:"#/properties/columns/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.columns.type,parentSchema:schema11.properties.columns,data:data3};if(vErrors === null){vErrors = [err50];}else {vErrors.push(err50);}errors++;}}if(data.rows !== undefined){let data33 = data.rows;if(data33 && typeof data33 == "object" && !Array.isArray(data33)){for(const key3 in data33){if(!((key3 === "min") || (key3 === "max"))){const err51 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.rows,data:data33};if(vErrors === null){vErrors = [err51];}else {vErrors.push(err51);}errors++;}}if(data33.min !== undefined){let data34 = data33.min;if(!(((typeof data34 == "number") && (!(data34 % 1) && !isNaN(data34))) && (isFinite(data34)))){const err52 = {instancePath:instancePath+"/rows/min",schemaPath:"#/properties/rows/properties/min/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.rows.properties.min.type,parentSchema:schema11.properties.rows.properties.min,data:data34};if(vErrors === null){vErrors = [err52];}else {vErrors.push(err52);}errors++;}if((typeof data34 == "number") && (isFinite(data34))){if(data34 < 0 || isNaN(data34)){const err53 = {instancePath:instancePath+"/rows/min",schemaPath:"#/properties/rows/properties/min/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.rows.properties.min,data:data34};if(vErrors === null){vErrors = [err53];}else {vErrors.push(err53);}errors++;}}}if(data33.max !== undefined){let data35 = data33.max;if(!(((typeof data35 == "number") && (!(data35 % 1) && !isNaN(data35))) && (isFinite(data35)))){const err54 = {instancePath:instancePath+"/rows/max",schemaPath:"#/properties/rows/properties/max/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.rows.properties.max.type,parentSchema:schema11.properties.rows.properties.max,data:data35};if(vErrors === null){vErrors = [err54];}else {vErrors.push(err54);}errors++;}if((typeof data35 == "number") && (isFinite(data35))){if(data35 < 0 || isNaN(data35)){const err55 = {instancePath:instancePath+"/rows/max",schemaPath:"#/properties/rows/properties/max/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.rows.properties.max,data:data35};if(vErrors === null){vErrors = [err55];}else {vErrors.push(err55);}errors++;}}}}else {const err56 = {instancePath:instancePath+"/rows",schemaPath:"#/properties/rows/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.rows.type,parentSchema:schema11.properties.rows,data:data33};if(vErrors === null){vErrors = [err56];}else {vErrors.push(err56);}errors++;}}if(data["extra-columns"] !== undefined){let data36 = data["extra-columns"];if(!(((data36 === "allow") || (data36 === "warn")) || (data36 === "error"))){const err57 = {instancePath:instancePath+"/extra-columns",schemaPath:"#/properties/extra-columns/enum",keyword:"enum",params:{allowedValues: schema11.properties["extra-columns"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties["extra-columns"].enum,parentSchema:schema11.properties["extra-columns"],data:data36};if(vErrors === null){vErrors = [err57];}else {vErrors.push(err57);}errors++;}}if(data["duplicate-rows"] !== undefined){let data37 = data["duplicate-rows"];if(!(((data37 === "allow") || (data37 === "warn")) || (data37 === "error"))){const err58 = {instancePath:instancePath+"/duplicate-rows",schemaPath:"#/properties/duplicate-rows/enum",keyword:"enum",params:{allowedValues: schema11.properties["duplicate-rows"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties["duplicate-rows"].enum,parentSchema:schema11.properties["duplicate-rows"],data:data37};if(vErrors === null){vErrors = [err58];}else {vErrors.push(err58);}errors++;}}if(data["constant-columns"] !== undefined){let data38 = data["constant-columns"];if(!(((data38 === "allow") || (data38 === "warn")) || (data38 === "error"))){const err59 = {instancePath:instancePath+"/constant-columns",schemaPath:"#/properties/constant-columns/enum",keyword:"enum",params:{allowedValues: schema11.properties["constant-columns"].enum},message:"must be equal to one of the allowed values",schema:schema11.properties["constant-columns"].enum,parentSchema:schema11.properties["constant-columns"],data:data38};if(vErrors === null){vErrors = [err59];}else {vErrors.push(err59);}errors++;}}if(data["almost-constant-share"] !== undefined){let data39 = data["almost-constant-share"];if((typeof data39 == "number") && (isFinite(data39))){if(data39 > 1 || isNaN(data39)){const err60 = {instancePath:instancePath+"/almost-constant-share",schemaPath:"#/properties/almost-constant-share/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties["almost-constant-share"],data:data39};if(vErrors === null){vErrors = [err60];}else {vErrors.push(err60);}errors++;}if(data39 <= 0.5 || isNaN(data39)){const err61 = {instancePath:instancePath+"/almost-constant-share",schemaPath:"#/properties/almost-constant-share/exclusiveMinimum",keyword:"exclusiveMinimum",params:{comparison: ">", limit: 0.5},message:"must be > 0.5",schema:0.5,parentSchema:schema11.properties["almost-constant-share"],data:data39};if(vErrors === null){vErrors = [err61];}else {vErrors.push(err61);}errors++;}}else {const err62 = {instancePath:instancePath+"/almost-constant-share",schemaPath:"#/properties/almost-constant-share/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties["almost-constant-share"].type,parentSchema:schema11.properties["almost-constant-share"],data:data39};if(vErrors === null){vErrors = [err62];}else {vErrors.push(err62);}errors++;}}if(data["primary-key"] !== undefined){let data40 = data["primary-key"];if(Array.isArray(data40)){if(data40.length < 1){const err63 = {instancePath:instancePath+"/primary-key",schemaPath:"#/properties/primary-key/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema11.properties["primary-key"],data:data40};if(vErrors === null){vErrors = [err63];}else {vErrors.push(err63);}errors++;}const len4 = data40.length;for(let i4=0; i4<len4; i4++){let data41 = data40[i4];if(typeof data41 !== "string"){const err64 = {instancePath:instancePath+"/primary-key/" + i4,schemaPath:"#/properties/primary-key/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema11.properties["primary-key"].items.type,parentSchema:schema11.properties["primary-key"].items,data:data41};if(vErrors === null){vErrors = [err64];}else {vErrors.push(err64);}errors++;}}let i5 = data40.length;let j0;if(i5 > 1){const indices0 = {};for(;i5--;){let item0 = data40[i5];if(typeof item0 !== "string"){continue;}if(typeof indices0[item0] == "number"){j0 = indices0[item0];const err65 = {instancePath:instancePath+"/primary-key",schemaPath:"#/properties/primary-key/uniqueItems",keyword:"uniqueItems",params:{i: i5, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i5+" are identical)",schema:true,parentSchema:schema11.properties["primary-key"],data:data40};if(vErrors === null){vErrors = [err65];}else {vErrors.push(err65);}errors++;break;}indices0[item0] = i5;}}}else {const err66 = {instancePath:instancePath+"/primary-key",schemaPath:"#/properties/primary-key/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema11.properties["primary-key"].type,parentSchema:schema11.properties["primary-key"],data:data40};if(vErrors === null){vErrors = [err66];}else {vErrors.push(err66);}errors++;}}if(data.quality !== undefined){let data42 = data.quality;if(data42 && typeof data42 == "object" && !Array.isArray(data42)){for(const key4 in data42){if(!((((key4 === "missing-share") || (key4 === "duplicate-share")) || (key4 === "constant-columns")) || (key4 === "severity"))){const err67 = {instancePath:instancePath+"/quality",schemaPath:"#/properties/quality/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema11.properties.quality,data:data42};if(vErrors === null){vErrors = [err67];}else {vErrors.push(err67);}errors++;}}if(data42["missing-share"] !== undefined){let data43 = data42["missing-share"];if((typeof data43 == "number") && (isFinite(data43))){if(data43 > 1 || isNaN(data43)){const err68 = {instancePath:instancePath+"/quality/missing-share",schemaPath:"#/properties/quality/properties/missing-share/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.quality.properties["missing-share"],data:data43};if(vErrors === null){vErrors = [err68];}else {vErrors.push(err68);}errors++;}if(data43 < 0 || isNaN(data43)){const err69 = {instancePath:instancePath+"/quality/missing-share",schemaPath:"#/properties/quality/properties/missing-share/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.quality.properties["missing-share"],data:data43};if(vErrors === null){vErrors = [err69];}else {vErrors.push(err69);}errors++;}}else {const err70 = {instancePath:instancePath+"/quality/missing-share",schemaPath:"#/properties/quality/properties/missing-share/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.quality.properties["missing-share"].type,parentSchema:schema11.properties.quality.properties["missing-share"],data:data43};if(vErrors === null){vErrors = [err70];}else {vErrors.push(err70);}errors++;}}if(data42["duplicate-share"] !== undefined){let data44 = data42["duplicate-share"];if((typeof data44 == "number") && (isFinite(data44))){if(data44 > 1 || isNaN(data44)){const err71 = {instancePath:instancePath+"/quality/duplicate-share",schemaPath:"#/properties/quality/properties/duplicate-share/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1",schema:1,parentSchema:schema11.properties.quality.properties["duplicate-share"],data:data44};if(vErrors === null){vErrors = [err71];}else {vErrors.push(err71);}errors++;}if(data44 < 0 || isNaN(data44)){const err72 = {instancePath:instancePath+"/quality/duplicate-share",schemaPath:"#/properties/quality/properties/duplicate-share/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.quality.properties["duplicate-share"],data:data44};if(vErrors === null){vErrors = [err72];}else {vErrors.push(err72);}errors++;}}else {const err73 = {instancePath:instancePath+"/quality/duplicate-share",schemaPath:"#/properties/quality/properties/duplicate-share/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema11.properties.quality.properties["duplicate-share"].type,parentSchema:schema11.properties.quality.properties["duplicate-share"],data:data44};if(vErrors === null){vErrors = [err73];}else {vErrors.push(err73);}errors++;}}if(data42["constant-columns"] !== undefined){let data45 = data42["constant-columns"];if(!(((typeof data45 == "number") && (!(data45 % 1) && !isNaN(data45))) && (isFinite(data45)))){const err74 = {instancePath:instancePath+"/quality/constant-columns",schemaPath:"#/properties/quality/properties/constant-columns/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema11.properties.quality.properties["constant-columns"].type,parentSchema:schema11.properties.quality.properties["constant-columns"],data:data45};if(vErrors === null){vErrors = [err74];}else {vErrors.push(err74);}errors++;}if((typeof data45 == "number") && (isFinite(data45))){if(data45 < 0 || isNaN(data45)){const err75 = {instancePath:instancePath+"/quality/constant-columns",schemaPath:"#/properties/quality/properties/constant-columns/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema11.properties.quality.properties["constant-columns"],data:data45};if(vErrors === null){vErrors = [err75];}else {vErrors.push(err75);}errors++;}}}if(data42.severity !== undefined){let data46 = data42.severity;if(!(((data46 === "allow") || (data46 === "warn")) || (data46 === "error"))){const err76 = {instancePath:instancePath+"/quality/severity",schemaPath:"#/properties/quality/properties/severity/enum",keyword:"enum",params:{allowedValues: schema11.properties.quality.properties.severity.enum},message:"must be equal to one of the allowed values",schema:schema11.properties.quality.properties.severity.enum,parentSchema:schema11.properties.quality.properties.severity,data:data46};if(vErrors === null){vErrors = [err76];}else {vErrors.push(err76);}errors++;}}}else {const err77 = {instancePath:instancePath+"/quality",schemaPath:"#/properties/quality/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.properties.quality.type,parentSchema:schema11.properties.quality,data:data42};if(vErrors === null){vErrors = [err77];}else {vErrors.push(err77);}errors++;}}}else {const err78 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};if(vErrors === null){vErrors = [err78];}else {vErrors.push(err78);}errors++;}validate10.errors = vErrors;return errors === 0;}

// EXTERNAL MODULE: ./node_modules/re2js/build/index.js
var build = __webpack_require__(2856);
;// CONCATENATED MODULE: ./packages/validation/src/user-regex.ts
// A schema's `regex` runs on data from anyone, so it must not be able to hang the gate: JavaScript's
// backtracking engine took 93 s for /(a+)+$/ on five rows. RE2 (here re2js, a pure-JS port) matches in
// time linear in the text, and for that has no backreferences or lookaround; such a pattern is a schema
// error rather than a silent slow path.

/** Compiles a user's pattern, or throws an Error whose message says why RE2 cannot run it. */
function compileUserRegex(source) {
    let compiled;
    try {
        compiled = build/* RE2JS */.L3.compile(source);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
        throw new Error(`${reason} (patterns run on RE2, which matches in linear time and so has no backreferences or lookaround)`);
    }
    return { test: (text) => compiled.matcher(text).find() };
}

;// CONCATENATED MODULE: ./packages/validation/src/yaml-locate.ts
// Maps a path inside a parsed YAML document (['columns', 'age', 'max']) back to the line and column of the
// text it came from, so an error about a value can point at that value in the user's file.

function keyText(key) {
    return (0,dist/* isScalar */.jn)(key) ? String(key.value) : String(key);
}
function startOf(node) {
    const range = node?.range;
    return range ? range[0] : undefined;
}
/**
 * Position of the value at `path`, or of its key when `atKey` (an unknown field, a missing field). A path
 * that leaves the document stops at the deepest node that exists.
 */
function locatePath(doc, lineCounter, path, atKey = false) {
    let node = doc.contents;
    let key;
    for (const segment of path) {
        if ((0,dist/* isAlias */.Vj)(node))
            node = node.resolve(doc);
        if ((0,dist/* isMap */.jh)(node)) {
            const pair = node.items.find((p) => keyText(p.key) === segment);
            if (!pair)
                break;
            key = pair.key;
            node = pair.value ?? pair.key;
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            const item = node.items[Number(segment)];
            if (item === undefined)
                break;
            key = item;
            node = item;
        }
        else {
            break;
        }
    }
    const offset = (atKey ? startOf(key) : undefined) ?? startOf(node) ?? startOf(key) ?? 0;
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
}
/**
 * Keys that appear twice in one mapping. yaml's own check (uniqueKeys) compares each key with every earlier
 * one, which takes seconds for a schema of 10,000 columns; this walk uses a set per mapping.
 */
function findDuplicateKeys(doc, lineCounter) {
    const found = [];
    const path = [];
    const walk = (node) => {
        if ((0,dist/* isMap */.jh)(node)) {
            const seen = new Set();
            for (const pair of node.items) {
                const key = keyText(pair.key);
                if (seen.has(key)) {
                    const { line, col } = lineCounter.linePos(startOf(pair.key) ?? 0);
                    found.push({ path: [...path], key, position: { line, column: col } });
                }
                seen.add(key);
                path.push(key);
                walk(pair.value);
                path.pop();
            }
        }
        else if ((0,dist/* isSeq */.oP)(node)) {
            node.items.forEach((item, i) => {
                path.push(String(i));
                walk(item);
                path.pop();
            });
        }
    };
    walk(doc.contents);
    return found;
}

;// CONCATENATED MODULE: ./packages/validation/src/parse-schema.ts
/**
 * parseSchema: schema text (YAML or JSON) to a Schema with every default applied. Three stages, each
 * reporting every problem it finds at its line and column: YAML syntax (and duplicate keys), the JSON
 * Schema (validate-data.schema.json, with ajv's code compiled ahead of time: schema-validator-source.ts),
 * then rules JSON Schema cannot state (min below max, a regex that compiles, bounds and allowed values that
 * suit the column type).
 */







function aColumn(type) {
    return `${type === 'integer' ? 'an' : 'a'} ${type} column`;
}
/** A bound (min or max) as a number, checking it suits the column type. */
function readBound(raw, field, path, problems) {
    const value = raw[field];
    if (value === undefined)
        return undefined;
    const where = formatPath([...path, field]);
    if (raw.type === 'datetime') {
        const ms = typeof value === 'string' ? (0,cells/* parseIsoDateTime */.GU)(value) : undefined;
        if (ms === undefined || !isWritableDateTime(ms)) {
            problems.push({
                path: [...path, field],
                message: `${where} must be an ISO 8601 date or date-time such as 2024-01-31 or 2024-01-31T08:00:00Z for a datetime column, got ${describeValue(value)}`,
            });
            return undefined;
        }
        return ms;
    }
    if (raw.type === 'integer' || raw.type === 'number') {
        if (typeof value !== 'number') {
            problems.push({
                path: [...path, field],
                message: `${where} must be a number, got ${describeValue(value)}`,
            });
            return undefined;
        }
        return value;
    }
    problems.push({
        path: [...path, field],
        message: `${where} applies to integer, number and datetime columns, not to ${aColumn(raw.type)}`,
    });
    return undefined;
}
function readAllowed(raw, path, problems) {
    if (raw.allowed === undefined)
        return undefined;
    const wanted = {
        integer: 'integer',
        number: 'number',
        boolean: 'boolean',
    };
    if (raw.type === 'datetime') {
        problems.push({
            path: [...path, 'allowed'],
            message: `${formatPath([...path, 'allowed'])} does not apply to a datetime column; use min and max instead`,
        });
        return undefined;
    }
    const expected = wanted[raw.type];
    if (!expected)
        return raw.allowed.map(String);
    const fits = (v) => expected === 'integer'
        ? Number.isInteger(v)
        : expected === 'number'
            ? typeof v === 'number'
            : typeof v === 'boolean';
    raw.allowed.forEach((value, i) => {
        if (!fits(value)) {
            problems.push({
                path: [...path, 'allowed', String(i)],
                message: `${formatPath([...path, 'allowed', i])} must be ${typeNames[expected]} for ${aColumn(raw.type)}, got ${describeValue(value)}`,
            });
        }
    });
    return raw.allowed;
}
function readRegex(raw, path, problems) {
    if (raw.regex === undefined)
        return undefined;
    const where = formatPath([...path, 'regex']);
    if (raw.type !== 'string' && raw.type !== 'category') {
        problems.push({
            path: [...path, 'regex'],
            message: `${where} applies to string and category columns, not to ${aColumn(raw.type)}`,
        });
        return undefined;
    }
    try {
        compileUserRegex(raw.regex);
    }
    catch (error) {
        problems.push({
            path: [...path, 'regex'],
            message: `${where} is not a valid regular expression: ${error.message}`,
        });
        return undefined;
    }
    return raw.regex;
}
function parse_schema_readColumn(name, raw, problems) {
    const path = ['columns', name];
    const column = {
        name,
        type: raw.type,
        required: raw.required ?? true,
        nullable: raw.nullable ?? true,
        unique: raw.unique ?? false,
    };
    if (raw.description !== undefined)
        column.description = raw.description;
    if (raw['max-missing'] !== undefined) {
        if (!column.nullable) {
            problems.push({
                path: [...path, 'max-missing'],
                message: `${formatPath([...path, 'max-missing'])} cannot be combined with nullable: false, which allows no missing cells`,
            });
        }
        column.maxMissing = raw['max-missing'];
    }
    const min = readBound(raw, 'min', path, problems);
    const max = readBound(raw, 'max', path, problems);
    if (min !== undefined)
        column.min = min;
    if (max !== undefined)
        column.max = max;
    if (min !== undefined && max !== undefined && min > max) {
        problems.push({
            path: [...path, 'max'],
            message: `${formatPath([...path, 'max'])} (${raw.max}) is below min (${raw.min})`,
        });
    }
    const allowed = readAllowed(raw, path, problems);
    if (allowed !== undefined)
        column.allowed = allowed;
    if (raw['max-new-category-share'] !== undefined) {
        if (raw.allowed === undefined) {
            problems.push({
                path: [...path, 'max-new-category-share'],
                message: `${formatPath([...path, 'max-new-category-share'])} needs an allowed list to measure new values against`,
            });
        }
        column.maxNewCategoryShare = raw['max-new-category-share'];
    }
    const regex = readRegex(raw, path, problems);
    if (regex !== undefined)
        column.regex = regex;
    return column;
}
/** Column names in the order the file lists them (a JS object would move "2024" ahead of "age"). */
function columnOrder(doc, raw) {
    const node = doc.get('columns', true);
    if (!(0,dist/* isMap */.jh)(node))
        return Object.keys(raw.columns);
    return node.items.map((pair) => ((0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : String(pair.key)));
}
function readSchema(doc, raw, problems) {
    const schema = {
        version: 1,
        columns: columnOrder(doc, raw).map((name) => parse_schema_readColumn(name, raw.columns[name], problems)),
        extraColumns: raw['extra-columns'] ?? 'warn',
        duplicateRows: raw['duplicate-rows'] ?? 'warn',
        constantColumns: raw['constant-columns'] ?? 'warn',
        almostConstantShare: raw['almost-constant-share'] ?? defaultAlmostConstantShare,
        quality: {
            missingShare: raw.quality?.['missing-share'] ?? defaultQualityTolerances.missingShare,
            duplicateShare: raw.quality?.['duplicate-share'] ?? defaultQualityTolerances.duplicateShare,
            constantColumns: raw.quality?.['constant-columns'] ?? defaultQualityTolerances.constantColumns,
            severity: raw.quality?.severity ?? defaultQualityTolerances.severity,
        },
    };
    if (raw.description !== undefined)
        schema.description = raw.description;
    if (raw.rows !== undefined) {
        schema.rows = { ...raw.rows };
        if (raw.rows.min !== undefined && raw.rows.max !== undefined && raw.rows.min > raw.rows.max) {
            problems.push({
                path: ['rows', 'max'],
                message: `rows.max (${raw.rows.max}) is below rows.min (${raw.rows.min})`,
            });
        }
    }
    if (raw['primary-key'] !== undefined)
        schema.primaryKey = [...raw['primary-key']];
    return schema;
}
/**
 * Parse a validate-data schema from YAML or JSON text. `file` names the text in error messages.
 * Throws SchemaError listing every problem found, each at its line and column.
 */
function parseSchema(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false });
    const at = (problem) => ({
        file,
        ...locatePath(doc, lineCounter, problem.path, problem.atKey),
        message: problem.message,
    });
    if (doc.errors.length > 0) {
        throw new SchemaError(doc.errors.map((error) => ({
            file,
            line: error.linePos?.[0].line ?? 1,
            column: error.linePos?.[0].col ?? 1,
            message: `not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`,
        })));
    }
    const duplicates = findDuplicateKeys(doc, lineCounter);
    if (duplicates.length > 0) {
        throw new SchemaError(duplicates.map(({ path, key, position }) => ({
            file,
            ...position,
            message: `${formatPath(path)} has the key "${key}" twice`,
        })));
    }
    if (doc.contents === null) {
        throw new SchemaError([
            { file, line: 1, column: 1, message: 'the schema is empty; expected version: 1 and columns' },
        ]);
    }
    const data = doc.toJS({ maxAliasCount: 1000 });
    if (!validate(data)) {
        const problems = (validate.errors ?? []).map(ajvProblem).filter((p) => p !== undefined);
        throw new SchemaError(sortProblems(problems.map(at)));
    }
    const problems = [];
    const schema = readSchema(doc, data, problems);
    if (problems.length > 0)
        throw new SchemaError(sortProblems(problems.map(at)));
    return schema;
}

;// CONCATENATED MODULE: ./packages/validation/src/column-values.ts
// A column's cells read as the type its schema declares. The reader chose each column's type from the data;
// the schema may say otherwise (integer where the file holds "abc", number where it holds 2.5 for an
// integer, text where the reader saw numbers). This module lines the two up once per column so every value
// rule then works on one representation, and counts the cells that do not fit the declared type.

/** Missing cells: empty in the data. Cells present but unreadable as the column's type are not counted. */
function missingCount(column) {
    let missing = 0;
    if (column.kind === 'categorical') {
        const codes = column.codes;
        for (let i = 0; i < codes.length; i++)
            if (codes[i] < 0)
                missing++;
        return missing;
    }
    const values = column.values;
    for (let i = 0; i < values.length; i++)
        if (Number.isNaN(values[i]))
            missing++;
    return missing - column.invalidCount;
}
/**
 * missingCount, from the `present` cells (neither NaN nor code -1) a pass over the column already counted:
 * a second loop over every cell would cost more than the counting it repeats.
 */
function missingAmong(column, present) {
    if (column.kind === 'categorical')
        return column.codes.length - present;
    return column.values.length - present - column.invalidCount;
}
/** A numeric cell as text, the way the data would have written it. */
function formatCell(value, type) {
    if (type === 'boolean')
        return value ? 'true' : 'false';
    if (type === 'datetime' && isWritableDateTime(value))
        return formatIsoDateTime(value);
    return String(value);
}
/** The text of cell `row`, or null when it is missing. */
function cellText(column, row) {
    if (column.kind === 'categorical') {
        const code = column.codes[row];
        return code < 0 ? null : column.dictionary[code];
    }
    const value = column.values[row];
    return Number.isNaN(value) ? null : formatCell(value, column.type);
}
const decimalPattern = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const infinityPattern = /^([+-]?)(?:inf|infinity)$/i;
const booleanWords = { true: 1, false: 0, yes: 1, no: 0, '1': 1, '0': 0 };
/** `text` as a value of `type`, or NaN when it is not one. Booleans are true/false, yes/no or 1/0. */
function parseAs(text, type) {
    const trimmed = text.trim();
    if (type === 'boolean')
        return booleanWords[trimmed.toLowerCase()] ?? Number.NaN;
    if (type === 'datetime')
        return (0,cells/* parseIsoDateTime */.GU)(trimmed) ?? Number.NaN;
    if (decimalPattern.test(trimmed)) {
        const value = Number(trimmed);
        return type === 'integer' && !Number.isInteger(value) ? Number.NaN : value;
    }
    const infinity = type === 'number' ? infinityPattern.exec(trimmed) : null;
    if (infinity)
        return infinity[1] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
    return Number.NaN;
}
/**
 * Whether a value of a numeric column of type `actual` is a value of `declared`: true when every value
 * is (integer under number), a test per value when only some may be (2.5 is not an integer), or false when
 * none is (a datetime is never an integer).
 */
function valueFits(actual, declared) {
    if (actual === declared)
        return true;
    if (declared === 'number')
        return actual === 'integer';
    if (declared === 'integer')
        return actual === 'number' ? Number.isInteger : false;
    if (declared === 'boolean')
        return actual === 'integer' || actual === 'number' ? (v) => v === 0 || v === 1 : false;
    return false;
}
function mergeExamples(a, b, limit) {
    return [...a, ...b].sort((x, y) => x.row - y.row).slice(0, limit);
}
const none = new Set();
/**
 * What readAs makes of a column of this type under `declared`: text (string, category), numbers (a numeric
 * type the values can be), or nothing (a datetime column under integer: every value mismatches).
 */
function typedShape(column, declared) {
    if (declared === 'string' || declared === 'category')
        return 'text';
    if (column.kind === 'categorical')
        return 'numbers';
    return valueFits(column.type, declared) === false ? 'none' : 'numbers';
}
/**
 * A column's chunks read as the type its schema declares, one after the other (see readAs). Between chunks
 * it keeps only what makes the chunks add up to the whole column: how many example mismatches the dataset
 * has had, and the parsed value of each dictionary entry so far (a text column under a numeric type).
 */
class ColumnReading {
    declared;
    maxExamples;
    maxInvalidExamples;
    /** Examples of invalid cells taken so far, and of other mismatches found so far. */
    invalidTaken = 0;
    foundTaken = 0;
    /** Parsed values of the shared dictionary's entries, for a text column under a numeric type. */
    parsed = new Float64Array(0);
    parsedCount = 0;
    /**
     * `maxInvalidExamples`: the invalid cells the reader keeps as examples per column (ReadOptions), which
     * chunks keep per chunk; the dataset's first ones are taken so that the chunks give the examples the
     * whole table would. Infinity for a table read whole.
     */
    constructor(declared, maxExamples, maxInvalidExamples = Number.POSITIVE_INFINITY) {
        this.declared = declared;
        this.maxExamples = maxExamples;
        this.maxInvalidExamples = maxInvalidExamples;
    }
    read(column) {
        const declared = this.declared;
        const wantsText = declared === 'string' || declared === 'category';
        if (column.kind === 'categorical') {
            if (wantsText)
                return { text: column, mismatchCount: 0, mismatchExamples: [], invalidRows: none };
            return this.textAsNumeric(column, declared);
        }
        const invalid = column.invalidExamples.slice(0, Math.max(0, this.maxInvalidExamples - this.invalidTaken));
        this.invalidTaken += invalid.length;
        // Readers list every invalid cell's row; a table built by hand has only its examples.
        const invalidRows = new Set(column.invalidRows ?? invalid.map((e) => e.row));
        if (wantsText)
            return { ...numericAsText(column), invalidRows };
        return { ...this.numericAsNumeric(column, invalid), invalidRows };
    }
    /** How many more found examples can still be among the dataset's first maxExamples. */
    room() {
        return Math.max(0, this.maxExamples - this.foundTaken);
    }
    numericAsNumeric(column, invalid) {
        const fits = valueFits(column.type, this.declared);
        const room = this.room();
        const found = [];
        let mismatches = 0;
        let numbers = column.values;
        if (fits === false) {
            numbers = undefined;
            column.values.forEach((v, row) => {
                if (Number.isNaN(v))
                    return;
                mismatches++;
                if (found.length < room)
                    found.push({ row, value: formatCell(v, column.type) });
            });
        }
        else if (fits !== true) {
            // Copy only once a value does not fit, so the common case shares the reader's array.
            let copied = false;
            const values = column.values;
            for (let row = 0; row < values.length; row++) {
                const v = values[row];
                if (Number.isNaN(v) || fits(v))
                    continue;
                if (!copied) {
                    numbers = new Float64Array(values);
                    copied = true;
                }
                numbers[row] = Number.NaN;
                mismatches++;
                if (found.length < room)
                    found.push({ row, value: formatCell(v, column.type) });
            }
        }
        this.foundTaken += found.length;
        return {
            numbers,
            mismatchCount: column.invalidCount + mismatches,
            mismatchExamples: mergeExamples(invalid, found, this.maxExamples),
        };
    }
    textAsNumeric(column, declared) {
        // Each distinct text is parsed once; rows then look their value up by code.
        const codes = column.codes;
        let top = -1;
        for (let row = 0; row < codes.length; row++)
            if (codes[row] > top)
                top = codes[row];
        if (top >= this.parsedCount) {
            if (top >= this.parsed.length) {
                const grown = new Float64Array(Math.max(top + 1, 2 * this.parsed.length));
                grown.set(this.parsed.subarray(0, this.parsedCount));
                this.parsed = grown;
            }
            for (let code = this.parsedCount; code <= top; code++)
                this.parsed[code] = parseAs(column.dictionary[code], declared);
            this.parsedCount = top + 1;
        }
        const parsed = this.parsed;
        const numbers = new Float64Array(codes.length);
        const examples = [];
        const room = this.room();
        let mismatches = 0;
        for (let row = 0; row < codes.length; row++) {
            const code = codes[row];
            const value = code < 0 ? Number.NaN : parsed[code];
            numbers[row] = value;
            if (code >= 0 && Number.isNaN(value)) {
                mismatches++;
                if (examples.length < room)
                    examples.push({ row, value: column.dictionary[code] });
            }
        }
        this.foundTaken += examples.length;
        return { numbers, mismatchCount: mismatches, mismatchExamples: examples, invalidRows: none };
    }
}
/** A numeric column as text: a dictionary of its distinct values in the order they first appear. */
function numericAsText(column) {
    const index = new Map();
    const dictionary = [];
    const codes = new Int32Array(column.values.length);
    column.values.forEach((v, row) => {
        if (Number.isNaN(v)) {
            codes[row] = -1;
            return;
        }
        let code = index.get(v);
        if (code === undefined) {
            code = dictionary.push(formatCell(v, column.type)) - 1;
            index.set(v, code);
        }
        codes[row] = code;
    });
    return { text: { codes, dictionary }, chunkCodes: true, mismatchCount: 0, mismatchExamples: [] };
}
/**
 * The column's cells as `declared`, for a whole table. Text columns hold every value, so nothing mismatches
 * a string or category. A numeric column's invalid cells (present, unreadable by the reader) are
 * mismatches for a numeric type; for a text type they cannot be checked, since the reader kept only a few
 * of them.
 */
function readAs(column, declared, maxExamples) {
    return new ColumnReading(declared, maxExamples).read(column);
}

;// CONCATENATED MODULE: ./packages/validation/src/column-stats.ts
// Small per-column summaries shared by validation, inference and the quality comparison, each fed one
// chunk at a time and holding O(1) memory (or a bounded amount) between chunks.

/** A column is constant when it has at least two non-missing cells and they all hold one value. */
function isConstant(majority) {
    return majority.present >= 2 && majority.count === majority.present;
}
/** Distinct values counted exactly per column: few enough that 10,000 columns stay within ~1M entries. */
function countedValuesPerColumn(columns) {
    return Math.max(16, Math.min(1024, Math.floor(2 ** 20 / Math.max(1, columns))));
}
/**
 * The vote of a chunk's present cells (not NaN, not code -1), and how many there are. The loop is written
 * once per array type so that each sees one element type, which V8 compiles to a tight loop.
 */
function chunkVote(cells) {
    let candidate = Number.NaN;
    let votes = 0;
    let present = 0;
    if (cells instanceof Float64Array) {
        for (let row = 0; row < cells.length; row++) {
            const v = cells[row];
            if (Number.isNaN(v))
                continue; // missing
            present++;
            if (votes === 0) {
                candidate = v;
                votes = 1;
            }
            else if (v === candidate)
                votes++;
            else
                votes--;
        }
    }
    else {
        for (let row = 0; row < cells.length; row++) {
            const v = cells[row];
            if (v < 0)
                continue; // code -1: missing
            present++;
            if (votes === 0) {
                candidate = v;
                votes = 1;
            }
            else if (v === candidate)
                votes++;
            else
                votes--;
        }
    }
    return { candidate, votes, present };
}
/** `into` becomes the vote of its cells and `other`'s together. */
function mergeVote(into, other) {
    if (other.votes === 0)
        return;
    if (into.votes === 0 || other.candidate === into.candidate) {
        into.candidate = other.candidate;
        into.votes += other.votes;
    }
    else if (into.votes >= other.votes)
        into.votes -= other.votes;
    else {
        into.candidate = other.candidate;
        into.votes = other.votes - into.votes;
    }
}
/**
 * The value filling more than half of a column's non-missing cells, if any, over a stream of chunks.
 * "Almost constant" means a top share above 0.5 (the schema's almost-constant-share), so only a majority
 * value can be one.
 *
 * Values (numbers by value, -0 as 0; text by dictionary code, stable across a dataset's chunks) are counted
 * exactly until a value beyond the first `cap` distinct ones is met; from then on cells are only counted
 * in total (`untracked`), which keeps a column of many distinct values (a measurement) cheap. Alongside
 * runs the majority vote, whose candidate is the majority value whenever there is one. So the
 * majority is known exactly while nothing is untracked. Otherwise the candidate holds at most its count
 * plus `untracked` cells, and at most `bound` = the sum over chunks of the chunk's own majority count, or
 * half its present cells when that is more (no value fills more of a chunk). Only when that could reach
 * the share a caller asks about does the candidate need counting in a second pass over the data
 * (`needsRecount`, `recount`): with many distinct values spread over the rows, the bound stays at half.
 */
class MajorityCounter {
    cap;
    /** Counts by number (numeric columns). */
    counts = new Map();
    /** Counts by dictionary code (text columns), and how many codes were seen. */
    codeCounts = new Float64Array(0);
    codesSeen = 0;
    present = 0;
    untracked = 0;
    bound = 0;
    vote = { candidate: Number.NaN, votes: 0 };
    recounted = -1;
    /** The column as last seen: its type, and the dictionary its codes index. */
    last;
    constructor(cap) {
        this.cap = cap;
    }
    /** Adds a chunk's cells; returns how many are present (neither NaN nor code -1), which it counts anyway. */
    add(column) {
        this.last = column;
        const cells = column.kind === 'numeric' ? column.values : column.codes;
        const chunk = chunkVote(cells);
        this.present += chunk.present;
        mergeVote(this.vote, chunk);
        // Each of the candidate's cells that is not among the votes left was cancelled by a cell of another
        // value, so it fills at most (present + votes) / 2 cells. With few votes left (a column of distinct
        // values leaves 0 or 1) it cannot fill more than half, and its count would change nothing.
        const half = Math.floor(chunk.present / 2);
        const count = Math.floor((chunk.present + chunk.votes) / 2) > half ? countOf(cells, chunk.candidate) : 0;
        this.bound += Math.max(2 * count > chunk.present ? count : 0, half);
        if (this.untracked > 0)
            this.untracked += chunk.present;
        else if (column.kind === 'numeric')
            this.countNumbers(column.values);
        else
            this.countCodes(column.codes);
        return chunk.present;
    }
    countNumbers(values) {
        const counts = this.counts;
        for (let row = 0; row < values.length; row++) {
            const v = values[row];
            if (Number.isNaN(v))
                continue;
            if (this.untracked > 0) {
                this.untracked++;
                continue;
            }
            const seen = counts.get(v);
            if (seen !== undefined)
                counts.set(v, seen + 1);
            else if (counts.size < this.cap)
                counts.set(v, 1);
            else
                this.untracked++;
        }
    }
    countCodes(codes) {
        for (let row = 0; row < codes.length; row++) {
            const code = codes[row];
            if (code < 0)
                continue;
            if (this.untracked > 0) {
                this.untracked++;
                continue;
            }
            if (code >= this.codeCounts.length)
                this.growCodeCounts(code);
            const counts = this.codeCounts;
            if (counts[code] > 0)
                counts[code]++;
            else if (this.codesSeen < this.cap) {
                counts[code] = 1;
                this.codesSeen++;
            }
            else
                this.untracked++;
        }
    }
    growCodeCounts(code) {
        const grown = new Float64Array(Math.max(16, 2 * this.codeCounts.length, code + 1));
        grown.set(this.codeCounts);
        this.codeCounts = grown;
    }
    /** The exact count of `value` while nothing is untracked. */
    countedOf(value) {
        if (this.last?.kind === 'numeric')
            return this.counts.get(value) ?? 0;
        return value >= 0 && value < this.codeCounts.length ? this.codeCounts[value] : 0;
    }
    /** Whether the majority is unknown and could fill at least `share` (> 0.5) of the present cells. */
    needsRecount(share) {
        if (this.recounted >= 0 || this.untracked === 0)
            return false;
        const most = Math.min(this.countedOf(this.vote.candidate) + this.untracked, this.bound);
        return 2 * most > this.present && most >= share * this.present;
    }
    /** Counts the candidate in a chunk of a second pass over the same data. */
    recount(column) {
        if (this.recounted < 0)
            this.recounted = 0;
        const cells = column.kind === 'numeric' ? column.values : column.codes;
        this.recounted += countOf(cells, this.vote.candidate);
    }
    /**
     * The majority. Exact while nothing is untracked or after a recount. Otherwise it reads as none: no value
     * fills all cells then, and none fills a share for which needsRecount said no recount was needed.
     */
    result() {
        let count = 0;
        let value = Number.NaN;
        if (this.recounted >= 0) {
            count = this.recounted;
            value = this.vote.candidate;
        }
        else if (this.untracked === 0) {
            // The candidate is the only value that can fill more than half.
            value = this.vote.candidate;
            count = this.countedOf(value);
        }
        if (2 * count <= this.present)
            return { present: this.present, count: 0, text: null };
        return { present: this.present, count, text: this.textOf(value) };
    }
    textOf(value) {
        const column = this.last;
        if (!column)
            return null;
        // The vote may have kept -0, which counts (and should read) as 0.
        return column.kind === 'numeric'
            ? formatCell(value === 0 ? 0 : value, column.type)
            : column.dictionary[value];
    }
}
/** The cells equal to `value`. */
function countOf(cells, value) {
    let count = 0;
    for (let row = 0; row < cells.length; row++)
        if (cells[row] === value)
            count++;
    return count;
}
/** Smallest and largest non-NaN value; both NaN when there is none. */
function valueRange(values) {
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    let any = false;
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        if (Number.isNaN(v))
            continue;
        any = true;
        if (v < min)
            min = v;
        if (v > max)
            max = v;
    }
    return any ? { min, max } : { min: Number.NaN, max: Number.NaN };
}

;// CONCATENATED MODULE: ./packages/validation/src/row-hash.ts
/**
 * Row identity for the rules that find rows repeating an earlier row on some key columns (all columns for
 * duplicate rows, the key columns for a primary key, one column for `unique`): a hash per row
 * (DuplicateTracker keeps them in a KeySet, key-set.ts; key-spill.ts moves them to disk when the set
 * outgrows memory).
 *
 * Each row gets a 128-bit hash, MurmurHash3_x86_128 of the cells' raw representation (the float's bits,
 * the dictionary code; never a string) in the key columns' order. A key is then only its hash: the earlier
 * row is gone by the time a later chunk repeats it, so equal hashes cannot be confirmed by comparing the
 * rows. With n distinct keys, the chance that any two of them share all 128 bits is at most
 * n(n-1)/2 / 2^128, below 1.5e-21 for a billion distinct rows: far below the chance of a hardware fault.
 *
 * Cells compare as the reader stored them: numbers by value (every NaN equal, -0 equal to 0), text by
 * dictionary code. Codes are stable across the chunks of one dataset (one shared dictionary), so a key is
 * only ever compared with keys of the same dataset.
 */

function keyColumnOf(column) {
    return column.kind === 'numeric'
        ? { kind: 'numeric', values: column.values }
        : { kind: 'codes', codes: column.codes };
}
/** Whether row `row` has a missing cell (NaN, or code -1) in any of `keys`. */
function hasMissingKey(keys, row) {
    for (const key of keys) {
        if (key.kind === 'codes' ? key.codes[row] < 0 : Number.isNaN(key.values[row]))
            return true;
    }
    return false;
}
const LANES = 4;
/** Rows whose words are gathered at once: their words (88 bytes a row for 12 columns) stay in L2 cache. */
const BATCH = 2048;
const SEED = 0x2545f491;
const C1 = 0x239b961b;
const C2 = 0xab0e9789 | 0;
const C3 = 0x38b34ae5;
const C4 = 0xa1e38b93 | 0;
/**
 * The 128-bit hash of each of the first `rowCount` rows: lane l of row i at `hashes[LANES * i + l]`.
 * The hot loop of every row-identity rule. A batch of rows is first gathered row by row into `words`
 * (each pass reading one column in order), then each row's words are hashed in one tight loop: four
 * times fewer multiplications than mixing every word into four independent 32-bit lanes.
 */
function hashRows(keys, rowCount) {
    let width = 0;
    for (const key of keys)
        width += key.kind === 'codes' ? 1 : 2;
    const hashes = new Int32Array(LANES * rowCount);
    const words = new Int32Array(Math.min(BATCH, rowCount) * width);
    for (let start = 0; start < rowCount; start += BATCH) {
        const n = Math.min(BATCH, rowCount - start);
        gatherWords(keys, start, n, words, width);
        for (let r = 0; r < n; r++)
            murmur3x86_128(words, r * width, width, hashes, LANES * (start + r));
    }
    freeMemory(words);
    return hashes;
}
/** Rows [start, start + n) of `keys` into `words`, `width` words a row, in the key columns' order. */
function gatherWords(keys, start, n, words, width) {
    let offset = 0;
    for (const key of keys) {
        if (key.kind === 'codes') {
            const codes = key.codes;
            for (let r = 0, at = offset; r < n; r++, at += width)
                words[at] = codes[start + r];
            offset += 1;
            continue;
        }
        const values = key.values;
        const bits = new Int32Array(values.buffer, values.byteOffset, values.length * 2);
        // The cases are told apart on the bits (little-endian: low word first), not the double: measured, a
        // quarter faster than reading each value twice.
        for (let r = 0, at = offset, b = 2 * start; r < n; r++, at += width, b += 2) {
            const low = bits[b];
            const high = bits[b + 1];
            const magnitude = high & 0x7fffffff;
            // One representation for every NaN (all exponent bits set, a mantissa bit set), and for 0 and -0,
            // so they hash alike as they compare alike.
            if (magnitude >= 0x7ff00000 && (magnitude > 0x7ff00000 || low !== 0)) {
                words[at] = 0;
                words[at + 1] = 0x7ff80000;
            }
            else if ((magnitude | low) === 0) {
                words[at] = 0;
                words[at + 1] = 0;
            }
            else {
                words[at] = low;
                words[at + 1] = high;
            }
        }
        offset += 2;
    }
}
/**
 * MurmurHash3_x86_128 (Austin Appleby's, as in SMHasher) of the `length` little-endian 32-bit words at
 * `words[from ..]`, with seed SEED, into `out[at .. at + 4]`.
 */
function murmur3x86_128(words, from, length, out, at) {
    let h1 = SEED;
    let h2 = SEED;
    let h3 = SEED;
    let h4 = SEED;
    let i = from;
    const blocksEnd = from + (length & ~3);
    for (; i < blocksEnd; i += 4) {
        let k1 = Math.imul(words[i], C1);
        k1 = (k1 << 15) | (k1 >>> 17);
        h1 ^= Math.imul(k1, C2);
        h1 = (h1 << 19) | (h1 >>> 13);
        h1 = (Math.imul(h1 + h2, 5) + 0x561ccd1b) | 0;
        let k2 = Math.imul(words[i + 1], C2);
        k2 = (k2 << 16) | (k2 >>> 16);
        h2 ^= Math.imul(k2, C3);
        h2 = (h2 << 17) | (h2 >>> 15);
        h2 = (Math.imul(h2 + h3, 5) + 0x0bcaa747) | 0;
        let k3 = Math.imul(words[i + 2], C3);
        k3 = (k3 << 17) | (k3 >>> 15);
        h3 ^= Math.imul(k3, C4);
        h3 = (h3 << 15) | (h3 >>> 17);
        h3 = (Math.imul(h3 + h4, 5) + 0x96cd1c35) | 0;
        let k4 = Math.imul(words[i + 3], C4);
        k4 = (k4 << 18) | (k4 >>> 14);
        h4 ^= Math.imul(k4, C1);
        h4 = (h4 << 13) | (h4 >>> 19);
        h4 = (Math.imul(h4 + h1, 5) + 0x32ac3b17) | 0;
    }
    const tail = length & 3;
    if (tail >= 3) {
        let k3 = Math.imul(words[i + 2], C3);
        k3 = (k3 << 17) | (k3 >>> 15);
        h3 ^= Math.imul(k3, C4);
    }
    if (tail >= 2) {
        let k2 = Math.imul(words[i + 1], C2);
        k2 = (k2 << 16) | (k2 >>> 16);
        h2 ^= Math.imul(k2, C3);
    }
    if (tail >= 1) {
        let k1 = Math.imul(words[i], C1);
        k1 = (k1 << 15) | (k1 >>> 17);
        h1 ^= Math.imul(k1, C2);
    }
    const bytes = 4 * length;
    h1 ^= bytes;
    h2 ^= bytes;
    h3 ^= bytes;
    h4 ^= bytes;
    h1 = (h1 + h2 + h3 + h4) | 0;
    h2 = (h2 + h1) | 0;
    h3 = (h3 + h1) | 0;
    h4 = (h4 + h1) | 0;
    h1 = fmix32(h1);
    h2 = fmix32(h2);
    h3 = fmix32(h3);
    h4 = fmix32(h4);
    h1 = (h1 + h2 + h3 + h4) | 0;
    out[at] = h1;
    out[at + 1] = (h2 + h1) | 0;
    out[at + 2] = (h3 + h1) | 0;
    out[at + 3] = (h4 + h1) | 0;
}
function fmix32(h) {
    let x = h ^ (h >>> 16);
    x = Math.imul(x, 0x85ebca6b);
    x ^= x >>> 13;
    x = Math.imul(x, 0xc2b2ae35);
    return x ^ (x >>> 16);
}

;// CONCATENATED MODULE: ./packages/validation/src/key-set.ts
// A set of 128-bit row hashes (row-hash.ts) with the place of the row that brought each: the in-memory
// half of DuplicateTracker. key-spill.ts writes its records to disk as they are, so it shares their layout.


/**
 * Words per record: the four hash lanes, then the first row's place (two words the caller chooses). The
 * place's first word is stored plus one, with REPEATED on once the key repeats.
 */
const SLOT = LANES + 2;
/** The flag, in the place's first word, of a key seen more than once. */
const REPEATED = 1 << 31;
/** Words per index slot: the key's fingerprint (its last hash lane), and its number plus one (0: empty). */
const INDEX_SLOT = 2;
/** The hash lane an index slot keeps to tell keys apart without reading their record. */
const FINGERPRINT = LANES - 1;
/**
 * A set of 128-bit keys, each with the place of the row that brought it (its RowRef, as two 32-bit
 * words). The keys' records (SLOT words each) are kept in the order they came, in one Int32Array; an
 * index finds them: open addressing with linear probing, 8 bytes a slot, at most 3/4 full. An insert
 * reads only the index unless a fingerprint matches, and the index is a third of what slots holding whole
 * records would take: a million keys' index (12 MB) stays in the last-level cache, where 36 MB of slots
 * did not. Any number of slots, not only powers of two, so that a set sized up front for the keys expected
 * (`KeySet.bytesFor`) holds no more than they need: a hash's slot is its first lane scaled to the slot
 * count. A key is known by its number (its place in arrival order), which `insert` returns when it repeats.
 */
class KeySet {
    index;
    records;
    capacity;
    /** What `touch` read, kept so that the reads are not optimized away. */
    touched = 0;
    size = 0;
    /** Room for `expectedKeys` keys before the set grows (at least 12). */
    constructor(expectedKeys = 0) {
        this.capacity = KeySet.capacityFor(expectedKeys);
        this.index = mappedInts(INDEX_SLOT * this.capacity);
        this.records = mappedInts(SLOT * KeySet.maxKeys(this.capacity));
    }
    static capacityFor(keys) {
        return Math.max(16, Math.ceil((4 * keys) / 3) + 1);
    }
    /** Keys an index of `capacity` slots takes before it grows: 3/4 full. */
    static maxKeys(capacity) {
        return Math.floor((3 * capacity) / 4);
    }
    /** The bytes a set made for `expectedKeys` keys holds. */
    static bytesFor(expectedKeys) {
        const capacity = KeySet.capacityFor(expectedKeys);
        return 4 * (INDEX_SLOT * capacity + SLOT * KeySet.maxKeys(capacity));
    }
    /** Memory held, in bytes. */
    get bytes() {
        return this.index.byteLength + this.records.byteLength;
    }
    /** Whether the next new key makes the set grow (to twice its bytes). */
    get full() {
        return this.size === KeySet.maxKeys(this.capacity);
    }
    /**
     * Adds the key at `hashes[LANES * i ..]` with its row's place (`file` >= 0, below 2^31 - 1), or finds it.
     * Returns -1 for a new key, else the number of the key already there.
     */
    insert(hashes, i, file, line) {
        return this.insertAt(hashes, LANES * i, file + 1, line);
    }
    /**
     * insert, for a key at `words[at ..]` and a place whose first word is stored as is (`file + 1`, maybe
     * with REPEATED: a key set aside by `forEach` comes back as it was).
     */
    insertAt(words, at, stored, line) {
        if (this.full)
            this.grow();
        const fingerprint = words[at + FINGERPRINT];
        const index = this.index;
        const capacity = this.capacity;
        let slot = home(words[at], capacity);
        for (;;) {
            const base = INDEX_SLOT * slot;
            const number = index[base + 1] - 1;
            if (number < 0) {
                const to = SLOT * this.size;
                const records = this.records;
                for (let l = 0; l < LANES; l++)
                    records[to + l] = words[at + l];
                records[to + LANES] = stored;
                records[to + LANES + 1] = line;
                index[base] = fingerprint;
                index[base + 1] = ++this.size;
                return -1;
            }
            if (index[base] === fingerprint) {
                const records = this.records;
                const from = SLOT * number;
                if (records[from] === words[at] &&
                    records[from + 1] === words[at + 1] &&
                    records[from + 2] === words[at + 2]) {
                    return number;
                }
            }
            slot = slot + 1 === capacity ? 0 : slot + 1;
        }
    }
    /**
     * Reads the first index slot of each key at `hashes[LANES * i ..]`, i in [from, to), so that inserting
     * them next finds those slots in cache. An insert waits for its slot before the next one starts; these
     * reads do not depend on each other, so the CPU keeps many of them in flight: in an index larger than the
     * cache, most of an insert's time is that wait.
     */
    touch(hashes, from, to) {
        const index = this.index;
        const capacity = this.capacity;
        let touched = 0;
        for (let i = from; i < to; i++)
            touched ^= index[INDEX_SLOT * home(hashes[LANES * i], capacity) + 1];
        this.touched ^= touched;
    }
    /** Each key held, in the order they came, as its SLOT words at `records[base ..]` (hash lanes, place). */
    forEach(visit) {
        const records = this.records;
        const end = SLOT * this.size;
        for (let base = 0; base < end; base += SLOT)
            visit(records, base);
    }
    /** The row stored with key `number`: the first that brought it. */
    rowOf(number) {
        const base = SLOT * number + LANES;
        return { file: (this.records[base] & ~REPEATED) - 1, line: this.records[base + 1] >>> 0 };
    }
    /** Marks key `number` as repeated; true the first time. */
    markRepeated(number) {
        const base = SLOT * number + LANES;
        if (this.records[base] & REPEATED)
            return false;
        this.records[base] |= REPEATED;
        return true;
    }
    /** Gives the memory back now (see freeMemory); the set is empty and unusable afterwards. */
    release() {
        freeMemory(this.index);
        freeMemory(this.records);
    }
    grow() {
        const capacity = 2 * this.capacity;
        const index = mappedInts(INDEX_SLOT * capacity);
        const records = mappedInts(SLOT * KeySet.maxKeys(capacity));
        records.set(this.records);
        for (let number = 0; number < this.size; number++) {
            const from = SLOT * number;
            let slot = home(records[from], capacity);
            while (index[INDEX_SLOT * slot + 1] !== 0)
                slot = slot + 1 === capacity ? 0 : slot + 1;
            index[INDEX_SLOT * slot] = records[from + FINGERPRINT];
            index[INDEX_SLOT * slot + 1] = number + 1;
        }
        // The old arrays would otherwise stay until a full collection, beside the new ones.
        this.release();
        this.index = index;
        this.records = records;
        this.capacity = capacity;
    }
}
/** Int32 words per 4 KB memory page. */
const PAGE_WORDS = 1024;
/**
 * A zeroed Int32Array whose memory is mapped now. A fresh array's pages are mapped one by one as they are
 * first written; keys land in random index slots, so an index of a million keys would take its ~3,000
 * page faults scattered over its first inserts, each insert waiting on one. Written in order up front,
 * they cost less, and they are paid while the caller still waits for its first rows.
 */
function mappedInts(length) {
    const words = new Int32Array(length);
    for (let i = 0; i < length; i += PAGE_WORDS)
        words[i] = 0;
    return words;
}
/** The first slot tried for a key whose first lane is `h0`: the lane scaled to [0, capacity). */
function home(h0, capacity) {
    return Math.floor(((h0 >>> 0) * capacity) / 4294967296);
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./packages/validation/src/key-spill.ts
/**
 * Exact duplicate counting past a memory budget: once a DuplicateTracker's KeySet would outgrow its share,
 * its keys and every later row's key go to disk, and the duplicates are found at the end, partition by
 * partition, each partition small enough for a KeySet of its own.
 *
 * A record is a KeySet record as is (24 bytes: four hash lanes, the stored place word, the line). It goes to
 * one of 64 partition files chosen by six bits of the hash (never lane 0, which picks a KeySet's slots), so two
 * rows with one key always meet in one file. Records are appended as rows arrive, so each file is in row
 * order, the keys set aside when spilling first (they were seen before every later row): replaying a file
 * through a fresh KeySet finds each duplicate and the first row of its key exactly as one set would have,
 * without sorting and whatever rows the caller names. A file whose set would outgrow the budget is split
 * again on the next six bits, order kept.
 */






const defaultKeyMemory = 128 * 2 ** 20;
/**
 * Memory and disk shared by the trackers of one run: `budget` bytes of KeySets in all, and one temp
 * folder (made on the first spill, under RUNNER_TEMP or the OS's temp folder) that `close` removes.
 */
class SpillArea {
    budget;
    root;
    dir;
    files = 0;
    held = 0;
    constructor(budget = defaultKeyMemory, root = process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)()) {
        this.budget = budget;
        this.root = root;
    }
    /** Takes `bytes` more of the budget if they fit; false if not (the caller spills instead). */
    reserve(bytes) {
        if (this.held + bytes > this.budget)
            return false;
        this.held += bytes;
        return true;
    }
    /** Gives back what a tracker held before it spilled. */
    release(bytes) {
        this.held -= bytes;
    }
    /** Counts `bytes` that must be held whatever the budget says (a spilling tracker's write buffers). */
    charge(bytes) {
        this.held += bytes;
    }
    /** The path of a new file in the area's folder. */
    newFile() {
        this.dir ??= spillIo(this.root, () => (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)(this.root, 'modelgate-keys-')));
        return (0,external_node_path_.join)(this.dir, `${this.files++}.keys`);
    }
    /** Files made so far (more than 64 for one tracker means a partition was split again). */
    get filesMade() {
        return this.files;
    }
    /** Removes the folder and everything in it; safe to call again. */
    close() {
        if (this.dir)
            (0,external_node_fs_.rmSync)(this.dir, { recursive: true, force: true });
        this.dir = undefined;
    }
}
const BITS = 6;
const PARTITIONS = 1 << BITS;
/**
 * Records per write or read buffer (about 16 KB): a spilling tracker holds one per partition, 1 MB in all,
 * charged to the budget.
 */
const BUFFER_RECORDS = 682;
const BUFFER_BYTES = SLOT * 4 * BUFFER_RECORDS;
/** Levels of splitting: five per hash lane 1, 2 and 3 (lane 0 picks the KeySet's slots). */
const MAX_LEVEL = 15;
function partitionOf(words, at, level) {
    const lane = 1 + Math.floor(level / 5);
    return (words[at + lane] >>> (BITS * (level % 5))) & (PARTITIONS - 1);
}
/** Records written to PARTITIONS files by hash, through a small buffer per file. */
class PartitionWriter {
    area;
    level;
    files = [];
    buffers = [];
    fill = new Array(PARTITIONS).fill(0);
    constructor(area, level) {
        this.area = area;
        this.level = level;
        area.charge(PARTITIONS * BUFFER_BYTES);
    }
    /** Appends the record whose hash is at `words[at ..]`, with its stored place word and line. */
    append(words, at, stored, line) {
        const p = partitionOf(words, at, this.level);
        let buffer = this.buffers[p];
        if (!buffer) {
            buffer = new Int32Array(SLOT * BUFFER_RECORDS);
            this.buffers[p] = buffer;
            this.files[p] = { path: this.area.newFile(), records: 0 };
        }
        const to = SLOT * this.fill[p];
        for (let l = 0; l < LANES; l++)
            buffer[to + l] = words[at + l];
        buffer[to + LANES] = stored;
        buffer[to + LANES + 1] = line;
        if (++this.fill[p] === BUFFER_RECORDS)
            this.flush(p);
    }
    flush(p) {
        const buffer = this.buffers[p];
        const count = this.fill[p];
        if (count === 0)
            return;
        const { path } = this.files[p];
        spillIo(path, () => (0,external_node_fs_.appendFileSync)(path, new Uint8Array(buffer.buffer, 0, SLOT * 4 * count)));
        this.files[p].records += count;
        this.fill[p] = 0;
    }
    /** Flushes every buffer and gives their memory back; the files written, in partition order. */
    finish() {
        for (let p = 0; p < PARTITIONS; p++)
            if (this.buffers[p])
                this.flush(p);
        this.buffers.length = 0;
        this.area.release(PARTITIONS * BUFFER_BYTES);
        return this.files.filter((f) => f !== undefined);
    }
}
/**
 * Each of the file's `records` records in order, as `visit(words, at)` over a reused buffer, until `visit`
 * returns false. A read may return less than asked; a record cut by it is completed by the next read.
 */
function readRecords(file, visit) {
    const recordBytes = SLOT * 4;
    const buffer = new Int32Array(SLOT * BUFFER_RECORDS);
    const bytes = new Uint8Array(buffer.buffer);
    spillIo(file.path, () => {
        const fd = (0,external_node_fs_.openSync)(file.path, 'r');
        try {
            let seen = 0;
            let filled = 0;
            for (;;) {
                const read = (0,external_node_fs_.readSync)(fd, bytes, filled, bytes.length - filled, null);
                filled += read;
                const whole = Math.floor(filled / recordBytes);
                for (let r = 0; r < whole; r++) {
                    seen++;
                    if (!visit(buffer, SLOT * r))
                        return;
                }
                bytes.copyWithin(0, whole * recordBytes, filled);
                filled -= whole * recordBytes;
                if (read === 0)
                    break;
            }
            if (seen !== file.records || filled !== 0) {
                throw new Error(`holds ${seen} whole records and ${filled} stray bytes, ${file.records} were written`);
            }
        }
        finally {
            (0,external_node_fs_.closeSync)(fd);
        }
    });
}
/**
 * Runs a file operation on the spill folder, turning its failure (a full disk, a missing temp folder)
 * into an error that says what was being done and where.
 */
function spillIo(path, operation) {
    try {
        return operation();
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        // A DataError, so the action shows it as one clear line: the data outgrew what the disk can hold.
        throw new data_errors/* DataError */.f(path, `cannot keep the duplicate-row keys on disk (${reason}); free disk space there, or point RUNNER_TEMP at a folder with room`);
    }
}
function byRow(a, b) {
    return a.row.file - b.row.file || a.row.line - b.row.line;
}
/**
 * One tracker's keys on disk: `append` the keys it held (`setAside`), then each later row; `finish` counts.
 * Counts and examples cover only what was appended: a key set aside adds a group if it repeats later and
 * had not repeated before (the REPEATED flag in its place word says so).
 */
class KeySpill {
    area;
    maxExamples;
    writer;
    constructor(area, maxExamples) {
        this.area = area;
        this.maxExamples = maxExamples;
        this.writer = new PartitionWriter(area, 0);
    }
    /** Sets aside every key of `set`, with its first place and whether it has repeated. */
    setAside(set) {
        set.forEach((records, base) => {
            this.writer.append(records, base, records[base + LANES], records[base + LANES + 1]);
        });
    }
    /** A later row: its hash at `hashes[LANES * i ..]`, its file index and line. */
    add(hashes, i, file, line) {
        this.writer.append(hashes, LANES * i, file + 1, line);
    }
    /** Replays every partition (removing its file); the duplicates among the records appended. */
    finish() {
        const result = { duplicates: 0, groups: 0, examples: [] };
        for (const file of this.writer.finish())
            this.replay(file, 0, result);
        result.examples.sort(byRow);
        result.examples.length = Math.min(result.examples.length, this.maxExamples);
        return result;
    }
    replay(file, level, result) {
        const set = new KeySet();
        const found = { duplicates: 0, groups: 0, examples: [] };
        const budget = this.area.budget;
        let fits = true;
        readRecords(file, (words, at) => {
            if (set.full && 2 * set.bytes > budget && level + 1 < MAX_LEVEL) {
                fits = false;
                return false;
            }
            const key = set.insertAt(words, at, words[at + LANES], words[at + LANES + 1]);
            if (key < 0)
                return true;
            found.duplicates++;
            if (set.markRepeated(key))
                found.groups++;
            if (found.examples.length < this.maxExamples) {
                const row = { file: words[at + LANES] - 1, line: words[at + LANES + 1] >>> 0 };
                found.examples.push({ row, first: set.rowOf(key) });
            }
            return true;
        });
        set.release();
        if (!fits) {
            const writer = new PartitionWriter(this.area, level + 1);
            readRecords(file, (words, at) => {
                writer.append(words, at, words[at + LANES], words[at + LANES + 1]);
                return true;
            });
            (0,external_node_fs_.rmSync)(file.path);
            for (const part of writer.finish())
                this.replay(part, level + 1, result);
            return;
        }
        (0,external_node_fs_.rmSync)(file.path);
        result.duplicates += found.duplicates;
        result.groups += found.groups;
        // Each partition's examples are its first in row order; the first overall are among them.
        for (const e of found.examples)
            result.examples.push(e);
        if (result.examples.length > 4 * this.maxExamples) {
            result.examples.sort(byRow);
            result.examples.length = this.maxExamples;
        }
    }
}

;// CONCATENATED MODULE: ./packages/validation/src/duplicate-tracker.ts
/**
 * Finding rows that repeat an earlier row on some key columns (all columns for duplicate rows, the key
 * columns for a primary key, one column for `unique`), chunk after chunk. Keys are 128-bit row hashes
 * (row-hash.ts) in a KeySet while it fits the run's memory budget; past it, in files (key-spill.ts), and
 * the rows found then are known only at `finish`. Either way the counts, and each duplicate's first row,
 * are exact (up to the hashes' negligible chance of a collision).
 */




/** Rows whose index slots are read ahead of their inserts (KeySet.touch): 512 cache lines, within L1+L2. */
const TOUCH_AHEAD = 512;
/**
 * Duplicate keys over a stream of chunks: `add` each chunk's key columns in row order, with where its
 * rows are (in row order, as file index and line do), then `finish`. While the keys fit in memory,
 * `onDuplicate` hears each repeating row while its chunk is alive; once they spilled, the later
 * duplicates are counted at `finish`, which returns the first of them with their places.
 */
class DuplicateTracker {
    counts = { duplicates: 0, groups: 0 };
    set;
    spill;
    ignoreMissing;
    area;
    maxExamples;
    /** Bytes of the area's budget this tracker's set holds. */
    reserved = 0;
    constructor(options = {}) {
        this.ignoreMissing = options.ignoreMissing ?? false;
        this.area = options.area;
        this.maxExamples = options.maxExamples ?? 0;
        // An eighth more than expected: an estimate a little short would otherwise double the set at the end.
        const expected = Math.ceil(1.125 * (options.expectedKeys ?? 0));
        const sized = expected > 0 && (!this.area || this.area.reserve(KeySet.bytesFor(expected)));
        this.set = new KeySet(sized ? expected : 0);
        if (sized && this.area)
            this.reserved = this.set.bytes;
    }
    add(keys, rowCount, places, onDuplicate) {
        if (rowCount === 0)
            return;
        const hashes = hashRows(keys, rowCount);
        for (let row = 0; row < rowCount; row++) {
            if (row % TOUCH_AHEAD === 0)
                this.set?.touch(hashes, row, Math.min(rowCount, row + TOUCH_AHEAD));
            if (this.ignoreMissing && hasMissingKey(keys, row))
                continue;
            const set = this.set;
            // The set's first bytes, then each doubling, come out of the area's budget.
            if (set && this.area && (this.reserved === 0 || set.full)) {
                if (this.area.reserve(set.bytes))
                    this.reserved += set.bytes;
                else
                    this.spillKeys(set, this.area);
            }
            if (this.spill) {
                this.spill.add(hashes, row, places.file(row), places.line(row));
                continue;
            }
            const key = set.insert(hashes, row, places.file(row), places.line(row));
            if (key < 0)
                continue;
            this.counts.duplicates++;
            if (set.markRepeated(key))
                this.counts.groups++;
            onDuplicate?.(row, set.rowOf(key));
        }
        // A chunk's hashes are garbage once it is in: freed now, since collection would let them pile up (see
        // freeMemory).
        freeMemory(hashes);
    }
    spillKeys(set, area) {
        this.spill = new KeySpill(area, this.maxExamples);
        this.spill.setAside(set);
        set.release();
        area.release(this.reserved);
        this.reserved = 0;
        this.set = undefined;
    }
    /**
     * Completes the counts; the duplicates not heard by `onDuplicate` (none unless spilled), the first
     * `maxExamples` in row order. Call once, after the last `add`.
     */
    finish() {
        this.area?.release(this.reserved);
        this.reserved = 0;
        this.set?.release();
        this.set = undefined;
        if (!this.spill)
            return [];
        const found = this.spill.finish();
        this.counts.duplicates += found.duplicates;
        this.counts.groups += found.groups;
        this.spill = undefined;
        return found.examples;
    }
}
/** Rows of one table whose values in `keys` equal those of an earlier row. */
function findDuplicates(keys, rowCount, options) {
    const tracker = new DuplicateTracker(options);
    const examples = [];
    tracker.add(keys, rowCount, { file: () => 0, line: (row) => row }, (row, first) => {
        if (examples.length < options.maxExamples)
            examples.push({ row, first: first.line });
    });
    for (const late of tracker.finish()) {
        if (examples.length < options.maxExamples)
            examples.push({ row: late.row.line, first: late.first.line });
    }
    return { ...tracker.counts, examples };
}

;// CONCATENATED MODULE: ./packages/validation/src/format.ts
// How numbers, shares and values read in finding messages. One style for every check; numbers and shares
// use core's formatters, the ones every report uses.


/** A count with thousands separators: 10000 -> "10,000". */
function formatCount(n) {
    return (0,format/* groupDigits */.K9)(n, 0);
}
/** `n` followed by the noun, pluralised with a plain "s" unless `plural` is given: "1 row", "3 rows". */
function plural(n, noun, pluralNoun = `${noun}s`) {
    return `${formatCount(n)} ${n === 1 ? noun : pluralNoun}`;
}
const maxShownLength = 60;
/** A data value quoted for a message, cut short when long so one odd cell cannot flood a report. */
function quoteValue(value) {
    const shown = value.length > maxShownLength ? `${value.slice(0, maxShownLength)}…` : value;
    return JSON.stringify(shown);
}
/** "a", "a and b", "a, b and c", or the first `limit` and "N more". */
function formatList(items, limit = 5) {
    if (items.length <= 1)
        return items.join('');
    if (items.length > limit)
        return `${items.slice(0, limit).join(', ')} and ${formatCount(items.length - limit)} more`;
    return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

;// CONCATENATED MODULE: ./packages/validation/src/profile-values.ts
// A profiled column's values as the schema declares them. A profile keeps each distinct value with its
// count while a column has few (profile's VALUE_CAP numbers, CATEGORY_CAP categories); over those counts
// every value rule is as exact as on the rows, only without line numbers. Past them the rules fall back on
// what stays exact (counts, missing cells, min and max) or on the sketches, or say they cannot answer.

const textTypes = new Set(['string', 'category']);
/** The type the readers read a numeric column as: one type, or number for integers and decimals mixed. */
function readType(profile) {
    const types = Object.keys(profile.types).filter((type) => profile.types[type] > 0);
    if (types.length === 1)
        return types[0];
    if (types.every((type) => type === 'integer' || type === 'number'))
        return 'number';
    return types.includes('datetime') ? 'datetime' : 'number';
}
/** Whether a number the readers read as `actual` is a value of `declared` (as column-values' readAs). */
function numberFits(value, actual, declared) {
    const fits = valueFits(actual, declared);
    return typeof fits === 'function' ? fits(value) : fits;
}
/**
 * As column-values' typedShape: whether the value rules see text, numbers, or nothing (a datetime column
 * under integer, where every value is a type mismatch and no range or allowed set applies).
 */
function profiledShape(profile, declared) {
    if (textTypes.has(declared))
        return 'text';
    if (!profile.numeric)
        return 'numbers';
    return valueFits(readType(profile), declared) === false ? 'none' : 'numbers';
}
/** The column under `declared`: its counted values when the profile has them, typed. */
function profiledColumn(profile, declared) {
    const present = profile.rows - profile.missing;
    const text = textTypes.has(declared);
    const base = { name: profile.name, declared, present, profile };
    if (profile.numeric) {
        const actual = readType(profile);
        // Cells the readers could not read as numbers: not of any numeric type; text the profile did not keep.
        const unreadable = profile.invalid;
        const counts = profile.numeric.values;
        if (!counts) {
            const fits = actual === declared || (declared === 'number' && actual === 'integer');
            return { ...base, values: null, mismatches: text ? 0 : fits ? unreadable : null };
        }
        const values = [...counts].map(([number, count]) => {
            const shown = formatCell(number, actual);
            if (text)
                return { text: shown, count };
            return { text: shown, value: numberFits(number, actual, declared) ? number : Number.NaN, count };
        });
        const mismatched = values.reduce((sum, v) => sum + (v.value !== undefined && Number.isNaN(v.value) ? v.count : 0), 0);
        return { ...base, values, mismatches: text ? 0 : mismatched + unreadable };
    }
    const exact = profile.categories?.exact;
    if (!exact)
        return { ...base, values: null, mismatches: text ? 0 : null };
    const values = [...exact].map(([category, count]) => text
        ? { text: category, count }
        : { text: category, value: parseAs(category, declared), count });
    const mismatches = values.reduce((sum, v) => sum + (v.value !== undefined && Number.isNaN(v.value) ? v.count : 0), 0);
    return { ...base, values, mismatches };
}

;// CONCATENATED MODULE: ./packages/validation/src/provenance.ts

/** The rows of one chunk, placed in the dataset. Rows are looked up in increasing order, mostly. */
class ChunkRows {
    table;
    /** Dataset file index of each of the chunk's sources. */
    fileOfSource;
    source = 0;
    constructor(table, fileOfSource) {
        this.table = table;
        this.fileOfSource = fileOfSource;
    }
    /** The dataset file index of chunk row `row` (the last source starting at or before it, as locateRow). */
    file(row) {
        const sources = this.table.sources;
        if (row < sources[this.source].firstRow)
            this.source = 0;
        while (this.source + 1 < sources.length && sources[this.source + 1].firstRow <= row)
            this.source++;
        return this.fileOfSource[this.source];
    }
    line(row) {
        return this.table.lines[row];
    }
    ref(row) {
        return { file: this.file(row), line: this.table.lines[row] };
    }
    refs(rows) {
        return Array.from(rows, (row) => this.ref(row));
    }
}
class Provenance {
    files = [];
    index = new Map();
    rowCount = 0;
    /** The rows the reader left out (as many as it kept). */
    problems = [];
    /** How many rows the reader left out, kept or not. */
    problemCount = 0;
    /** Takes in a chunk's sources, rows and problems; the chunk's rows, placed. Chunks come in order. */
    add(chunk) {
        const fileOfSource = Int32Array.from(chunk.sources, (source) => {
            let file = this.index.get(source.file);
            if (file === undefined) {
                file = this.files.push({ path: source.file, format: source.format }) - 1;
                this.index.set(source.file, file);
            }
            return file;
        });
        this.rowCount += chunk.rowCount;
        for (const problem of chunk.problems)
            this.problems.push(problem);
        this.problemCount += chunk.problemCount ?? chunk.problems.length;
        return new ChunkRows(chunk, fileOfSource);
    }
    /** A chunk's rows placed in the dataset as `add` placed them, for a later pass over the same data. */
    place(chunk) {
        const fileOfSource = Int32Array.from(chunk.sources, (source) => this.index.get(source.file) ?? -1);
        return new ChunkRows(chunk, fileOfSource);
    }
    unitOf(file) {
        return this.files[file].format === 'parquet' ? 'row' : 'line';
    }
    /** The unit of a file named by path: 'line', unless the dataset read it as Parquet. */
    unitOfPath(path) {
        const file = this.index.get(path);
        return file !== undefined ? this.unitOf(file) : 'line';
    }
    location(ref, column) {
        const location = {
            file: this.files[ref.file].path,
            line: ref.line,
            unit: this.unitOf(ref.file),
        };
        if (column !== undefined)
            location.column = column;
        return location;
    }
    locations(refs, column) {
        return refs.map((ref) => this.location(ref, column));
    }
    /** A row as a message names it: "line 12", or "data/b.csv line 12" when the dataset spans several files. */
    rowName(ref) {
        const unit = this.unitOf(ref.file);
        return this.files.length > 1 ? `${this.files[ref.file].path} ${unit} ${ref.line}` : `${unit} ${ref.line}`;
    }
    /** "data/train.csv", "a.csv and b.csv", "a.csv and 3 more files". */
    describe() {
        const files = this.files.map((f) => f.path);
        if (files.length === 0)
            return 'the data';
        if (files.length <= 2)
            return files.join(' and ');
        return `${files[0]} and ${plural(files.length - 1, 'more file')}`;
    }
}

;// CONCATENATED MODULE: ./packages/validation/src/row-ref.ts
// How the row-identity code (KeySet, key-spill.ts, DuplicateTracker) and the rules name a row of the
// dataset: a file index and a line, outliving the chunk that held the row.
/** Places for rows a caller only counts and never names: every row is file 0, line 0. */
const NO_PLACES = { file: () => 0, line: () => 0 };

;// CONCATENATED MODULE: ./packages/validation/src/infer.ts
/**
 * inferSchema: a first schema from a trusted dataset, in the spirit of TFDV's infer_schema. It describes
 * the data as seen, loosened where new data is expected to differ a little, so that the data it came from
 * validates with no errors (warnings, such as for constant columns, may remain):
 *
 * - type: the reader's type. A text column with at most `maxCategories` distinct values becomes a
 *   `category` with those values `allowed` (sorted); with more it is a `string`.
 * - presence: every column is required. A column never missing is `nullable: false`; otherwise
 *   `max-missing` is the observed missing share plus `missingMargin`, rounded up to a whole percent (no
 *   limit once that reaches 100%).
 * - levels: an integer column holding exactly the values 0 and 1, or at most `maxIntegerLevels` distinct
 *   values each seen 5 times on average (class labels 0/1/2, a rating 1-5), gets them as `allowed` and no
 *   range: a range would let an unseen label in.
 * - range: other integer and number columns get the observed min and max widened by `rangeMargin` times
 *   the observed span on each side and rounded outward to a power of ten no larger than that widening
 *   (integers to at least 1). The default margin, 4 spans, is wide on purpose: a range inferred from a
 *   sample has to admit the rest of honest data, and heavy tails overshoot a sample's extremes by a lot
 *   (in 5,000 random half-splits of scikit-learn's iris, wine, diabetes and breast_cancer data, the other
 *   half overshot by up to 2.98 spans, breast_cancer's concavity error). It still catches what a range is
 *   for: a sign flip, a unit change (x10 and more), a sentinel such as -999 or 99999. An infinite value
 *   observed gives no range: there is no span to widen by, and an infinite bound bounds nothing. A column with no negative value keeps min >= 0, one with no positive value keeps max <= 0. Datetime
 *   columns get no range: time moves on, and new data after the reference's period is the normal case.
 * - unique: an id-like column (its name is id, key, uuid or guid, or ends in _id, -id, " id", Id, ID,
 *   _key, ...) of integers or text whose values are all distinct and never missing is `unique`, gets no
 *   range (new ids lie beyond the old ones) and no category list.
 * - dataset: `rows: { min: 1 }` when the data had rows; other dataset settings keep their defaults.
 *
 * Unreadable rows and cells that did not parse as their column's type are errors in the reference too;
 * they do not change the inferred types.
 *
 * inferSchema reads a whole table; inferSchemaChunks a dataset chunk by chunk, keeping per column the
 * missing count, the observed range, the text values used (at most maxCategories + 1 of them) and, for an
 * id-like column, the hashes of its values (to tell whether all are distinct; see row-hash.ts). Both run
 * the same SchemaInference, so they infer the same schema.
 */











const defaultInferOptions = {
    maxCategories: 50,
    rangeMargin: 4,
    maxIntegerLevels: 10,
    missingMargin: 0.05,
    tool: 'modelgate validate-data',
};
/** Whether a column's name says it identifies something: id, customer_id, customerId, order key, uuid. */
function isIdLikeName(name) {
    // The first alternative is case-insensitive; camelCase needs the capital, so test it without the i flag.
    return (/(?:^|[^A-Za-z])(?:id|key|uuid|guid)$/i.test(name) ||
        /[a-z0-9](?:Id|ID|Key|Uuid|UUID|Guid|GUID)$/.test(name));
}
/** The largest power of ten not above `x` (x > 0). */
function powerOfTenBelow(x) {
    return 10 ** Math.floor(Math.log10(x));
}
function decimalsOf(quantum) {
    return Math.max(0, -Math.floor(Math.log10(quantum)));
}
function roundDown(x, quantum) {
    const decimals = decimalsOf(quantum);
    if (decimals > 20)
        return x;
    const rounded = Number((Math.floor(x / quantum) * quantum).toFixed(decimals));
    return Math.min(rounded, x);
}
function roundUp(x, quantum) {
    const decimals = decimalsOf(quantum);
    if (decimals > 20)
        return x;
    const rounded = Number((Math.ceil(x / quantum) * quantum).toFixed(decimals));
    return Math.max(rounded, x);
}
/** The observed range [lo, hi] widened by margin * (hi - lo), as described above. */
function widenRange(lo, hi, margin, integer) {
    const pad = margin * (hi - lo);
    if (!(pad > 0) || !Number.isFinite(pad))
        return { min: lo, max: hi };
    const quantum = Math.max(integer ? 1 : 0, powerOfTenBelow(pad));
    let min = roundDown(lo - pad, quantum);
    let max = roundUp(hi + pad, quantum);
    if (lo >= 0 && min < 0)
        min = 0;
    if (hi <= 0 && max > 0)
        max = 0;
    if (!Number.isFinite(min) || min > lo)
        min = lo;
    if (!Number.isFinite(max) || max < hi)
        max = hi;
    return { min, max };
}
function inferPresence(entry, missing, rowCount, margin) {
    if (rowCount === 0)
        return;
    if (missing === 0) {
        entry.nullable = false;
        return;
    }
    const share = missing / rowCount;
    // toPrecision first, so float noise (0.1 + 0.05 = 0.15000000000000002) does not round up a whole percent.
    const limit = Math.ceil(Number(((share + margin) * 100).toPrecision(12))) / 100;
    if (limit < 1)
        entry.maxMissing = Math.max(limit, share);
}
/** What inference keeps about one column between chunks. */
class ColumnSummary {
    name;
    kind;
    type;
    missing = 0;
    min = Number.NaN;
    max = Number.NaN;
    /** Codes of the text values used, until there are more than maxCategories; then undefined. */
    used = new Set();
    dictionary = [];
    maxCategories;
    /** An integer column's distinct values, until there are more than maxIntegerLevels; then undefined. */
    levels;
    maxIntegerLevels;
    /** For an id-like column: its values' hashes, until a value repeats; then undefined. */
    distinct;
    constructor(column, settings, area) {
        this.name = column.name;
        this.kind = column.kind;
        this.type = column.type;
        this.maxCategories = settings.maxCategories;
        this.maxIntegerLevels = settings.maxIntegerLevels;
        if (column.type === 'integer')
            this.levels = new Set();
        const idLike = isIdLikeName(column.name) && (column.kind === 'categorical' || column.type === 'integer');
        if (idLike)
            this.distinct = new DuplicateTracker({ area });
    }
    add(column) {
        this.missing += missingCount(column);
        if (this.distinct) {
            // Distinctness counts only for a column never missing; every NaN (an unreadable cell) is one value.
            this.distinct.add([keyColumnOf(column)], column.kind === 'numeric' ? column.values.length : column.codes.length, NO_PLACES);
            if (this.distinct.counts.duplicates > 0 || this.missing > 0) {
                this.distinct.finish();
                this.distinct = undefined;
            }
        }
        if (column.kind === 'categorical') {
            this.dictionary = column.dictionary;
            const used = this.used;
            if (!used)
                return;
            const codes = column.codes;
            for (let i = 0; i < codes.length; i++)
                if (codes[i] >= 0)
                    used.add(codes[i]);
            if (used.size > this.maxCategories)
                this.used = undefined;
            return;
        }
        if (column.type === 'integer' || column.type === 'number') {
            const { min, max } = valueRange(column.values);
            if (this.levels)
                this.addLevels(column.values);
            // Compared as valueRange compares, so chunks give the bounds the whole column would (-0 and 0 alike).
            if (Number.isNaN(this.min) || min < this.min)
                this.min = min;
            if (Number.isNaN(this.max) || max > this.max)
                this.max = max;
        }
    }
    addLevels(values) {
        const levels = this.levels;
        for (let i = 0; i < values.length; i++) {
            const v = values[i];
            if (Number.isNaN(v))
                continue;
            levels.add(v === 0 ? 0 : v); // -0 as 0
            if (levels.size > this.maxIntegerLevels) {
                this.levels = undefined;
                return;
            }
        }
    }
    /** An integer column's few values (ascending), when each is seen 5 times on average; else undefined. */
    integerLevels(rowCount) {
        const levels = this.levels;
        if (!levels || levels.size === 0)
            return undefined;
        const sorted = [...levels].sort((a, b) => a - b);
        const flag = sorted.length === 2 && sorted[0] === 0 && sorted[1] === 1;
        return flag || rowCount - this.missing >= 5 * sorted.length ? sorted : undefined;
    }
    /** The values used, in dictionary order, or undefined past maxCategories. */
    usedValues() {
        if (!this.used)
            return undefined;
        return [...this.used].sort((a, b) => a - b).map((code) => this.dictionary[code]);
    }
    /** After the last chunk: completes the distinct check (its keys may have gone to disk). */
    settle() {
        this.distinct?.finish();
        if (this.distinct && this.distinct.counts.duplicates > 0)
            this.distinct = undefined;
    }
    allDistinct(rowCount) {
        return this.distinct !== undefined && this.missing === 0 && rowCount >= 2;
    }
}
function inferColumn(summary, rowCount, options) {
    const entry = {
        name: summary.name,
        type: summary.type,
        required: true,
        nullable: true,
        unique: false,
    };
    inferPresence(entry, summary.missing, rowCount, options.missingMargin);
    if (summary.allDistinct(rowCount)) {
        entry.type = summary.kind === 'categorical' ? 'string' : 'integer';
        entry.unique = true;
        return entry;
    }
    if (summary.kind === 'categorical') {
        const values = summary.usedValues();
        if (values && values.length > 0 && values.length <= options.maxCategories) {
            entry.type = 'category';
            entry.allowed = values.sort();
        }
        else {
            entry.type = 'string';
        }
        return entry;
    }
    if (summary.type === 'integer' || summary.type === 'number') {
        const levels = summary.integerLevels(rowCount);
        if (levels) {
            entry.allowed = levels; // a label or flag: a range would let an unseen value in
            return entry;
        }
        const { min, max } = summary;
        // No values, or an infinite one: a span to widen by does not exist, and an infinite bound bounds nothing.
        if (!Number.isFinite(min) || !Number.isFinite(max))
            return entry;
        Object.assign(entry, widenRange(min, max, options.rangeMargin, summary.type === 'integer'));
    }
    return entry;
}
/** One schema inference over a dataset: `add` every chunk in order, then `finish`. */
class SchemaInference {
    settings;
    area;
    dataset = new Provenance();
    columns;
    constructor(options) {
        const { keyMemory, spillFolder, ...settings } = options;
        this.settings = { ...defaultInferOptions, ...settings };
        this.area = new SpillArea(keyMemory, spillFolder);
    }
    add(chunk) {
        this.columns ??= chunk.columns.map((c) => new ColumnSummary(c, this.settings, this.area));
        this.dataset.add(chunk);
        for (const [i, summary] of this.columns.entries())
            summary.add(chunk.columns[i]);
    }
    /** Throws DataError when no row was read: a schema inferred from nothing would hold for any data. */
    finish() {
        if (this.dataset.rowCount === 0) {
            throw new data_errors/* DataError */.f(this.dataset.describe(), 'no readable row to infer a schema from (a header-only file, or every row unreadable)');
        }
        for (const summary of this.columns ?? [])
            summary.settle();
        return inferredSchema(this.columns ?? [], this.dataset.rowCount, this.dataset.describe(), this.settings);
    }
}
/** The schema inferred from a dataset's columns. */
function inferredSchema(columns, rowCount, source, settings) {
    const schema = {
        version: 1,
        columns: columns.map((c) => inferColumn(c, rowCount, settings)),
        extraColumns: 'warn',
        duplicateRows: 'warn',
        constantColumns: 'warn',
        almostConstantShare: defaultAlmostConstantShare,
        quality: { ...defaultQualityTolerances },
        origin: [
            `Inferred by ${settings.tool} from ${source} (${formatCount(rowCount)} rows). Review it before relying on it:`,
            `numeric ranges are widened by ${(0,format/* formatPlainNumber */.Jr)(settings.rangeMargin)} times the observed span on each side, integer columns`,
            `with at most ${settings.maxIntegerLevels} and text columns with at most ${settings.maxCategories} distinct values list them as allowed,`,
            `max-missing is the observed share + ${(0,format/* formatShare */.T1)(settings.missingMargin)}.`,
        ].join('\n'),
    };
    if (rowCount > 0)
        schema.rows = { min: 1 };
    return schema;
}
/**
 * inferSchema from a dataset's profile instead of its rows: the same rules, over what the profile keeps.
 * Ranges, levels, categories and missing shares are exact; a column is inferred `unique` only when the
 * profile counted each of its values (an HLL distinct count cannot prove that no value repeats), so a
 * many-valued id column gets a range instead. `source` names the profile in the schema's header.
 */
function inferSchemaFromProfile(profile, source, options = {}) {
    const settings = { ...defaultInferOptions, ...options };
    const columns = profile.columns.map((column) => profileInferenceColumn(column, settings));
    return inferredSchema(columns, profile.rows, `the profile ${source}`, settings);
}
function profileInferenceColumn(profile, settings) {
    const type = profile.numeric ? readType(profile) : 'string';
    const numeric = profile.numeric;
    const exactNumbers = numeric?.values ?? null;
    const exactText = profile.categories?.exact ?? null;
    const counts = exactNumbers ? [...exactNumbers.values()] : exactText ? [...exactText.values()] : null;
    const idLike = isIdLikeName(profile.name) && (profile.kind === 'categorical' || type === 'integer');
    // The profile counts an infinite value with the unreadable cells; on the rows it gives no range, so a
    // number column with such cells gets none here either.
    const hasValues = numeric !== null && numeric.moments.count > 0 && !(type === 'number' && profile.invalid > 0);
    return {
        name: profile.name,
        kind: profile.kind,
        type,
        missing: profile.missing,
        min: hasValues ? numeric.moments.min : Number.NaN,
        max: hasValues ? numeric.moments.max : Number.NaN,
        integerLevels(rowCount) {
            if (type !== 'integer' || !exactNumbers || exactNumbers.size === 0)
                return undefined;
            if (exactNumbers.size > settings.maxIntegerLevels)
                return undefined;
            const sorted = [...exactNumbers.keys()].map((v) => (v === 0 ? 0 : v)).sort((a, b) => a - b);
            const flag = sorted.length === 2 && sorted[0] === 0 && sorted[1] === 1;
            return flag || rowCount - profile.missing >= 5 * sorted.length ? sorted : undefined;
        },
        usedValues() {
            if (!exactText || exactText.size > settings.maxCategories)
                return undefined;
            return [...exactText.keys()];
        },
        allDistinct(rowCount) {
            const distinct = counts?.every((c) => c === 1) === true;
            return idLike && profile.missing === 0 && rowCount >= 2 && distinct;
        },
    };
}
function inferSchema(table, options = {}) {
    const inference = new SchemaInference(options);
    try {
        inference.add(table);
        return inference.finish();
    }
    finally {
        inference.area.close();
    }
}
/** inferSchema over a dataset read chunk by chunk (readTableChunks): the same schema, in one pass. */
async function inferSchemaChunks(chunks, options = {}) {
    const inference = new SchemaInference(options);
    try {
        for await (const chunk of chunks)
            inference.add(chunk);
        return inference.finish();
    }
    finally {
        inference.area.close();
    }
}

;// CONCATENATED MODULE: ./packages/validation/src/expectation-free.ts
const expectationFreeNote = 'no schema or reference: only expectation-free checks ran';
/**
 * A schema inferred from the data itself, stripped of everything the data told about itself (ranges,
 * allowed values, presence limits, uniqueness, row counts): only the column names and read types remain.
 */
function expectationFreeSchema(inferred) {
    return {
        version: 1,
        columns: inferred.columns.map((c) => ({
            name: c.name,
            // A category's values were the data's own; without them it is text.
            type: c.type === 'category' ? 'string' : c.type,
            required: true,
            nullable: true,
            unique: false,
        })),
        extraColumns: 'allow',
        duplicateRows: 'warn',
        constantColumns: 'warn',
        almostConstantShare: inferred.almostConstantShare,
        quality: inferred.quality,
    };
}
/** The result with a notice finding and a summary saying only expectation-free checks ran. */
function markExpectationFree(result) {
    return {
        ...result,
        summary: `${result.summary} (${expectationFreeNote})`,
        findings: [
            ...result.findings,
            {
                check: 'no-expectations',
                severity: 'notice',
                message: `${expectationFreeNote[0].toUpperCase()}${expectationFreeNote.slice(1)} (readable rows, cell types, duplicate rows, constant columns); give a schema or a reference to check ranges, allowed values and missing values.`,
            },
        ],
    };
}

;// CONCATENATED MODULE: ./packages/validation/src/serialize-schema.ts
// Writes a Schema back as the YAML users edit. The output is stable (same schema, same bytes: no dates, a
// fixed field order) so an inferred schema can be committed and diffed, and parseSchema reads it back to an
// equal Schema.


function bound(column, value) {
    return column.type === 'datetime' ? formatIsoDateTime(value) : value;
}
function columnEntry(column) {
    const entry = { type: column.type };
    if (column.description !== undefined)
        entry.description = column.description;
    if (!column.required)
        entry.required = false;
    if (!column.nullable)
        entry.nullable = false;
    if (column.maxMissing !== undefined)
        entry['max-missing'] = column.maxMissing;
    // An infinite bound bounds nothing, and YAML's .inf is no number in the JSON the schema is checked as.
    if (column.min !== undefined && Number.isFinite(column.min))
        entry.min = bound(column, column.min);
    if (column.max !== undefined && Number.isFinite(column.max))
        entry.max = bound(column, column.max);
    if (column.allowed !== undefined)
        entry.allowed = column.allowed;
    if (column.maxNewCategoryShare !== undefined)
        entry['max-new-category-share'] = column.maxNewCategoryShare;
    if (column.regex !== undefined)
        entry.regex = column.regex;
    if (column.unique)
        entry.unique = true;
    return entry;
}
const header = [
    ' modelgate validate-data schema (format version 1).',
    ' Every field is explained in packages/validation/schema/example.schema.yml of the modelgate repository.',
];
/** The schema as YAML, with a header comment saying what wrote it (and, if inferred, from what). */
function serializeSchema(schema) {
    const body = { version: schema.version };
    if (schema.description !== undefined)
        body.description = schema.description;
    if (schema.rows !== undefined)
        body.rows = schema.rows;
    // A Map keeps the columns in schema order; object keys such as "2024" would jump to the front.
    body.columns = new Map(schema.columns.map((c) => [c.name, columnEntry(c)]));
    if (schema.primaryKey !== undefined)
        body['primary-key'] = schema.primaryKey;
    body['extra-columns'] = schema.extraColumns;
    body['duplicate-rows'] = schema.duplicateRows;
    body['constant-columns'] = schema.constantColumns;
    body['almost-constant-share'] = schema.almostConstantShare;
    body.quality = {
        'missing-share': schema.quality.missingShare,
        'duplicate-share': schema.quality.duplicateShare,
        'constant-columns': schema.quality.constantColumns,
        severity: schema.quality.severity,
    };
    const doc = new dist/* Document */.yo(body);
    // Short lists (allowed values, key columns) read best on one line.
    (0,dist/* visit */.YR)(doc, {
        Seq(_, node) {
            node.flow = true;
        },
    });
    const rows = doc.get('rows', true);
    if ((0,dist/* isMap */.jh)(rows))
        rows.flow = true;
    const origin = schema.origin ? schema.origin.split('\n').map((line) => ` ${line}`) : [];
    doc.commentBefore = [...header, ...origin].join('\n');
    return doc.toString({ lineWidth: 110, flowCollectionPadding: false });
}

;// CONCATENATED MODULE: ./packages/validation/src/outcome.ts
function passed(check, column, rule) {
    return { check, column, rule, status: 'pass', count: 0, findings: [] };
}
/** A rule that found `count` problems, reported by `findings` (usually one). */
function failed(rule, count, findings) {
    const [first] = findings;
    return {
        check: first.check,
        column: findings.every((f) => f.column === first.column) ? (first.column ?? null) : null,
        rule,
        status: findings.some((f) => f.severity === 'error') ? 'fail' : 'warn',
        count,
        findings,
    };
}
/** The finding severity of a dataset-level setting; undefined for 'allow', which checks nothing. */
function severityOf(setting) {
    return setting === 'allow' ? undefined : setting === 'warn' ? 'warning' : 'error';
}
/** rows / total, 0 for an empty total. */
function shareOf(count, total) {
    return total > 0 ? count / total : 0;
}

;// CONCATENATED MODULE: ./packages/validation/src/column-rules.ts
// The rules a column's schema entry states. Each is fed the column chunk by chunk, one linear pass over the
// chunk's typed values, and keeps only counts, bounds and its first examples (as rows of the dataset)
// between chunks. A make* function returns undefined when the schema does not ask for the rule.








/**
 * `flags` with room for `length` entries: itself if it has it, else a copy at least twice as long, so a
 * per-dictionary-entry memo grows as a reader's dictionary does, in few steps.
 */
function withRoomFor(flags, length) {
    if (flags.length >= length)
        return flags;
    const grown = new Uint8Array(Math.max(length, 2 * flags.length));
    grown.set(flags);
    return grown;
}
/** How many examples a message quotes; the finding's locations carry up to maxExamples. */
const examplesInMessage = 3;
const typeNouns = {
    integer: 'integers',
    number: 'numbers',
    boolean: 'booleans (true/false, yes/no or 1/0)',
    datetime: 'ISO 8601 dates or date-times',
    string: 'text',
    category: 'categories',
};
/** Appends a chunk's examples (chunk rows) as dataset rows, up to `max` in all. */
function keep(into, rows, examples, max) {
    for (const e of examples) {
        if (into.length >= max)
            return;
        into.push({ ref: rows.ref(e.row), value: e.value });
    }
}
/** `"abc" on line 5, "x" on line 9`; numbers and dates unquoted when `quoted` is false. */
function quoteExamples(dataset, examples, quoted = true) {
    return examples
        .slice(0, examplesInMessage)
        .map((e) => `${quoted ? quoteValue(e.value) : e.value} on ${dataset.rowName(e.ref)}`)
        .join(', ');
}
function showBound(spec, value) {
    return spec.type === 'datetime' ? formatIsoDateTime(value) : (0,format/* formatPlainNumber */.Jr)(value);
}
function makeTypeMismatch(spec, maxExamples) {
    const rule = `type ${spec.type}`;
    let count = 0;
    const examples = [];
    return {
        add({ rows, typed }) {
            count += typed.mismatchCount;
            keep(examples, rows, typed.mismatchExamples, maxExamples);
        },
        finish(dataset) {
            if (count === 0)
                return passed('type-mismatch', spec.name, rule);
            const share = shareOf(count, dataset.rowCount);
            return failed(rule, count, [
                {
                    check: 'type-mismatch',
                    severity: 'error',
                    column: spec.name,
                    count,
                    share,
                    message: `Column "${spec.name}" should hold ${typeNouns[spec.type]}, but ${plural(count, 'value')} (${(0,format/* formatShare */.T1)(share)}) ${count === 1 ? 'does' : 'do'} not: ${quoteExamples(dataset, examples)}`,
                    locations: dataset.locations(examples.map((e) => e.ref), spec.name),
                },
            ]);
        },
    };
}
/** First rows of the chunk whose cell is missing (empty in the data, not merely unreadable). */
function missingRows(column, invalidRows, limit) {
    const rows = [];
    if (column.kind === 'categorical') {
        for (let row = 0; row < column.codes.length && rows.length < limit; row++)
            if (column.codes[row] < 0)
                rows.push(row);
        return rows;
    }
    for (let row = 0; row < column.values.length && rows.length < limit; row++) {
        if (Number.isNaN(column.values[row]) && !invalidRows.has(row))
            rows.push(row);
    }
    return rows;
}
function makeMissingValues(spec, maxExamples) {
    if (spec.nullable && spec.maxMissing === undefined)
        return undefined;
    const limit = spec.nullable ? spec.maxMissing : 0;
    const rule = spec.nullable ? `max-missing ${(0,format/* formatShare */.T1)(limit)}` : 'not nullable';
    let missing = 0;
    const examples = [];
    return {
        add({ rows, column, typed, missing: chunkMissing }) {
            missing += chunkMissing;
            // NaN cells not known to be unreadable: missing, and, in a table built by hand without invalidRows,
            // unreadable cells past its examples (readers list them all).
            const unknown = column.kind === 'numeric' ? column.invalidCount - typed.invalidRows.size : 0;
            if (examples.length < maxExamples && chunkMissing + unknown > 0) {
                examples.push(...rows.refs(missingRows(column, typed.invalidRows, maxExamples - examples.length)));
            }
        },
        finish(dataset) {
            const share = shareOf(missing, dataset.rowCount);
            if (share <= limit)
                return passed('missing-values', spec.name, rule);
            const where = examples
                .slice(0, examplesInMessage)
                .map((r) => dataset.rowName(r))
                .join(', ');
            const message = spec.nullable
                ? `Column "${spec.name}" is missing ${(0,format/* formatShare */.T1)(share)} of its values (${formatCount(missing)}), above the allowed ${(0,format/* formatShare */.T1)(limit)}; first on ${where}`
                : `Column "${spec.name}" must not be missing, but ${plural(missing, 'cell is', 'cells are')} empty: ${where}`;
            return failed(rule, missing, [
                {
                    check: 'missing-values',
                    severity: 'error',
                    column: spec.name,
                    count: missing,
                    share,
                    message,
                    locations: dataset.locations(examples, spec.name),
                },
            ]);
        },
    };
}
function makeOutOfRange(spec, column, maxExamples) {
    if ((spec.min === undefined && spec.max === undefined) || typedShape(column, spec.type) !== 'numbers')
        return undefined;
    const min = spec.min ?? Number.NEGATIVE_INFINITY;
    const max = spec.max ?? Number.POSITIVE_INFINITY;
    const bounds = [
        spec.min !== undefined ? `min ${showBound(spec, spec.min)}` : '',
        spec.max !== undefined ? `max ${showBound(spec, spec.max)}` : '',
    ];
    const rule = bounds.filter(Boolean).join(', ');
    let count = 0;
    let lowest = Number.POSITIVE_INFINITY;
    let highest = Number.NEGATIVE_INFINITY;
    const examples = [];
    return {
        add({ rows, typed }) {
            const values = typed.numbers;
            if (!values)
                return;
            for (let row = 0; row < values.length; row++) {
                const v = values[row];
                if (!(v < min || v > max))
                    continue; // NaN (missing) passes
                count++;
                if (v < lowest)
                    lowest = v;
                if (v > highest)
                    highest = v;
                if (examples.length < maxExamples)
                    examples.push({ ref: rows.ref(row), value: formatCell(v, spec.type) });
            }
        },
        finish(dataset) {
            if (count === 0)
                return passed('out-of-range', spec.name, rule);
            const range = spec.min !== undefined && spec.max !== undefined
                ? `outside [${showBound(spec, spec.min)}, ${showBound(spec, spec.max)}]`
                : spec.min !== undefined
                    ? `below the minimum ${showBound(spec, spec.min)}`
                    : `above the maximum ${showBound(spec, spec.max)}`;
            const observed = lowest === highest ? '' : ` (from ${showBound(spec, lowest)} to ${showBound(spec, highest)})`;
            return failed(rule, count, [
                {
                    check: 'out-of-range',
                    severity: 'error',
                    column: spec.name,
                    count,
                    share: shareOf(count, dataset.rowCount),
                    message: `Column "${spec.name}" has ${plural(count, 'value')} ${range}${observed}: ${quoteExamples(dataset, examples, false)}`,
                    locations: dataset.locations(examples.map((e) => e.ref), spec.name),
                },
            ]);
        },
    };
}
/** Distinct new values tallied at most (numbers, or numbers read as text); beyond that only the total is counted. */
const maxTalliedValues = 1000;
/**
 * Cells outside the allowed set, tallied by value. Text the reader holds is tallied by its dictionary code
 * (stable across chunks, listed in code order); a numeric column read as text by its text, in the order
 * the values first appear (the codes such a column would get read whole); numbers by value. Numbers, and
 * numbers read as text, tally at most maxTalliedValues distinct values (text the reader holds costs no
 * more than its dictionary already does).
 */
class NewValues {
    count = 0;
    present = 0;
    examples = [];
    byCode = new Map();
    byText = new Map();
    byNumber = new Map();
    dictionary = [];
    /** Whether each reader dictionary entry is allowed: 0 not yet looked up, 1 allowed, 2 not. */
    allowedCode = new Uint8Array(0);
    allowedText;
    allowedNumber;
    type;
    maxExamples;
    constructor(spec, maxExamples) {
        this.allowedText = new Set((spec.allowed ?? []).map(String));
        this.allowedNumber = new Set((spec.allowed ?? []).map(Number)); // booleans as 1/0, as columns hold them
        this.type = spec.type;
        this.maxExamples = maxExamples;
    }
    add(rows, typed) {
        if (typed.text && typed.chunkCodes)
            this.addChunkText(rows, typed.text);
        else if (typed.text)
            this.addReaderText(rows, typed.text);
        else if (typed.numbers)
            this.addNumbers(rows, typed.numbers);
    }
    example(rows, row, value) {
        if (this.examples.length < this.maxExamples)
            this.examples.push({ ref: rows.ref(row), value });
    }
    addReaderText(rows, text) {
        const { codes, dictionary } = text;
        this.dictionary = dictionary;
        this.allowedCode = withRoomFor(this.allowedCode, dictionary.length);
        const allowed = this.allowedCode;
        for (let row = 0; row < codes.length; row++) {
            const code = codes[row];
            if (code < 0)
                continue;
            this.present++;
            if (allowed[code] === 0)
                allowed[code] = this.allowedText.has(dictionary[code]) ? 1 : 2;
            if (allowed[code] === 1)
                continue;
            this.count++;
            this.byCode.set(code, (this.byCode.get(code) ?? 0) + 1);
            this.example(rows, row, dictionary[code]);
        }
    }
    addChunkText(rows, text) {
        const isAllowed = Uint8Array.from(text.dictionary, (entry) => (this.allowedText.has(entry) ? 1 : 0));
        for (let row = 0; row < text.codes.length; row++) {
            const code = text.codes[row];
            if (code < 0)
                continue;
            this.present++;
            if (isAllowed[code])
                continue;
            this.count++;
            const value = text.dictionary[code];
            const seen = this.byText.get(value);
            if (seen !== undefined)
                this.byText.set(value, seen + 1);
            else if (this.byText.size < maxTalliedValues)
                this.byText.set(value, 1);
            this.example(rows, row, value);
        }
    }
    addNumbers(rows, values) {
        const tally = this.byNumber;
        for (let row = 0; row < values.length; row++) {
            const v = values[row];
            if (Number.isNaN(v))
                continue;
            this.present++;
            if (this.allowedNumber.has(v))
                continue;
            this.count++;
            const seen = tally.get(v);
            if (seen !== undefined)
                tally.set(v, seen + 1);
            else if (tally.size < maxTalliedValues)
                tally.set(v, 1);
            this.example(rows, row, formatCell(v, this.type));
        }
    }
    /** Distinct new values, most frequent first, with their counts. */
    values() {
        const values = [
            ...[...this.byCode]
                .sort((a, b) => a[0] - b[0])
                .map(([code, count]) => ({ value: this.dictionary[code], count })),
            ...[...this.byText].map(([value, count]) => ({ value, count })),
            ...[...this.byNumber].map(([value, count]) => ({ value: formatCell(value, this.type), count })),
        ];
        return values.sort((a, b) => b.count - a.count);
    }
}
function makeValueNotAllowed(spec, column, maxExamples) {
    if (spec.allowed === undefined || typedShape(column, spec.type) === 'none')
        return undefined;
    const rule = `allowed: ${plural(spec.allowed.length, 'value')}`;
    const found = new NewValues(spec, maxExamples);
    return {
        add({ rows, typed }) {
            found.add(rows, typed);
        },
        finish(dataset) {
            if (found.count === 0)
                return passed('value-not-allowed', spec.name, rule);
            const shareOfPresent = shareOf(found.count, found.present);
            const tolerance = spec.maxNewCategoryShare ?? 0;
            const severity = shareOfPresent <= tolerance ? 'warning' : 'error';
            const listed = formatList(found.values().map((v) => `${quoteValue(v.value)} (${formatCount(v.count)})`), 10);
            const within = severity === 'warning' ? `, within the tolerated ${(0,format/* formatShare */.T1)(tolerance)}` : '';
            return failed(rule, found.count, [
                {
                    check: 'value-not-allowed',
                    severity,
                    column: spec.name,
                    count: found.count,
                    // Of the non-missing cells, as the message and the tolerance count it.
                    share: shareOfPresent,
                    message: `Column "${spec.name}" has ${plural(found.count, 'value')} (${(0,format/* formatShare */.T1)(shareOfPresent)} of non-missing cells) outside the allowed set${within}: ${listed}; first on ${dataset.rowName(found.examples[0].ref)}`,
                    locations: dataset.locations(found.examples.map((e) => e.ref), spec.name),
                },
            ]);
        },
    };
}
function makeRegexMismatch(spec, column, maxExamples) {
    if (spec.regex === undefined || typedShape(column, spec.type) !== 'text')
        return undefined;
    const rule = `regex /${spec.regex}/`;
    const pattern = compileUserRegex(spec.regex);
    let count = 0;
    const examples = [];
    /** Per reader dictionary entry: 0 not yet tested, 1 matches, 2 does not. */
    let matchesCode = new Uint8Array(0);
    return {
        add({ rows, typed }) {
            if (!typed.text)
                return;
            const { codes, dictionary } = typed.text;
            let matches;
            if (typed.chunkCodes) {
                matches = Uint8Array.from(dictionary, (entry) => (pattern.test(entry) ? 1 : 2));
            }
            else {
                matchesCode = withRoomFor(matchesCode, dictionary.length);
                matches = matchesCode;
            }
            // Each distinct text is tested once, however many rows hold it.
            for (let row = 0; row < codes.length; row++) {
                const code = codes[row];
                if (code < 0)
                    continue;
                if (matches[code] === 0)
                    matches[code] = pattern.test(dictionary[code]) ? 1 : 2;
                if (matches[code] === 1)
                    continue;
                count++;
                if (examples.length < maxExamples)
                    examples.push({ ref: rows.ref(row), value: dictionary[code] });
            }
        },
        finish(dataset) {
            if (count === 0)
                return passed('regex-mismatch', spec.name, rule);
            return failed(rule, count, [
                {
                    check: 'regex-mismatch',
                    severity: 'error',
                    column: spec.name,
                    count,
                    share: shareOf(count, dataset.rowCount),
                    message: `Column "${spec.name}" has ${plural(count, 'value')} not matching /${spec.regex}/: ${quoteExamples(dataset, examples)}`,
                    locations: dataset.locations(examples.map((e) => e.ref), spec.name),
                },
            ]);
        },
    };
}
/**
 * The cells a unique column compares: text by the reader's code; numbers (a numeric column read as text,
 * whose text is one per number) by value.
 */
function uniqueKey(chunk) {
    const { typed, column } = chunk;
    if (typed.text && !typed.chunkCodes)
        return { kind: 'codes', codes: typed.text.codes };
    if (typed.numbers)
        return { kind: 'numeric', values: typed.numbers };
    return keyColumnOf(column);
}
function makeDuplicateValues(spec, maxExamples, area, expectedRows) {
    if (!spec.unique)
        return undefined;
    const tracker = new DuplicateTracker({
        ignoreMissing: true,
        area,
        maxExamples,
        expectedKeys: expectedRows,
    });
    const examples = [];
    return {
        add(chunk) {
            const { rows, column } = chunk;
            tracker.add([uniqueKey(chunk)], rows.table.rowCount, rows, (row, first) => {
                if (examples.length < maxExamples) {
                    examples.push({ ref: rows.ref(row), value: cellText(column, row) ?? '', first });
                }
            });
        },
        settle(chunkColumnIndex) {
            return tracker.finish().flatMap((late) => {
                if (examples.length >= maxExamples)
                    return [];
                const example = { ref: late.row, value: '', first: late.first };
                examples.push(example);
                return [
                    {
                        ref: example.ref,
                        read: (chunk, row) => (example.value = cellText(chunk.columns[chunkColumnIndex], row) ?? ''),
                    },
                ];
            });
        },
        finish(dataset) {
            const { duplicates, groups } = tracker.counts;
            if (duplicates === 0)
                return passed('duplicate-value', spec.name, 'unique');
            const shown = examples
                .slice(0, examplesInMessage)
                .map((e) => `${quoteValue(e.value)} on ${dataset.rowName(e.ref)} (first on ${dataset.rowName(e.first)})`)
                .join(', ');
            return failed('unique', duplicates, [
                {
                    check: 'duplicate-value',
                    severity: 'error',
                    column: spec.name,
                    count: duplicates,
                    share: shareOf(duplicates, dataset.rowCount),
                    message: `Column "${spec.name}" must be unique, but ${plural(duplicates, 'row repeats', 'rows repeat')} an earlier value (${plural(groups, 'value')} repeated): ${shown}`,
                    locations: dataset.locations(examples.map((e) => e.ref), spec.name),
                },
            ]);
        },
    };
}
/**
 * A column holding one value in every non-missing cell (constant), or one value in at least
 * `almostConstantShare` of them (almost constant). Needs two non-missing cells to say either. The
 * majority is counted by `majority`, which the caller feeds (and may recount in a second pass).
 */
function constantColumn(name, majority, severity, almostConstantShare) {
    const rule = almostConstantShare < 1 ? `top value below ${(0,format/* formatShare */.T1)(almostConstantShare)}` : 'not constant';
    const found = majority.result();
    const share = shareOf(found.count, found.present);
    const almost = found.present >= 2 && share >= almostConstantShare;
    if (!almost)
        return passed('constant-column', name, rule);
    const value = quoteValue(found.text ?? '');
    const constant = isConstant(found);
    const message = constant
        ? `Column "${name}" holds the single value ${value} in all ${plural(found.present, 'non-missing cell')}`
        : `Column "${name}" is almost constant: ${value} fills ${(0,format/* formatShare */.T1)(share)} of its ${plural(found.present, 'non-missing cell')}`;
    return failed(rule, found.count, [
        {
            check: constant ? 'constant-column' : 'almost-constant-column',
            severity,
            column: name,
            count: found.count,
            share,
            message,
        },
    ]);
}

;// CONCATENATED MODULE: ./packages/core/src/data/header-hint.ts
/**
 * A hint for a file read without its header row. Readers take a CSV's first row as the column names (as
 * pandas does), so a file that has none loses that row to the header and its columns get names such as
 * "0.345584". Those names then match nothing the gates look for, and the gates say which columns are
 * missing; this names the likely cause. Only names that read as decimal numbers with a fraction or an
 * exponent count: integer names (years, pandas' default 0, 1, 2) are ordinary column names.
 */
const DECIMAL_WITH_FRACTION_OR_EXPONENT = /^[+-]?(\d+\.\d*|\.\d+|\d+(\.\d*)?[eE][+-]?\d+)$/;
const NAMES_SHOWN = 3;
/** Empty, or a sentence (with a leading space) to append to a message about columns missing from `file`. */
function header_hint_headerRowHint(file, names) {
    const numeric = names.filter((name) => DECIMAL_WITH_FRACTION_OR_EXPONENT.test(name.trim()));
    if (numeric.length === 0)
        return '';
    const shown = numeric.slice(0, NAMES_SHOWN).map((name) => `"${name}"`);
    if (numeric.length > NAMES_SHOWN)
        shown.push(`${numeric.length - NAMES_SHOWN} more`);
    return ` Column names of ${file} read as numbers (${shown.join(', ')}): if it has no header row, add one; its first row is read as the column names.`;
}

;// CONCATENATED MODULE: ./packages/validation/src/dataset-rules.ts
// Rules about the dataset as a whole: rows the reader could not use, the row count, which columns are
// there, repeated rows and the primary key.
// The row-wise ones are fed chunk by chunk and keep counts and their first examples between chunks.






/** Each row the reader skipped (ragged, unparseable) is an error at its line; past `maxFindings`, one more sums up the rest. */
function unreadableRows(dataset, maxFindings) {
    const rule = 'every row readable';
    const problems = dataset.problems;
    if (problems.length === 0)
        return passed('unreadable-row', null, rule);
    const unitOf = (file) => dataset.unitOfPath(file);
    const findings = problems.slice(0, maxFindings).map((p) => ({
        check: 'unreadable-row',
        severity: 'error',
        count: 1,
        message: `${p.file} ${unitOf(p.file)} ${formatCount(p.line)} could not be read and was left out: ${p.message}`,
        locations: [{ file: p.file, line: p.line, unit: unitOf(p.file) }],
    }));
    const rest = dataset.problemCount - findings.length;
    if (rest > 0) {
        findings.push({
            check: 'unreadable-row',
            severity: 'error',
            count: rest,
            message: `${plural(rest, 'more row')} could not be read and ${rest === 1 ? 'was' : 'were'} left out`,
        });
    }
    return failed(rule, dataset.problemCount, findings);
}
function rowCount(n, rows) {
    if (rows === undefined || (rows.min === undefined && rows.max === undefined))
        return undefined;
    const rule = [
        rows.min !== undefined ? `min ${rows.min}` : '',
        rows.max !== undefined ? `max ${rows.max}` : '',
    ]
        .filter(Boolean)
        .join(', ');
    const tooFew = rows.min !== undefined && n < rows.min;
    const tooMany = rows.max !== undefined && n > rows.max;
    if (!tooFew && !tooMany)
        return passed('row-count', null, rule);
    const bound = tooFew
        ? `fewer than the minimum ${formatCount(rows.min)}`
        : `more than the maximum ${formatCount(rows.max)}`;
    return failed(rule, 1, [
        {
            check: 'row-count',
            severity: 'error',
            count: n,
            message: `The data has ${plural(n, 'row')}, ${bound}`,
        },
    ]);
}
/**
 * Each expected column absent from the data is an error of its own; `unexpected` (the data's columns the
 * schema does not name) may point at a missing header row, which one notice then says.
 */
function missingColumns(expected, present, files, unexpected) {
    const rule = `${plural(expected.size, 'expected column')} present`;
    const absent = [...expected].filter(([name]) => !present(name));
    if (absent.length === 0)
        return passed('missing-column', null, rule);
    const findings = absent.map(([name, need]) => ({
        check: 'missing-column',
        severity: 'error',
        column: name,
        count: 1,
        message: `Column "${name}" is ${need} but is not in ${files}`,
    }));
    const hint = header_hint_headerRowHint(files, unexpected).trim();
    if (hint)
        findings.push({ check: 'missing-column', severity: 'notice', count: 1, message: hint });
    return failed(rule, absent.length, findings);
}
/** Columns in the data that the schema does not list, as one finding (there may be thousands). */
function extraColumns(extra, severity) {
    if (severity === undefined)
        return undefined;
    const rule = 'only columns in the schema';
    if (extra.length === 0)
        return passed('extra-column', null, rule);
    const names = formatList(extra.map((n) => `"${n}"`), 10);
    return failed(rule, extra.length, [
        {
            check: 'extra-column',
            severity,
            count: extra.length,
            message: `${plural(extra.length, 'column is', 'columns are')} not in the schema: ${names}`,
        },
    ]);
}
/** Rows equal to an earlier row in every column given: counted for the metric, reported when asked. */
class DuplicateRows {
    tracker;
    examples = [];
    maxExamples;
    /** `expectedRows`: see TrackerOptions.expectedKeys. */
    constructor(maxExamples, area, expectedRows) {
        this.maxExamples = maxExamples;
        this.tracker = new DuplicateTracker({ area, maxExamples, expectedKeys: expectedRows });
    }
    get duplicates() {
        return this.tracker.counts.duplicates;
    }
    add(rows, columns) {
        if (columns.length === 0)
            return;
        this.tracker.add(columns.map(keyColumnOf), rows.table.rowCount, rows, (row, first) => {
            if (this.examples.length < this.maxExamples)
                this.examples.push({ row: rows.ref(row), first });
        });
    }
    /** After the last chunk: counts the rows found only now (see DuplicateTracker.finish). */
    settle() {
        for (const late of this.tracker.finish()) {
            if (this.examples.length < this.maxExamples)
                this.examples.push({ row: late.row, first: late.first });
        }
    }
    finish(dataset, severity) {
        if (severity === undefined)
            return undefined;
        const rule = 'no repeated rows';
        const { duplicates } = this.tracker.counts;
        if (duplicates === 0)
            return passed('duplicate-rows', null, rule);
        const share = shareOf(duplicates, dataset.rowCount);
        const shown = this.examples
            .slice(0, 3)
            .map((e) => `${dataset.rowName(e.row)} repeats ${dataset.rowName(e.first)}`)
            .join(', ');
        return failed(rule, duplicates, [
            {
                check: 'duplicate-rows',
                severity,
                count: duplicates,
                share,
                message: `${plural(duplicates, 'row repeats', 'rows repeat')} an earlier row in every column (${(0,format/* formatShare */.T1)(share)} of rows): ${shown}`,
                locations: dataset.locations(this.examples.map((e) => e.row)),
            },
        ]);
    }
}
function dataset_rules_keyText(columns, row) {
    return columns.map((c) => quoteValue(cellText(c, row) ?? '')).join(', ');
}
/** No key cell may be missing, and no two rows may share a key. */
class PrimaryKey {
    names;
    maxExamples;
    missingCount = 0;
    missing = [];
    tracker;
    repeats = [];
    /** `expectedRows`: see TrackerOptions.expectedKeys. */
    constructor(names, maxExamples, area, expectedRows) {
        this.names = names.join(', ');
        this.maxExamples = maxExamples;
        this.tracker = new DuplicateTracker({
            ignoreMissing: true,
            area,
            maxExamples,
            expectedKeys: expectedRows,
        });
    }
    add(rows, columns) {
        const rowCount = rows.table.rowCount;
        const keys = columns.map(keyColumnOf);
        for (let row = 0; row < rowCount; row++) {
            if (!hasMissingKey(keys, row))
                continue;
            this.missingCount++;
            if (this.missing.length < this.maxExamples)
                this.missing.push(rows.ref(row));
        }
        this.tracker.add(keys, rowCount, rows, (row, first) => {
            if (this.repeats.length < this.maxExamples) {
                this.repeats.push({ row: rows.ref(row), first, key: dataset_rules_keyText(columns, row) });
            }
        });
    }
    /**
     * After the last chunk: counts the repeats found only now (see DuplicateTracker.finish); their keys'
     * text is read in a second pass, from each chunk's columns at `chunkColumnIndices` (the key's columns).
     */
    settle(chunkColumnIndices) {
        return this.tracker.finish().flatMap((late) => {
            if (this.repeats.length >= this.maxExamples)
                return [];
            const repeat = { row: late.row, first: late.first, key: '' };
            this.repeats.push(repeat);
            const read = (chunk, row) => {
                repeat.key = dataset_rules_keyText(chunkColumnIndices.map((i) => chunk.columns[i]), row);
            };
            return [{ ref: repeat.row, read }];
        });
    }
    finish(dataset) {
        const names = this.names;
        const rule = `primary-key ${names}`;
        const outcomes = [];
        const missingCount = this.missingCount;
        if (missingCount === 0)
            outcomes.push(passed('missing-key', null, rule));
        else {
            const where = this.missing
                .slice(0, 3)
                .map((r) => dataset.rowName(r))
                .join(', ');
            outcomes.push(failed(rule, missingCount, [
                {
                    check: 'missing-key',
                    severity: 'error',
                    count: missingCount,
                    share: shareOf(missingCount, dataset.rowCount),
                    message: `${plural(missingCount, 'row has', 'rows have')} a missing value in the primary key (${names}): ${where}`,
                    locations: dataset.locations(this.missing),
                },
            ]));
        }
        const { duplicates, groups } = this.tracker.counts;
        if (duplicates === 0)
            outcomes.push(passed('duplicate-key', null, rule));
        else {
            const shown = this.repeats
                .slice(0, 3)
                .map((e) => `(${e.key}) on ${dataset.rowName(e.row)}, first on ${dataset.rowName(e.first)}`)
                .join('; ');
            outcomes.push(failed(rule, duplicates, [
                {
                    check: 'duplicate-key',
                    severity: 'error',
                    count: duplicates,
                    share: shareOf(duplicates, dataset.rowCount),
                    message: `${plural(duplicates, 'row repeats', 'rows repeat')} the primary key (${names}) of an earlier row, ${plural(groups, 'key')} in all: ${shown}`,
                    locations: dataset.locations(this.repeats.map((e) => e.row)),
                },
            ]));
        }
        return outcomes;
    }
}

;// CONCATENATED MODULE: ./packages/validation/src/quality.ts
/**
 * compareQuality: has the data got worse than a trusted reference? Three measures, each compared on the
 * columns both tables have:
 *
 * - missing share per column: current - reference may not exceed `missingShare` (absolute, default 0.05,
 *   i.e. 5 percentage points). A share of an empty table is 0.
 * - duplicate-row share (rows repeating an earlier row on every common column): current - reference may
 *   not exceed `duplicateShare` (absolute, default 0.01).
 * - constant columns: at most `constantColumns` (default 0) columns may be constant in the current data
 *   that were not constant in the reference (see isConstant: at least two non-missing cells, one value).
 *
 * Getting better is never reported. Severity is `tolerances.severity` (default error); 'allow' compares
 * and tabulates but reports nothing.
 *
 * The comparison runs on a QualityProfile of each dataset (row count, each column's missing cells and
 * majority value, duplicate rows), which a QualityProfiler gathers chunk by chunk.
 */









/** Gathers the QualityProfile of a dataset's columns named `names` (those it has), chunk by chunk. */
class quality_QualityProfiler {
    names;
    rowCount = 0;
    files = new Set();
    picked;
    duplicates;
    /** `area`: where the duplicate-row keys may spill (see DuplicateTracker); without one, they never do. */
    constructor(names, area) {
        this.names = names;
        this.duplicates = new DuplicateTracker({ area });
    }
    add(chunk) {
        if (!this.picked) {
            const index = new Map(chunk.columns.map((c, i) => [c.name, i]));
            this.picked = this.names
                .filter((name) => index.has(name))
                .map((name) => ({
                name,
                index: index.get(name),
                missing: 0,
                majority: new MajorityCounter(1),
            }));
        }
        this.rowCount += chunk.rowCount;
        for (const source of chunk.sources)
            this.files.add(source.file);
        const columns = this.picked.map((p) => chunk.columns[p.index]);
        this.picked.forEach((p, i) => {
            p.missing += missingAmong(columns[i], p.majority.add(columns[i]));
        });
        if (columns.length > 0) {
            this.duplicates.add(columns.map(keyColumnOf), chunk.rowCount, NO_PLACES);
        }
    }
    /** Throws DataError when the reference read no row: a comparison with nothing would hold by default. */
    finish() {
        this.duplicates.finish();
        if (this.rowCount === 0) {
            throw new data_errors/* DataError */.f([...this.files].join(', ') || 'the reference', 'the reference has no readable row, so there is nothing to compare the data with');
        }
        return {
            rowCount: this.rowCount,
            duplicates: this.duplicates.counts.duplicates,
            columns: (this.picked ?? []).map((p) => ({
                name: p.name,
                missing: p.missing,
                majority: p.majority.result(),
            })),
        };
    }
}
function profileOf(table, names) {
    const profiler = new quality_QualityProfiler(names);
    profiler.add(table);
    return profiler.finish();
}
/** Float noise must not turn a change of exactly the tolerance into a violation. */
const epsilon = 1e-12;
/** A change in share as percentage points: 0.105 -> "+10.5 points". */
function points(change) {
    const value = Number((change * 100).toFixed(2));
    return `${value >= 0 ? '+' : ''}${value} ${Math.abs(value) === 1 ? 'point' : 'points'}`;
}
/** The two tables compared on the columns both have (in the current table's order). */
function compareQuality(reference, current, tolerances = {}) {
    const inReference = new Set(reference.columns.map((c) => c.name));
    const common = current.columns.map((c) => c.name).filter((name) => inReference.has(name));
    return compareProfiles(profileOf(reference, common), profileOf(current, common), tolerances);
}
/** Two profiles of the same columns compared; the current profile's column order is the table's. */
function compareProfiles(reference, current, tolerances = {}) {
    const limits = { ...defaultQualityTolerances, ...tolerances };
    const severity = severityOf(limits.severity);
    const referenceByName = new Map(reference.columns.map((c) => [c.name, c]));
    const pairs = current.columns
        .filter((c) => referenceByName.has(c.name))
        .map((c) => ({ current: c, reference: referenceByName.get(c.name) }));
    const findings = [];
    const rows = [];
    const result = (exceeded) => !exceeded ? 'pass' : severity === 'error' ? 'fail' : severity ? 'warn' : 'info';
    for (const pair of pairs) {
        const before = shareOf(pair.reference.missing, reference.rowCount);
        const after = shareOf(pair.current.missing, current.rowCount);
        const exceeded = after - before - limits.missingShare > epsilon;
        rows.push([
            'missing share',
            pair.current.name,
            before,
            after,
            after - before,
            limits.missingShare,
            result(exceeded),
        ]);
        if (exceeded && severity) {
            findings.push({
                check: 'missing-share-increase',
                severity,
                column: pair.current.name,
                share: after,
                message: `Column "${pair.current.name}" is missing ${(0,format/* formatShare */.T1)(after)} of its values, up from ${(0,format/* formatShare */.T1)(before)} in the reference (${points(after - before)}; tolerance ${points(limits.missingShare)})`,
            });
        }
    }
    const duplicatesBefore = shareOf(reference.duplicates, reference.rowCount);
    const duplicatesAfter = shareOf(current.duplicates, current.rowCount);
    const duplicatesExceeded = duplicatesAfter - duplicatesBefore - limits.duplicateShare > epsilon;
    rows.push([
        'duplicate-row share',
        null,
        duplicatesBefore,
        duplicatesAfter,
        duplicatesAfter - duplicatesBefore,
        limits.duplicateShare,
        result(duplicatesExceeded),
    ]);
    if (duplicatesExceeded && severity) {
        findings.push({
            check: 'duplicate-share-increase',
            severity,
            share: duplicatesAfter,
            message: `${(0,format/* formatShare */.T1)(duplicatesAfter)} of rows repeat an earlier row, up from ${(0,format/* formatShare */.T1)(duplicatesBefore)} in the reference (${points(duplicatesAfter - duplicatesBefore)}; tolerance ${points(limits.duplicateShare)})`,
        });
    }
    let constantBefore = 0;
    let constantAfter = 0;
    const newlyConstant = [];
    for (const pair of pairs) {
        const wasConstant = isConstant(pair.reference.majority);
        const majority = pair.current.majority;
        const nowConstant = isConstant(majority);
        if (wasConstant)
            constantBefore++;
        if (nowConstant)
            constantAfter++;
        if (nowConstant && !wasConstant)
            newlyConstant.push({ name: pair.current.name, text: majority.text, present: majority.present });
    }
    const constantExceeded = newlyConstant.length > limits.constantColumns;
    rows.push([
        'constant columns',
        null,
        constantBefore,
        constantAfter,
        newlyConstant.length,
        limits.constantColumns,
        result(constantExceeded),
    ]);
    if (constantExceeded && severity) {
        for (const { name, text, present } of newlyConstant) {
            findings.push({
                check: 'new-constant-column',
                severity,
                column: name,
                count: present,
                message: `Column "${name}" became constant: ${quoteValue(text ?? '')} in all ${plural(present, 'non-missing cell')}, where the reference has several values (${plural(newlyConstant.length, 'column')} became constant; tolerance ${limits.constantColumns})`,
            });
        }
    }
    return {
        findings,
        table: {
            id: 'quality',
            title: 'Quality against the reference',
            // A row is a share (missing, duplicate rows) or a count (constant columns), so the figures are numbers.
            columns: [
                { name: 'measure', kind: 'text' },
                { name: 'column', kind: 'text' },
                { name: 'reference', kind: 'number' },
                { name: 'current', kind: 'number' },
                { name: 'change', kind: 'number' },
                { name: 'tolerance', kind: 'number' },
                { name: 'result', kind: 'status' },
            ],
            rows,
        },
        metrics: {
            'reference-rows': reference.rowCount,
            'reference-duplicate-row-share': duplicatesBefore,
            'newly-constant-columns': newlyConstant.length,
            'quality-regressions': rows.filter((r) => r[6] !== 'pass').length,
        },
    };
}

;// CONCATENATED MODULE: ./packages/validation/src/validate.ts
/**
 * validateTable / validateChunks: does this dataset match its schema? Every rule the schema states (and the
 * dataset-wide ones it configures) runs once; a rule that finds nothing adds a passing row to the "checks"
 * table instead of a finding, so the report shows what was checked as well as what failed.
 *
 * Finding.share is the offending share of all rows, except for constant columns, where it is the top
 * value's share of the column's non-missing cells.
 *
 * Both run the same Validation: every rule is fed the data chunk by chunk (a whole table is one chunk) and
 * keeps per-column state between chunks, so memory grows with the columns, not the rows, except for the
 * rules on row identity (duplicate rows, primary key, unique), which keep a 128-bit hash and the first
 * place of each distinct key (see duplicate-tracker.ts) in memory up to `keyMemory`, then on disk. A second
 * pass over the data is made only when a column with very many distinct values could still be almost
 * constant (see MajorityCounter), when the quality comparison's common columns are fewer than the
 * validated ones (its duplicate rows are counted on those), or when keys spilled to disk and the
 * messages must quote the values of repeats found only at the end.
 */













const defaultMaxExamples = 20;
const defaultMaxInvalidExamples = 20;
const severityOrder = { error: 0, warning: 1, notice: 2 };
/** A row's file index and line as one number (exact while files stay below 2^21). */
function placeKey(file, line) {
    return file * 2 ** 32 + line;
}
/** One row per rule run: what it checked and what it found. */
function checksTable(outcomes) {
    return {
        id: 'checks',
        title: 'Checks',
        columns: [
            { name: 'check', kind: 'text' },
            { name: 'column', kind: 'text' },
            { name: 'rule', kind: 'text' },
            { name: 'result', kind: 'status' },
            { name: 'count', kind: 'count' },
        ],
        rows: outcomes.map((o) => [o.check, o.column, o.rule, o.status, o.count]),
    };
}
function summarize(dataset, errors, warnings, checks) {
    const where = `${plural(dataset.rowCount, 'row')} of ${dataset.describe()}`;
    if (errors === 0 && warnings === 0)
        return `All ${formatCount(checks)} checks passed on ${where}`;
    const counts = [errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''];
    return `${counts.filter(Boolean).join(', ')} in ${where}`;
}
/** One validation of one dataset: `add` every chunk in order, then `finish`. */
class Validation {
    schema;
    maxExamples;
    maxInvalidExamples;
    countedValues;
    expectedRows;
    selected;
    excluded;
    /** Whether the comparison with a reference will need each column's majority. */
    comparing;
    dataset = new Provenance();
    duplicates;
    columns;
    primaryKey;
    /** Memory budget and temp folder of every row-identity rule of the run (the reference's too). */
    area;
    /** Rows whose cells rules need read again (repeats found after spilling), by place. */
    requests = new Map();
    constructor(schema, options, maxInvalidExamples, comparing) {
        this.schema = schema;
        this.maxExamples = options.maxExamples ?? defaultMaxExamples;
        // A finding names at least its first example row.
        if (!Number.isSafeInteger(this.maxExamples) || this.maxExamples < 1) {
            throw new TypeError(`validate option maxExamples must be a positive integer, got ${options.maxExamples}`);
        }
        this.maxInvalidExamples = maxInvalidExamples;
        this.countedValues = options.countedValues;
        this.expectedRows = options.expectedRows;
        this.selected = options.columns ? new Set(options.columns) : undefined;
        this.excluded = new Set(options.excludeColumns ?? []);
        this.comparing = comparing;
        this.area = new SpillArea(options.keyMemory, options.spillFolder);
        this.duplicates = new DuplicateRows(this.maxExamples, this.area, this.expectedRows);
    }
    /** Removes what the run spilled to disk. */
    close() {
        this.area.close();
    }
    inScope(name) {
        return (!this.selected || this.selected.has(name)) && !this.excluded.has(name);
    }
    /** The schema's entries in scope, in schema order. */
    specs() {
        return this.schema.columns.filter((s) => this.inScope(s.name));
    }
    /** The primary key's names, or none when a key column is out of scope (it cannot be checked in part). */
    keyNames() {
        return this.schema.primaryKey?.every((name) => this.inScope(name)) ? this.schema.primaryKey : [];
    }
    /** The in-scope columns of the data, in data order. */
    get columnNames() {
        return (this.columns ?? []).map((c) => c.name);
    }
    /** Rules are made when the first chunk shows the columns and their types (the same in every chunk). */
    setUp(chunk) {
        const specByName = new Map(this.specs().map((s) => [s.name, s]));
        const inScope = chunk.columns.map((c, index) => ({ c, index })).filter(({ c }) => this.inScope(c.name));
        const constants = severityOf(this.schema.constantColumns) !== undefined;
        const counted = constants ? (this.countedValues ?? countedValuesPerColumn(inScope.length)) : 1;
        const states = inScope.map(({ c, index }) => {
            const spec = specByName.get(c.name);
            const m = this.maxExamples;
            const rules = spec
                ? [
                    makeTypeMismatch(spec, m),
                    makeMissingValues(spec, m),
                    makeOutOfRange(spec, c, m),
                    makeValueNotAllowed(spec, c, m),
                    makeRegexMismatch(spec, c, m),
                    makeDuplicateValues(spec, m, this.area, this.expectedRows),
                ].filter((rule) => rule !== undefined)
                : [];
            return {
                name: c.name,
                index,
                spec,
                reading: spec ? new ColumnReading(spec.type, m, this.maxInvalidExamples) : undefined,
                rules,
                missing: 0,
                majority: constants || this.comparing ? new MajorityCounter(counted) : undefined,
            };
        });
        const keyNames = this.keyNames();
        const byName = new Map(states.map((s) => [s.name, s.index]));
        if (keyNames.length > 0 && keyNames.every((name) => byName.has(name))) {
            this.primaryKey = {
                rule: new PrimaryKey(keyNames, this.maxExamples, this.area, this.expectedRows),
                indices: keyNames.map((name) => byName.get(name)),
            };
        }
        return states;
    }
    add(chunk) {
        this.columns ??= this.setUp(chunk);
        const rows = this.dataset.add(chunk);
        const columnsOf = (indices) => indices.map((i) => chunk.columns[i]);
        this.duplicates.add(rows, columnsOf(this.columns.map((c) => c.index)));
        if (this.primaryKey)
            this.primaryKey.rule.add(rows, columnsOf(this.primaryKey.indices));
        for (const state of this.columns) {
            const column = chunk.columns[state.index];
            const missing = state.majority
                ? missingAmong(column, state.majority.add(column))
                : missingCount(column);
            state.missing += missing;
            if (!state.reading)
                continue;
            const part = { rows, column, typed: state.reading.read(column), missing };
            for (const rule of state.rules)
                rule.add(part);
        }
    }
    /** After the last chunk: completes the row-identity counts and notes the rows to read again. */
    /**
     * A dataset of no row at all (a header-only file) is unusable input, never a pass: every rule would hold
     * on nothing. Rows that were there but could not be read are findings of their own (unreadableRows).
     */
    requireRows() {
        if (this.dataset.rowCount > 0 || this.dataset.problemCount > 0)
            return;
        throw new data_errors/* DataError */.f(this.dataset.describe(), 'the data has 0 rows (no data under its header), so there is nothing to validate');
    }
    settle() {
        this.duplicates.settle();
        const requests = [];
        if (this.primaryKey)
            requests.push(...this.primaryKey.rule.settle(this.primaryKey.indices));
        for (const state of this.columns ?? []) {
            for (const rule of state.rules)
                if (rule.settle)
                    requests.push(...rule.settle(state.index));
        }
        for (const request of requests) {
            const at = placeKey(request.ref.file, request.ref.line);
            const same = this.requests.get(at);
            if (same)
                same.push(request);
            else
                this.requests.set(at, [request]);
        }
    }
    /**
     * Plans the comparison with `reference` (profiled after `settle`): whether its duplicate rows must be
     * counted again, in the second pass, on the columns it shares.
     */
    planComparison(reference) {
        const columns = this.columns ?? [];
        const common = reference.columns.map((c) => c.name);
        if (common.length === 0 || common.length >= columns.length)
            return { reference };
        const byName = new Map(columns.map((c) => [c.name, c.index]));
        const tracker = new DuplicateTracker({ area: this.area });
        return { reference, commonDuplicates: { tracker, indices: common.map((n) => byName.get(n)) } };
    }
    /**
     * The second pass, when one is needed: recounting majority candidates, counting the duplicate rows the
     * comparison planned, and reading the rows `settle` noted.
     */
    secondPass(comparison) {
        const columns = this.columns ?? [];
        const share = this.schema.almostConstantShare;
        const constants = severityOf(this.schema.constantColumns) !== undefined;
        const recount = constants ? columns.filter((c) => c.majority?.needsRecount(share)) : [];
        const commonDuplicates = comparison?.commonDuplicates;
        const requests = this.requests;
        if (recount.length === 0 && !commonDuplicates && requests.size === 0)
            return undefined;
        const dataset = this.dataset;
        return {
            add(chunk) {
                if (requests.size > 0) {
                    const rows = dataset.place(chunk);
                    for (let row = 0; row < chunk.rowCount; row++) {
                        const wanted = requests.get(placeKey(rows.file(row), rows.line(row)));
                        if (wanted)
                            for (const request of wanted)
                                request.read(chunk, row);
                    }
                }
                for (const state of recount)
                    state.majority?.recount(chunk.columns[state.index]);
                if (commonDuplicates) {
                    const keys = commonDuplicates.indices.map((i) => keyColumnOf(chunk.columns[i]));
                    commonDuplicates.tracker.add(keys, chunk.rowCount, NO_PLACES);
                }
            },
        };
    }
    /** What the data looks like to the quality comparison, on the columns its reference has. */
    profile(comparison) {
        const common = new Set(comparison.reference.columns.map((c) => c.name));
        const columns = (this.columns ?? []).filter((c) => common.has(c.name));
        const duplicates = columns.length === 0
            ? 0
            : (comparison.commonDuplicates?.tracker.counts.duplicates ?? this.duplicates.duplicates);
        return {
            rowCount: this.dataset.rowCount,
            duplicates,
            columns: columns.map((c) => ({
                name: c.name,
                missing: c.missing,
                majority: c.majority.result(),
            })),
        };
    }
    finish(comparison) {
        comparison?.commonDuplicates?.tracker.finish();
        const dataset = this.dataset;
        const schema = this.schema;
        const columns = this.columns ?? [];
        const present = new Set(columns.map((c) => c.name));
        const specs = this.specs();
        const specNames = new Set(specs.map((s) => s.name));
        const outcomes = [unreadableRows(dataset, this.maxExamples)];
        const rows = rowCount(dataset.rowCount, schema.rows);
        if (rows)
            outcomes.push(rows);
        const expected = new Map();
        for (const spec of specs)
            if (spec.required)
                expected.set(spec.name, 'required by the schema');
        for (const name of this.keyNames())
            if (!expected.has(name))
                expected.set(name, 'part of the primary key');
        for (const name of this.selected ?? []) {
            if (!this.excluded.has(name) && !expected.has(name))
                expected.set(name, 'selected for validation');
        }
        const unexpected = columns.filter((c) => !specNames.has(c.name)).map((c) => c.name);
        outcomes.push(missingColumns(expected, (name) => present.has(name), dataset.describe(), unexpected));
        const extra = extraColumns(unexpected, severityOf(schema.extraColumns));
        if (extra)
            outcomes.push(extra);
        const duplicates = this.duplicates.finish(dataset, severityOf(schema.duplicateRows));
        if (duplicates)
            outcomes.push(duplicates);
        if (this.primaryKey)
            outcomes.push(...this.primaryKey.rule.finish(dataset));
        const constantSeverity = severityOf(schema.constantColumns);
        const columnOutcomes = (state) => {
            for (const rule of state.rules)
                outcomes.push(rule.finish(dataset));
            if (constantSeverity && state.majority) {
                outcomes.push(constantColumn(state.name, state.majority, constantSeverity, schema.almostConstantShare));
            }
        };
        const stateByName = new Map(columns.map((c) => [c.name, c]));
        for (const spec of specs) {
            const state = stateByName.get(spec.name);
            if (state)
                columnOutcomes(state);
        }
        for (const state of columns)
            if (!state.spec)
                columnOutcomes(state);
        const missingCells = columns.reduce((sum, c) => sum + c.missing, 0);
        const quality = comparison
            ? compareProfiles(comparison.reference, this.profile(comparison), schema.quality)
            : undefined;
        const findings = [...outcomes.flatMap((o) => o.findings), ...(quality?.findings ?? [])].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
        const errors = findings.filter((f) => f.severity === 'error').length;
        const warnings = findings.filter((f) => f.severity === 'warning').length;
        return {
            summary: summarize(dataset, errors, warnings, outcomes.length),
            findings,
            metrics: {
                rows: dataset.rowCount,
                columns: columns.length,
                errors,
                warnings,
                'missing-share': shareOf(missingCells, dataset.rowCount * columns.length),
                'duplicate-row-share': shareOf(this.duplicates.duplicates, dataset.rowCount),
                'unreadable-rows': dataset.problemCount,
                checks: outcomes.length,
                'failed-checks': outcomes.filter((o) => o.status !== 'pass').length,
                ...quality?.metrics,
            },
            tables: quality ? [checksTable(outcomes), quality.table] : [checksTable(outcomes)],
            charts: [],
        };
    }
}
/** A whole table validated (with a reference table to compare quality against, if given). */
function validateTable(table, schema, options = {}) {
    const validation = new Validation(schema, options, Number.POSITIVE_INFINITY, options.reference !== undefined);
    try {
        validation.add(table);
        validation.requireRows();
        validation.settle();
        let comparison;
        if (options.reference) {
            const profiler = new QualityProfiler(validation.columnNames, validation.area);
            profiler.add(options.reference);
            comparison = validation.planComparison(profiler.finish());
        }
        validation.secondPass(comparison)?.add(table);
        return validation.finish(comparison);
    }
    finally {
        validation.close();
    }
}
/**
 * A dataset validated chunk by chunk, as validateTable would validate it read whole: the same result for
 * any chunk size. `open` is called once per pass over the data (a second pass is rare, see the module
 * comment); each call must yield the same chunks' rows (readTableChunks with the same inputs and options).
 */
async function validateChunks(open, schema, options = {}) {
    const validation = new Validation(schema, options, options.maxInvalidExamples ?? defaultMaxInvalidExamples, options.reference !== undefined);
    try {
        for await (const chunk of open())
            validation.add(chunk);
        validation.requireRows();
        validation.settle();
        let comparison;
        if (options.reference) {
            const profiler = new quality_QualityProfiler(validation.columnNames, validation.area);
            for await (const chunk of options.reference())
                profiler.add(chunk);
            comparison = validation.planComparison(profiler.finish());
        }
        const second = validation.secondPass(comparison);
        if (second)
            for await (const chunk of open())
                second.add(chunk);
        return validation.finish(comparison);
    }
    finally {
        validation.close();
    }
}

;// CONCATENATED MODULE: ./packages/validation/src/validate-profile.ts
/**
 * validateProfile: does a dataset match its schema, judged from its profile (profile-data's output, or one
 * assembled from Spark's sketches) instead of its rows? Every rule the schema states runs once, as
 * validateChunks runs it, and reports into the same "checks" table and findings. What a profile can
 * answer, and how:
 *
 * - exactly: the row count, unreadable rows, which columns are there, missing cells, min and max; and every
 *   value rule (type, range, allowed values, regex, unique, constant) on a column whose profile kept each
 *   distinct value's count. Findings give counts, not line numbers: a profile has no lines.
 * - from a sketch, with its bound: allowed values of a many-valued text column (frequent items), values
 *   out of range (KLL ranks), repeats in a unique column and the top value's share (HLL distinct count).
 *   The message says the count is approximate and by how much.
 * - not at all: duplicate rows and the primary key need the rows; so does a value rule on a many-valued
 *   column that no sketch decides. Each is a warning (check `needs-rows`) that names the rule, never a pass.
 */








/** Standard deviations of an HLL estimate taken as its bound (~99.7% of estimates fall within). */
const HLL_DEVIATIONS = 3;
/** A rule the profile cannot decide: a warning that names it and what would decide it. */
function needsRows(column, rule, why) {
    const subject = column === null ? `The rule "${rule}"` : `Column "${column}": the rule "${rule}"`;
    return failed(rule, 0, [
        {
            check: 'needs-rows',
            severity: 'warning',
            ...(column === null ? {} : { column }),
            message: `${subject} was not checked: ${why}; give the data files to check it`,
        },
    ]);
}
const PAST_EXACT = 'the profile kept no exact value counts for this many-valued column';
function show(spec, value) {
    return spec.type === 'datetime' ? formatIsoDateTime(value) : (0,format/* formatPlainNumber */.Jr)(value);
}
/** Up to `limit` counted values, most frequent first: `"x" (12), "y" (3)`. */
function listValues(values, limit = 10) {
    const sorted = [...values].sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
    return formatList(sorted.map((v) => `${quoteValue(v.text)} (${formatCount(v.count)})`), limit);
}
function typeRule(spec, column, rows) {
    const rule = `type ${spec.type}`;
    if (column.mismatches === null)
        return needsRows(spec.name, rule, PAST_EXACT);
    if (column.mismatches === 0)
        return passed('type-mismatch', spec.name, rule);
    const wrong = (column.values ?? []).filter((v) => v.value !== undefined && Number.isNaN(v.value));
    const unreadable = column.mismatches - wrong.reduce((sum, v) => sum + v.count, 0);
    const parts = [
        wrong.length > 0 ? listValues(wrong, 5) : '',
        unreadable > 0 ? `${plural(unreadable, 'cell')} the profile counted as unreadable` : '',
    ].filter(Boolean);
    const share = shareOf(column.mismatches, rows);
    return failed(rule, column.mismatches, [
        {
            check: 'type-mismatch',
            severity: 'error',
            column: spec.name,
            count: column.mismatches,
            share,
            message: `Column "${spec.name}" should hold ${typeNouns[spec.type]}, but ${plural(column.mismatches, 'value')} (${(0,format/* formatShare */.T1)(share)}) ${column.mismatches === 1 ? 'does' : 'do'} not: ${parts.join('; ')}`,
        },
    ]);
}
function missingRule(spec, profile, rows) {
    if (spec.nullable && spec.maxMissing === undefined)
        return undefined;
    const limit = spec.nullable ? spec.maxMissing : 0;
    const rule = spec.nullable ? `max-missing ${(0,format/* formatShare */.T1)(limit)}` : 'not nullable';
    const share = shareOf(profile.missing, rows);
    if (share <= limit)
        return passed('missing-values', spec.name, rule);
    const message = spec.nullable
        ? `Column "${spec.name}" is missing ${(0,format/* formatShare */.T1)(share)} of its values (${formatCount(profile.missing)}), above the allowed ${(0,format/* formatShare */.T1)(limit)}`
        : `Column "${spec.name}" must not be missing, but ${plural(profile.missing, 'cell is', 'cells are')} empty`;
    return failed(rule, profile.missing, [
        { check: 'missing-values', severity: 'error', column: spec.name, count: profile.missing, share, message },
    ]);
}
function rangeRule(spec, column, rows) {
    if (spec.min === undefined && spec.max === undefined)
        return undefined;
    if (profiledShape(column.profile, spec.type) !== 'numbers')
        return undefined;
    const min = spec.min ?? Number.NEGATIVE_INFINITY;
    const max = spec.max ?? Number.POSITIVE_INFINITY;
    const rule = [
        spec.min !== undefined ? `min ${show(spec, min)}` : '',
        spec.max !== undefined ? `max ${show(spec, max)}` : '',
    ]
        .filter(Boolean)
        .join(', ');
    const range = spec.min !== undefined && spec.max !== undefined
        ? `outside [${show(spec, min)}, ${show(spec, max)}]`
        : spec.min !== undefined
            ? `below the minimum ${show(spec, min)}`
            : `above the maximum ${show(spec, max)}`;
    const outside = (v) => v < min || v > max;
    const report = (count, detail) => failed(rule, count, [
        {
            check: 'out-of-range',
            severity: 'error',
            column: spec.name,
            count,
            share: shareOf(count, rows),
            message: `Column "${spec.name}" has ${detail} ${range}`,
        },
    ]);
    if (column.values) {
        const bad = column.values.filter((v) => v.value !== undefined && outside(v.value));
        const count = bad.reduce((sum, v) => sum + v.count, 0);
        if (count === 0)
            return passed('out-of-range', spec.name, rule);
        return report(count, `${plural(count, 'value')} (${listValues(bad, 5)})`);
    }
    const numeric = column.profile.numeric;
    // A numeric column's min and max are exact whatever its size; its values fit a numeric type unless the
    // type rule says otherwise, so they decide whether any value is out of range.
    if (!numeric || column.mismatches === null)
        return needsRows(spec.name, rule, PAST_EXACT);
    const { moments, kll } = numeric;
    if (moments.count === 0 || (!outside(moments.min) && !outside(moments.max))) {
        return passed('out-of-range', spec.name, rule);
    }
    // How many: the KLL sketch's ranks, each within its normalized rank error of the truth.
    const n = moments.count;
    const below = spec.min !== undefined && moments.min < min ? n * kll.rank(nextDown(min)) : 0;
    const above = spec.max !== undefined && moments.max > max ? n * (1 - kll.rank(max)) : 0;
    const error = Math.ceil(kll.rankError() * n * ((below > 0 ? 1 : 0) + (above > 0 ? 1 : 0)));
    const estimate = Math.max(1, Math.round(below + above));
    const observed = `(from ${show(spec, moments.min)} to ${show(spec, moments.max)})`;
    return report(estimate, `about ${plural(estimate, 'value')} (± ${formatCount(error)}, from the profile's quantile sketch) ${observed}`);
}
/** The largest double below `x` (finite x): KLL's rank is inclusive, and a value equal to min is in range. */
function nextDown(x) {
    if (x === 0)
        return -Number.MIN_VALUE;
    const bits = new BigInt64Array(new Float64Array([x]).buffer);
    bits[0] += x > 0 ? -1n : 1n;
    return new Float64Array(bits.buffer)[0];
}
/** The allowed values as keys comparable with a counted value under the declared type. */
function allowedKeys(spec) {
    const text = spec.type === 'string' || spec.type === 'category';
    return new Set((spec.allowed ?? []).map((a) => (text ? String(a) : typeof a === 'boolean' ? (a ? 1 : 0) : Number(a))));
}
function allowedRule(spec, column) {
    if (spec.allowed === undefined || profiledShape(column.profile, spec.type) === 'none')
        return undefined;
    const rule = `allowed: ${plural(spec.allowed.length, 'value')}`;
    const keys = allowedKeys(spec);
    const tolerance = spec.maxNewCategoryShare ?? 0;
    // The share is of the cells of the declared type; the others are the type rule's.
    const typed = column.values
        ? column.values.reduce((sum, v) => sum + (v.value !== undefined && Number.isNaN(v.value) ? 0 : v.count), 0)
        : column.present;
    const report = (count, listed, approximate) => {
        const shareOfPresent = shareOf(count, typed);
        const severity = shareOfPresent <= tolerance ? 'warning' : 'error';
        const within = severity === 'warning' ? `, within the tolerated ${(0,format/* formatShare */.T1)(tolerance)}` : '';
        return failed(rule, count, [
            {
                check: 'value-not-allowed',
                severity,
                column: spec.name,
                count,
                // Of the non-missing cells, as the message and the tolerance count it (and the rows' rule does).
                share: shareOfPresent,
                message: `Column "${spec.name}" has ${approximate}${plural(count, 'value')} (${(0,format/* formatShare */.T1)(shareOfPresent)} of non-missing cells) outside the allowed set${within}: ${listed}`,
            },
        ]);
    };
    if (column.values) {
        const bad = column.values.filter((v) => {
            if (v.value === undefined)
                return !keys.has(v.text);
            return !Number.isNaN(v.value) && !keys.has(v.value);
        });
        const count = bad.reduce((sum, v) => sum + v.count, 0);
        if (count === 0)
            return passed('value-not-allowed', spec.name, rule);
        return report(count, listValues(bad), '');
    }
    const part = column.profile.categories;
    if (!part?.frequent || !(spec.type === 'string' || spec.type === 'category')) {
        return needsRows(spec.name, rule, PAST_EXACT);
    }
    // Cells outside the set = present cells - cells of allowed values; the frequent items sketch bounds
    // each allowed value's count, so the bounds add up to bounds on the cells outside.
    const sketch = part.frequent;
    let lowest = 0;
    let highest = 0;
    let estimate = 0;
    for (const key of keys) {
        lowest += sketch.lowerBound(String(key));
        highest += sketch.upperBound(String(key));
        estimate += sketch.estimate(String(key));
    }
    const atLeast = Math.max(0, part.total - highest);
    const atMost = Math.max(0, part.total - lowest);
    if (atMost === 0)
        return passed('value-not-allowed', spec.name, rule);
    if (atLeast === 0) {
        return needsRows(spec.name, rule, `the profile's frequent items sketch puts the cells outside the set between 0 and ${formatCount(atMost)}`);
    }
    const count = Math.max(atLeast, Math.round(part.total - estimate));
    return report(count, `between ${formatCount(atLeast)} and ${formatCount(atMost)} by the profile's frequent items sketch`, 'about ');
}
function regexRule(spec, column, rows) {
    if (spec.regex === undefined || !(spec.type === 'string' || spec.type === 'category'))
        return undefined;
    const rule = `regex /${spec.regex}/`;
    if (!column.values)
        return needsRows(spec.name, rule, PAST_EXACT);
    const pattern = compileUserRegex(spec.regex);
    const bad = column.values.filter((v) => !pattern.test(v.text));
    const count = bad.reduce((sum, v) => sum + v.count, 0);
    if (count === 0)
        return passed('regex-mismatch', spec.name, rule);
    return failed(rule, count, [
        {
            check: 'regex-mismatch',
            severity: 'error',
            column: spec.name,
            count,
            share: shareOf(count, rows),
            message: `Column "${spec.name}" has ${plural(count, 'value')} not matching /${spec.regex}/: ${listValues(bad, 5)}`,
        },
    ]);
}
/** The distinct count's bounds from the HLL sketch, or undefined when the profile has none. */
function distinctBounds(profile) {
    const sketch = profile.distinct;
    if (!sketch)
        return undefined;
    const estimate = sketch.estimate();
    // In its sparse modes the sketch counts coupons, exact but for collisions among 2^26 addresses, which
    // its estimate corrects on average; their spread is about the square root of their expected number.
    const spread = Math.max(HLL_DEVIATIONS * sketch.relativeError() * estimate, HLL_DEVIATIONS * Math.sqrt((estimate * estimate) / 2 ** 27) + 1);
    return { low: Math.max(1, estimate - spread), high: estimate + spread };
}
function uniqueRule(spec, column, rows) {
    if (!spec.unique)
        return undefined;
    const repeats = (count, detail) => failed('unique', count, [
        {
            check: 'duplicate-value',
            severity: 'error',
            column: spec.name,
            count,
            share: shareOf(count, rows),
            message: `Column "${spec.name}" should be unique, but ${detail}`,
        },
    ]);
    if (column.values) {
        // Values of the declared type repeat by value ("1" and "1.0" are one integer); cells not of the type
        // are the type rule's, as on the rows. A column no value of which can be of the type repeats by text.
        const raw = profiledShape(column.profile, spec.type) === 'none';
        const byKey = new Map();
        for (const v of column.values) {
            if (!raw && v.value !== undefined && Number.isNaN(v.value))
                continue;
            const key = raw ? v.text : (v.value ?? v.text);
            const seen = byKey.get(key);
            byKey.set(key, seen ? { ...seen, count: seen.count + v.count } : v);
        }
        const repeated = [...byKey.values()].filter((v) => v.count > 1);
        const count = repeated.reduce((sum, v) => sum + v.count - 1, 0);
        if (count === 0)
            return passed('duplicate-value', spec.name, 'unique');
        return repeats(count, `${plural(count, 'row repeats', 'rows repeat')} an earlier value: ${listValues(repeated, 5)}`);
    }
    const bounds = distinctBounds(column.profile);
    const present = column.present - column.profile.invalid;
    if (bounds && present > bounds.high) {
        const atLeast = Math.floor(present - bounds.high);
        return repeats(atLeast, `its ${formatCount(present)} values hold at most ${formatCount(Math.ceil(bounds.high))} distinct ones by the profile's distinct-count sketch: at least ${plural(atLeast, 'repeat')}`);
    }
    return needsRows(spec.name, 'unique', `${PAST_EXACT}, and its distinct-count sketch cannot tell a few repeats`);
}
function constantRule(name, column, severity, almostConstantShare) {
    const rule = almostConstantShare < 1 ? `top value below ${(0,format/* formatShare */.T1)(almostConstantShare)}` : 'not constant';
    const present = column.present - column.profile.invalid;
    if (present < 2)
        return passed('constant-column', name, rule);
    const report = (top, count, approximate) => {
        const share = shareOf(count, present);
        const constant = count === present && !approximate;
        const value = quoteValue(top);
        return failed(rule, count, [
            {
                check: constant ? 'constant-column' : 'almost-constant-column',
                severity,
                column: name,
                count,
                share,
                message: constant
                    ? `Column "${name}" holds the single value ${value} in all ${plural(present, 'non-missing cell')}`
                    : `Column "${name}" is almost constant: ${value} fills ${approximate ? 'about ' : ''}${(0,format/* formatShare */.T1)(share)} of its ${plural(present, 'non-missing cell')}`,
            },
        ]);
    };
    if (column.values) {
        const top = column.values.reduce((a, b) => (b.count > a.count ? b : a), column.values[0]);
        if (top && top.count / present >= almostConstantShare)
            return report(top.text, top.count, false);
        return passed('constant-column', name, rule);
    }
    const numeric = column.profile.numeric;
    if (numeric && numeric.moments.count > 0 && numeric.moments.min === numeric.moments.max) {
        return report(String(numeric.moments.min), present, false);
    }
    // With D distinct values the top one fills at most present - (D - 1) cells.
    const bounds = distinctBounds(column.profile);
    if (bounds && present - (bounds.low - 1) < almostConstantShare * present) {
        return passed('constant-column', name, rule);
    }
    const frequent = column.profile.categories?.frequent;
    if (frequent) {
        // An item the sketch did not keep has at most its maximum error.
        const [top] = frequent.frequentItems('no-false-negatives', 0);
        const largest = Math.max(top?.upperBound ?? 0, frequent.maximumError());
        if (top && top.lowerBound / present >= almostConstantShare)
            return report(String(top.item), top.estimate, true);
        if (largest / present < almostConstantShare)
            return passed('constant-column', name, rule);
    }
    return needsRows(name, rule, PAST_EXACT);
}
function validateProfile(profile, schema, options) {
    const excluded = new Set(options.excludeColumns ?? []);
    const selected = options.columns ? new Set(options.columns) : undefined;
    const inScope = (name) => !excluded.has(name) && (selected === undefined || selected.has(name));
    const columns = profile.columns.filter((c) => inScope(c.name));
    const byName = new Map(columns.map((c) => [c.name, c]));
    const specs = schema.columns.filter((s) => inScope(s.name));
    const specNames = new Set(specs.map((s) => s.name));
    const rows = profile.rows;
    const where = `the profile ${options.name}`;
    const outcomes = [];
    if (profile.unreadableRows > 0) {
        const count = profile.unreadableRows;
        outcomes.push(failed('every row readable', count, [
            {
                check: 'unreadable-row',
                severity: 'error',
                count,
                message: `${plural(count, 'row')} could not be read when the profile was made and ${count === 1 ? 'was' : 'were'} left out (the profile keeps no line numbers)`,
            },
        ]));
    }
    else {
        outcomes.push(passed('unreadable-row', null, 'every row readable'));
    }
    const count = rowCount(rows, schema.rows);
    if (count)
        outcomes.push(count);
    const expected = new Map();
    for (const spec of specs)
        if (spec.required)
            expected.set(spec.name, 'required by the schema');
    for (const name of schema.primaryKey ?? [])
        if (!expected.has(name) && inScope(name))
            expected.set(name, 'part of the primary key');
    for (const name of options.columns ?? [])
        if (!excluded.has(name) && !expected.has(name))
            expected.set(name, 'selected for validation');
    const unexpected = columns.filter((c) => !specNames.has(c.name)).map((c) => c.name);
    outcomes.push(missingColumns(expected, (name) => byName.has(name), where, unexpected));
    const extra = extraColumns(unexpected, severityOf(schema.extraColumns));
    if (extra)
        outcomes.push(extra);
    if (severityOf(schema.duplicateRows)) {
        outcomes.push(needsRows(null, 'no duplicate rows', 'a profile keeps no rows to compare'));
    }
    // A key column missing is a missing-column error already, as on the rows.
    if (schema.primaryKey &&
        schema.primaryKey.length > 0 &&
        schema.primaryKey.every((name) => byName.has(name))) {
        outcomes.push(needsRows(null, `primary key ${schema.primaryKey.join(', ')}`, 'a profile keeps no rows to compare'));
    }
    const constantSeverity = severityOf(schema.constantColumns);
    const checkColumn = (profileColumn, spec) => {
        const declared = spec?.type ?? (profileColumn.numeric ? 'number' : 'string');
        const column = profiledColumn(profileColumn, declared);
        if (spec) {
            outcomes.push(typeRule(spec, column, rows));
            for (const outcome of [
                missingRule(spec, profileColumn, rows),
                rangeRule(spec, column, rows),
                allowedRule(spec, column),
                regexRule(spec, column, rows),
                uniqueRule(spec, column, rows),
            ]) {
                if (outcome)
                    outcomes.push(outcome);
            }
        }
        if (constantSeverity) {
            outcomes.push(constantRule(profileColumn.name, column, constantSeverity, schema.almostConstantShare));
        }
    };
    for (const spec of specs) {
        const profileColumn = byName.get(spec.name);
        if (profileColumn)
            checkColumn(profileColumn, spec);
    }
    for (const profileColumn of columns)
        if (!specNames.has(profileColumn.name))
            checkColumn(profileColumn, undefined);
    const notChecked = outcomes.filter((o) => o.findings.some((f) => f.check === 'needs-rows')).length;
    const findings = [
        ...outcomes.flatMap((o) => o.findings),
        {
            check: 'validated-profile',
            severity: 'notice',
            message: `Validated ${where}, not rows: counts are exact unless a message says "about", findings have no line numbers${notChecked > 0 ? `, and ${plural(notChecked, 'rule')} that ${notChecked === 1 ? 'needs' : 'need'} the rows ${notChecked === 1 ? 'was' : 'were'} not checked` : ''}`,
        },
    ].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
    const errors = findings.filter((f) => f.severity === 'error').length;
    const warnings = findings.filter((f) => f.severity === 'warning').length;
    const missingCells = columns.reduce((sum, c) => sum + c.missing, 0);
    const described = `${plural(rows, 'row')} of ${where}`;
    const summary = errors === 0 && warnings === 0
        ? `All ${formatCount(outcomes.length)} checks passed on ${described}`
        : `${[errors > 0 ? plural(errors, 'error') : '', warnings > 0 ? plural(warnings, 'warning') : ''].filter(Boolean).join(', ')} in ${described}`;
    return {
        summary,
        findings,
        metrics: {
            rows,
            columns: columns.length,
            errors,
            warnings,
            'missing-share': shareOf(missingCells, rows * columns.length),
            'unreadable-rows': profile.unreadableRows,
            checks: outcomes.length,
            'failed-checks': outcomes.filter((o) => o.status !== 'pass').length,
            'unchecked-rules': notChecked,
        },
        tables: [checksTable(outcomes)],
        charts: [],
    };
}

;// CONCATENATED MODULE: ./actions/validate-data/src/estimate-rows.ts

/** Bytes read from the head of each file to measure its bytes per row. */
const SAMPLE_BYTES = 256 * 1024;
/**
 * About how many rows the plain-text files among `inputs` hold (their size over the bytes per line of
 * their first 256 KB), so that validation can size its key sets once (ValidateOptions.expectedRows). Only
 * a hint: compressed and Parquet files, folders, globs and unreadable paths count nothing here (the reader
 * reports what is wrong with them), and any estimate gives the same result.
 */
function estimate_rows_estimateRows(inputs) {
    let rows = 0;
    for (const input of inputs) {
        if (/\.(gz|parquet)$/i.test(input))
            continue;
        try {
            rows += fileRows(input);
        }
        catch {
            // Not a readable file: no estimate for it.
        }
    }
    return Math.round(rows);
}
function fileRows(path) {
    const stat = (0,external_node_fs_.statSync)(path);
    if (!stat.isFile() || stat.size === 0)
        return 0;
    const sample = Buffer.alloc(Math.min(SAMPLE_BYTES, stat.size));
    const fd = (0,external_node_fs_.openSync)(path, 'r');
    let read;
    try {
        read = (0,external_node_fs_.readSync)(fd, sample, 0, sample.length, 0);
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
    let lines = 0;
    for (let at = sample.indexOf(10, 0); at !== -1 && at < read; at = sample.indexOf(10, at + 1))
        lines++;
    if (lines === 0)
        return 0;
    return read === stat.size ? lines : (stat.size * lines) / read;
}

// EXTERNAL MODULE: ./actions/validate-data/src/reading.ts + 1 modules
var reading = __webpack_require__(84014);
;// CONCATENATED MODULE: ./actions/validate-data/src/gate.ts







const inputs = {
    ...reading/* readingInputs */.oI,
    'infer-schema-output': spec/* text */.Qq(),
    ...commonInputs,
};
/** validate-data: the dataset against its schema, or against one inferred from a trusted reference. */
const gate = {
    name: 'validate-data',
    inputs,
    // Paths stay as the user gave them, relative to the working directory (the workspace in Actions), so
    // that findings name files as the repository does. The data and the reference are streamed in chunks:
    // memory grows with the columns, not the rows (see actions/validate-data/docs.md).
    async run(options, context) {
        const { log } = context;
        const select = { columns: options.columns, excludeColumns: options['exclude-columns'] };
        const data = options.data;
        // Either side may be profiles (profile-data's files) instead of rows; see docs.md.
        const dataIsProfile = (0,profile_input/* isProfileInput */.k)('data', data);
        const referenceInputs = options.reference;
        const referenceIsProfile = referenceInputs ? (0,profile_input/* isProfileInput */.k)('reference', referenceInputs) : false;
        // A given schema is read first: its types are the reader's (chunkOptions).
        const given = options.schema
            ? parseSchema(await (0,promises_.readFile)(options.schema, 'utf8'), options.schema)
            : undefined;
        const chunks = (0,reading/* chunkOptions */._W)(options, given);
        // Started already by the entry (readAhead) unless the inputs differ; either way, the rows are being
        // read while a schema is inferred or the rules are set up.
        (0,reading/* startFirstReading */.Tv)(options, given);
        const open = (inputs) => () => releasingChunks((0,chunk_reading/* readTableChunksInWorker */._s)(inputs, chunks));
        const openData = open(data);
        const openReference = referenceInputs && !referenceIsProfile ? open(referenceInputs) : undefined;
        let schema;
        // What infer-schema-output writes: the schema inferred (from the data itself, a start to review).
        let written;
        const expectationFree = !options.schema && !referenceInputs;
        if (given) {
            schema = given;
        }
        else if (referenceInputs) {
            // Without a schema, infer one as TFDV does, from the trusted reference.
            log(`inferring a schema from ${referenceInputs.join(', ')}`);
            if (referenceIsProfile) {
                const { profile, name } = await readProfiles(referenceInputs);
                schema = inferSchemaFromProfile(profile, name);
            }
            else {
                schema = await inferSchemaChunks(openReference());
            }
            written = schema;
        }
        else if (dataIsProfile) {
            throw new parse/* InputError */.dz('schema', 'the data is a profile: give a schema, or a reference to infer one from (a schema is not inferred from the data it checks)');
        }
        else {
            // Inferred from the data it checks, a schema would pass by construction: keep only the columns' types.
            log('no schema or reference: running only the checks that need no expectation');
            written = await inferSchemaChunks(openData());
            schema = expectationFreeSchema(written);
        }
        const outputs = {};
        const schemaOut = options['infer-schema-output'];
        if (schemaOut && written) {
            const path = writablePath('infer-schema-output', schemaOut, context);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(path), { recursive: true });
            await (0,promises_.writeFile)(path, serializeSchema(written));
            outputs['inferred-schema'] = path;
            log(`wrote the schema to ${path}`);
        }
        let result;
        if (dataIsProfile) {
            const { profile, name } = await readProfiles(data);
            log(`validating the profile ${name}`);
            result = validateProfile(profile, schema, { name, ...select });
        }
        else {
            log(`validating ${data.join(', ')}`);
            result = await validateChunks(openData, schema, {
                ...select,
                reference: openReference,
                maxInvalidExamples: reading/* MAX_INVALID_EXAMPLES */.VK,
                expectedRows: estimate_rows_estimateRows(data),
            });
        }
        // The quality comparison counts duplicate rows and recounts missing cells on both sides' rows.
        if (referenceInputs && (dataIsProfile || referenceIsProfile)) {
            result.findings.push({
                check: 'no-quality-comparison',
                severity: 'notice',
                message: `The ${dataIsProfile ? 'data' : 'reference'} is a profile: the quality comparison with the reference (missing shares, duplicate rows, constant columns) needs the rows of both, so it was not run`,
            });
        }
        return { result: expectationFree ? markExpectationFree(result) : result, outputs };
    },
};

;// CONCATENATED MODULE: ./actions/validate-data/src/main.ts


/** The action's entry: reads INPUT_*, runs the gate, publishes the reports, sets outputs. */
async function run(actionDir) {
    await runAction(gate, actionDir);
}


/***/ }),

/***/ 33782:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fH: () => (/* binding */ logInfo)
/* harmony export */ });
/* unused harmony exports looksLikeWorkflowCommand, commandSafe */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(35918);
/**
 * Everything the actions and the CLI print to a step's log passes through here. The runner reads a line
 * as a workflow command when, after its leading whitespace, it starts with `::`, or when it holds `##[`
 * anywhere (the legacy form). File names, column names and values come from data or a pull request, so a
 * line of ours that carries them must not be read as a command (`::add-mask::`, `::stop-commands::`,
 * `::error file=...::`). Text that could be read so is printed between `::stop-commands::<token>` and
 * `::<token>::`, with a fresh random token the data cannot know: it stays readable, word for word, and the
 * runner executes nothing in it. Text that could not be read as a command is printed as it is.
 */


// `^` with the m flag also matches after \r, \u2028 and \u2029: more line starts than the runner sees.
const COMMAND_LIKE = /^\s*::|##\[/m;
/** Whether the runner could read any line of `text` as a workflow command. */
function looksLikeWorkflowCommand(text) {
    return COMMAND_LIKE.test(text);
}
/** A token no data can have guessed; hexadecimal, so never one of the runner's command names. */
function stopToken() {
    return `modelgate-${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(16).toString('hex')}`;
}
/**
 * `text` ready for the log: as it is, or, when a line could be read as a workflow command, wrapped in
 * stop-commands so that it is not. A trailing line break stays the last character.
 */
function commandSafe(text, token = stopToken()) {
    if (!looksLikeWorkflowCommand(text))
        return text;
    const newline = text.endsWith('\n');
    const body = newline ? text.slice(0, -1) : text;
    return `::stop-commands::${token}\n${body}\n::${token}::${newline ? '\n' : ''}`;
}
/** info for text that may carry data. warning/error/setFailed need no guard: they escape line breaks,
 * so data stays inside the one command line they write. */
function logInfo(message) {
    (0,_workflow_commands_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq)(commandSafe(message));
}


/***/ }),

/***/ 35918:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput)
/* harmony export */ });
/* unused harmony export error */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/**
 * The workflow commands the actions write (log lines, annotations, masks, outputs, the step's failure),
 * byte for byte as @actions/core writes them (workflow-commands.test.ts holds them side by side). Its entry
 * module imports an HTTP client for OIDC tokens at load, which costs every step about 60 ms and 20 MB
 * before it reads a byte; only sign-model needs a token, and it loads @actions/core for that alone.
 *
 * These do not guard against data that looks like a command: logInfo (log.ts) does, for info lines.
 */



/** A command's message: its line breaks (and %) escaped, so it stays on the command's one line. */
function escapeData(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** A command property's value: escaped like a message, and also its `:` and `,`, which end a property. */
function escapeProperty(text) {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
function issue(command, message, properties = '') {
    process.stdout.write(`::${command}${properties}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** A line of the log, as it is. */
function info(message) {
    process.stdout.write(message + node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
}
/** A line of the log shown only with step debug logging on. */
function debug(message) {
    issue('debug', message);
}
/** A warning annotation. */
function warning(message) {
    issue('warning', message);
}
/** An error annotation. */
function error(message) {
    issue('error', message);
}
/** Fails the step (exit code 1 once the process ends) with `message` as an error annotation. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** Has the runner print `***` wherever `secret` appears in the log from now on. */
function setSecret(secret) {
    issue('add-mask', secret);
}
/**
 * Sets a step output: appended to the runner's GITHUB_OUTPUT file under a random delimiter, which no value
 * can end early, or, on a runner without one, as the older set-output command.
 */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_2__.EOL);
        issue('set-output', value, ` name=${escapeProperty(name)}`);
        return;
    }
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(file))
        throw new Error(`Missing file at path: ${file}`);
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Unexpected input: the output ${name} holds its delimiter`);
    }
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`, { encoding: 'utf8' });
}


/***/ }),

/***/ 10475:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GU: () => (/* binding */ parseIsoDateTime),
/* harmony export */   gf: () => (/* binding */ parseAs)
/* harmony export */ });
/* unused harmony exports EXACT_POWERS_OF_TEN, parseNumber, isIntegerLiteral, parseBooleanWord, parseBoolean, parseDatetime, parseNumberText */
/**
 * Parsers for one text cell held as UTF-8 bytes `bytes[start, end)`. They never allocate on the common path.
 *
 * Numbers follow the decimal grammar that JavaScript's Number() and C's strtod share —
 * `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`, plus `inf` / `infinity` in any case — and
 * the value returned is the correctly rounded double, bit-for-bit what Number(text) gives. Number() also
 * takes hex, octal, binary and empty text, which are not decimal data and are rejected here. Spaces around
 * the number are allowed, as pandas allows them.
 */
const SPACE = 0x20;
const PLUS = 0x2b;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
/** 10^0 .. 10^22: every one is exactly representable as a double (5^22 < 2^53). */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
function textOf(bytes, start, end) {
    // Only called on bytes the grammar has already checked to be ASCII.
    let text = '';
    for (let i = start; i < end; i++)
        text += String.fromCharCode(bytes[i]);
    return text;
}
function lower(byte) {
    return byte | 0x20;
}
function matchesWord(bytes, start, end, word) {
    if (end - start !== word.length)
        return false;
    for (let i = 0; i < word.length; i++) {
        if (lower(bytes[start + i]) !== word.charCodeAt(i))
            return false;
    }
    return true;
}
/**
 * The number written in `bytes[start, end)`, or NaN when the text is not a decimal number.
 *
 * Fast path (Clinger): with at most 15 significant digits the digits form an integer m < 2^53, and when
 * the decimal exponent e satisfies |e| <= 22, 10^|e| is exact too, so the single IEEE operation m * 10^e or
 * m / 10^-e is correctly rounded — the same double Number(text) returns. Anything else (long mantissas,
 * large exponents) goes to Number() on the checked text, which V8 rounds correctly.
 */
function parseNumber(bytes, start, end) {
    while (start < end && bytes[start] === SPACE)
        start++;
    while (end > start && bytes[end - 1] === SPACE)
        end--;
    let i = start;
    let negative = false;
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) {
        negative = bytes[i] === MINUS;
        i++;
    }
    let mantissa = 0;
    let significantDigits = 0;
    let digits = 0;
    let exponent = 0;
    while (i < end) {
        const d = bytes[i] - ZERO;
        if (d < 0 || d > 9)
            break;
        if (mantissa !== 0 || d !== 0) {
            mantissa = mantissa * 10 + d;
            significantDigits++;
        }
        digits++;
        i++;
    }
    if (i < end && bytes[i] === DOT) {
        i++;
        while (i < end) {
            const d = bytes[i] - ZERO;
            if (d < 0 || d > 9)
                break;
            if (mantissa !== 0 || d !== 0) {
                mantissa = mantissa * 10 + d;
                significantDigits++;
            }
            exponent--;
            digits++;
            i++;
        }
    }
    if (digits === 0)
        return parseInfinity(bytes, start, end);
    if (i < end && lower(bytes[i]) === 0x65) {
        i++;
        let exponentNegative = false;
        if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS)) {
            exponentNegative = bytes[i] === MINUS;
            i++;
        }
        const exponentStart = i;
        let written = 0;
        while (i < end) {
            const d = bytes[i] - ZERO;
            if (d < 0 || d > 9)
                break;
            // Past 10^6 the value is 0 or Infinity whatever the mantissa; Number() below settles it.
            if (written < 1e6)
                written = written * 10 + d;
            i++;
        }
        if (i === exponentStart)
            return Number.NaN;
        exponent += exponentNegative ? -written : written;
    }
    if (i !== end)
        return Number.NaN;
    if (mantissa === 0)
        return negative ? -0 : 0;
    if (significantDigits <= 15 && exponent >= -22 && exponent <= 22) {
        const magnitude = exponent >= 0 ? mantissa * EXACT_POWERS_OF_TEN[exponent] : mantissa / EXACT_POWERS_OF_TEN[-exponent];
        return negative ? -magnitude : magnitude;
    }
    return Number(textOf(bytes, start, end));
}
function parseInfinity(bytes, start, end) {
    let sign = 1;
    if (start < end && (bytes[start] === MINUS || bytes[start] === PLUS)) {
        if (bytes[start] === MINUS)
            sign = -1;
        start++;
    }
    if (matchesWord(bytes, start, end, 'inf') || matchesWord(bytes, start, end, 'infinity'))
        return sign * Infinity;
    return Number.NaN;
}
/**
 * Whether the text is an integer literal (`[+-]?digits`, spaces around allowed) whose value is a safe integer
 * (|v| <= 2^53 - 1). Type inference calls a column integer only when every sampled cell is one.
 */
function isIntegerLiteral(bytes, start, end) {
    while (start < end && bytes[start] === SPACE)
        start++;
    while (end > start && bytes[end - 1] === SPACE)
        end--;
    let i = start;
    if (i < end && (bytes[i] === MINUS || bytes[i] === PLUS))
        i++;
    if (i === end)
        return false;
    for (let j = i; j < end; j++) {
        const d = bytes[j] - ZERO;
        if (d < 0 || d > 9)
            return false;
    }
    return Number.isSafeInteger(parseNumber(bytes, start, end));
}
/** 1 for `true`, 0 for `false` (any case), -1 otherwise. Columns of type boolean also take `1` and `0`. */
function parseBooleanWord(bytes, start, end) {
    if (matchesWord(bytes, start, end, 'true'))
        return 1;
    if (matchesWord(bytes, start, end, 'false'))
        return 0;
    return -1;
}
function parseBoolean(bytes, start, end) {
    if (end - start === 1) {
        if (bytes[start] === 0x31)
            return 1;
        if (bytes[start] === ZERO)
            return 0;
    }
    return parseBooleanWord(bytes, start, end);
}
/** Days from 1970-01-01 to the proleptic Gregorian date y-m-d (Hinnant's days_from_civil). */
function daysFromCivil(year, month, day) {
    const y = month <= 2 ? year - 1 : year;
    const era = Math.floor(y / 400);
    const yearOfEra = y - era * 400;
    const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
}
function daysInMonth(year, month) {
    if (month === 2)
        return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
    return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
/**
 * Epoch milliseconds (UTC) of an ISO 8601 date or date-time, or NaN. Accepted: `YYYY-MM-DD`, optionally
 * followed by `T` or a space and `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fraction`, optionally followed by `Z`,
 * `±HH:MM`, `±HHMM` or `±HH`. A date-time without a zone is taken as UTC. Fields are range-checked
 * (2023-02-29 is rejected). Sub-millisecond fractions are kept as a fractional millisecond.
 */
function parseDatetime(bytes, start, end) {
    while (start < end && bytes[start] === SPACE)
        start++;
    while (end > start && bytes[end - 1] === SPACE)
        end--;
    let i = start;
    const field = (width) => {
        if (i + width > end)
            return -1;
        let value = 0;
        for (let k = 0; k < width; k++) {
            const d = bytes[i + k] - ZERO;
            if (d < 0 || d > 9)
                return -1;
            value = value * 10 + d;
        }
        i += width;
        return value;
    };
    const expect = (byte) => {
        if (i < end && bytes[i] === byte) {
            i++;
            return true;
        }
        return false;
    };
    const year = field(4);
    if (year < 0 || !expect(MINUS))
        return Number.NaN;
    const month = field(2);
    if (month < 1 || month > 12 || !expect(MINUS))
        return Number.NaN;
    const day = field(2);
    if (day < 1 || day > daysInMonth(year, month))
        return Number.NaN;
    let ms = daysFromCivil(year, month, day) * 86_400_000;
    if (i === end)
        return ms;
    if (bytes[i] !== 0x54 && bytes[i] !== 0x74 && bytes[i] !== SPACE)
        return Number.NaN;
    i++;
    const hour = field(2);
    if (hour < 0 || hour > 23 || !expect(0x3a))
        return Number.NaN;
    const minute = field(2);
    if (minute < 0 || minute > 59)
        return Number.NaN;
    ms += hour * 3_600_000 + minute * 60_000;
    if (expect(0x3a)) {
        const second = field(2);
        if (second < 0 || second > 59)
            return Number.NaN;
        ms += second * 1000;
        if (expect(DOT) || expect(0x2c)) {
            let fraction = 0;
            let fractionDigits = 0;
            const fractionStart = i;
            while (i < end && bytes[i] >= ZERO && bytes[i] <= 0x39) {
                // Digits past the 15th are below a double's resolution for any epoch; they are read and dropped.
                if (fractionDigits < 15) {
                    fraction = fraction * 10 + (bytes[i] - ZERO);
                    fractionDigits++;
                }
                i++;
            }
            if (i === fractionStart)
                return Number.NaN;
            ms +=
                fractionDigits <= 3
                    ? fraction * EXACT_POWERS_OF_TEN[3 - fractionDigits]
                    : fraction / EXACT_POWERS_OF_TEN[fractionDigits - 3];
        }
    }
    if (i === end)
        return ms;
    if (bytes[i] === 0x5a || bytes[i] === 0x7a)
        return i + 1 === end ? ms : Number.NaN;
    if (bytes[i] !== PLUS && bytes[i] !== MINUS)
        return Number.NaN;
    const offsetSign = bytes[i] === PLUS ? 1 : -1;
    i++;
    const offsetHours = field(2);
    if (offsetHours < 0 || offsetHours > 23)
        return Number.NaN;
    let offsetMinutes = 0;
    if (i < end) {
        expect(0x3a);
        offsetMinutes = field(2);
        if (offsetMinutes < 0 || offsetMinutes > 59)
            return Number.NaN;
    }
    if (i !== end)
        return Number.NaN;
    return ms - offsetSign * (offsetHours * 3_600_000 + offsetMinutes * 60_000);
}
const utf8 = new TextEncoder();
/** The number `text` writes, read as the readers read a number cell (parseNumber); NaN when it is none. */
function parseNumberText(text) {
    const bytes = utf8.encode(text);
    return parseNumber(bytes, 0, bytes.length);
}
/**
 * Epoch milliseconds (UTC) of ISO 8601 text, or undefined when it is not one: the one ISO date parser of
 * modelgate, the same rules as the readers' parseDatetime (so a schema's bound and a data cell written
 * alike are the same instant). Surrounding spaces are ignored.
 */
function parseIsoDateTime(text) {
    const bytes = utf8.encode(text);
    const ms = parseDatetime(bytes, 0, bytes.length);
    return Number.isNaN(ms) ? undefined : ms;
}
/**
 * A cell read as a numeric column type, NaN when it is not one: integer (a number that is a safe integer,
 * so `3.0` and `1e3` are accepted, `3.5` and 2^60 are not), number, boolean (true/false in any case, 1, 0)
 * or datetime (epoch milliseconds).
 */
function parseAs(type, bytes, start, end) {
    switch (type) {
        case 'number':
            return parseNumber(bytes, start, end);
        case 'integer': {
            const value = parseNumber(bytes, start, end);
            return Number.isSafeInteger(value) ? value : Number.NaN;
        }
        case 'boolean': {
            const flag = parseBoolean(bytes, start, end);
            return flag < 0 ? Number.NaN : flag;
        }
        case 'datetime':
            return parseDatetime(bytes, start, end);
    }
}


/***/ }),

/***/ 96665:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   Eg: () => (/* binding */ groupBySeverity),
/* harmony export */   Fl: () => (/* binding */ formatValue),
/* harmony export */   Jr: () => (/* binding */ formatPlainNumber),
/* harmony export */   K9: () => (/* binding */ groupDigits),
/* harmony export */   T1: () => (/* binding */ formatShare),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   _Z: () => (/* binding */ formatCell),
/* harmony export */   fx: () => (/* binding */ SEVERITY_PLURAL),
/* harmony export */   j: () => (/* binding */ VERDICT_LABEL),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   k4: () => (/* binding */ columnHeader),
/* harmony export */   kc: () => (/* binding */ isNumericColumn),
/* harmony export */   wv: () => (/* binding */ describeCounts)
/* harmony export */ });
/* unused harmony exports UNDEFINED_TEXT, STATUS_ICON, formatInterval, SEVERITIES */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15149);
/**
 * Plain-text formatting shared by the markdown, HTML and terminal renderers, so the three show the same
 * numbers the same way. Output is unescaped text; each renderer escapes for its medium.
 */

/**
 * A number for people: integers with thousands separators (12,345); values below 1,000 with 4 significant
 * digits (0.04213, 123.5); larger ones with one decimal (1,250.5); magnitudes below 0.001 or from 1e15 in
 * exponent form (1.2e-12). NaN and infinities are spelled out rather than hidden.
 */
function formatNumber(value) {
    if (Number.isNaN(value))
        return 'NaN';
    if (!Number.isFinite(value))
        return value > 0 ? '∞' : '-∞';
    const magnitude = Math.abs(value);
    if (magnitude >= 1e15 || (magnitude < 1e-3 && value !== 0))
        return trimExponent(value.toExponential(2));
    if (Number.isInteger(value) || magnitude >= 1e3)
        return groupDigits(value, 1);
    return trimZeros(value.toPrecision(4));
}
/**
 * `value` rounded to at most `fractionDigits` decimals, with thousands separators: 1250.05 -> "1,250.1"
 * with one decimal. As Intl.NumberFormat('en-US') writes it: the shortest decimal that reads back as the
 * double (what String gives), rounded half away from zero; but never "-0", which Intl writes for a negative
 * value that rounds to zero. Written by hand because the first Intl.NumberFormat of a process sets up ICU:
 * 12 to 25 ms, measured, of the action's start-up.
 */
function groupDigits(value, fractionDigits) {
    if (!Number.isFinite(value))
        return formatNumber(value);
    // String gives the shortest digits that read back as the double, as [whole][.fraction][e+-exponent]. The
    // value is then 0.<digits> x 10^point.
    const [mantissa, exponent = '0'] = String(Math.abs(value)).split('e');
    const [whole, fraction = ''] = mantissa.split('.');
    const leadingZeros = (whole + fraction).search(/[1-9]|$/);
    let digits = (whole + fraction).slice(leadingZeros);
    let point = whole.length - leadingZeros + Number(exponent);
    const kept = point + fractionDigits;
    if (kept < digits.length) {
        const roundUp = kept >= 0 && digits[kept] >= '5';
        digits = kept > 0 ? digits.slice(0, kept) : '';
        if (roundUp) {
            const carried = (BigInt(`0${digits}`) + 1n).toString();
            if (carried.length > digits.length)
                point += 1;
            digits = carried;
        }
    }
    const integer = point > 0 ? digits.slice(0, point).padEnd(point, '0') : '0';
    const decimals = (point < 0 ? '0'.repeat(-point) + digits : digits.slice(Math.max(point, 0)))
        .slice(0, fractionDigits)
        .replace(/0+$/, '');
    const grouped = integer.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    const text = decimals ? `${grouped}.${decimals}` : grouped;
    return value < 0 && /[1-9]/.test(text) ? `-${text}` : text;
}
/**
 * A number as a user writes it in a schema or an input (no grouping, up to 6 significant digits): used to
 * echo a bound or a setting back, where formatNumber's 4 digits could show a bound the data does not meet
 * as one it does.
 */
function formatPlainNumber(x) {
    if (Number.isInteger(x))
        return String(x);
    return String(Number(x.toPrecision(6)));
}
function trimZeros(text) {
    return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}
function trimExponent(text) {
    const [mantissa, exponent] = text.split('e');
    return `${trimZeros(mantissa)}e${exponent.replace('+', '')}`;
}
/**
 * A share in [0, 1] as a percentage, with enough digits to tell small shares apart and never rounding a
 * share that is not all into "100%": 0.1234 -> "12.3%", 0.0005 -> "0.05%", 0.00001 -> "<0.01%",
 * 0.99995 -> ">99.9%". A negative share (a change) keeps its sign; NaN and infinities are spelled out.
 * The one share formatter of modelgate: reports, finding messages and CLI lines all use it.
 */
function formatShare(share) {
    if (!Number.isFinite(share))
        return formatNumber(share);
    if (share < 0)
        return `-${formatShare(-share)}`;
    if (share === 0)
        return '0%';
    const percent = share * 100;
    if (percent < 0.01)
        return '<0.01%';
    if (percent < 1)
        return `${Number(percent.toPrecision(2))}%`;
    const shown = Number(percent.toFixed(1));
    return shown === 100 && percent < 100 ? '>99.9%' : `${shown}%`;
}
/** A metric value as text; null (a value that does not exist) is an em dash, a list is comma-separated. */
function formatValue(value) {
    if (value === null)
        return '—';
    if (typeof value === 'number')
        return formatNumber(value);
    if (typeof value === 'boolean')
        return value ? 'yes' : 'no';
    if (Array.isArray(value))
        return value.length === 0 ? 'none' : value.join(', ');
    return value;
}
/** What a null cell in a column of figures reads as: the figure is undefined, not zero. */
const UNDEFINED_TEXT = 'undefined';
const STATUS_ICON = {
    pass: '✅',
    warn: '⚠️',
    fail: '❌',
    undefined: '❔',
    skipped: '⏭️',
    info: 'ℹ️',
};
/**
 * A table cell as text, the way its column's kind says: a share as a percentage, an interval as
 * `0.42 [0.4, 0.44]`, a status as its word (with its icon when `icons`), null as "undefined" in a column
 * of figures or statuses and "—" in a text column or one whose nulls mean "not applicable". A cell of
 * another type than its column's (a bug in a check) is still shown, as its plain value, rather than hidden.
 */
function formatCell(cell, column, icons = false) {
    if (cell === null || cell === undefined) {
        const means = column.nullMeans ?? (column.kind === 'text' ? 'not applicable' : 'undefined');
        return means === 'undefined' ? UNDEFINED_TEXT : '—';
    }
    if ((0,_model_js__WEBPACK_IMPORTED_MODULE_0__/* .isIntervalValue */ .Rq)(cell))
        return formatInterval(cell, column.unit === '%');
    if (typeof cell === 'number') {
        if (column.kind === 'share' || (column.kind === 'interval' && column.unit === '%'))
            return formatShare(cell);
        return formatNumber(cell);
    }
    if (typeof cell === 'boolean')
        return cell ? 'yes' : 'no';
    if (column.kind === 'status' && icons && cell in STATUS_ICON)
        return `${STATUS_ICON[cell]} ${cell}`;
    return cell;
}
/** `0.42 [0.4, 0.44]`, each part a share when `asShare`; an undefined part is spelled "undefined". */
function formatInterval(interval, asShare = false) {
    const part = (value) => value === null ? UNDEFINED_TEXT : asShare ? formatShare(value) : formatNumber(value);
    if (interval.low === null && interval.high === null)
        return part(interval.estimate);
    return `${part(interval.estimate)} [${part(interval.low)}, ${part(interval.high)}]`;
}
/** A column's header: its name, and its unit in parentheses when it has one (`latency (ms)`). */
function columnHeader(column) {
    return column.unit !== undefined && column.unit !== '' && column.unit !== '%'
        ? `${column.name} (${column.unit})`
        : column.name;
}
/** `file:line` for a line of a text file, `file:row N` for a row of a binary file such as Parquet. */
function formatLocation(location) {
    if (location.line === undefined)
        return location.file;
    return location.unit === 'row'
        ? `${location.file}:row ${location.line}`
        : `${location.file}:${location.line}`;
}
/** Count and share of a finding, e.g. "1,234 (12.3%)"; empty when the finding has neither. */
function formatCount(finding) {
    const parts = [];
    if (finding.count !== undefined)
        parts.push(formatNumber(finding.count));
    if (finding.share !== undefined) {
        parts.push(parts.length > 0 ? `(${formatShare(finding.share)})` : formatShare(finding.share));
    }
    return parts.join(' ');
}
const SEVERITIES = ['error', 'warning', 'notice'];
const SEVERITY_PLURAL = {
    error: 'errors',
    warning: 'warnings',
    notice: 'notices',
};
const VERDICT_LABEL = { pass: 'Pass', warn: 'Warn', fail: 'Fail' };
/** Findings by severity, errors first; the order within a severity is the check's own. */
function groupBySeverity(findings) {
    const groups = new Map();
    for (const severity of SEVERITIES) {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length > 0)
            groups.set(severity, group);
    }
    return groups;
}
/** "2 errors, 1 warning" — the counts of each present severity. */
function describeCounts(groups) {
    return [...groups]
        .map(([severity, group]) => `${formatNumber(group.length)} ${group.length === 1 ? severity : SEVERITY_PLURAL[severity]}`)
        .join(', ');
}
/** True when a column holds figures (counts, numbers, shares, intervals), so renderers right-align it. */
function isNumericColumn(column) {
    return (column.kind === 'count' ||
        column.kind === 'number' ||
        column.kind === 'share' ||
        column.kind === 'interval');
}


/***/ }),

/***/ 15149:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rq: () => (/* binding */ isIntervalValue),
/* harmony export */   Vj: () => (/* binding */ verdictOf),
/* harmony export */   WI: () => (/* binding */ REPORT_SCHEMA_VERSION)
/* harmony export */ });
/* unused harmony export STATUSES */
/**
 * The one Report model every action produces. It is what report.json holds (see report.schema.json beside
 * this file), what the markdown, HTML and terminal renderers draw, and what later gates read as evidence.
 * Bump REPORT_SCHEMA_VERSION on any change that is not purely additive.
 */
const REPORT_SCHEMA_VERSION = 1;
const STATUSES = (/* unused pure expression or super */ null && (['pass', 'warn', 'fail', 'undefined', 'skipped', 'info']));
/** The verdict that follows from findings: any error fails, any warning warns. */
function verdictOf(findings) {
    if (findings.some((f) => f.severity === 'error'))
        return 'fail';
    if (findings.some((f) => f.severity === 'warning'))
        return 'warn';
    return 'pass';
}
/** True when a cell is an IntervalValue (an object), not a scalar. */
function isIntervalValue(cell) {
    return typeof cell === 'object' && cell !== null;
}


/***/ }),

/***/ 60044:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E: () => (/* binding */ truncateForDisplay)
/* harmony export */ });
/* unused harmony export DISPLAY_MAX */
/* harmony import */ var _format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(96665);
/**
 * The one cut for data text shown in a report (terminal, markdown, HTML, SVG, check-run annotations): a
 * column name or value of 200,000 characters would drown the report, or hang a renderer. report.json keeps
 * every value whole, so the cut says where to find it.
 */

/** Characters (UTF-16 code units) of one piece of data text shown before it is cut. */
const DISPLAY_MAX = 1_000;
/** `text`, or its start with a note of how much was left out and where the whole value is. */
function truncateForDisplay(text, max = DISPLAY_MAX) {
    if (text.length <= max)
        return text;
    let cut = max;
    // Do not split a surrogate pair: half an emoji is an invalid character.
    if (/[\ud800-\udbff]/.test(text[cut - 1]))
        cut -= 1;
    return `${text.slice(0, cut)}… (${(0,_format_js__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K9)(text.length - cut, 0)} more characters; whole in report.json)`;
}


/***/ })

};
