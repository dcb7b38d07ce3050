import type { DatabaseKind } from "../client.ts";
import { fromSqlBoolean, toSqlDate } from "../sql-connection.ts";

/**
 * What a column holds, read from its declared type: SQLite and PostgreSQL spell Prisma's types
 * differently (DATETIME / timestamp(3), BOOLEAN stored as 0/1 / boolean…), and each stores them
 * its own way, so a value is converted by the kind of the column it goes into.
 */
export type ColumnKind = "integer" | "bigint" | "float" | "boolean" | "datetime" | "text" | "other";

export interface ColumnInfo {
  name: string;
  kind: ColumnKind;
  nullable: boolean;
  /** Filled from a sequence (PostgreSQL SERIAL or identity); SQLite keeps its own counter. */
  serial: boolean;
}

export interface ForeignKey {
  columns: string[];
  table: string;
}

export interface TableInfo {
  name: string;
  columns: ColumnInfo[];
  primaryKey: string[];
  references: ForeignKey[];
}

/** The migrator's own table: each side keeps its own record of what was applied. */
export const MIGRATIONS_TABLE = "_migrations";

/** SQLite's declared type (`DATETIME`, `BIGINT`, `BOOLEAN`…) → the kind of value it holds. */
export function sqliteColumnKind(declared: string): ColumnKind {
  const type = declared.toUpperCase();
  if (type.includes("BIGINT")) return "bigint";
  if (type.includes("INT")) return "integer";
  if (type.includes("BOOL")) return "boolean";
  if (type.includes("DATE") || type.includes("TIME")) return "datetime";
  if (type.includes("REAL") || type.includes("FLOA") || type.includes("DOUB")) return "float";
  if (type.includes("CHAR") || type.includes("CLOB") || type.includes("TEXT")) return "text";
  return "other";
}

/** PostgreSQL's `information_schema.columns.data_type` → the kind of value it holds. */
export function postgresColumnKind(dataType: string): ColumnKind {
  if (dataType === "integer" || dataType === "smallint") return "integer";
  if (dataType === "bigint") return "bigint";
  if (dataType === "boolean") return "boolean";
  if (dataType.startsWith("timestamp") || dataType === "date") return "datetime";
  if (dataType === "double precision" || dataType === "real") return "float";
  if (dataType === "text" || dataType.startsWith("character")) return "text";
  return "other";
}

// SQLite's CURRENT_TIMESTAMP writes "2025-09-01 10:00:00": UTC, without saying so.
const NO_ZONE = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;

function readDate(value: unknown): Date {
  let date: Date;
  if (value instanceof Date) date = value;
  else if (typeof value === "bigint" || typeof value === "number") date = new Date(Number(value));
  else {
    const text = String(value);
    date = new Date(NO_ZONE.test(text) ? `${text.replace(" ", "T")}Z` : text);
  }
  if (Number.isNaN(date.getTime())) throw new Error(`"${String(value)}" is not a date`);
  return date;
}

function readBigInt(value: unknown): bigint {
  if (typeof value === "bigint") return value;
  if (typeof value === "number" && Number.isInteger(value)) return BigInt(value);
  if (typeof value === "string" && /^-?\d+$/.test(value)) return BigInt(value);
  throw new Error(`"${String(value)}" is not a whole number`);
}

/**
 * A value as read from either database, converted to what the target's driver binds for a column
 * of this kind the way Prisma stores it there: on SQLite DateTime as ISO text with an explicit
 * UTC offset, booleans as 0/1, BigInt as integer; on PostgreSQL timestamp(3) holding UTC (an ISO
 * string: the zone suffix is ignored by a timestamp without time zone), boolean, bigint as text.
 */
export function toStoredValue(value: unknown, kind: ColumnKind, target: DatabaseKind): unknown {
  if (value === null || value === undefined) return null;
  const postgres = target === "postgresql";
  switch (kind) {
    case "datetime": {
      const date = readDate(value);
      return postgres ? date.toISOString() : toSqlDate(date);
    }
    case "boolean": {
      const flag = fromSqlBoolean(value);
      return postgres ? flag : flag ? 1 : 0;
    }
    case "bigint": {
      const whole = readBigInt(value);
      return postgres ? whole.toString() : whole;
    }
    case "integer":
    case "float": {
      const number = Number(value);
      if (Number.isNaN(number)) throw new Error(`"${String(value)}" is not a number`);
      return number;
    }
    case "text":
      return typeof value === "string" ? value : String(value);
    default:
      return typeof value === "bigint" && postgres ? value.toString() : value;
  }
}

/** The tables in an order where every table comes after the tables it references. */
export interface CopyPlan {
  order: TableInfo[];
  /**
   * Per table, references that cannot be satisfied while its rows go in (a table referencing
   * itself, or a cycle of tables): their columns are written as NULL first and set once every
   * table is in. Only nullable references can wait like this.
   */
  deferred: Map<string, ForeignKey[]>;
}

export function planCopy(tables: TableInfo[]): CopyPlan {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const remaining = new Set(byName.keys());
  const order: TableInfo[] = [];
  const deferred = new Map<string, ForeignKey[]>();
  const nullable = (table: TableInfo, key: ForeignKey) =>
    key.columns.every((name) => table.columns.find((column) => column.name === name)?.nullable);
  const defer = (table: TableInfo, key: ForeignKey) =>
    deferred.set(table.name, [...(deferred.get(table.name) ?? []), key]);
  for (const table of tables)
    for (const key of table.references)
      if (key.table === table.name && nullable(table, key)) defer(table, key);
  const waitsFor = (table: TableInfo) =>
    table.references.filter(
      (key) =>
        key.table !== table.name &&
        remaining.has(key.table) &&
        !deferred.get(table.name)?.includes(key),
    );
  while (remaining.size > 0) {
    const names = [...remaining].sort();
    const ready = names.filter((name) => waitsFor(byName.get(name) as TableInfo).length === 0);
    if (ready.length === 0) {
      // A cycle: the first table (by name) waits for nothing, its nullable references later.
      const table = byName.get(names[0] as string) as TableInfo;
      for (const key of waitsFor(table)) if (nullable(table, key)) defer(table, key);
      if (waitsFor(table).length > 0) {
        // A cycle of required references: insert in name order and let the database judge.
        for (const name of names) order.push(byName.get(name) as TableInfo);
        break;
      }
      continue;
    }
    for (const name of ready) {
      order.push(byName.get(name) as TableInfo);
      remaining.delete(name);
    }
  }
  return { order, deferred };
}
