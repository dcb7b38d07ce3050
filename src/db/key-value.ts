import type { Db } from "./client.ts";

/** A small JSON key-value store in the database, for state such as guided-conversation progress. */
export interface KeyValueStore<T> {
  read(key: string): Promise<T | undefined>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

/**
 * Read and written on every step of a guided conversation, so it uses plain SQL (valid on SQLite
 * and PostgreSQL alike): Prisma's query building costs more than the query itself here.
 */
export function createKeyValueStore<T>(db: Db, prefix: string): KeyValueStore<T> {
  const full = (key: string) => `${prefix}:${key}`;
  return {
    async read(key) {
      const rows = await db.$queryRaw<Array<{ value: string }>>`
        SELECT "value" FROM "KeyValue" WHERE "key" = ${full(key)}`;
      const row = rows[0];
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async write(key, value) {
      await db.$executeRaw`
        INSERT INTO "KeyValue" ("key", "value", "updatedAt") VALUES (${full(key)}, ${JSON.stringify(value)}, ${new Date()})
        ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value", "updatedAt" = excluded."updatedAt"`;
    },
    async delete(key) {
      await db.$executeRaw`DELETE FROM "KeyValue" WHERE "key" = ${full(key)}`;
    },
  };
}
