import { describe, expect, it } from "vitest";
import {
  type AnswerValue,
  type FormQuestionDef,
  formatFileSize,
  formatNumber,
  formatValue,
} from "../../../src/domain/form-engine/index.ts";
import { file, MB, question } from "./fixtures.ts";

const NBSP = "\u00A0";
const choice = question("kind", "single_choice", {
  options: [
    { value: "seminar", label: "Семинар", labelEn: "Seminar" },
    { value: "webinar", label: "Вебинар", labelEn: "Webinar" },
  ],
});
const many = { ...choice, type: "multiple_choice" as const };

describe("formatValue", () => {
  it.each<[FormQuestionDef, AnswerValue | null, string, string]>([
    [question("n", "integer"), 1234, `1${NBSP}234`, "1,234"],
    [question("n", "integer"), 1234567, `1${NBSP}234${NBSP}567`, "1,234,567"],
    [question("n", "integer"), 0, "0", "0"],
    [question("n", "integer", { min: -10 }), -5, "-5", "-5"],
    [question("d", "decimal"), 12.5, "12,5", "12.5"],
    [question("d", "decimal"), 1234.75, `1${NBSP}234,75`, "1,234.75"],
    [question("p", "percent"), 12.5, `12,5${NBSP}%`, "12.5%"],
    [question("p", "percent"), 100, `100${NBSP}%`, "100%"],
    [question("b", "boolean"), true, "да", "yes"],
    [question("b", "boolean"), false, "нет", "no"],
    [choice, "webinar", "Вебинар", "Webinar"],
    [choice, "retired_option", "retired_option", "retired_option"],
    [many, ["seminar", "webinar"], "Семинар, Вебинар", "Seminar, Webinar"],
    [many, [], "ничего не выбрано", "none selected"],
    [question("dt", "date"), "2026-03-12", "12.03.2026", "2026-03-12"],
    [question("t", "text"), "Всё хорошо", "Всё хорошо", "Всё хорошо"],
    [
      question("f", "file"),
      file("report.pdf", 1.25 * MB),
      `report.pdf (1,3${NBSP}МБ)`,
      `report.pdf (1.3${NBSP}MB)`,
    ],
    [question("f", "file"), file("scan.pdf", 0), "scan.pdf", "scan.pdf"],
    [question("n", "integer"), null, "—", "—"],
  ])("shows %#: ru %j, en %j", (q, value, ru, en) => {
    expect(formatValue(q, value, "ru")).toBe(ru);
    expect(formatValue(q, value, "en")).toBe(en);
  });

  it("still shows a value that no longer fits the question's type", () => {
    expect(formatValue(question("t", "text"), 42, "ru")).toBe("42");
    expect(formatValue(question("n", "integer"), "сорок", "ru")).toBe("сорок");
  });
});

describe("formatNumber and formatFileSize", () => {
  it("drops binary noise and trailing zeros", () => {
    expect(formatNumber(0.1 + 0.2, "en")).toBe("0.3");
    expect(formatNumber(2.5, "ru", 0)).toBe("3");
    expect(formatNumber(-0.0000001, "ru")).toBe("0");
  });

  it("picks bytes, kilobytes or megabytes", () => {
    expect(formatFileSize(900, "ru")).toBe(`900${NBSP}байт`);
    expect(formatFileSize(340 * 1024, "en")).toBe(`340${NBSP}KB`);
    expect(formatFileSize(20 * MB, "ru")).toBe(`20${NBSP}МБ`);
  });
});
