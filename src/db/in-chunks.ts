/**
 * Prisma on SQLite refuses a statement with more than 999 parameters, and a region's orders reach
 * thousands of schools and people: a lookup by a long list of ids goes in chunks of this size.
 */
export const IDS_PER_QUERY = 500;

/** Runs `query` over `ids` a chunk at a time and joins the results. */
export async function findInChunks<T>(
  ids: readonly number[],
  query: (chunk: number[]) => Promise<T[]>,
): Promise<T[]> {
  const unique = [...new Set(ids)];
  const results: T[] = [];
  for (let start = 0; start < unique.length; start += IDS_PER_QUERY)
    results.push(...(await query(unique.slice(start, start + IDS_PER_QUERY))));
  return results;
}
