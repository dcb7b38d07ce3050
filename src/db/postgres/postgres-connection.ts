import { createHash } from "node:crypto";
import type pg from "pg";
import {
  createKeyedMutex,
  type SqlCall,
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
 * one transaction on one connection; `forUpdateOf` takes rows `FOR UPDATE` so two instances saving
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
      forUpdateOf: (alias) => {
        if (!/^[A-Za-z]+$/.test(alias)) throw new Error(`not a table alias: ${alias}`);
        return ` FOR UPDATE OF ${alias}`;
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
    withLock: (key, work, onRelease) =>
      inProcess(key, async () => {
        const client = await lockPool.connect();
        let broken: unknown;
        let call: SqlCall | undefined;
        let result: Awaited<ReturnType<typeof work>>;
        try {
          await client.query("SELECT pg_advisory_lock(hashtextextended($1, 0))", [key]);
          try {
            result = await work();
            call = onRelease?.(result);
          } finally {
            // The release's write and the unlock go in one statement: a data-modifying WITH runs
            // to completion whether or not the main query reads it.
            const unlock = call
              ? client.query({
                  ...prepared(
                    `WITH "released" AS (${call.sql}) SELECT pg_advisory_unlock(hashtextextended(?, 0))`,
                  ),
                  values: [...call.params, key].map(bind),
                })
              : client.query("SELECT pg_advisory_unlock(hashtextextended($1, 0))", [key]);
            await unlock.catch((error: unknown) => {
              broken = error;
            });
          }
        } finally {
          // A connection whose unlock failed is closed, which releases its locks with it.
          client.release(broken instanceof Error ? broken : undefined);
        }
        // The release's write must not be lost with a failed unlock: it is made on its own.
        if (broken && call) await statementsFor(pool).run(call.sql, ...call.params);
        return result;
      }),
    skipLocked: " FOR UPDATE SKIP LOCKED",
    dataModifyingWith: true,
    onWait: () => {},
    close,
  };
}
