import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  CatalogError,
  DEFAULT_CATALOG_PATH,
  loadCatalogFile,
  parseCatalogText,
} from "../../../src/db/catalog/catalog-file.ts";
import { catalogSchema } from "../../../src/domain/catalog/schema.ts";
import { formulaVariables } from "../../../src/domain/formula.ts";

type CatalogInput = z.input<typeof catalogSchema>;

/** A small valid catalog as it would come out of YAML; tests break one thing at a time. */
function smallCatalog(): CatalogInput {
  return {
    dataElements: [
      { code: "teachers_total", name: "Педагоги", nameEn: "Teachers", valueType: "integer" },
      {
        code: "teachers_diagnosed",
        name: "Прошли диагностику",
        nameEn: "Diagnosed",
        valueType: "integer",
      },
    ],
    directions: [
      {
        code: "teacher-development",
        number: 7,
        group: "activity",
        name: "Система мониторинга качества ДПО",
        nameEn: "Teachers' further education",
        goal: "Цель",
        goalEn: "Goal",
        indicators: [
          {
            code: "teachers-diagnosed-share",
            name: "Доля учителей, прошедших диагностику",
            nameEn: "Share of teachers diagnosed",
            formula: "100 * teachers_diagnosed / teachers_total",
            unit: "percent",
            better: "higher",
            target: 80,
            risk: 50,
            method: "Форма в боте",
            methodEn: "Bot form",
          },
        ],
        forms: [
          {
            code: "teacher-development",
            title: "Повышение квалификации",
            titleEn: "Professional development",
            periodKind: "school_year",
            questions: [
              {
                code: "teachers_total",
                type: "integer",
                text: "Сколько?",
                textEn: "How many?",
                dataElement: "teachers_total",
              },
              { code: "has_plan", type: "boolean", text: "Есть план?", textEn: "A plan?" },
              {
                code: "teachers_diagnosed",
                type: "integer",
                text: "Сколько прошли?",
                textEn: "How many passed?",
                dataElement: "teachers_diagnosed",
                showIf: { question: "has_plan", equals: true },
              },
              {
                code: "provider",
                type: "single_choice",
                text: "Кто проводил?",
                textEn: "Who ran it?",
                options: [
                  { value: "cnppm", label: "ЦНППМ", labelEn: "TsNPPM" },
                  { value: "school", label: "ОО", labelEn: "School" },
                ],
              },
            ],
            rules: [{ kind: "lte", left: "teachers_diagnosed", right: "teachers_total" }],
          },
        ],
      },
    ],
  };
}

