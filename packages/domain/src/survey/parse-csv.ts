// A small CSV reader for survey files exported by Excel, LibreOffice or Google Sheets: UTF-8 with or
// without a byte-order mark, CRLF, LF or CR line ends, fields in double quotes (a quote inside doubled,
// commas and line breaks inside allowed), and the separator read from the header line (a comma, or a
// semicolon as Excel writes under a Vietnamese locale). Each row keeps the line number where it
// starts, for messages; blank lines are skipped. An unclosed quote is an error (never a guess).

export interface CsvRow {
  /** 1-based line number of the row's first line in the file */
  line: number;
  cells: string[];
}

export type CsvResult = { ok: true; rows: CsvRow[] } | { ok: false; line: number; message: string };

function separatorOf(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

export function parseCsv(input: string): CsvResult {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const sep = separatorOf(text);
  const rows: CsvRow[] = [];
  let line = 1;
  let rowLine = 1;
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let quoteLine = 0;
  let i = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) rows.push({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  while (i < text.length) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i++;
        continue;
      }
      if (ch === '\r' || ch === '\n') {
        if (ch === '\r' && text[i + 1] === '\n') i++;
        cell += '\n';
        line++;
        i++;
        continue;
      }
      cell += ch;
      i++;
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
      i++;
    } else if (ch === sep) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      endRow();
      line++;
      rowLine = line;
      i++;
    } else {
      cell += ch;
      i++;
    }
  }
  if (quoted) {
    return { ok: false, line: quoteLine, message: `Dòng ${quoteLine}: dấu ngoặc kép mở nhưng không đóng.` };
  }
  if (cell !== '' || cells.length > 0) endRow();
  return { ok: true, rows };
}
