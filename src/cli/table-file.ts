import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import { Readable } from "node:stream";
import ExcelJS from "exceljs";

/** A problem with the file as a whole; `key` is a locale key, `params` fill it. */
export class TableFileError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${key} ${JSON.stringify(params)}`);
    this.name = "TableFileError";
  }
}

export interface ColumnSpec<Field extends string> {
  field: Field;
  /** Accepted headers, English first; compared without case, `ё`, `*` and extra spaces. */
  headers: readonly string[];
  required?: boolean;
}

export interface TableRow<Field extends string> {
  /** The row number the administrator sees in Excel (the header is usually row 1). */
  rowNumber: number;
  /** Trimmed cell text per recognised column; a column absent from the file is absent here. */
  cells: Partial<Record<Field, string>>;
}

export interface Table<Field extends string> {
  /** The file's own header text per recognised column, for messages. */
  headers: Partial<Record<Field, string>>;
  rows: TableRow<Field>[];
}

/**
 * Reads the first sheet of an .xlsx file or a .csv file (UTF-8 with or without BOM, or the
 * Windows-1251 older Russian Excel writes; `;`, `,` or tab separated — Russian Excel uses `;`).
 * The first non-empty row is the header; columns are matched to `specs` by their headers.
 */
export async function readTable<Field extends string>(
  path: string,
  specs: readonly ColumnSpec<Field>[],
): Promise<Table<Field>> {
  const grid = await readGrid(path);
  const headerIndex = grid.findIndex((row) => row.values.some(Boolean));
  const headerRow = grid[headerIndex];
  if (!headerRow) throw new TableFileError("cli-error-file-empty", { path });

  const positions = new Map<Field, number>();
  const headers: Partial<Record<Field, string>> = {};
  headerRow.values.forEach((text, index) => {
    const spec = specs.find((candidate) =>
      candidate.headers.some((header) => normaliseHeader(header) === normaliseHeader(text)),
    );
    if (spec && !positions.has(spec.field)) {
      positions.set(spec.field, index);
      headers[spec.field] = text;
    }
  });
  const missing = specs.filter((spec) => spec.required && !positions.has(spec.field));
  if (missing.length > 0)
    throw new TableFileError("cli-error-columns-missing", {
      columns: missing.map((spec) => spec.headers.join(" / ")).join("; "),
    });

  const rows = grid
    .slice(headerIndex + 1)
    .filter((row) => row.values.some(Boolean))
    .map((row) => {
      const cells: Partial<Record<Field, string>> = {};
      for (const [field, index] of positions) cells[field] = row.values[index] ?? "";
      return { rowNumber: row.rowNumber, cells };
    });
  return { headers, rows };
}

/** Names a column as the file does, or by its first accepted header when the file lacks it. */
export function columnNamer<Field extends string>(
  table: Table<Field>,
  specs: readonly ColumnSpec<Field>[],
): (field: Field) => string {
  return (field) =>
    table.headers[field] ?? specs.find((spec) => spec.field === field)?.headers[0] ?? field;
}

export function normaliseHeader(text: string): string {
  return text.toLowerCase().replaceAll("ё", "е").replaceAll("*", "").replace(/\s+/g, " ").trim();
}

interface GridRow {
  rowNumber: number;
  values: string[];
}

async function readGrid(path: string): Promise<GridRow[]> {
  const extension = extname(path).toLowerCase();
  if (extension !== ".csv" && extension !== ".xlsx")
    throw new TableFileError("cli-error-file-type", { path });
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    throw new TableFileError("cli-error-file-unreadable", { path });
  }
  const workbook = new ExcelJS.Workbook();
  let sheet: ExcelJS.Worksheet | undefined;
  try {
    if (extension === ".csv") {
      const text = decodeText(bytes);
      sheet = await workbook.csv.read(Readable.from([text]), {
        // Keep every cell as typed: school codes such as 007 must not become numbers.
        map: (value: unknown) => value,
        parserOptions: { delimiter: guessDelimiter(text) },
      });
    } else {
      await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
      sheet = workbook.worksheets[0];
    }
  } catch {
    throw new TableFileError("cli-error-file-unreadable", { path });
  }
  const rows: GridRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    for (let column = 1; column <= row.cellCount; column++)
      values.push(cellText(row.getCell(column).value));
    rows.push({ rowNumber, values });
  });
  return rows;
}

function decodeText(bytes: Buffer): string {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder("windows-1251").decode(bytes);
  }
  return text.startsWith("\uFEFF") ? text.slice(1) : text;
}

/** The separator that occurs most often in the first line, outside quotes. */
function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r?\n/, 1)[0]?.replace(/"[^"]*"/g, "") ?? "";
  const counts = [";", ",", "\t"].map((delimiter) => ({
    delimiter,
    count: firstLine.split(delimiter).length - 1,
  }));
  counts.sort((a, b) => b.count - a.count);
  return counts[0] && counts[0].count > 0 ? counts[0].delimiter : ",";
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.replaceAll("\u00a0", " ").trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ("richText" in value)
    return value.richText
      .map((part) => part.text)
      .join("")
      .trim();
  if ("hyperlink" in value) return String(value.text).trim();
  if ("formula" in value || "sharedFormula" in value)
    return cellText((value.result ?? null) as ExcelJS.CellValue);
  return "";
}

/**
 * CSV as Russian Excel opens it with a double click: UTF-8 with BOM, `;` between cells,
 * CRLF line ends, quotes only where needed.
 */
export function toExcelCsv(rows: readonly (readonly string[])[]): string {
  const quote = (cell: string) =>
    /[;"\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  return `\uFEFF${rows.map((row) => row.map(quote).join(";")).join("\r\n")}\r\n`;
}
