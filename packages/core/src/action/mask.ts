/**
 * Masks a secret for the Actions log. The runner matches masks against one log line at a time, so a
 * multi-line secret (a PEM key) masked whole is never matched: each of its lines is masked as well.
 */
export function maskSecret(value: string, setSecret: (line: string) => void): void {
  if (value === '') return;
  setSecret(value);
  if (!/[\r\n]/.test(value)) return;
  for (const line of value.split(/\r?\n|\r/)) {
    const trimmed = line.trim();
    if (trimmed !== '') setSecret(trimmed);
  }
}
