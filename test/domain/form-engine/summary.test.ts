import { describe, expect, it } from "vitest";
import {
  dataElementValues,
  formDefFromCatalog,
  indicatorValues,
  nextQuestion,
  parseAnswer,
  summarize,
} from "../../../src/domain/form-engine/index.ts";
import { catalogForm, loadCatalog } from "./catalog-form.ts";
import { answers, form, question, SKIP } from "./fixtures.ts";

describe("catalog forms", () => {
  it("convert to FormDef with database-like defaults", () => {
    const { form: preparation } = catalogForm("student-preparation");
    expect(preparation.questions[0]).toMatchObject({
      id: 1,
      position: 0,
      code: "vpr_participants",
      type: "integer",
      min: 0,
      max: 5000,
      options: [],
      showIf: null,
      fileTypes: [],
      dataElementCode: "vpr_participants",
    });
    expect(preparation.questions.find((q) => q.code === "analysis_report")).toMatchObject({
      required: false,
      fileTypes: ["pdf", "docx", "doc"],
      maxFileSizeMb: 10,
      help: "",
      dataElementCode: null,
    });
  });

  it("take database ids when given", () => {
    const source = loadCatalog().directions[0]?.forms[0];
    if (!source) throw new Error("catalog");
    const def = formDefFromCatalog(source, {
      formId: 7,
      version: 3,
      questionIds: { [source.questions[0]?.code ?? ""]: 70 },
    });
    expect([def.id, def.version, def.questions[0]?.id]).toEqual([7, 3, 70]);
  });

  it("can each be answered from the first question to the end", () => {
    for (const direction of loadCatalog().directions) {
      for (const source of direction.forms) {
        const def = formDefFromCatalog(source);
        const given: ReturnType<typeof answers> = {};
        for (let step = 0; step < 200; step++) {
          const q = nextQuestion(def, given);
          if (!q) break;
          Object.assign(given, answers({ [q.code]: q.required ? sampleValue(q) : SKIP }));
        }
        expect(nextQuestion(def, given), source.code).toBeNull();
      }
    }
  });
});

/** Some valid answer to any catalog question. */
function sampleValue(q: ReturnType<typeof question>) {
  if (q.type === "boolean") return true;
  if (q.type === "single_choice") return q.options[0]?.value ?? "";
  if (q.type === "multiple_choice") return [q.options[0]?.value ?? ""];
  if (q.type === "text") return "текст";
  if (q.type === "date") return "2026-03-12";
  if (q.type === "file")
    return { fileId: "f", fileName: "a.pdf", size: 1, mimeType: "application/pdf" };
  return q.min ?? 0;
}

describe("indicator values from a real catalog form", () => {
  const { form: preparation, indicators } = catalogForm("student-preparation");
  const value = (given: ReturnType<typeof answers>, code: string) =>
    indicatorValues(indicators, dataElementValues(preparation, given)).find((i) => i.code === code)
      ?.value;

  it("computes the indicators from the deputy's typed answers", () => {
    const typed: Record<string, string> = {
      vpr_participants: "1 200",
      vpr_below_basic: "60",
      has_senior_grades: "да",
      students_senior: "80",
      students_individual_plans: "20",
      ege_participants: "40",
      ege_high_scorers: "10",
    };
    const given = answers(
      Object.fromEntries(
        Object.entries(typed).map(([code, text]) => {
          const q = preparation.questions.find((candidate) => candidate.code === code);
          if (!q) throw new Error(code);
          const parsed = parseAnswer(q, { kind: "text", text });
          if (!parsed.ok) throw new Error(`${code}: ${parsed.problem.key}`);
          return [code, parsed.value];
        }),
      ),
    );
    expect(value(given, "vpr-below-basic-share")).toBe(5);
    expect(value(given, "ege-high-scorers-share")).toBe(25);
    expect(value(given, "individual-plans-share")).toBe(25);
  });

  it("gives no value for indicators over hidden follow-up questions", () => {
    const stale = answers({
      vpr_participants: 100,
      vpr_below_basic: 5,
      has_senior_grades: false,
      students_senior: 80,
      students_individual_plans: 20,
      ege_participants: 40,
      ege_high_scorers: 10,
    });
    expect(dataElementValues(preparation, stale)).toEqual({
      vpr_participants: 100,
      vpr_below_basic: 5,
    });
    expect(value(stale, "vpr-below-basic-share")).toBe(5);
    expect(value(stale, "ege-high-scorers-share")).toBeNull();
  });

  it("gives no value when the denominator is zero or a formula is broken", () => {
    expect(
      indicatorValues(
        [{ ...(indicators[0] ?? ({} as never)), code: "broken", formula: "100 * (" }],
        { vpr_participants: 0 },
      ),
    ).toEqual([{ code: "broken", value: null }]);
    expect(
      value(answers({ vpr_participants: 0, vpr_below_basic: 0 }), "vpr-below-basic-share"),
    ).toBeNull();
  });
});

