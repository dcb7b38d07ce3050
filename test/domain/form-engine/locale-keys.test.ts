import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FluentBundle, FluentResource } from "@fluent/bundle";
import { describe, expect, it } from "vitest";
import {
  type Problem,
  parseAnswer,
  type UserInput,
} from "../../../src/domain/form-engine/index.ts";
import { everyQuestionType, everyRuleProblem, everyValueWarning } from "./locale-corpus.ts";

const LOCALES = join(import.meta.dirname, "../../../locales");

function bundle(language: "ru" | "en") {
  const resource = new FluentResource(readFileSync(join(LOCALES, `${language}.ftl`), "utf8"));
  const result = new FluentBundle(language, { useIsolating: false });
  expect(result.addResource(resource)).toEqual([]);
  return { bundle: result, resource };
}

const engineKeys = (resource: FluentResource) =>
  resource.body
    .map((entry) => ("id" in entry ? entry.id : ""))
    .filter((id) => /^form-(error|warning)-/.test(id));

/** Every problem the engine can produce for a spread of inputs over every question type. */
function corpus(): Problem[] {
  const inputs: UserInput[] = [
    ...["", "abc", "12,5", "-3", "1e400", "99999999999999", "😀", "25%", "101", "6000", "3"].map(
      (text) => ({ kind: "text" as const, text }),
    ),
    ...["31.02.2026", "12.03.1850", "вчера", "может быть", "Вариант x", "a, zzz"].map((text) => ({
      kind: "text" as const,
      text,
    })),
    { kind: "text", text: "я".repeat(5000) },
    { kind: "choice", value: "old" },
    { kind: "choices", values: [] },
    { kind: "file", file: { fileId: "f", fileName: "a.exe", size: 1, mimeType: "x" } },
    {
      kind: "file",
      file: { fileId: "f", fileName: "a.pdf", size: 30 * 1024 * 1024, mimeType: "" },
    },
    ...(
      [
        "sticker",
        "voice",
        "video",
        "location",
        "contact",
        "photo_without_file",
        "animation",
        "other",
      ] as const
    ).map((what) => ({ kind: "unsupported" as const, what })),
  ];
  const problems: Problem[] = [];
  for (const q of everyQuestionType) {
    for (const input of inputs) {
      const result = parseAnswer(q, input);
      if (!result.ok) problems.push(result.problem);
    }
  }
  problems.push(...everyRuleProblem().map((p) => p.problem));
  problems.push(...everyValueWarning().map((w) => w.problem));
  return problems;
}

describe("form engine messages", () => {
  const ru = bundle("ru");
  const en = bundle("en");
  const problems = corpus();

  it("exist in Russian and English alike", () => {
    expect(engineKeys(en.resource).toSorted()).toEqual(engineKeys(ru.resource).toSorted());
  });

  it("format every problem the engine produces without a missing parameter", () => {
    for (const { bundle: messages } of [ru, en]) {
      for (const problem of problems) {
        const message = messages.getMessage(problem.key);
        expect(message?.value, problem.key).toBeTruthy();
        if (!message?.value) continue;
        const errors: Error[] = [];
        const text = messages.formatPattern(message.value, problem.params ?? {}, errors);
        expect(errors, `${problem.key} ${JSON.stringify(problem.params)}`).toEqual([]);
        expect(text).not.toMatch(/[{}]/);
      }
    }
  });

  it("are all reachable: each defined key is produced by some input", () => {
    const produced = new Set(problems.map((p) => p.key));
    // Used by the bot around the engine: the shared hint and Skip on a required question.
    const used = new Set([...produced, "form-error-expected", "form-error-required"]);
    expect(engineKeys(ru.resource).filter((key) => !used.has(key))).toEqual([]);
  });

  it("say what to send instead, in the question's terms", () => {
    const format = (key: string, params: Problem["params"]) => {
      const message = ru.bundle.getMessage(key);
      return message?.value ? ru.bundle.formatPattern(message.value, params) : "";
    };
    expect(format("form-error-unsupported-sticker", { expected: "number" })).toContain("число");
    expect(format("form-error-unsupported-sticker", { expected: "file" })).toContain("файл");
    expect(format("form-error-out-of-range", { min: 0, max: 5000, value: 6000 })).toBe(
      "Нужно число от 0 до 5\u00A0000, а введено 6\u00A0000. Проверьте значение.",
    );
  });
});
