import { describe, expect, it } from "vitest";
import { type FormQuestionDef, parseAnswer } from "../../../src/domain/form-engine/index.ts";
import { question } from "./fixtures.ts";

const typed = (q: FormQuestionDef, text: string) => parseAnswer(q, { kind: "text", text });

describe("integer answers", () => {
  const pupils = question("pupils", "integer", { min: 0, max: 5000 });

  it.each([
    ["25", 25],
    [" 42 ", 42],
    ["1 234", 1234],
    ["1\u00A0234", 1234],
    ["1\u202F234", 1234],
    ["1 234", 1234],
    ["+7", 7],
    ["0", 0],
    ["０１２", 12],
    ["1️⃣2️⃣", 12],
  ])("accepts %j as %d", (text, value) => {
    expect(typed(pupils, text)).toEqual({ ok: true, value });
  });

  it.each([
    ["двадцать", "form-error-not-a-number", { type: "integer" }],
    ["25 человек", "form-error-not-a-number", { type: "integer" }],
    ["12 34", "form-error-not-a-number", { type: "integer" }],
    ["1e3", "form-error-not-a-number", { type: "integer" }],
    ["1/2", "form-error-not-a-number", { type: "integer" }],
    ["12,5", "form-error-not-integer", undefined],
    ["12.5", "form-error-not-integer", undefined],
    ["-3", "form-error-negative", undefined],
    ["−3", "form-error-negative", undefined],
    ["6000", "form-error-out-of-range", { min: 0, max: 5000, value: 6000 }],
    ["😀👍", "form-error-emoji-not-number", undefined],
    ["25%", "form-error-no-percent-sign", undefined],
    ["", "form-error-empty", { expected: "number" }],
    [" \u00A0 ", "form-error-empty", { expected: "number" }],
  ])("refuses %j with %s", (text, key, params) => {
    expect(typed(pupils, text)).toEqual({ ok: false, problem: params ? { key, params } : { key } });
  });

  it("refuses an absurdly long number even without a maximum", () => {
    const q = question("q", "integer");
    expect(typed(q, "99999999999999")).toMatchObject({
      problem: { key: "form-error-number-too-large" },
    });
  });

  it("accepts negative numbers when the minimum is below zero", () => {
    const balance = question("balance", "integer", { min: -100, max: 100 });
    expect(typed(balance, "-12")).toEqual({ ok: true, value: -12 });
    expect(typed(balance, "-101")).toMatchObject({
      problem: { key: "form-error-out-of-range", params: { min: -100, max: 100, value: -101 } },
    });
  });

  it("names only the limit a question has", () => {
    expect(typed(question("q", "integer", { min: 10 }), "5")).toEqual({
      ok: false,
      problem: { key: "form-error-below-min", params: { min: 10, value: 5 } },
    });
    expect(typed(question("q", "integer", { max: 10 }), "50")).toEqual({
      ok: false,
      problem: { key: "form-error-above-max", params: { max: 10, value: 50 } },
    });
  });
});

describe("decimal answers", () => {
  const score = question("score", "decimal", { min: 0, max: 100 });

  it.each([
    ["12,5", 12.5],
    ["12.5", 12.5],
    ["1 234,75", 1234.75],
    [",5", 0.5],
    ["0,125", 0.125],
    ["100", 100],
  ])("accepts %j as %d", (text, value) => {
    expect(typed(question("amount", "decimal"), text)).toEqual({ ok: true, value });
    if (value <= 100) expect(typed(score, text)).toEqual({ ok: true, value });
  });

  it.each([
    ["12,5,1", "form-error-not-a-number"],
    ["1.234,5", "form-error-not-a-number"],
    ["около 12", "form-error-not-a-number"],
    ["100,5", "form-error-out-of-range"],
    ["-0,5", "form-error-negative"],
  ])("refuses %j with %s", (text, key) => {
    expect(typed(score, text)).toMatchObject({ ok: false, problem: { key } });
  });
});

describe("percent answers", () => {
  const share = question("share", "percent");

  it.each([
    ["12,5 %", 12.5],
    ["12.5%", 12.5],
    ["12,5\u00A0%", 12.5],
    ["40", 40],
    ["0", 0],
    ["100 %", 100],
  ])("accepts %j as %d", (text, value) => {
    expect(typed(share, text)).toEqual({ ok: true, value });
  });

  it.each([
    ["101", "form-error-percent-range", { value: 101 }],
    ["250 %", "form-error-percent-range", { value: 250 }],
    ["-5 %", "form-error-negative", undefined],
    ["сорок", "form-error-not-a-number", { type: "percent" }],
    ["%", "form-error-not-a-number", { type: "percent" }],
  ])("refuses %j with %s", (text, key, params) => {
    expect(typed(share, text)).toEqual({ ok: false, problem: params ? { key, params } : { key } });
  });

  it("lets a question's own limits replace 0–100 (growth can exceed 100 %)", () => {
    const growth = question("growth", "percent", { min: 0, max: 300 });
    expect(typed(growth, "150 %")).toEqual({ ok: true, value: 150 });
    expect(typed(growth, "301")).toMatchObject({ problem: { key: "form-error-out-of-range" } });
  });

  it("applies the question's narrower limits inside 0–100", () => {
    const q = question("q", "percent", { min: 10, max: 90 });
    expect(typed(q, "95")).toMatchObject({
      problem: { key: "form-error-out-of-range", params: { min: 10, max: 90, value: 95 } },
    });
  });
});

