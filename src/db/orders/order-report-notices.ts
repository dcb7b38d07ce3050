import type { MessageAction } from "../../domain/outgoing-message.ts";
import type { Db } from "../client.ts";
import { dateParam, schoolName } from "../message-params.ts";
import { enqueueMessage } from "../outbox.ts";
import { coordinatorsFor, schoolResponsibles } from "../people/recipients.ts";
import { orderNameParams } from "./order-message.ts";

/** The button that opens a report: the school's task, or the coordinator's card of it. */
export function reportOpenAction(reportId: number): MessageAction {
  return { kind: "open-order-report", reportId };
}

function loadReport(tx: Db, reportId: number) {
  return tx.orderReport.findUniqueOrThrow({
    where: { id: reportId },
    include: { school: true, order: { include: { municipality: true } } },
  });
}

/**
 * Tells the municipality's coordinators (those of all directions: an order belongs to none) that a
 * school has sent its report, with a button to open it. Returns how many were told.
 */
export async function notifyCoordinatorsOfReport(tx: Db, reportId: number): Promise<number> {
  const report = await loadReport(tx, reportId);
  const coordinators = await coordinatorsFor(tx, report.order.municipalityId, null);
  for (const coordinator of coordinators)
    await enqueueMessage(tx, coordinator.personId, {
      key: "order-report-submitted-notice",
      params: {
        ...orderNameParams(report.order),
        school: schoolName(report.school),
        late: report.late ? "yes" : "no",
      },
      buttons: [
        [
          {
            kind: "action",
            labelKey: "order-report-open-button",
            action: reportOpenAction(reportId),
          },
        ],
      ],
    });
  return coordinators.length;
}

/**
 * Tells the people who answer for the school (its deputies, or its director) of the decision; a
 * returned report's message carries the comment and a button to send it again.
 */
export async function notifySchoolOfReportDecision(
  tx: Db,
  reportId: number,
  decision: "accepted" | "returned",
  now: Date,
): Promise<number> {
  const report = await loadReport(tx, reportId);
  const people = (await schoolResponsibles(tx, [report.schoolId])).get(report.schoolId) ?? [];
  const deadline = report.order.reportDeadlineAt;
  for (const personId of people)
    await enqueueMessage(tx, personId, {
      key:
        decision === "accepted" ? "order-report-accepted-notice" : "order-report-returned-notice",
      params: {
        ...orderNameParams(report.order),
        school: schoolName(report.school),
        comment: report.comment ?? "",
        overdue: deadline && deadline < now ? "yes" : "no",
        ...(deadline ? { deadline: dateParam(deadline, report.order.municipality.timezone) } : {}),
      },
      buttons:
        decision === "returned"
          ? [
              [
                {
                  kind: "action",
                  labelKey: "order-report-resend-button",
                  action: reportOpenAction(reportId),
                },
              ],
            ]
          : [],
    });
  return people.length;
}
