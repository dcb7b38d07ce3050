import { existsSync, mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { createDatabase, databaseKind, sqlitePath } from "../client.ts";
import { readMigrations } from "../migrate.ts";
import { parsePostgresUrl } from "../postgres/open-postgres.ts";
import { type ColumnInfo, planCopy, type TableInfo, toStoredValue } from "./copy-schema.ts";
import type { CopySide } from "./copy-side.ts";
import { openPostgresSide } from "./postgres-side.ts";
import { openSqliteSide } from "./sqlite-side.ts";

/** Why a copy did not start; nothing was written to the target. */
export type CopyRefusal =
  | { reason: "same-database"; location: string }
  | { reason: "source-missing"; location: string }
  | { reason: "unknown-migrations"; side: "source" | "target"; location: string; names: string[] }
  | { reason: "schema-differs"; table: string; column?: string }
  | { reason: "target-not-empty"; location: string; table: string };

export interface CopyReport {
  from: string;
  to: string;
  tables: { name: string; rows: number }[];
  total: number;
}

export interface CopyOptions {
  /** Rows read and written at a time. */
  batchSize?: number;
  /** Called as each table is copied (inside the target's transaction: not yet committed). */
  onTable?: (name: string, rows: number) => void;
}

/** A copy failed part-way; the target's transaction was rolled back. */
export class CopyFailedError extends Error {
  /** What went wrong, without the table's name. */
  readonly detail: string;
  constructor(
    readonly table: string,
    cause: unknown,
  ) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    super(`copying ${table} failed: ${detail}`, { cause });
    this.detail = detail;
  }
}

function locationOf(url: string): string {
  return databaseKind(url) === "postgresql"
    ? parsePostgresUrl(url).display
    : resolve(sqlitePath(url));
}

async function openSide(url: string): Promise<CopySide> {
  if (databaseKind(url) === "postgresql") return openPostgresSide(url);
  const path = sqlitePath(url);
  mkdirSync(dirname(path), { recursive: true });
  return openSqliteSide(path);
}

async function migrate(url: string): Promise<void> {
  const db = createDatabase(url);
  try {
    await db.migrate();
  } finally {
    await db.close();
  }
}

/**
 * Copies every row of one database of this app into another, empty one — SQLite to PostgreSQL or
 * back. Both are migrated first, so both have the same tables; a database that has migrations
 * this code does not know is refused. Rows are read from one snapshot of the source and written
 * in one transaction of the target, table after table in foreign-key order, converted to the
 * target's column types; PostgreSQL's sequences then continue after the copied ids.
 */
