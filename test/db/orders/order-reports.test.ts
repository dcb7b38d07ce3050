import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  listReportTasks,
  openReport,
  reportsOfOrder,
  reviewReport,
  submitReport,
} from "../../../src/db/orders/order-reports.ts";
import { sendOrder } from "../../../src/db/orders/orders.ts";
import { createTestDatabase, type TestDatabase } from "../../support/database.ts";
import { createMunicipality, createSchool } from "../../support/fixtures.ts";

let db: TestDatabase;
beforeEach(async () => {
  db = await createTestDatabase();
});
afterEach(() => db.destroy());

const DEADLINE = new Date("2026-12-15T13:00:00Z");
const BEFORE = new Date("2026-12-10T08:00:00Z");
const AFTER = new Date("2026-12-16T08:00:00Z");

/** Two schools with their people, the municipality's coordinator and one of another municipality. */
async function town() {
  const municipality = await createMunicipality(db.prisma, { name: "Ишимбайский район" });
  const elsewhere = await createMunicipality(db.prisma, { name: "Углегорский городской округ" });
  const lyceum = await createSchool(db.prisma, municipality.id, { code: "L1", name: "Лицей № 1" });
  const school = await createSchool(db.prisma, municipality.id, { code: "S2", name: "Школа № 2" });
  let telegramId = 2000n;
  const person = async (
    fullName: string,
    role: string,
    municipalityId: number,
    schoolId?: number,
  ) => {
    const created = await db.prisma.person.create({ data: { fullName, telegramId: telegramId++ } });
    await db.prisma.roleAssignment.create({
      data: { personId: created.id, role, municipalityId, schoolId: schoolId ?? null },
    });
    return created;
  };
  return {
    municipality,
    lyceum,
    school,
    director: await person("Иванова Анна Петровна", "director", municipality.id, lyceum.id),
    deputy: await person("Петров Олег Ильич", "deputy", municipality.id, lyceum.id),
    otherDirector: await person("Сидорова Мария Ивановна", "director", municipality.id, school.id),
    coordinator: await person("Кузнецова Елена Викторовна", "coordinator", municipality.id),
    foreignCoordinator: await person("Смирнов Павел Андреевич", "coordinator", elsewhere.id),
  };
}

type Town = Awaited<ReturnType<typeof town>>;

async function orderWithReport(t: Town) {
  const sent = await sendOrder(
    db.prisma,
    {
      municipalityId: t.municipality.id,
      kind: "order",
      number: "112",
      title: "О проведении мониторинга",
      body: "Провести мониторинг и доложить.",
      audience: { schools: { kind: "all" }, roles: ["director", "deputy"] },
      requiresAck: false,
      reportDeadlineAt: DEADLINE,
    },
    { kind: "cli" },
  );
  const report = await db.prisma.orderReport.findFirstOrThrow({
    where: { orderId: sent.orderId, schoolId: t.lyceum.id },
  });
  return { orderId: sent.orderId, reportId: report.id };
}

const outboxKeys = async (personId: number) =>
  (await db.prisma.outboxMessage.findMany({ where: { personId }, orderBy: { id: "asc" } })).map(
    (row) => JSON.parse(row.payload) as { key: string; params: Record<string, unknown> },
  );

