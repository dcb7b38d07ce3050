import { periodWords } from "../domain/periods.ts";

/**
 * Parameters of outgoing messages about campaigns and submissions, in the neutral forms the
 * sender renders per recipient (see src/domain/outgoing-message.ts).
 */

/** A form's title in both languages. */
export function formParam(form: { title: string; titleEn: string }) {
  return { ru: form.title, en: form.titleEn };
}

/** A period in words for an outgoing message; see `periodWords` in src/domain/periods.ts. */
export const periodParam = periodWords;

/** An instant shown on the clocks of the municipality, in the recipient's language. */
export function dateParam(instant: Date, timezone: string) {
  return { date: instant.toISOString(), timezone };
}

export function schoolName(school: { name: string; shortName: string | null }): string {
  return school.shortName ?? school.name;
}
