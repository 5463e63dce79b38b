// Maps a path inside a parsed YAML document (['columns', 'age', 'max']) back to the line and column of the
// text it came from, so an error about a value can point at that value in the user's file.
import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from 'yaml';

export interface TextPosition {
  line: number;
  column: number;
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

function startOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}

/**
 * Position of the value at `path`, or of its key when `atKey` (an unknown field, a missing field). A path
 * that leaves the document stops at the deepest node that exists.
 */
export function locatePath(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly string[],
  atKey = false,
): TextPosition {
  let node: unknown = doc.contents;
  let key: unknown;
  for (const segment of path) {
    if (isAlias(node)) node = node.resolve(doc);
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === segment);
      if (!pair) break;
      key = pair.key;
      node = pair.value ?? pair.key;
    } else if (isSeq(node)) {
      const item = node.items[Number(segment)];
      if (item === undefined) break;
      key = item;
      node = item;
    } else {
      break;
    }
  }
  const offset = (atKey ? startOf(key) : undefined) ?? startOf(node) ?? startOf(key) ?? 0;
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

export interface DuplicateKey {
  /** Path of the mapping that holds the key twice. */
  path: string[];
  key: string;
  position: TextPosition;
}

/**
 * Keys that appear twice in one mapping. yaml's own check (uniqueKeys) compares each key with every earlier
 * one, which takes seconds for a schema of 10,000 columns; this walk uses a set per mapping.
 */
export function findDuplicateKeys(doc: Document, lineCounter: LineCounter): DuplicateKey[] {
  const found: DuplicateKey[] = [];
  const path: string[] = [];
  const walk = (node: unknown): void => {
    if (isMap(node)) {
      const seen = new Set<string>();
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
    } else if (isSeq(node)) {
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