describe("order report tasks", () => {
  it("lists the open report tasks of the person's schools with the order's title and deadline", async () => {
    const t = await town();
    const { reportId } = await orderWithReport(t);
    const tasks = await listReportTasks(db.prisma, t.deputy.id);
    expect(tasks).toEqual([
      expect.objectContaining({
        reportId,
        schoolName: "Лицей № 1",
        title: "О проведении мониторинга",
        number: "112",
        kind: "order",
        status: "pending",
        deadlineAt: DEADLINE,
        timezone: "Asia/Yekaterinburg",
      }),
    ]);
    expect(await listReportTasks(db.prisma, t.coordinator.id)).toEqual([]);
  });

  it("takes a text in time, notifies the coordinator and audits it in one go", async () => {
    const t = await town();
    const { reportId } = await orderWithReport(t);
    const result = await submitReport(db.prisma, {
      reportId,
      personId: t.deputy.id,
      answer: { kind: "text", text: "  Мониторинг проведён, результаты направлены.  " },
      now: BEFORE,
    });
    expect(result).toEqual({ status: "submitted", late: false, notified: 1 });
    const report = await db.prisma.orderReport.findUniqueOrThrow({ where: { id: reportId } });
    expect(report).toMatchObject({
      status: "submitted",
      text: "Мониторинг проведён, результаты направлены.",
      late: false,
      submittedById: t.deputy.id,
    });
    const notices = await outboxKeys(t.coordinator.id);
    expect(notices.map((n) => n.key)).toEqual(["order-report-submitted-notice"]);
    expect(notices[0]?.params).toMatchObject({ school: "Лицей № 1", late: "no" });
    const audit = await db.prisma.auditEvent.findFirstOrThrow({
      where: { action: "order_report.submitted" },
    });
    expect(audit).toMatchObject({ actorId: t.deputy.id, entityId: String(reportId) });
    // Identifiers only: the audit never holds the report's text.
    expect(audit.data).not.toContain("Мониторинг");
  });

  it("keeps a document by its file id and marks a report after the deadline late", async () => {
    const t = await town();
    const { reportId } = await orderWithReport(t);
    const result = await submitReport(db.prisma, {
      reportId,
      personId: t.director.id,
      answer: {
        kind: "document",
        name: "отчёт.pdf",
        mimeType: "application/pdf",
        size: 12_000,
        telegramFileId: "file-abc",
      },
      now: AFTER,
    });
    expect(result).toMatchObject({ status: "submitted", late: true });
    const report = await db.prisma.orderReport.findUniqueOrThrow({
      where: { id: reportId },
      include: { document: true },
    });
    expect(report.late).toBe(true);
    expect(report.document).toMatchObject({ name: "отчёт.pdf", telegramFileId: "file-abc" });
    expect((await outboxKeys(t.coordinator.id))[0]?.params).toMatchObject({ late: "yes" });
  });

  it("refuses another school's person and says nothing of the report", async () => {
    const t = await town();
    const { reportId } = await orderWithReport(t);
    expect(await openReport(db.prisma, reportId, t.otherDirector.id)).toBeNull();
    expect(await openReport(db.prisma, reportId, t.foreignCoordinator.id)).toBeNull();
    const result = await submitReport(db.prisma, {
      reportId,
      personId: t.otherDirector.id,
      answer: { kind: "text", text: "чужой отчёт" },
      now: BEFORE,
    });
    expect(result).toEqual({ status: "refused", reason: "not-found" });
    expect(
      (await db.prisma.orderReport.findUniqueOrThrow({ where: { id: reportId } })).status,
    ).toBe("pending");
    expect((await openReport(db.prisma, reportId, t.coordinator.id))?.viewer).toBe("coordinator");
    expect((await openReport(db.prisma, reportId, t.deputy.id))?.viewer).toBe("school");
  });

  it("returns with a comment, takes the report again, then accepts it; a second send is refused", async () => {
    const t = await town();
    const { orderId, reportId } = await orderWithReport(t);
    const submit = (text: string, now = BEFORE) =>
      submitReport(db.prisma, {
        reportId,
        personId: t.deputy.id,
        answer: { kind: "text", text },
        now,
      });
    await submit("Проведено.");
    const again = await submit("Ещё раз.");
    expect(again).toMatchObject({ status: "refused", reason: "submitted" });

    expect(
      await reviewReport(db.prisma, {
        reportId,
        reviewerId: t.coordinator.id,
        decision: "return",
        comment: " ",
        now: BEFORE,
      }),
    ).toEqual({ status: "refused", reason: "comment-required" });
    const returned = await reviewReport(db.prisma, {
      reportId,
      reviewerId: t.coordinator.id,
      decision: "return",
      comment: "Приложите протокол.",
      now: BEFORE,
    });
    expect(returned).toMatchObject({ status: "returned", notified: 1 });
    const notice = (await outboxKeys(t.deputy.id)).at(-1);
    expect(notice).toMatchObject({
      key: "order-report-returned-notice",
      params: { comment: "Приложите протокол.", overdue: "no" },
    });
    expect((await listReportTasks(db.prisma, t.deputy.id))[0]).toMatchObject({
      status: "returned",
      comment: "Приложите протокол.",
    });

    expect(await submit("Протокол приложен.")).toMatchObject({ status: "submitted" });
    const accepted = await reviewReport(db.prisma, {
      reportId,
      reviewerId: t.coordinator.id,
      decision: "accept",
      now: BEFORE,
    });
    expect(accepted).toMatchObject({ status: "accepted", schoolName: "Лицей № 1" });
    expect(await listReportTasks(db.prisma, t.deputy.id)).toEqual([]);
    expect(await submit("Поздно.")).toMatchObject({ status: "refused", reason: "accepted" });
    expect(
      await reviewReport(db.prisma, {
        reportId,
        reviewerId: t.coordinator.id,
        decision: "return",
        comment: "Ещё замечание",
        now: BEFORE,
      }),
    ).toMatchObject({ status: "refused", reason: "accepted", at: BEFORE });

    const actions = (
      await db.prisma.auditEvent.findMany({
        where: { entityType: "OrderReport" },
        orderBy: { id: "asc" },
      })
    ).map((event) => event.action);
    expect(actions).toEqual([
      "order_report.submitted",
      "order_report.returned",
      "order_report.submitted",
      "order_report.accepted",
    ]);

    const list = await reportsOfOrder(db.prisma, orderId, t.coordinator.id);
    if (typeof list === "string") throw new Error(list);
    expect(list.counts).toMatchObject({ accepted: 1, pending: 1, submitted: 0, late: 0 });
    expect(list.rows.map((row) => [row.schoolName, row.status, row.submittedBy])).toEqual([
      ["Лицей № 1", "accepted", "Петров Олег Ильич"],
      ["Школа № 2", "pending", null],
    ]);
  });

  it("lets no coordinator of another municipality review or list the reports", async () => {
    const t = await town();
    const { orderId, reportId } = await orderWithReport(t);
    await submitReport(db.prisma, {
      reportId,
      personId: t.deputy.id,
      answer: { kind: "text", text: "Проведено." },
      now: BEFORE,
    });
    const refused = await reviewReport(db.prisma, {
      reportId,
      reviewerId: t.foreignCoordinator.id,
      decision: "accept",
      now: BEFORE,
    });
    expect(refused).toEqual({ status: "refused", reason: "not-found" });
    expect(await reportsOfOrder(db.prisma, orderId, t.foreignCoordinator.id)).toBe("not-found");
    expect(await reportsOfOrder(db.prisma, orderId, t.deputy.id)).toBe("not-found");
    expect(
      (await db.prisma.orderReport.findUniqueOrThrow({ where: { id: reportId } })).status,
    ).toBe("submitted");
    expect(await db.prisma.auditEvent.count({ where: { action: "order_report.accepted" } })).toBe(
      0,
    );
  });
});
