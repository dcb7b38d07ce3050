import { describe, expect, it } from "vitest";
import {
  type FormQuestionDef,
  parseAnswer,
  type UnsupportedInput,
  type UserInput,
} from "../../../src/domain/form-engine/index.ts";
import { file, MB, question } from "./fixtures.ts";

const text = (value: string): UserInput => ({ kind: "text", text: value });

describe("file answers", () => {
  const report = question("report", "file", {
    fileTypes: ["pdf", "docx", "doc"],
    maxFileSizeMb: 10,
  });

  it.each([
    ["analysis.pdf", "application/pdf"],
    ["SCAN.PDF", "application/pdf"],
    ["plan.docx", "application/octet-stream"],
    ["document", "application/pdf"],
  ])("accepts %s (%s)", (name, mime) => {
    const sent = file(name, 2 * MB, mime);
    expect(parseAnswer(report, { kind: "file", file: sent })).toEqual({ ok: true, value: sent });
  });

  it("stores only the file's id, name, size and type", () => {
    const sent = { ...file("a.pdf"), thumbnail: "x" };
    expect(parseAnswer(report, { kind: "file", file: sent })).toEqual({
      ok: true,
      value: file("a.pdf"),
    });
  });

  it("refuses a file of another type, naming the allowed ones", () => {
    expect(
      parseAnswer(report, { kind: "file", file: file("photo.jpg", MB, "image/jpeg") }),
    ).toEqual({
      ok: false,
      problem: {
        key: "form-error-file-type",
        params: { types: "pdf, docx, doc", fileName: "photo.jpg", extension: "jpg" },
      },
    });
  });

  it("treats jpeg and jpg as one type", () => {
    const photo = question("photo", "file", { fileTypes: ["jpg", "png"] });
    expect(parseAnswer(photo, { kind: "file", file: file("IMG.JPEG", MB, "image/jpeg") }).ok).toBe(
      true,
    );
  });

  it("refuses a file over the question's limit, or over Telegram's 20 MB without one", () => {
    expect(parseAnswer(report, { kind: "file", file: file("big.pdf", 10.5 * MB) })).toEqual({
      ok: false,
      problem: { key: "form-error-file-too-big", params: { max: 10, size: 10.5 } },
    });
    const any = question("any", "file");
    expect(parseAnswer(any, { kind: "file", file: file("huge.zip", 25 * MB) })).toMatchObject({
      problem: { key: "form-error-file-too-big", params: { max: 20, size: 25 } },
    });
    expect(parseAnswer(report, { kind: "file", file: file("exact.pdf", 10 * MB) }).ok).toBe(true);
  });

  it("asks for a file when text is typed, with the allowed types and size", () => {
    expect(parseAnswer(report, text("отправлю позже"))).toEqual({
      ok: false,
      problem: { key: "form-error-file-expected", params: { types: "pdf, docx, doc", max: 10 } },
    });
    expect(parseAnswer(question("any", "file"), text("нет файла"))).toEqual({
      ok: false,
      problem: { key: "form-error-file-expected-any", params: { max: 20 } },
    });
  });

  it("refuses a file where a number, a date or a choice is due", () => {
    const cases: Array<[FormQuestionDef, string]> = [
      [question("n", "integer"), "number"],
      [question("d", "date"), "date"],
      [question("b", "boolean"), "choice"],
    ];
    for (const [q, expected] of cases) {
      expect(parseAnswer(q, { kind: "file", file: file("a.pdf") })).toEqual({
        ok: false,
        problem: { key: "form-error-file-not-expected", params: { expected } },
      });
    }
  });
});

describe("unsupported messages", () => {
  const kinds: Array<[UnsupportedInput, string]> = [
    ["sticker", "form-error-unsupported-sticker"],
    ["voice", "form-error-unsupported-voice"],
    ["video", "form-error-unsupported-video"],
    ["location", "form-error-unsupported-location"],
    ["contact", "form-error-unsupported-contact"],
    ["photo_without_file", "form-error-unsupported-photo-without-file"],
    ["animation", "form-error-unsupported-animation"],
    ["other", "form-error-unsupported-other"],
  ];

  it.each(kinds)("answers a %s with %s and what the question expects", (what, key) => {
    expect(parseAnswer(question("n", "integer"), { kind: "unsupported", what })).toEqual({
      ok: false,
      problem: { key, params: { expected: "number" } },
    });
    expect(parseAnswer(question("f", "file"), { kind: "unsupported", what })).toEqual({
      ok: false,
      problem: { key, params: { expected: "file" } },
    });
  });
});
