import { periodTitleParts } from "../domain/periods.ts";

/**
 * Parameters of outgoing messages about campaigns and submissions, in the neutral forms the
 * sender renders per recipient (see src/domain/outgoing-message.ts).
 */

/** A form's title in both languages. */
export function formParam(form: { title: string; titleEn: string }) {
  return { ru: form.title, en: form.titleEn };
}

/** A period as words ("2025/26 учебный год", "Q3 2025"); the bare code when it is not one. */
export function periodParam(code: string) {
  const parts = periodTitleParts(code);
  if (!parts) return code;
  return {
    key: "campaign-period",
    params: {
      kind: parts.kind,
      // Strings, so Fluent does not group the digits ("2,025").
      year: String(parts.year),
      next: String((parts.year + 1) % 100).padStart(2, "0"),
      index: parts.index,
    },
  };
}

/** An instant shown on the clocks of the municipality, in the recipient's language. */
export function dateParam(instant: Date, timezone: string) {
  return { date: instant.toISOString(), timezone };
}

export function schoolName(school: { name: string; shortName: string | null }): string {
  return school.shortName ?? school.name;
}
