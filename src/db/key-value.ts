import type { Db } from "./client.ts";

/** A small JSON key-value store in the database, for state such as guided-conversation progress. */
export interface KeyValueStore<T> {
  read(key: string): Promise<T | undefined>;
  write(key: string, value: T): Promise<void>;
  delete(key: string): Promise<void>;
}

export function createKeyValueStore<T>(db: Db, prefix: string): KeyValueStore<T> {
  const full = (key: string) => `${prefix}:${key}`;
  return {
    async read(key) {
      const row = await db.keyValue.findUnique({ where: { key: full(key) } });
      return row ? (JSON.parse(row.value) as T) : undefined;
    },
    async write(key, value) {
      const json = JSON.stringify(value);
      await db.keyValue.upsert({
        where: { key: full(key) },
        create: { key: full(key), value: json },
        update: { value: json },
      });
    },
    async delete(key) {
      await db.keyValue.deleteMany({ where: { key: full(key) } });
    },
  };
}
