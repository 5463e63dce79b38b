// Evidence: earlier modelgate reports attested with the model in a second in-toto statement over the same
// model digest, so a deploy job can require that named gates passed for exactly this model.
import { createHash } from 'node:crypto';
import { UserError } from '@modelgate/core';
import { IN_TOTO_STATEMENT_TYPE } from './statement.ts';

export const EVIDENCE_PREDICATE_TYPE = 'https://modelgate.dev/evidence/v1';

export interface GateEvidence {
  action: string;
  verdict: string;
  summary: string;
  createdAt: string;
  /** sha256 of the report.json bytes that were attested. */
  reportDigest: string;
}

export interface EvidenceStatement {
  _type: typeof IN_TOTO_STATEMENT_TYPE;
  subject: { name: string; digest: { sha256: string } }[];
  predicateType: typeof EVIDENCE_PREDICATE_TYPE;
  predicate: { reports: GateEvidence[] };
}

/** Reads one report.json's facts; `where` names the file in any error. */
export function evidenceFromReport(bytes: Uint8Array, where: string): GateEvidence {
  let report: unknown;
  try {
    report = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new UserError(`evidence ${where}: not a JSON report`);
  }
  const r = report as Record<string, unknown>;
  if (typeof r !== 'object' || r === null || typeof r.action !== 'string' || typeof r.verdict !== 'string')
    throw new UserError(`evidence ${where}: expected a modelgate report.json with action and verdict`);
  return {
    action: r.action,
    verdict: r.verdict,
    summary: typeof r.summary === 'string' ? r.summary : '',
    createdAt: typeof r.createdAt === 'string' ? r.createdAt : '',
    reportDigest: createHash('sha256').update(bytes).digest('hex'),
  };
}

export function buildEvidenceStatement(
  subject: { name: string; digest: { sha256: string } },
  reports: readonly GateEvidence[],
): EvidenceStatement {
  return {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: [subject],
    predicateType: EVIDENCE_PREDICATE_TYPE,
    predicate: { reports: [...reports] },
  };
}

/** Why the evidence does not show each required gate passing for this model digest; empty when it does. */
export function evidenceProblems(
  statement: unknown,
  modelDigest: string,
  requiredGates: readonly string[],
): string[] {
  const s = statement as Partial<EvidenceStatement> | null;
  if (!s || s.predicateType !== EVIDENCE_PREDICATE_TYPE || !Array.isArray(s.predicate?.reports))
    return ['the evidence is not a modelgate evidence statement'];
  if (s.subject?.[0]?.digest?.sha256 !== modelDigest)
    return ['the evidence was attested for another model (its subject digest differs)'];
  const problems: string[] = [];
  for (const gate of requiredGates) {
    const runs = s.predicate.reports.filter((r) => r.action === gate);
    if (runs.length === 0) problems.push(`required gate ${gate} has no report in the evidence`);
    else if (runs.some((r) => r.verdict === 'fail'))
      problems.push(`required gate ${gate} failed for this model`);
  }
  return problems;
}
