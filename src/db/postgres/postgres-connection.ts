import { createHash } from "node:crypto";
import type pg from "pg";
import {
  createKeyedMutex,
  type SqlConnection,
  type SqlParam,
  type SqlRow,
  type SqlStatements,
} from "../sql-connection.ts";

/** `?` placeholders (the portable spelling every caller writes) → PostgreSQL's `$1, $2 …`. */
function numbered(sql: string): string {
  let index = 0;
  return sql.replace(/\?/g, () => `$${++index}`);
}

function bind(param: SqlParam): unknown {
  // Prisma stores DateTime as timestamp(3) without time zone holding UTC; an ISO string is read
  // as exactly that (the zone suffix is ignored by a timestamp without time zone).
  if (param instanceof Date) return param.toISOString();
  if (typeof param === "bigint") return param.toString();
  return param;
}

interface Prepared {
  name: string;
  text: string;
}

type Queryable = Pick<pg.Pool, "query"> | Pick<pg.PoolClient, "query">;

/**
 * Direct statements on PostgreSQL: a pooled connection per unit of work and named prepared
 * statements (each connection parses a statement once, then only binds and runs it). A write is
 * one transaction on one connection; `lockRow` takes the row `FOR UPDATE` so two instances saving
 * into one submission go one after the other, as SQLite's single writer does.
 */
export function createPostgresConnection(
  pool: pg.Pool,
  lockPool: pg.Pool,
  close: () => Promise<void>,
): SqlConnection {
  const cache = new Map<string, Prepared>();
  const prepared = (sql: string): Prepared => {
    let statement = cache.get(sql);
    if (!statement) {
      const name = `msoko_${createHash("sha1").update(sql).digest("hex").slice(0, 16)}`;
      statement = { name, text: numbered(sql) };
      cache.set(sql, statement);
    }
    return statement;
  };
  const statementsFor = (client: Queryable): SqlStatements => {
    const query = async (sql: string, params: SqlParam[]) =>
      client.query({ ...prepared(sql), values: params.map(bind) });
    return {
      get: async (sql, ...params) => (await query(sql, params)).rows[0] as SqlRow | undefined,
      all: async (sql, ...params) => (await query(sql, params)).rows as SqlRow[],
      run: async (sql, ...params) => ({ changes: (await query(sql, params)).rowCount ?? 0 }),
      lockRow: async (table, id) => {
        if (!/^[A-Za-z]+$/.test(table)) throw new Error(`not a table name: ${table}`);
        await query(`SELECT 1 FROM "${table}" WHERE "id" = ? FOR UPDATE`, [id]);
      },
    };
  };
  const direct = <T>(work: (sql: SqlStatements) => Promise<T>) => work(statementsFor(pool));
  const inProcess = createKeyedMutex();

  return {
    read: direct,
    autocommit: direct,
    async write(work) {
      const client = await pool.connect();
      let broken: unknown;
      try {
        await client.query("BEGIN");
        try {
          const result = await work(statementsFor(client));
          await client.query("COMMIT");
          return result;
        } catch (error) {
          await client.query("ROLLBACK").catch((rollbackError: unknown) => {
            broken = rollbackError;
          });
          throw error;
        }
      } finally {
        // A connection whose rollback failed is closed rather than handed to the next caller.
        client.release(broken instanceof Error ? broken : undefined);
      }
    },
    // In this process one waiter per key goes to the database; across instances a session-level
    // advisory lock (on a connection of its own pool, so lock holders never starve the queries
    // they wait to run) orders them. A connection that dies releases its locks with it.
    withLock: (key, work) =>
      inProcess(key, async () => {
        const client = await lockPool.connect();
        let broken: unknown;
        try {
          await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [key]);
          try {
            return await work();
          } finally {
            await client
              .query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [key])
              .catch((error: unknown) => {
                broken = error;
              });
          }
        } finally {
          client.release(broken instanceof Error ? broken : undefined);
        }
      }),
    skipLocked: " FOR UPDATE SKIP LOCKED",
    onWait: () => {},
    close,
  };
}
