import type { Db } from "../client.ts";
import { coordinatorScopes, schoolsOfPerson } from "../people/recipients.ts";

/** Where a school's report on an order stands. */
export type OrderReportStatus = "pending" | "submitted" | "returned" | "accepted";

/** What the school still has to do, or is waiting on: the statuses /tasks lists. */
export const OPEN_REPORT_STATUSES: readonly OrderReportStatus[] = [
  "pending",
  "returned",
  "submitted",
];
/** The statuses in which the school may (re)send its report. */
export const SENDABLE_REPORT_STATUSES: readonly OrderReportStatus[] = ["pending", "returned"];

/** The order a report answers, as the school and the coordinator read it. */
export interface ReportOrder {
  orderId: number;
  kind: string;
  number: string | null;
  title: string;
  deadlineAt: Date;
  timezone: string;
  municipalityId: number;
}

const STATUSES: readonly OrderReportStatus[] = ["pending", "submitted", "returned", "accepted"];

/** A stored status as one of the four; the writes guard on the exact statuses, never on this. */
export function asReportStatus(status: string): OrderReportStatus {
  return STATUSES.find((known) => known === status) ?? "pending";
}

export const orderInclude = {
  order: { include: { municipality: { select: { timezone: true } } } },
} as const;

export function reportOrder(order: {
  id: number;
  kind: string;
  number: string | null;
  title: string;
  reportDeadlineAt: Date | null;
  createdAt: Date;
  municipalityId: number;
  municipality: { timezone: string };
}): ReportOrder {
  return {
    orderId: order.id,
    kind: order.kind,
    number: order.number,
    title: order.title,
    // A report task exists only for an order with a deadline.
    deadlineAt: order.reportDeadlineAt ?? order.createdAt,
    timezone: order.municipality.timezone,
    municipalityId: order.municipalityId,
  };
}

/** Whether the person answers for the school (an active deputy or director). */
export async function answersFor(db: Db, personId: number, schoolId: number): Promise<boolean> {
  return (await schoolsOfPerson(db, personId)).includes(schoolId);
}

/** Whether the person coordinates the municipality (any of its directions). */
export async function coordinatesMunicipality(
  db: Db,
  personId: number,
  municipalityId: number,
): Promise<boolean> {
  return (await coordinatorScopes(db, personId)).some(
    (scope) => scope.municipalityId === municipalityId,
  );
}