/** The problems for a broken catalog as `path: message` lines, as the loader prints them. */
function problems(change: (catalog: CatalogInput) => void): string[] {
  const catalog = smallCatalog();
  change(catalog);
  const result = catalogSchema.safeParse(catalog);
  if (result.success) return [];
  return result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

function at<T>(items: T[] | undefined, index: number): T {
  const item = items?.[index];
  if (item === undefined) throw new Error(`the test catalog has no item ${index}`);
  return item;
}
const firstDirection = (catalog: CatalogInput) => at(catalog.directions, 0);
const firstForm = (catalog: CatalogInput) => at(firstDirection(catalog).forms, 0);
const questionAt = (catalog: CatalogInput, index: number) =>
  at(firstForm(catalog).questions, index);
const firstIndicator = (catalog: CatalogInput) => at(firstDirection(catalog).indicators, 0);

describe("the shipped catalog", () => {
  const catalog = loadCatalogFile(DEFAULT_CATALOG_PATH);
  const indicators = catalog.directions.flatMap((direction) => direction.indicators);

  it("validates", () => {
    expect(catalog.directions).toHaveLength(9);
  });

  it("has the nine directions of seed 000 in two groups", () => {
    expect(
      catalog.directions.map((direction) => [direction.number, direction.code, direction.group]),
    ).toEqual([
      [1, "student-preparation", "results"],
      [2, "low-results-schools", "results"],
      [3, "talent-support", "results"],
      [4, "career-guidance", "results"],
      [5, "assessment-objectivity", "activity"],
      [6, "director-effectiveness", "activity"],
      [7, "teacher-development", "activity"],
      [8, "methodological-work", "activity"],
      [9, "upbringing", "activity"],
    ]);
    for (const direction of catalog.directions) {
      expect(direction.goal.length).toBeGreaterThan(10);
      expect(direction.activities.length).toBeGreaterThanOrEqual(2);
    }
  });

  it("gives direction 7 every indicator of the seed-003 table", () => {
    const seventh = catalog.directions.find((candidate) => candidate.number === 7);
    const names = seventh?.indicators.map((item) => item.name);
    expect(names).toHaveLength(12);
    expect(names).toContain(
      "Доля учителей (преподавателей), прошедших диагностику по наличию дефицитов",
    );
    expect(names).toContain(
      "Доля программ ДПО, разработанных на основе концепций преподавания учебных предметов",
    );
    expect(names).toContain(
      "Доля педагогов-практиков, вовлечённых в реализацию и экспертизу программ ДПО",
    );
    expect(seventh?.indicators[0]).toMatchObject({
      code: "teachers-diagnosed-share",
      formula: "100 * teachers_diagnosed / teachers_total",
      unit: "percent",
      better: "higher",
    });
    expect(seventh?.indicators.every((item) => item.formula.startsWith("100 * "))).toBe(true);
  });

  it("gives every direction at least two indicators and one form of 5 to 15 questions", () => {
    for (const direction of catalog.directions) {
      expect(direction.indicators.length, direction.code).toBeGreaterThanOrEqual(2);
      expect(direction.forms.length, direction.code).toBeGreaterThanOrEqual(1);
      for (const item of direction.forms) {
        expect(item.questions.length, item.code).toBeGreaterThanOrEqual(5);
        expect(item.questions.length, item.code).toBeLessThanOrEqual(15);
      }
    }
  });

  it("lets every indicator be computed from a single form of its own direction", () => {
    for (const direction of catalog.directions) {
      for (const item of direction.indicators) {
        const needed = formulaVariables(item.formula);
        const complete = direction.forms.some((candidate) => {
          const collected = new Set(candidate.questions.map((question) => question.dataElement));
          return needed.every((code) => collected.has(code));
        });
        expect(complete, item.code).toBe(true);
      }
    }
  });

  it("declares no data element that is neither computed with nor collected", () => {
    const used = new Set([
      ...indicators.flatMap((item) => formulaVariables(item.formula)),
      ...catalog.directions.flatMap((direction) =>
        direction.forms.flatMap((candidate) =>
          candidate.questions.map((question) => question.dataElement),
        ),
      ),
    ]);
    const unused = catalog.dataElements
      .filter((element) => !used.has(element.code))
      .map((element) => element.code);
    expect(unused).toEqual([]);
  });

  it("speaks English as well as Russian", () => {
    for (const item of indicators) expect(item.methodEn).not.toMatch(/[а-яё]/i);
    for (const direction of catalog.directions) {
      for (const question of direction.forms.flatMap((candidate) => candidate.questions)) {
        expect(question.textEn, question.code).not.toMatch(/[а-яё]/i);
      }
    }
  });
});

describe("catalogSchema", () => {
  it("accepts the small catalog", () => {
    expect(problems(() => {})).toEqual([]);
  });

  it("rejects a code used twice", () => {
    expect(
      problems((catalog) => {
        firstDirection(catalog).indicators?.push({ ...firstIndicator(catalog), name: "Другое" });
      }),
    ).toEqual([
      'directions.0.indicators.1.code: indicator code "teachers-diagnosed-share" is used twice',
    ]);
  });

  it("rejects a formula over an unknown data element", () => {
    expect(
      problems((catalog) => {
        firstIndicator(catalog).formula = "100 * teachers_diagnosd / teachers_total";
      }),
    ).toEqual([
      'directions.0.indicators.0.formula: unknown data element "teachers_diagnosd"; declare it under dataElements',
    ]);
  });

  it("rejects a formula that does not parse, naming the position", () => {
    expect(
      problems((catalog) => {
        firstIndicator(catalog).formula = "100 * * teachers_total";
      }),
    ).toEqual([
      'directions.0.indicators.0.formula: formula "100 * * teachers_total" does not parse: expected a number, a data element code or "(", found "*" at position 7',
    ]);
  });

  it("rejects a data element that no form question collects", () => {
    expect(
      problems((catalog) => {
        delete questionAt(catalog, 2).dataElement;
      }),
    ).toEqual([
      'directions.0.indicators.0.formula: data element "teachers_diagnosed" is not collected by any form question (dataElement: teachers_diagnosed)',
    ]);
  });

  it("rejects showIf on a later question", () => {
    expect(
      problems((catalog) => {
        questionAt(catalog, 2).showIf = { question: "provider", in: ["school"] };
      }),
    ).toEqual([
      'directions.0.forms.0.questions.2.showIf: showIf must refer to an earlier question of form "teacher-development", "provider" is not one',
    ]);
  });

  it("rejects a condition that can never be true", () => {
    expect(
      problems((catalog) => {
        questionAt(catalog, 2).showIf = { question: "has_plan", equals: "yes" };
      }),
    ).toEqual([
      'directions.0.forms.0.questions.2.showIf: "has_plan" is yes/no, compare it with true or false',
    ]);
  });

  it("rejects a rule over a question the form does not have", () => {
    expect(
      problems((catalog) => {
        firstForm(catalog).rules?.push({
          kind: "sum_equals",
          parts: ["teachers_diagnosed", "teachers_other"],
          total: "teachers_total",
        });
      }),
    ).toEqual([
      'directions.0.forms.0.rules.1: rule sum_equals refers to "teachers_other", which is not a question of form "teacher-development"',
    ]);
  });

  it("rejects a choice question without options", () => {
    expect(
      problems((catalog) => {
        delete questionAt(catalog, 3).options;
      }),
    ).toEqual([
      "directions.0.forms.0.questions.3.options: a single_choice question needs at least two options",
    ]);
  });

  it("rejects thresholds that contradict the direction of better", () => {
    expect(
      problems((catalog) => {
        firstIndicator(catalog).risk = 90;
      }),
    ).toEqual([
      "directions.0.indicators.0.risk: higher is better, so risk (90) must be below target (80)",
    ]);
    expect(
      problems((catalog) => {
        firstIndicator(catalog).better = "lower";
      }),
    ).toEqual([
      "directions.0.indicators.0.risk: lower is better, so risk (50) must be above target (80)",
    ]);
  });

  it("rejects a question type that does not match its data element", () => {
    expect(
      problems((catalog) => {
        questionAt(catalog, 0).type = "decimal";
      }),
    ).toEqual([
      'directions.0.forms.0.questions.0.type: question type decimal does not match data element "teachers_total" (integer)',
    ]);
  });

  it("rejects a misspelt field instead of ignoring it", () => {
    expect(
      problems((catalog) => {
        Object.assign(questionAt(catalog, 1), { requried: false });
      }),
    ).toEqual(['directions.0.forms.0.questions.1: Unrecognized key: "requried"']);
  });
});

describe("loadCatalogFile", () => {
  it("lists every problem with its path and line", () => {
    const text = [
      "dataElements:",
      "  - code: teachers_total",
      "    name: Педагоги",
      "    nameEn: Teachers",
      "    valueType: number",
      "directions: []",
    ].join("\n");
    expect(() => parseCatalogText(text)).toThrow(CatalogError);
    try {
      parseCatalogText(text);
    } catch (error) {
      expect((error as CatalogError).problems).toEqual([
        'dataElements.0.valueType: Invalid option: expected one of "integer"|"decimal"|"percent"|"boolean" (line 5)',
        "directions: Too small: expected array to have >=1 items (line 6)",
      ]);
      expect((error as Error).message.split("\n")).toHaveLength(2);
    }
  });

  it("reports broken YAML with its line", () => {
    expect(() => parseCatalogText("directions:\n  - code: [unclosed\n")).toThrow(
      /^line \d+, column \d+: Flow sequence in block collection must be sufficiently indented/,
    );
  });

  it("reports a file that cannot be read", () => {
    const dir = mkdtempSync(join(tmpdir(), "msoko-catalog-"));
    try {
      const missing = join(dir, "missing.yaml");
      expect(() => loadCatalogFile(missing)).toThrow(`${missing}: cannot read the file`);
      writeFileSync(join(dir, "empty.yaml"), "");
      expect(() => loadCatalogFile(join(dir, "empty.yaml"))).toThrow(CatalogError);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
