import { naturalOrder } from "../../domain/school-order.ts";
import { recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";
import { findInChunks } from "../in-chunks.ts";
import { schoolName } from "../message-params.ts";
import {
  asReportStatus,
  coordinatesMunicipality,
  type OrderReportStatus,
  type ReportOrder,
  reportOrder,
} from "./order-report-access.ts";
import { notifySchoolOfReportDecision } from "./order-report-notices.ts";

/** Why a coordinator cannot decide on a report now: the one reason that holds. */
export type ReviewRefusal =
  | { reason: "not-found" | "not-submitted" | "comment-required" }
  | { reason: "accepted" | "returned"; at: Date; timezone: string };

export type ReviewResult =
  | { status: "accepted" | "returned"; notified: number; schoolName: string }
  | ({ status: "refused" } & ReviewRefusal);

const MAX_COMMENT = 2000;

/**
 * Accepts a submitted report, or returns it with a comment for the school to send it again. Only a
 * coordinator of the order's municipality, only a submitted report; the decision, the audit record
 * and the notice to the school are written in one transaction.
 */
export async function reviewReport(
  db: Db,
  input: {
    reportId: number;
    reviewerId: number;
    decision: "accept" | "return";
    comment?: string;
    now: Date;
  },
): Promise<ReviewResult> {
  const { reportId, reviewerId, decision, now } = input;
  const comment = input.comment?.trim().slice(0, MAX_COMMENT) ?? "";
  if (decision === "return" && !comment) return { status: "refused", reason: "comment-required" };
  return inTransaction(db, async (tx) => {
    const report = await tx.orderReport.findUnique({
      where: { id: reportId },
      include: { school: true, order: { include: { municipality: true } } },
    });
    if (!report || !(await coordinatesMunicipality(tx, reviewerId, report.order.municipalityId)))
      return { status: "refused", reason: "not-found" };
    const status = decision === "accept" ? "accepted" : "returned";
    // The status is the guard: when another coordinator decided first, this one changes nothing.
    const { count } = await tx.orderReport.updateMany({
      where: { id: reportId, status: "submitted" },
      data: {
        status,
        reviewedAt: now,
        reviewedById: reviewerId,
        ...(decision === "return" ? { comment } : {}),
      },
    });
    if (count === 0) {
      const again = await tx.orderReport.findUniqueOrThrow({ where: { id: reportId } });
      const current = asReportStatus(again.status);
      if (current === "accepted" || current === "returned")
        return {
          status: "refused",
          reason: current,
          at: again.reviewedAt ?? again.createdAt,
          timezone: report.order.municipality.timezone,
        };
      return { status: "refused", reason: "not-submitted" };
    }
    const notified = await notifySchoolOfReportDecision(tx, reportId, status, now);
    await recordAudit(tx, {
      actor: { kind: "person", personId: reviewerId },
      action: `order_report.${status}`,
      entityType: "OrderReport",
      entityId: reportId,
      data: { orderId: report.orderId, schoolId: report.schoolId, notified },
    });
    return { status, notified, schoolName: schoolName(report.school) };
  });
}

/** One school's line in the coordinator's list of an order's reports. */
export interface OrderReportRow {
  reportId: number;
  schoolName: string;
  status: OrderReportStatus;
  submittedAt: Date | null;
  late: boolean;
  submittedBy: string | null;
}

export interface OrderReports {
  order: ReportOrder;
  rows: OrderReportRow[];
  counts: Record<OrderReportStatus, number> & { late: number };
}

/**
 * The reports on an order, school by school in reading order, with counts per status, for a
 * coordinator of its municipality. Anyone else hears only that there is no such order; an order
 * that asked for no reports says so.
 */
export async function reportsOfOrder(
  db: Db,
  orderId: number,
  personId: number,
): Promise<OrderReports | "not-found" | "no-reports"> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: {
      municipality: { select: { timezone: true } },
      reports: { include: { school: true } },
    },
  });
  if (!order || !(await coordinatesMunicipality(db, personId, order.municipalityId)))
    return "not-found";
  if (!order.reportDeadlineAt) return "no-reports";
  const submitterIds = order.reports.flatMap((r) => (r.submittedById ? [r.submittedById] : []));
  const submitters = new Map(
    (
      await findInChunks(submitterIds, (chunk) =>
        db.person.findMany({ where: { id: { in: chunk } }, select: { id: true, fullName: true } }),
      )
    ).map((person) => [person.id, person.fullName]),
  );
  const bySchool = new Map(order.reports.map((report) => [report.schoolId, report]));
  const counts = { pending: 0, submitted: 0, returned: 0, accepted: 0, late: 0 };
  const rows = naturalOrder(order.reports.map((report) => report.school)).flatMap((school) => {
    const report = bySchool.get(school.id);
    if (!report) return [];
    const status = asReportStatus(report.status);
    counts[status]++;
    if (report.late && status !== "pending") counts.late++;
    return [
      {
        reportId: report.id,
        schoolName: schoolName(school),
        status,
        submittedAt: report.submittedAt,
        late: report.late,
        submittedBy: report.submittedById ? (submitters.get(report.submittedById) ?? null) : null,
      },
    ];
  });
  return { order: reportOrder(order), rows, counts };
}
