import { recordAudit } from "../audit.ts";
import { type Db, inTransaction } from "../client.ts";
import { schoolName } from "../message-params.ts";
import { schoolsOfPerson } from "../people/recipients.ts";
import {
  answersFor,
  asReportStatus,
  coordinatesMunicipality,
  OPEN_REPORT_STATUSES,
  type OrderReportStatus,
  orderInclude,
  type ReportOrder,
  reportOrder,
  SENDABLE_REPORT_STATUSES,
} from "./order-report-access.ts";
import { notifyCoordinatorsOfReport } from "./order-report-notices.ts";

export type { OrderReportStatus, ReportOrder } from "./order-report-access.ts";
export {
  type OrderReportRow,
  type OrderReports,
  reportsOfOrder,
  reviewReport,
} from "./order-report-review.ts";

/** A report task in /tasks. */
export interface ReportTask extends ReportOrder {
  reportId: number;
  schoolId: number;
  schoolName: string;
  status: OrderReportStatus;
  /** The coordinator's comment when returned. */
  comment: string | null;
}

/**
 * The report tasks of the schools where the person is a deputy or a director that are not yet
 * accepted (to send, to send again, or waiting for the coordinator), soonest deadline first.
 */
export async function listReportTasks(db: Db, personId: number): Promise<ReportTask[]> {
  const schoolIds = await schoolsOfPerson(db, personId);
  if (schoolIds.length === 0) return [];
  const reports = await db.orderReport.findMany({
    where: { schoolId: { in: schoolIds }, status: { in: [...OPEN_REPORT_STATUSES] } },
    include: { school: true, ...orderInclude },
    orderBy: { id: "asc" },
  });
  return reports
    .map((report) => ({
      ...reportOrder(report.order),
      reportId: report.id,
      schoolId: report.schoolId,
      schoolName: schoolName(report.school),
      status: asReportStatus(report.status),
      comment: report.status === "returned" ? report.comment : null,
    }))
    .sort((a, b) => a.deadlineAt.getTime() - b.deadlineAt.getTime() || a.reportId - b.reportId);
}

/** One report as the school or the coordinator sees it. */
export interface ReportView extends ReportOrder {
  reportId: number;
  schoolId: number;
  schoolName: string;
  status: OrderReportStatus;
  text: string | null;
  document: { id: number; name: string; telegramFileId: string | null } | null;
  submittedAt: Date | null;
  submittedBy: string | null;
  late: boolean;
  reviewedAt: Date | null;
  comment: string | null;
  /** Whose eyes: the school's people send it, the municipality's coordinators review it. */
  viewer: "school" | "coordinator";
}

/**
 * A report for its school's deputy or director, or for a coordinator of the municipality; null
 * for anyone else, who learns nothing of it (not even that it exists).
 */
export async function openReport(
  db: Db,
  reportId: number,
  personId: number,
): Promise<ReportView | null> {
  const report = await db.orderReport.findUnique({
    where: { id: reportId },
    include: {
      school: true,
      document: { select: { id: true, name: true, telegramFileId: true } },
      ...orderInclude,
    },
  });
  if (!report) return null;
  const viewer = (await answersFor(db, personId, report.schoolId))
    ? "school"
    : (await coordinatesMunicipality(db, personId, report.order.municipalityId))
      ? "coordinator"
      : null;
  if (!viewer) return null;
  const submitter = report.submittedById
    ? await db.person.findUnique({
        where: { id: report.submittedById },
        select: { fullName: true },
      })
    : null;
  return {
    ...reportOrder(report.order),
    reportId: report.id,
    schoolId: report.schoolId,
    schoolName: schoolName(report.school),
    status: asReportStatus(report.status),
    text: report.text,
    document: report.document,
    submittedAt: report.submittedAt,
    submittedBy: submitter?.fullName ?? null,
    late: report.late,
    reviewedAt: report.reviewedAt,
    comment: report.comment,
    viewer,
  };
}

/** The school's answer: a text, or a document kept by the messenger's file id. */
export type ReportAnswer =
  | { kind: "text"; text: string }
  | {
      kind: "document";
      name: string;
      mimeType: string | null;
      size: number | null;
      telegramFileId: string;
    };

/** Why a report cannot be sent now: the one reason that holds. */
export type SubmitRefusal =
  | { reason: "not-found" }
  | { reason: "submitted" | "accepted"; at: Date; timezone: string };

export type SubmitResult =
  | { status: "submitted"; late: boolean; notified: number }
  | ({ status: "refused" } & SubmitRefusal);

/** A report's text may fill one message. */
export const MAX_REPORT_TEXT = 4000;

/**
 * Sends the school's report: only its deputy or director, only while it waits for one (new or
 * returned). The report, the audit record and the notices to the municipality's coordinators are
 * written in one transaction; a report after the deadline is marked late.
 */
export async function submitReport(
  db: Db,
  input: { reportId: number; personId: number; answer: ReportAnswer; now: Date },
): Promise<SubmitResult> {
  const { reportId, personId, answer, now } = input;
  if (answer.kind === "text" && !answer.text.trim())
    throw new Error("a report's text cannot be empty");
  return inTransaction(db, async (tx) => {
    const report = await tx.orderReport.findUnique({
      where: { id: reportId },
      include: orderInclude,
    });
    if (!report || !(await answersFor(tx, personId, report.schoolId)))
      return { status: "refused", reason: "not-found" };
    const status = asReportStatus(report.status);
    const timezone = report.order.municipality.timezone;
    if (!SENDABLE_REPORT_STATUSES.includes(status))
      return refusedAs(status, report.reviewedAt ?? report.submittedAt ?? now, timezone);
    const document =
      answer.kind === "document"
        ? await tx.storedFile.create({
            data: {
              name: answer.name,
              mimeType: answer.mimeType,
              size: answer.size,
              telegramFileId: answer.telegramFileId,
            },
          })
        : null;
    const late = report.order.reportDeadlineAt !== null && now > report.order.reportDeadlineAt;
    // The status is the guard: a second send racing this one finds it submitted already.
    const { count } = await tx.orderReport.updateMany({
      where: { id: reportId, status: { in: [...SENDABLE_REPORT_STATUSES] } },
      data: {
        status: "submitted",
        text: answer.kind === "text" ? answer.text.trim().slice(0, MAX_REPORT_TEXT) : null,
        documentId: document?.id ?? null,
        submittedAt: now,
        submittedById: personId,
        late,
      },
    });
    if (count === 0) {
      const again = await tx.orderReport.findUniqueOrThrow({ where: { id: reportId } });
      const at = again.reviewedAt ?? again.submittedAt ?? now;
      return refusedAs(asReportStatus(again.status), at, timezone);
    }
    const notified = await notifyCoordinatorsOfReport(tx, reportId);
    await recordAudit(tx, {
      actor: { kind: "person", personId },
      action: "order_report.submitted",
      entityType: "OrderReport",
      entityId: reportId,
      data: {
        orderId: report.orderId,
        schoolId: report.schoolId,
        answer: answer.kind,
        document: document?.id ?? null,
        late,
        notified,
      },
    });
    return { status: "submitted", late, notified };
  });
}

function refusedAs(status: OrderReportStatus, at: Date, timezone: string): SubmitResult {
  if (status === "accepted" || status === "submitted")
    return { status: "refused", reason: status, at, timezone };
  return { status: "refused", reason: "not-found" };
}
