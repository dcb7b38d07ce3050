/**
 * Direct statements for the few queries that run on every update and every step of a guided
 * form (person lookup, conversation state, saving and reading answers, taking an update): a
 * prepared statement costs a fraction of a Prisma query (shared/MACHINE-FACTS.md). Written once
 * in standard SQL with quoted identifiers and `?` placeholders; each database has its own
 * implementation of this interface (src/db/sqlite, src/db/postgres), so no caller knows which
 * database it runs on.
 */

/** A value bound to a statement; each implementation stores it the way its Prisma adapter does. */
export type SqlParam = string | number | bigint | boolean | Date | null;
export type SqlRow = Record<string, unknown>;

/** One statement and its parameters, to be run later by the connection. */
export interface SqlCall {
  sql: string;
  params: SqlParam[];
}

/** Statements inside one unit of work (a transaction for `write`). */
export interface SqlStatements {
  get(sql: string, ...params: SqlParam[]): Promise<SqlRow | undefined>;
  all(sql: string, ...params: SqlParam[]): Promise<SqlRow[]>;
  run(sql: string, ...params: SqlParam[]): Promise<{ changes: number }>;
  /**
   * Appended to a `SELECT` inside `write`: holds the selected rows of the table aliased `alias`
   * until the transaction ends, so two writers of one submission go one after the other
   * (PostgreSQL ` FOR UPDATE OF alias`; empty on SQLite, whose write transaction already excludes
   * every other writer).
   */
  forUpdateOf(alias: string): string;
}

export interface SqlConnection {
  read<T>(work: (sql: SqlStatements) => Promise<T>): Promise<T>;
  /** Single-statement writes, each committed on its own. */
  autocommit<T>(work: (sql: SqlStatements) => Promise<T>): Promise<T>;
  /**
   * Runs `work` in one transaction, rolled back if it throws. `work` uses only `sql`: a Prisma
   * query inside it would wait for the transaction to end (on SQLite they share one connection).
   */
  write<T>(work: (sql: SqlStatements) => Promise<T>): Promise<T>;
  /**
   * Runs `work` holding a lock on `key` that every instance sharing the database respects: two
   * updates of one chat handled by two instances at once go one after the other. `onRelease` may
   * name a single write (an UPDATE) to make when `work` has returned; it runs as the lock is
   * released, on PostgreSQL in the same statement (one round trip fewer on every update).
   */
  withLock<T>(
    key: string,
    work: () => Promise<T>,
    onRelease?: (result: T) => SqlCall | undefined,
  ): Promise<T>;
  /**
   * Appended to a `SELECT` inside `write` that claims rows for this worker: PostgreSQL's
   * ` FOR UPDATE SKIP LOCKED` (rows another worker is claiming this moment are passed over, not
   * waited for); empty on SQLite, whose write transaction already keeps every other writer out.
   */
  skipLocked: string;
  /**
   * Whether a WITH may hold INSERT, UPDATE and DELETE (PostgreSQL). On every update the hot path
   * then makes its several writes in one statement — one round trip to a server, each of which
   * costs far more than the statement — where SQLite, in process, runs them in a transaction.
   */
  dataModifyingWith: boolean;
  /** Calls `listener` each time work starts waiting for a Prisma transaction to end (SQLite). */
  onWait(listener: () => void): void;
  close(): Promise<void>;
}

/** Stored as Prisma's better-sqlite3 adapter stores DateTime (ISO 8601, explicit UTC offset). */
export function toSqlDate(date: Date): string {
  return date.toISOString().replace("Z", "+00:00");
}

/** A date column as read by either implementation (ISO text, epoch number or a Date). */
export function fromSqlDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  return new Date(typeof value === "bigint" ? Number(value) : (value as string | number));
}

/** A boolean column: SQLite gives 0/1, PostgreSQL true/false. */
export function fromSqlBoolean(value: unknown): boolean {
  return value === true || (value !== false && Number(value ?? 0) !== 0);
}

/**
 * An in-process lock per key: enough where one process owns the database (SQLite), and the
 * first half of the cross-instance lock on PostgreSQL (one waiter per key reaches the database).
 */
export function createKeyedMutex() {
  const tails = new Map<string, Promise<void>>();
  const withKey = async function withKey<T>(key: string, work: () => Promise<T>): Promise<T> {
    const before = tails.get(key) ?? Promise.resolve();
    let release: () => void = () => {};
    const mine = new Promise<void>((resolve) => {
      release = resolve;
    });
    const tail = before.then(() => mine);
    tails.set(key, tail);
    await before;
    try {
      return await work();
    } finally {
      release();
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
  /** Whether work on `key` is running or waiting in this process. */
  const busy = (key: string) => tails.has(key);
  return Object.assign(withKey, { busy });
}

/**
 * Makes independent writes as one unit: on PostgreSQL one statement (each write a data-modifying
 * WITH of it), on SQLite one transaction. The writes see the same snapshot and not each other's
 * effects, so none may read or change what another changes.
 */
export async function writeTogether(sql: SqlConnection, calls: readonly SqlCall[]): Promise<void> {
  const last = calls.at(-1);
  if (!last) return;
  if (!sql.dataModifyingWith) {
    await sql.write(async (s) => {
      for (const call of calls) await s.run(call.sql, ...call.params);
    });
    return;
  }
  const earlier = calls.slice(0, -1);
  const withs = earlier.map((call, index) => `"w${index}" AS (${call.sql})`);
  await sql.autocommit((s) =>
    s.run(
      withs.length > 0 ? `WITH ${withs.join(", ")} ${last.sql}` : last.sql,
      ...calls.flatMap((call) => call.params),
    ),
  );
}