describe("dataElementValues", () => {
  it("gives yes/no as 1/0 and leaves out skipped answers", () => {
    const f = form([
      question("has_plan", "boolean", { dataElementCode: "has_plan" }),
      question("count", "integer", { dataElementCode: "count", required: false }),
      question("note", "text"),
    ]);
    expect(dataElementValues(f, answers({ has_plan: false, count: SKIP, note: "x" }))).toEqual({
      has_plan: 0,
    });
    expect(dataElementValues(f, answers({ has_plan: true }))).toEqual({ has_plan: 1 });
  });
});

describe("summarize", () => {
  const f = form(
    [
      question("total", "integer", { dataElementCode: "total" }),
      question("part", "integer", { dataElementCode: "part" }),
      question("comment", "text", { required: false }),
    ],
    [{ kind: "lte", left: "part", right: "total" }],
  );
  const indicators = [
    {
      code: "share",
      name: "Доля",
      nameEn: "Share",
      formula: "100 * part / total",
      unit: "percent",
      better: "higher" as const,
      target: null,
      risk: null,
    },
  ];
  const context = { previous: { total: 100 }, municipal: {} };

  it("blocks submitting while a required answer is missing", () => {
    const summary = summarize(f, answers({ total: 100 }), { indicators, context });
    expect(summary.missing.map((q) => q.code)).toEqual(["part"]);
    expect(summary.items.map((item) => item.state)).toEqual([
      "answered",
      "unanswered",
      "unanswered",
    ]);
    expect(summary.indicators).toEqual([{ indicator: indicators[0], value: null }]);
    expect(summary.canSubmit).toBe(false);
  });

  it("blocks submitting on a broken rule", () => {
    const summary = summarize(f, answers({ total: 100, part: 120, comment: SKIP }), { indicators });
    expect(summary.errors.map((e) => e.problem.key)).toEqual(["form-warning-rule-lte"]);
    expect(summary.canSubmit).toBe(false);
  });

  it("asks a reason for a warning and allows submitting once it is given", () => {
    const given = answers({ total: 300, part: 150, comment: SKIP });
    const first = summarize(f, given, { indicators, context });
    expect(first.items.map((item) => item.state)).toEqual(["answered", "answered", "skipped"]);
    expect(first.indicators[0]?.value).toBe(50);
    expect(first.reasons).toEqual([
      {
        questionCode: "total",
        problem: expect.objectContaining({ key: "form-warning-previous-higher" }),
        reason: null,
      },
    ]);
    expect(first.canSubmit).toBe(false);
    const explained = answers({ total: 300, part: 150, comment: SKIP });
    if (explained.total) explained.total.warningReason = "новый корпус";
    const second = summarize(f, explained, { indicators, context });
    expect(second.reasons[0]?.reason).toBe("новый корпус");
    expect(second.canSubmit).toBe(true);
  });

  it("asks a reason for a warning-severity rule on any of its questions", () => {
    const stages = form(
      [question("school_stage", "integer"), question("municipal_stage", "integer")],
      [{ kind: "lte", left: "municipal_stage", right: "school_stage", severity: "warning" }],
    );
    const given = answers({ school_stage: 10, municipal_stage: 12 });
    const first = summarize(stages, given);
    expect(first.errors).toEqual([]);
    expect(first.reasons).toMatchObject([{ questionCode: "municipal_stage", reason: null }]);
    expect(first.canSubmit).toBe(false);
    if (given.school_stage) given.school_stage.warningReason = "школьный этап перенесён";
    expect(summarize(stages, given).canSubmit).toBe(true);
  });
});