export async function copyDatabase(
  fromUrl: string,
  toUrl: string,
  options: CopyOptions = {},
): Promise<{ ok: true; report: CopyReport } | { ok: false; refusal: CopyRefusal }> {
  const from = locationOf(fromUrl);
  const to = locationOf(toUrl);
  if (from === to) return { ok: false, refusal: { reason: "same-database", location: from } };
  if (databaseKind(fromUrl) === "sqlite" && !existsSync(from))
    return { ok: false, refusal: { reason: "source-missing", location: from } };

  const known = new Set(readMigrations().map((migration) => migration.name));
  const sides: CopySide[] = [];
  try {
    const source = await openSide(fromUrl);
    sides.push(source);
    const sourceApplied = await source.appliedMigrations();
    if (sourceApplied === null)
      return { ok: false, refusal: { reason: "source-missing", location: from } };
    const unknownInSource = sourceApplied.filter((name) => !known.has(name)).sort();
    if (unknownInSource.length > 0)
      return {
        ok: false,
        refusal: {
          reason: "unknown-migrations",
          side: "source",
          location: from,
          names: unknownInSource,
        },
      };
    const target = await openSide(toUrl);
    sides.push(target);
    const unknownInTarget = ((await target.appliedMigrations()) ?? [])
      .filter((name) => !known.has(name))
      .sort();
    if (unknownInTarget.length > 0)
      return {
        ok: false,
        refusal: {
          reason: "unknown-migrations",
          side: "target",
          location: to,
          names: unknownInTarget,
        },
      };
    await migrate(fromUrl);
    await migrate(toUrl);

    const sourceTables = new Map((await source.tables()).map((table) => [table.name, table]));
    const targetTables = await target.tables();
    for (const table of targetTables) {
      const original = sourceTables.get(table.name);
      if (!original) return { ok: false, refusal: { reason: "schema-differs", table: table.name } };
      const missing = table.columns.find(
        (column) => !original.columns.some((candidate) => candidate.name === column.name),
      );
      if (missing)
        return {
          ok: false,
          refusal: { reason: "schema-differs", table: table.name, column: missing.name },
        };
    }
    for (const table of targetTables)
      if (await target.hasRows(table.name))
        return {
          ok: false,
          refusal: { reason: "target-not-empty", location: to, table: table.name },
        };

    // The order comes from the source's foreign keys; the target's columns decide conversions.
    const targetByName = new Map(targetTables.map((table) => [table.name, table]));
    const plan = planCopy(targetTables.map((table) => sourceTables.get(table.name) as TableInfo));
    const report: CopyReport = { from, to, tables: [], total: 0 };
    await source.beginRead();
    await target.beginWrite();
    try {
      const later: DeferredUpdate[] = [];
      for (const { name } of plan.order) {
        const table = targetByName.get(name) as TableInfo;
        const deferred = (plan.deferred.get(name) ?? []).flatMap((key) => key.columns);
        try {
          const rows = await copyTable(source, target, table, deferred, options.batchSize ?? 1000);
          later.push(...rows.updates);
          report.tables.push({ name, rows: rows.count });
          report.total += rows.count;
          options.onTable?.(name, rows.count);
        } catch (error) {
          throw new CopyFailedError(name, error);
        }
      }
      for (const update of later) {
        try {
          await target.update(update.table, update.set, update.where, update.values);
        } catch (error) {
          throw new CopyFailedError(update.table, error);
        }
      }
      await target.resetSequences(targetTables);
      await target.commit();
    } catch (error) {
      await target.rollback();
      throw error;
    } finally {
      await source.endRead();
    }
    return { ok: true, report };
  } finally {
    for (const side of sides.reverse()) await side.close();
  }
}

/** A reference written as NULL at first, set once every table is in. */
interface DeferredUpdate {
  table: string;
  set: string[];
  where: string[];
  values: unknown[];
}

function stored(value: unknown, column: ColumnInfo, target: CopySide): unknown {
  try {
    return toStoredValue(value, column.kind, target.kind);
  } catch (error) {
    throw new Error(`column ${column.name}: ${error instanceof Error ? error.message : error}`);
  }
}

async function copyTable(
  source: CopySide,
  target: CopySide,
  table: TableInfo,
  deferredColumns: string[],
  batchSize: number,
): Promise<{ count: number; updates: DeferredUpdate[] }> {
  const names = table.columns.map((column) => column.name);
  // Without a primary key a row cannot be found again: nothing waits, the database judges.
  const deferred = table.primaryKey.length > 0 ? deferredColumns : [];
  const deferredAt = deferred.map((name) => names.indexOf(name));
  const keyAt = table.primaryKey.map((name) => names.indexOf(name));
  const perInsert = Math.min(batchSize, target.rowsPerInsert(names.length));
  const updates: DeferredUpdate[] = [];
  let count = 0;
  for await (const batch of source.readBatches(table, names, batchSize)) {
    const rows = batch.map((row) =>
      table.columns.map((column, index) => stored(row[index], column, target)),
    );
    for (const row of rows) {
      if (!deferredAt.some((index) => row[index] !== null)) continue;
      updates.push({
        table: table.name,
        set: deferred,
        where: table.primaryKey,
        values: [...deferredAt.map((index) => row[index]), ...keyAt.map((index) => row[index])],
      });
      for (const index of deferredAt) row[index] = null;
    }
    for (let start = 0; start < rows.length; start += perInsert)
      await target.insert(table.name, table.columns, rows.slice(start, start + perInsert));
    count += rows.length;
  }
  return { count, updates };
}
