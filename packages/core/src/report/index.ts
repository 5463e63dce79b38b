export { type BuildReportOptions, buildReport } from './build.ts';
export { markdownCell, markdownText } from './escape.ts';
export {
  formatCell,
  formatLocation,
  formatNumber,
  formatPlainNumber,
  formatShare,
  groupDigits,
} from './format.ts';
export * from './model.ts';
export { renderHtml } from './render-html.ts';
export {
  DEFAULT_MARKDOWN_MAX_LENGTH,
  type MarkdownOptions,
  MIN_MARKDOWN_MAX_LENGTH,
  renderMarkdown,
  VERDICT_EMOJI,
} from './render-markdown.ts';
export { renderTerminal, type TerminalOptions } from './render-terminal.ts';
export { default as reportSchema } from './report.schema.json' with { type: 'json' };
export { renderChartSvg, type SvgChartOptions } from './svg.ts';
export { tableCellProblems } from './table-cells.ts';
export { renderTextChart } from './text-chart.ts';
export { REPORT_FILE_NAMES, type ReportFiles, serializeReport, writeReportFiles } from './write.ts';
