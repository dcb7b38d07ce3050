import type BetterSqlite3 from "better-sqlite3";

/** A value bound to a statement: Dates and booleans are stored the way Prisma's adapter stores them. */
export type SqlParam = string | number | bigint | boolean | Date | null;
export type SqlRow = Record<string, unknown>;

/** Prepared-once statements on the shared connection; every call is synchronous. */
export interface SqlStatements {
  get(sql: string, ...params: SqlParam[]): SqlRow | undefined;
  all(sql: string, ...params: SqlParam[]): SqlRow[];
  run(sql: string, ...params: SqlParam[]): { changes: number };
}

/**
 * Direct access to the SQLite connection Prisma's adapter uses, for the few statements that run
 * on every step of a guided form: a prepared better-sqlite3 statement costs about a hundredth of a
 * Prisma query (MACHINE-FACTS). Sharing Prisma's one connection means no second writer and no
 * lock contention. Prisma's interactive transactions hold that connection across awaits, so work
 * here waits until none is open, then runs synchronously: nothing can interleave with it.
 */
export interface SqlConnection {
  read<T>(work: (sql: SqlStatements) => T): Promise<T>;
  /** Single-statement writes, each committed on its own (no BEGIN/COMMIT round). */
  autocommit<T>(work: (sql: SqlStatements) => T): Promise<T>;
  /** Runs `work` in one transaction (BEGIN IMMEDIATE … COMMIT), rolled back if it throws. */
  write<T>(work: (sql: SqlStatements) => T): Promise<T>;
  /** Calls `listener` each time work starts waiting for a Prisma transaction to end. */
  onWait(listener: () => void): void;
}

/** Stored as Prisma's better-sqlite3 adapter stores DateTime (ISO 8601, explicit UTC offset). */
export function toSqlDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

export function fromSqlDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  return new Date(typeof value === "bigint" ? Number(value) : (value as string | number));
}

function bind(param: SqlParam): string | number | bigint | null {
  if (param instanceof Date) return toSqlDate(param);
  if (typeof param === "boolean") return param ? 1 : 0;
  return param;
}

/**
 * Wraps the open connection. `connect` returns it once Prisma has connected; `transactionEnded`
 * lets waiting work retry as soon as a Prisma transaction commits or rolls back.
 */
export function createSqlConnection(
  connect: () => Promise<BetterSqlite3.Database>,
  transactionEnded: (wake: () => void) => void,
): SqlConnection {
  const cache = new Map<string, BetterSqlite3.Statement>();
  let connection: BetterSqlite3.Database | undefined;
  const waiting: Array<() => void> = [];
  const waitListeners: Array<() => void> = [];
  transactionEnded(() => {
    for (const wake of waiting.splice(0)) wake();
  });

  const prepared = (db: BetterSqlite3.Database, sql: string) => {
    let statement = cache.get(sql);
    if (!statement) {
      // Prisma's adapter turns on safe integers for the connection; our ids and counts fit a number.
      statement = db.prepare(sql).safeIntegers(false);
      cache.set(sql, statement);
    }
    return statement;
  };
  const statementsFor = (db: BetterSqlite3.Database): SqlStatements => ({
    get: (sql, ...params) => prepared(db, sql).get(...params.map(bind)) as SqlRow | undefined,
    all: (sql, ...params) => prepared(db, sql).all(...params.map(bind)) as SqlRow[],
    run: (sql, ...params) => ({ changes: prepared(db, sql).run(...params.map(bind)).changes }),
  });

  let statements: SqlStatements | undefined;

  const waitForIdle = async (): Promise<void> => {
    connection ??= await connect();
    statements ??= statementsFor(connection);
    if (connection.inTransaction)
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        // A safety net in case a transaction ends without passing through Prisma's commit/rollback.
        setTimeout(resolve, 10).unref();
        for (const listener of waitListeners) listener();
      });
  };
  /** Runs `work` at once when the connection is free, else after waiting, checking again then. */
  const whenIdle = <T>(work: (db: BetterSqlite3.Database, sql: SqlStatements) => T): Promise<T> => {
    if (connection && statements && !connection.inTransaction) {
      try {
        return Promise.resolve(work(connection, statements));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return waitForIdle().then(() => whenIdle(work));
  };

  // Outside a transaction every statement commits on its own: reads and single writes alike.
  const direct = <T>(work: (sql: SqlStatements) => T) => whenIdle((_db, sql) => work(sql));
  return {
    read: direct,
    autocommit: direct,
    write: (work) =>
      whenIdle((db, sql) => {
        prepared(db, "BEGIN IMMEDIATE").run();
        try {
          const result = work(sql);
          prepared(db, "COMMIT").run();
          return result;
        } catch (error) {
          if (db.inTransaction) prepared(db, "ROLLBACK").run();
          throw error;
        }
      }),
    onWait: (listener) => {
      waitListeners.push(listener);
    },
  };
}
