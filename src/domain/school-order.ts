const byName = new Intl.Collator("ru", { numeric: true, sensitivity: "base" });

/** Schools in the order people read them: "№ 2" before "№ 10", by short name where there is one. */
export function naturalOrder<S extends { id: number; name: string; shortName: string | null }>(
  schools: readonly S[],
): S[] {
  return [...schools].sort(
    (a, b) => byName.compare(a.shortName ?? a.name, b.shortName ?? b.name) || a.id - b.id,
  );
}
