import { createPostgresPool, parsePostgresUrl } from "../postgres/open-postgres.ts";
import {
  type ColumnInfo,
  type ForeignKey,
  MIGRATIONS_TABLE,
  postgresColumnKind,
  type TableInfo,
} from "./copy-schema.ts";
import { type CopySide, quote, quoteList } from "./copy-side.ts";

/** PostgreSQL's limit on bound values per statement. */
const MAX_PARAMS = 65535;

interface ColumnRow {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: "YES" | "NO";
  serial: boolean;
}

interface ConstraintRow {
  table_name: string;
  name: string;
  kind: "p" | "f";
  column_name: string;
  referenced: string | null;
}

/**
 * A PostgreSQL schema for the copy, on one connection of its own (search_path is the URL's
 * schema). Reading is one REPEATABLE READ transaction with a cursor per table, so a running app's
 * writes never tear the copy; writing is one transaction.
 */
export async function openPostgresSide(url: string): Promise<CopySide> {
  const target = parsePostgresUrl(url);
  const { schema } = target;
  // Timestamps are read as UTC (the pool's type parser), as Prisma stores them.
  const pool = createPostgresPool(target, 1);
  const client = await pool.connect().catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  let cursors = 0;

  const hasTable = async (name: string) =>
    (
      await client.query(
        "SELECT 1 FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2",
        [schema, name],
      )
    ).rowCount !== 0;

  return {
    kind: "postgresql",
    location: target.display,
    async appliedMigrations() {
      if (!(await hasTable(MIGRATIONS_TABLE))) return null;
      const rows = await client.query<{ name: string }>(
        `SELECT name FROM ${quote(MIGRATIONS_TABLE)}`,
      );
      return rows.rows.map((row) => row.name);
    },
    async tables() {
      const columns = await client.query<ColumnRow>(
        `SELECT c.table_name, c.column_name, c.data_type, c.is_nullable,
                (c.column_default LIKE 'nextval(%' OR c.is_identity = 'YES') AS serial
           FROM information_schema.columns c
           JOIN information_schema.tables t
             ON t.table_schema = c.table_schema AND t.table_name = c.table_name
          WHERE c.table_schema = $1 AND t.table_type = 'BASE TABLE' AND c.table_name <> $2
          ORDER BY c.table_name, c.ordinal_position`,
        [schema, MIGRATIONS_TABLE],
      );
      const constraints = await client.query<ConstraintRow>(
        `SELECT cl.relname AS table_name, con.conname AS name, con.contype AS kind,
                a.attname AS column_name, ref.relname AS referenced
           FROM pg_constraint con
           JOIN pg_class cl ON cl.oid = con.conrelid
           JOIN pg_namespace ns ON ns.oid = cl.relnamespace
           LEFT JOIN pg_class ref ON ref.oid = con.confrelid
          CROSS JOIN LATERAL unnest(con.conkey) WITH ORDINALITY AS k(attnum, position)
           JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.attnum
          WHERE ns.nspname = $1 AND con.contype IN ('p', 'f')
          ORDER BY cl.relname, con.conname, k.position`,
        [schema],
      );
      const tables = new Map<string, TableInfo>();
      for (const row of columns.rows) {
        let table = tables.get(row.table_name);
        if (!table) {
          table = { name: row.table_name, columns: [], primaryKey: [], references: [] };
          tables.set(row.table_name, table);
        }
        table.columns.push({
          name: row.column_name,
          kind: postgresColumnKind(row.data_type),
          nullable: row.is_nullable === "YES",
          serial: row.serial === true,
        } satisfies ColumnInfo);
      }
      const keys = new Map<string, ForeignKey>();
      for (const row of constraints.rows) {
        const table = tables.get(row.table_name);
        if (!table) continue;
        if (row.kind === "p") {
          table.primaryKey.push(row.column_name);
          continue;
        }
        const id = `${row.table_name}\u0000${row.name}`;
        let key = keys.get(id);
        if (!key) {
          key = { columns: [], table: row.referenced ?? "" };
          keys.set(id, key);
          table.references.push(key);
        }
        key.columns.push(row.column_name);
      }
      return [...tables.values()];
    },
    async hasRows(table) {
      return (await client.query(`SELECT 1 FROM ${quote(table)} LIMIT 1`)).rowCount !== 0;
    },

    async beginRead() {
      await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    },
    async *readBatches(table, columns, size) {
      cursors += 1;
      const cursor = `msoko_copy_${cursors}`;
      const order = table.primaryKey.length > 0 ? ` ORDER BY ${quoteList(table.primaryKey)}` : "";
      await client.query(
        `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT ${quoteList(columns)} FROM ${quote(table.name)}${order}`,
      );
      try {
        for (;;) {
          const batch = await client.query<unknown[]>({
            text: `FETCH ${size} FROM ${cursor}`,
            rowMode: "array",
          });
          if (batch.rows.length === 0) return;
          yield batch.rows;
        }
      } finally {
        await client.query(`CLOSE ${cursor}`);
      }
    },
    async endRead() {
      await client.query("COMMIT");
    },

    async beginWrite() {
      await client.query("BEGIN");
    },
    rowsPerInsert: (columns) => Math.max(1, Math.floor(MAX_PARAMS / Math.max(1, columns))),
    async insert(table, columns, rows) {
      let index = 0;
      const values = rows.map(() => `(${columns.map(() => `$${++index}`).join(", ")})`).join(", ");
      await client.query(
        `INSERT INTO ${quote(table)} (${quoteList(columns.map((column) => column.name))}) VALUES ${values}`,
        rows.flat(),
      );
    },
    async update(table, set, where, values) {
      let index = 0;
      const assignments = set.map((name) => `${quote(name)} = $${++index}`).join(", ");
      const conditions = where.map((name) => `${quote(name)} = $${++index}`).join(" AND ");
      await client.query(`UPDATE ${quote(table)} SET ${assignments} WHERE ${conditions}`, values);
    },
    async resetSequences(tables) {
      // The next id is one past the highest copied (1 for an empty table).
      for (const table of tables)
        for (const column of table.columns.filter((candidate) => candidate.serial))
          await client.query(
            `SELECT setval(pg_get_serial_sequence($1, $2), COALESCE(MAX(${quote(column.name)}), 0) + 1, false)
               FROM ${quote(table.name)}`,
            [`${quote(schema)}.${quote(table.name)}`, column.name],
          );
    },
    async commit() {
      await client.query("COMMIT");
    },
    async rollback() {
      await client.query("ROLLBACK");
    },

    async close() {
      client.release();
      await pool.end();
    },
  };
}
