import type { Db } from "./client.ts";
import type { SqlCall, SqlConnection } from "./sql-connection.ts";

/** A small JSON key-value store in the database, for state such as guided-conversation progress. */
export interface KeyValueStore<T> {
  read(key: string): Promise<T | undefined>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
  /** The full key of `key` in the KeyValue table (as `findPersonWithKeyValue` reads it). */
  fullKey(key: string): string;
  /** The write as a statement to make later, with others (see sql-connection.ts, writeTogether). */
  writeCall(key: string, value: T): SqlCall;
  deleteCall(key: string): SqlCall;
}

/**
 * Read and written on every step of a guided conversation, so it uses prepared statements on the
 * shared connection (standard SQL, the same on PostgreSQL) instead of Prisma's query building.
 */
export function createKeyValueStore<T>(sql: SqlConnection, prefix: string): KeyValueStore<T> {
  const full = (key: string) => `${prefix}:${key}`;
  const writeCall = (key: string, value: T): SqlCall => ({
    sql: `INSERT INTO "KeyValue" ("key", "value", "updatedAt") VALUES (?, ?, ?)
      ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
    params: [full(key), JSON.stringify(value), new Date()],
  });
  const deleteCall = (key: string): SqlCall => ({
    sql: `DELETE FROM "KeyValue" WHERE "key" = ?`,
    params: [full(key)],
  });
  const run = (call: SqlCall) => sql.autocommit(async (s) => s.run(call.sql, ...call.params));
  return {
    async read(key) {
      const row = await sql.read(async (s) =>
        s.get(`SELECT "value" FROM "KeyValue" WHERE "key" = ?`, full(key)),
      );
      return row ? (JSON.parse(String(row.value)) as T) : undefined;
    },
    async write(key, value) {
      await run(writeCall(key, value));
    },
    async delete(key) {
      await run(deleteCall(key));
    },
    fullKey: full,
    writeCall,
    deleteCall,
  };
}

/** The key prefix of the guided conversations' stored states (one row per chat). */
export const CONVERSATION_KEY_PREFIX = "conversation";

/** Deletes the rows under `prefix` last written before `before`; returns how many. */
export async function deleteKeysUntouchedSince(
  db: Db,
  prefix: string,
  before: Date,
): Promise<number> {
  const { count } = await db.keyValue.deleteMany({
    where: { key: { startsWith: `${prefix}:` }, updatedAt: { lt: before } },
  });
  return count;
}
