const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date and time as people in that municipality read it, in the reader's language. Formatters
 * are cached: building one costs far more than using it, and conversations replay their messages.
 */
export function formatLocalDateTime(instant: Date, timeZone: string, language: string): string {
  const key = `${timeZone}|${language}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(language === "en" ? "en-GB" : "ru-RU", {
      timeZone,
      day: "numeric",
      month: "long",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
    });
    formatters.set(key, formatter);
  }
  return formatter.format(instant);
}