describe("date answers", () => {
  const date = question("held_on", "date");

  it.each([
    ["12.03.2026", "2026-03-12"],
    ["12.03.26", "2026-03-12"],
    ["2026-03-12", "2026-03-12"],
    ["1.9.2025", "2025-09-01"],
    ["12/03/2026", "2026-03-12"],
    ["12-03-2026", "2026-03-12"],
    ["12.03.2026 г.", "2026-03-12"],
    ["29.02.2028", "2028-02-29"],
    ["1 сентября 2025", "2025-09-01"],
    ["15 мая 2026 г.", "2026-05-15"],
    ["3 March 2026", "2026-03-03"],
  ])("accepts %j as %s", (text, value) => {
    expect(typed(date, text)).toEqual({ ok: true, value });
  });

  it.each([
    ["31.02.2026", "form-error-date-invalid", undefined],
    ["29.02.2026", "form-error-date-invalid", undefined],
    ["12.13.2026", "form-error-date-invalid", undefined],
    ["вчера", "form-error-not-a-date", undefined],
    ["12.03", "form-error-not-a-date", undefined],
    ["12.03.2026 10:00", "form-error-not-a-date", undefined],
    ["12.03.1850", "form-error-date-year", { year: "1850" }],
    ["12 мартобря 2026", "form-error-not-a-date", undefined],
  ])("refuses %j with %s", (text, key, params) => {
    expect(typed(date, text)).toEqual({ ok: false, problem: params ? { key, params } : { key } });
  });
});

describe("yes/no answers", () => {
  const yesNo = question("has_programme", "boolean");

  it.each([
    ["да", true],
    ["Да.", true],
    ["ДА!", true],
    ["yes", true],
    ["+", true],
    ["Да, утверждена", true],
    ["нет", false],
    ["Нет, не утверждена", false],
    ["No", false],
    ["-", false],
  ])("accepts typed %j as %s", (text, value) => {
    expect(typed(yesNo, text)).toEqual({ ok: true, value });
  });

  it.each([["может быть"], ["данет"], ["1"], ["👍"]])("refuses typed %j", (text) => {
    expect(typed(yesNo, text)).toEqual({ ok: false, problem: { key: "form-error-yes-no" } });
  });

  it("accepts the Yes and No buttons and refuses any other button", () => {
    expect(parseAnswer(yesNo, { kind: "choice", value: "yes" })).toEqual({ ok: true, value: true });
    expect(parseAnswer(yesNo, { kind: "choice", value: "no" })).toEqual({ ok: true, value: false });
    expect(parseAnswer(yesNo, { kind: "choice", value: "teachers_council" })).toEqual({
      ok: false,
      problem: { key: "form-error-old-button", params: { expected: "choice" } },
    });
  });
});

describe("numbers written the reader's way", () => {
  const pupils = question("pupils", "integer", { min: 0, max: 50_000 });
  const score = question("score", "decimal", { min: 0, max: 50_000 });
  const inEnglish = (q: FormQuestionDef, text: string) =>
    parseAnswer(q, { kind: "text", text }, "en");

  it.each([
    ["1,200", 1200],
    ["12,345", 12_345],
    ["-1,200", -1200],
  ])("reads %j as %d for an English speaker", (text, value) => {
    const result = inEnglish(question("delta", "integer", { min: -50_000, max: 50_000 }), text);
    expect(result).toEqual({ ok: true, value });
  });

  it("reads grouped thousands with a decimal point in English, and a lone comma as decimal", () => {
    expect(inEnglish(score, "1,234.5")).toEqual({ ok: true, value: 1234.5 });
    expect(inEnglish(score, "12,5")).toEqual({ ok: true, value: 12.5 });
    expect(inEnglish(pupils, "1 200")).toEqual({ ok: true, value: 1200 });
  });

  it("keeps the comma a decimal mark in Russian", () => {
    expect(typed(score, "1,200")).toEqual({ ok: true, value: 1.2 });
    expect(typed(pupils, "1,200")).toMatchObject({
      ok: false,
      problem: { key: "form-error-not-integer" },
    });
  });
});
