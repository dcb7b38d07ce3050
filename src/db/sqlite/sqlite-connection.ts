import type BetterSqlite3 from "better-sqlite3";
import {
  createKeyedMutex,
  type SqlConnection,
  type SqlParam,
  type SqlRow,
  type SqlStatements,
  toSqlDate,
} from "../sql-connection.ts";
import type { ConnectionGate } from "./connection-gate.ts";

function bind(param: SqlParam): string | number | bigint | null {
  if (param instanceof Date) return toSqlDate(param);
  if (typeof param === "boolean") return param ? 1 : 0;
  return param;
}

/**
 * Direct statements on the SQLite connection Prisma's adapter uses: sharing its one connection
 * means no second writer and no lock contention. Every unit of work holds the connection gate
 * for its whole length (Prisma's interactive transactions hold it too), so statements never land
 * in someone else's transaction; better-sqlite3 runs each statement synchronously.
 */
export function createSqliteConnection(
  connect: () => Promise<BetterSqlite3.Database>,
  gate: ConnectionGate,
  close: () => Promise<void>,
): SqlConnection {
  const cache = new Map<string, BetterSqlite3.Statement>();
  let connection: BetterSqlite3.Database | undefined;
  const prepared = (db: BetterSqlite3.Database, sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      // Prisma's adapter turns on safe integers for the connection; our ids and counts fit a number.
      statement = db.prepare(sql).safeIntegers(false);
      cache.set(sql, statement);
    }
    return statement;
  };
  const statementsFor = (db: BetterSqlite3.Database): SqlStatements => {
    const sync = <T>(run: () => T): Promise<T> => {
      try {
        return Promise.resolve(run());
      } catch (error) {
        return Promise.reject(error);
      }
    };
    return {
      get: (sql, ...params) =>
        sync(() => prepared(db, sql).get(...params.map(bind)) as SqlRow | undefined),
      all: (sql, ...params) => sync(() => prepared(db, sql).all(...params.map(bind)) as SqlRow[]),
      run: (sql, ...params) =>
        sync(() => ({ changes: prepared(db, sql).run(...params.map(bind)).changes })),
      // BEGIN IMMEDIATE already keeps every other writer out until COMMIT.
      forUpdateOf: () => "",
    };
  };

  const exclusive = async <T>(
    work: (db: BetterSqlite3.Database, sql: SqlStatements) => Promise<T>,
  ): Promise<T> => {
    connection ??= await connect();
    const release = await gate.acquire("direct");
    try {
      return await work(connection, statementsFor(connection));
    } finally {
      release();
    }
  };
  const direct = <T>(work: (sql: SqlStatements) => Promise<T>) =>
    exclusive((_db, sql) => work(sql));
  const withKey = createKeyedMutex();
  return {
    read: direct,
    autocommit: direct,
    skipLocked: "",
    dataModifyingWith: false,
    write: (work) =>
      exclusive(async (db, sql) => {
        prepared(db, "BEGIN IMMEDIATE").run();
        try {
          const result = await work(sql);
          prepared(db, "COMMIT").run();
          return result;
        } catch (error) {
          if (db.inTransaction) prepared(db, "ROLLBACK").run();
          throw error;
        }
      }),
    // One process owns a SQLite file (src/db/instance-lock.ts): an in-process lock is enough.
    withLock: (key, work, onRelease) =>
      withKey(key, async () => {
        const result = await work();
        const call = onRelease?.(result);
        if (call) await direct((sql) => sql.run(call.sql, ...call.params));
        return result;
      }),
    onWait: (listener) => gate.onWait((holder) => holder === "prisma-transaction" && listener()),
    close,
  };
}
