/** A date and time as people in that municipality read it, in the reader's language. */
export function formatLocalDateTime(instant: Date, timeZone: string, language: string): string {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "ru-RU", {
    timeZone,
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(instant);
}
