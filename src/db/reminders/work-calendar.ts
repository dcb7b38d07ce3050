import {
  type CalendarYear,
  FEDERAL_CALENDAR,
  workCalendar,
} from "../../domain/reminders/federal-calendar.ts";
import type { QuietRules, WorkCalendar } from "../../domain/reminders/quiet-hours.ts";
import { type Actor, recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";

/** The calendar in force: the shipped years, each replaced by a year loaded into the database. */
export async function loadWorkCalendar(db: Db): Promise<WorkCalendar> {
  const days = await db.calendarDay.findMany({ orderBy: { date: "asc" } });
  const years = new Map<number, CalendarYear>();
  for (const day of days) {
    const year = years.get(day.year) ?? { year: day.year, nonWorking: [], working: [] };
    (day.working ? year.working : year.nonWorking).push(day.date);
    years.set(day.year, year);
  }
  return workCalendar([...years.values()]);
}

/**
 * Loads whole calendar years: each year given replaces what was loaded or shipped for it.
 * Returns per year how many non-working and working days it now has.
 */
export async function importCalendarYears(
  db: Db,
  years: readonly CalendarYear[],
  actor: Actor,
): Promise<
  Array<{
    year: number;
    nonWorking: number;
    working: number;
    replaced: "shipped" | "loaded" | null;
  }>
> {
  const shipped = new Set(FEDERAL_CALENDAR.map((year) => year.year));
  return inTransaction(db, async (tx) => {
    const result = [];
    for (const year of years) {
      const removed = await tx.calendarDay.deleteMany({ where: { year: year.year } });
      const rows = [
        ...year.nonWorking.map((date) => ({ date, year: year.year, working: false })),
        ...year.working.map((date) => ({ date, year: year.year, working: true })),
      ];
      if (rows.length) await tx.calendarDay.createMany({ data: rows });
      const replaced = removed.count > 0 ? "loaded" : shipped.has(year.year) ? "shipped" : null;
      result.push({
        year: year.year,
        nonWorking: year.nonWorking.length,
        working: year.working.length,
        replaced,
      } as const);
      await recordAudit(tx, {
        actor,
        action: "calendar.imported",
        entityType: "CalendarYear",
        entityId: year.year,
        data: { nonWorking: year.nonWorking.length, working: year.working.length, replaced },
      });
    }
    return result;
  });
}

/** A municipality's quiet time as the domain reads it. */
export function quietRulesOf(municipality: {
  quietFrom: number;
  quietTo: number;
  quietWeekends: boolean;
  quietHolidays: boolean;
}): QuietRules {
  return {
    fromMinute: municipality.quietFrom,
    toMinute: municipality.quietTo,
    weekends: municipality.quietWeekends,
    holidays: municipality.quietHolidays,
  };
}

/** Changes a municipality's quiet time (fields left out stay); returns the rules now in force. */
export async function setQuietRules(
  db: Db,
  municipalityId: number,
  change: Partial<QuietRules>,
  actor: Actor,
): Promise<QuietRules> {
  return inTransaction(db, async (tx) => {
    const municipality = await tx.municipality.update({
      where: { id: municipalityId },
      data: {
        quietFrom: change.fromMinute,
        quietTo: change.toMinute,
        quietWeekends: change.weekends,
        quietHolidays: change.holidays,
      },
    });
    const rules = quietRulesOf(municipality);
    await recordAudit(tx, {
      actor,
      action: "municipality.quiet_hours_changed",
      entityType: "Municipality",
      entityId: municipalityId,
      data: { ...rules },
    });
    return rules;
  });
}
