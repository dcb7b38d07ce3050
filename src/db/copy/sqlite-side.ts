import BetterSqlite3 from "better-sqlite3";
import {
  type ColumnInfo,
  type ForeignKey,
  MIGRATIONS_TABLE,
  sqliteColumnKind,
  type TableInfo,
} from "./copy-schema.ts";
import { type CopySide, quote, quoteList } from "./copy-side.ts";

/** SQLite's limit on bound values per statement (SQLITE_MAX_VARIABLE_NUMBER since 3.32). */
const MAX_PARAMS = 32766;

interface ColumnRow {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

interface ForeignKeyRow {
  id: number;
  seq: number;
  table: string;
  from: string;
}

/**
 * A SQLite file for the copy, on a connection of its own (WAL lets it read beside a running app).
 * Foreign keys stay enforced: rows go in in the order the plan gives.
 */
export function openSqliteSide(path: string): CopySide {
  const db = new BetterSqlite3(path, { timeout: 5000 });
  db.pragma("foreign_keys = ON");
  const inserts = new Map<string, BetterSqlite3.Statement>();

  const tableNames = () =>
    db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .pluck()
      .all() as string[];

  return {
    kind: "sqlite",
    location: path,
    async appliedMigrations() {
      if (!tableNames().includes(MIGRATIONS_TABLE)) return null;
      return db
        .prepare(`SELECT name FROM ${quote(MIGRATIONS_TABLE)}`)
        .pluck()
        .all() as string[];
    },
    async tables() {
      return tableNames()
        .filter((name) => name !== MIGRATIONS_TABLE)
        .map((name): TableInfo => {
          const columns = db
            .prepare('SELECT name, type, "notnull", pk FROM pragma_table_info(?) ORDER BY cid')
            .all(name) as ColumnRow[];
          const keys = db
            .prepare(
              'SELECT id, seq, "table", "from" FROM pragma_foreign_key_list(?) ORDER BY id, seq',
            )
            .all(name) as ForeignKeyRow[];
          const references = new Map<number, ForeignKey>();
          for (const key of keys) {
            const reference = references.get(key.id) ?? { columns: [], table: key.table };
            reference.columns.push(key.from);
            references.set(key.id, reference);
          }
          return {
            name,
            columns: columns.map(
              (column): ColumnInfo => ({
                name: column.name,
                kind: sqliteColumnKind(column.type),
                nullable: column.notnull === 0 && column.pk === 0,
                serial: false,
              }),
            ),
            primaryKey: columns
              .filter((column) => column.pk > 0)
              .sort((a, b) => a.pk - b.pk)
              .map((column) => column.name),
            references: [...references.values()],
          };
        });
    },
    async hasRows(table) {
      return db.prepare(`SELECT 1 FROM ${quote(table)} LIMIT 1`).get() !== undefined;
    },

    async beginRead() {
      // A read transaction: every table is read from the same snapshot, writers go on (WAL).
      db.exec("BEGIN");
    },
    async *readBatches(table, columns, size) {
      const order = table.primaryKey.length > 0 ? quoteList(table.primaryKey) : "rowid";
      const statement = db
        .prepare(`SELECT ${quoteList(columns)} FROM ${quote(table.name)} ORDER BY ${order}`)
        .raw(true)
        // Whole numbers as bigint: a Telegram id must not lose digits on the way.
        .safeIntegers(true);
      let batch: unknown[][] = [];
      for (const row of statement.iterate() as IterableIterator<unknown[]>) {
        batch.push(row);
        if (batch.length === size) {
          yield batch;
          batch = [];
        }
      }
      if (batch.length > 0) yield batch;
    },
    async endRead() {
      if (db.inTransaction) db.exec("COMMIT");
    },

    async beginWrite() {
      db.exec("BEGIN IMMEDIATE");
    },
    rowsPerInsert: (columns) => Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, columns))),
    async insert(table, columns, rows) {
      const key = `${table}\u0000${rows.length}`;
      let statement = inserts.get(key);
      if (!statement) {
        const placeholders = `(${columns.map(() => "?").join(", ")})`;
        statement = db.prepare(
          `INSERT INTO ${quote(table)} (${quoteList(columns.map((column) => column.name))}) VALUES ${Array(
            rows.length,
          )
            .fill(placeholders)
            .join(", ")}`,
        );
        inserts.set(key, statement);
      }
      statement.run(rows.flat());
    },
    async update(table, set, where, values) {
      const assignments = set.map((name) => `${quote(name)} = ?`).join(", ");
      const conditions = where.map((name) => `${quote(name)} = ?`).join(" AND ");
      db.prepare(`UPDATE ${quote(table)} SET ${assignments} WHERE ${conditions}`).run(values);
    },
    // AUTOINCREMENT's counter (sqlite_sequence) follows the highest id inserted by itself.
    async resetSequences() {},
    async commit() {
      db.exec("COMMIT");
    },
    async rollback() {
      if (db.inTransaction) db.exec("ROLLBACK");
    },

    async close() {
      if (db.inTransaction) db.exec("ROLLBACK");
      db.close();
    },
  };
}
