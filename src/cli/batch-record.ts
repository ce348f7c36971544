/** One JSONL input line → the text to read, or a reason it cannot be read. */

/** A parsed batch line. */
export type BatchRecord = { id: unknown; text: string } | { id: unknown; error: string };

/** Parses one line of batch input. Never throws. */
export function parseRecord(line: string, lineNo: number, field: string, idField: string): BatchRecord {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    return { id: lineNo, error: `line ${lineNo}: not JSON (${(e as Error).message})` };
  }
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { id: lineNo, error: `line ${lineNo}: not a JSON object` };
  const rec = obj as Record<string, unknown>;
  const id = rec[idField] ?? lineNo;
  const text = rec[field];
  if (typeof text !== 'string') return { id, error: `line ${lineNo}: field "${field}" is ${text === undefined ? 'missing' : 'not a string'}` };
  return { id, text };
}

/** The output line for a record: its id with the result, or with the error. */
export function outputLine(id: unknown, resultJson: string | null, error: string | null): string {
  return error !== null ? `{"id":${JSON.stringify(id)},"error":${JSON.stringify(error)}}` : `{"id":${JSON.stringify(id)},"result":${resultJson}}`;
}
