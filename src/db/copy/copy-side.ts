import type { DatabaseKind } from "../client.ts";
import type { ColumnInfo, TableInfo } from "./copy-schema.ts";

/**
 * One database seen by the copy through its raw driver (better-sqlite3 or pg), apart from the
 * app's Prisma client: a source is read in one consistent snapshot, a target written in one
 * transaction. Values are read as the driver gives them and written already converted
 * (copy-schema.ts `toStoredValue`).
 */
export interface CopySide {
  kind: DatabaseKind;
  /** The file, or the URL without its password. */
  location: string;
  /** Names recorded in `_migrations`; null when there is no such table (not this app's data). */
  appliedMigrations(): Promise<string[] | null>;
  /** Every table but the migrator's own and the database's internal ones. */
  tables(): Promise<TableInfo[]>;
  hasRows(table: string): Promise<boolean>;

  beginRead(): Promise<void>;
  /** Rows as arrays of `columns`, in primary-key order, `size` at a time. */
  readBatches(table: TableInfo, columns: string[], size: number): AsyncGenerator<unknown[][]>;
  endRead(): Promise<void>;

  beginWrite(): Promise<void>;
  /** Rows per INSERT statement this side takes for a table of `columns` columns. */
  rowsPerInsert(columns: number): number;
  insert(table: string, columns: ColumnInfo[], rows: unknown[][]): Promise<void>;
  /** `UPDATE table SET set… WHERE where…`, values in that order. */
  update(table: string, set: string[], where: string[], values: unknown[]): Promise<void>;
  /** Makes sequences continue after the highest id copied (PostgreSQL; SQLite keeps its own). */
  resetSequences(tables: TableInfo[]): Promise<void>;
  commit(): Promise<void>;
  rollback(): Promise<void>;

  close(): Promise<void>;
}

/** `"a", "b"`: identifiers come from the database's own catalog, quoted for both dialects. */
export function quote(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function quoteList(names: string[]): string {
  return names.map(quote).join(", ");
}
