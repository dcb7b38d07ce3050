import type { SqlConnection } from "./sql-connection.ts";

/**
 * Takes or renews the lease on a periodic job for `holder` until `until`. One statement: it
 * inserts the lease, or takes it over when it expired or is already the holder's, so of several
 * instances asking at once exactly one gets `true`.
 */
export function takeJobLease(
  sql: SqlConnection,
  name: string,
  holder: string,
  now: Date,
  until: Date,
): Promise<boolean> {
  return sql.autocommit(
    async (s) =>
      (
        await s.run(
          `INSERT INTO "JobLease" ("name", "holder", "until") VALUES (?, ?, ?)
           ON CONFLICT ("name") DO UPDATE SET "holder" = excluded."holder", "until" = excluded."until"
           WHERE "JobLease"."until" <= ? OR "JobLease"."holder" = ?`,
          name,
          holder,
          until,
          now,
          holder,
        )
      ).changes === 1,
  );
}

/** Gives a lease up at once (a clean shutdown), so another instance need not wait for expiry. */
export async function releaseJobLease(
  sql: SqlConnection,
  name: string,
  holder: string,
): Promise<void> {
  await sql.autocommit((s) =>
    s.run(`DELETE FROM "JobLease" WHERE "name" = ? AND "holder" = ?`, name, holder),
  );
}
