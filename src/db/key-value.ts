import type { Db } from "./client.ts";
import type { SqlConnection } from "./sql-connection.ts";

/** A small JSON key-value store in the database, for state such as guided-conversation progress. */
export interface KeyValueStore<T> {
  read(key: string): Promise<T | undefined>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * Read and written on every step of a guided conversation, so it uses prepared statements on the
 * shared connection (standard SQL, the same on PostgreSQL) instead of Prisma's query building.
 */
export function createKeyValueStore<T>(sql: SqlConnection, prefix: string): KeyValueStore<T> {
  const full = (key: string) => `${prefix}:${key}`;
  return {
    async read(key) {
      const row = await sql.read(async (s) =>
        s.get(`SELECT "value" FROM "KeyValue" WHERE "key" = ?`, full(key)),
      );
      return row ? (JSON.parse(String(row.value)) as T) : undefined;
    },
    async write(key, value) {
      const json = JSON.stringify(value);
      await sql.autocommit(async (s) =>
        s.run(
          `INSERT INTO "KeyValue" ("key", "value", "updatedAt") VALUES (?, ?, ?)
           ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`,
          full(key),
          json,
          new Date(),
        ),
      );
    },
    async delete(key) {
      await sql.autocommit(async (s) => s.run(`DELETE FROM "KeyValue" WHERE "key" = ?`, full(key)));
    },
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
