import { describe, expect, it } from "vitest";
import { parseAnswer, type UserInput } from "../../../src/domain/form-engine/index.ts";
import { file, options, question } from "./fixtures.ts";

const text = (value: string): UserInput => ({ kind: "text", text: value });

describe("single choice answers", () => {
  const exchange = question("exchange", "single_choice", {
    options: [
      { value: "seminar", label: "Провели семинар", labelEn: "Ran a seminar" },
      { value: "none", label: "Не участвовала", labelEn: "Did not take part" },
    ],
  });

  it("accepts a pressed option button", () => {
    expect(parseAnswer(exchange, { kind: "choice", value: "none" })).toEqual({
      ok: true,
      value: "none",
    });
  });

  it("refuses a button of an option the question no longer has", () => {
    expect(parseAnswer(exchange, { kind: "choice", value: "webinar" })).toEqual({
      ok: false,
      problem: { key: "form-error-old-button", params: { expected: "choice" } },
    });
    expect(parseAnswer(exchange, { kind: "choice", value: "" })).toMatchObject({ ok: false });
  });

  it.each([
    ["Провели семинар", "seminar"],
    ["провели семинар.", "seminar"],
    ["«Не участвовала»", "none"],
    ["did not take part", "none"],
  ])("accepts the option label %j typed as text", (typed, value) => {
    expect(parseAnswer(exchange, text(typed))).toEqual({ ok: true, value });
  });

  it("refuses typed text that names no option, or two", () => {
    for (const typed of ["семинар", "Провели семинар, Не участвовала"]) {
      expect(parseAnswer(exchange, text(typed))).toEqual({
        ok: false,
        problem: { key: "form-error-choose-option" },
      });
    }
  });
});

describe("multiple choice answers", () => {
  const places = question("places", "multiple_choice", { options: options("a", "b", "c") });

  it("keeps the chosen options once each, in the question's order", () => {
    expect(parseAnswer(places, { kind: "choices", values: ["c", "a", "c"] })).toEqual({
      ok: true,
      value: ["a", "c"],
    });
  });

  it("refuses a selection with an option the question does not have", () => {
    expect(parseAnswer(places, { kind: "choices", values: ["a", "z"] })).toEqual({
      ok: false,
      problem: { key: "form-error-old-button", params: { expected: "choice" } },
    });
  });

  it("asks for at least one option on a required question", () => {
    expect(parseAnswer(places, { kind: "choices", values: [] })).toEqual({
      ok: false,
      problem: { key: "form-error-choose-at-least-one" },
    });
  });

  it("takes an empty selection on an optional question as 'none of these'", () => {
    const optional = { ...places, required: false };
    expect(parseAnswer(optional, { kind: "choices", values: [] })).toEqual({ ok: true, value: [] });
  });

  it("accepts a single option button as a one-item selection", () => {
    expect(parseAnswer(places, { kind: "choice", value: "b" })).toEqual({ ok: true, value: ["b"] });
  });

  it("accepts labels typed with commas and refuses unknown ones", () => {
    expect(parseAnswer(places, text("Вариант c, вариант a"))).toEqual({
      ok: true,
      value: ["a", "c"],
    });
    expect(parseAnswer(places, text("Вариант a, что-то ещё"))).toEqual({
      ok: false,
      problem: { key: "form-error-choose-options" },
    });
  });
});

describe("free text answers", () => {
  const comment = question("comment", "text", { maxLength: 1000 });
  const unlimited = question("measures", "text");

  it("keeps the text without surrounding spaces, emoji included", () => {
    expect(parseAnswer(comment, text("  Всё хорошо 👍\nспасибо  "))).toEqual({
      ok: true,
      value: "Всё хорошо 👍\nспасибо",
    });
  });

  it.each([
    [comment, 1000, true],
    [comment, 1001, false],
    [unlimited, 4000, true],
    [unlimited, 4001, false],
    [unlimited, 5000, false],
  ])("with a limit of %#: %d characters accepted = %s", (q, length, accepted) => {
    const result = parseAnswer(q, text("я".repeat(length)));
    if (accepted) expect(result.ok).toBe(true);
    else {
      expect(result).toEqual({
        ok: false,
        problem: { key: "form-error-too-long", params: { max: q.maxLength ?? 4000, length } },
      });
    }
  });

  it("counts an emoji as one character", () => {
    const short = question("q", "text", { maxLength: 3 });
    expect(parseAnswer(short, text("👍👍👍"))).toEqual({ ok: true, value: "👍👍👍" });
  });

  it("refuses an empty or whitespace-only message", () => {
    for (const typed of ["", "   ", "\n\t"]) {
      expect(parseAnswer(comment, text(typed))).toEqual({
        ok: false,
        problem: { key: "form-error-empty", params: { expected: "text" } },
      });
    }
  });

  it("refuses a file and a stray button", () => {
    expect(parseAnswer(comment, { kind: "file", file: file("a.pdf") })).toEqual({
      ok: false,
      problem: { key: "form-error-file-not-expected", params: { expected: "text" } },
    });
    expect(parseAnswer(comment, { kind: "choice", value: "yes" })).toMatchObject({
      problem: { key: "form-error-old-button" },
    });
  });
});
