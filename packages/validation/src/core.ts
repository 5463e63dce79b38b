// The single place this package reaches into @modelgate/core, so the rest of it names one local module.
export type {
  CategoricalColumn,
  Cell,
  CheckResult,
  Column,
  ColumnType,
  Finding,
  Location,
  MetricValue,
  NumericColumn,
  ReportTable,
  RowLocation,
  RowProblem,
  Severity,
  Source,
  SourceFormat,
  Table,
  TableChunk,
} from '@modelgate/core';
export { DataError, freeMemory, headerRowHint, locateRow } from '@modelgate/core';
