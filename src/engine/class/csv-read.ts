/**
 * A small RFC 4180 reader for what teachers export from spreadsheets: quoted
 * fields, doubled quotes, CRLF, LF or CR line ends, and newlines inside quoted
 * fields (a name with a line break). Lenient on purpose: a quote left open
 * runs to the end of the text and is reported, instead of throwing.
 */

export interface CsvRecord {
  /** The 1-based line the record starts on, so problems name the line a teacher sees. */
  line: number;
  fields: string[];
  /** True when a quoted field was never closed. */
  unclosed: boolean;
}

export type CsvDelimiter = ',' | ';' | '\t';

export function readCsv(text: string, delimiter: CsvDelimiter = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let i = 0;
  const endRecord = (unclosed: boolean): void => {
    fields.push(field);
    records.push({ line: start, fields, unclosed });
    fields = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"' && field === '') {
      // A quoted field: read to the closing quote; "" is a literal quote.
      i += 1;
      let closed = false;
      while (i < text.length) {
        const c = text[i]!;
        if (c === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          closed = true;
          break;
        }
        if (c === '\n' || (c === '\r' && text[i + 1] !== '\n')) line += 1;
        field += c;
        i += 1;
      }
      if (!closed) {
        endRecord(true);
        return records;
      }
      continue; // anything after the closing quote up to the delimiter is kept as written
    }
    if (ch === delimiter) {
      fields.push(field);
      field = '';
      i += 1;
    } else if (ch === '\r' || ch === '\n') {
      i += ch === '\r' && text[i + 1] === '\n' ? 2 : 1;
      endRecord(false);
      line += 1;
      start = line;
    } else {
      field += ch;
      i += 1;
    }
  }
  if (field !== '' || fields.length > 0) endRecord(false);
  return records;
}
