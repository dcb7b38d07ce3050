import { describe, expect, it } from "vitest";
import { periodTitle } from "../../src/domain/periods.ts";
import { createTranslator } from "../../src/i18n/translator.ts";

const translate = createTranslator();
const inRussian = (key: string, params?: Record<string, string | number>) =>
  translate("ru", key, params);
const inEnglish = (key: string, params?: Record<string, string | number>) =>
  translate("en", key, params);

describe("periodTitle", () => {
  it("names every kind of period one way in Russian", () => {
    expect(periodTitle(inRussian, "2026-27")).toBe("2026/27 учебный год");
    expect(periodTitle(inRussian, "2026")).toBe("2026 год");
    expect(periodTitle(inRussian, "2026-H2")).toBe("II полугодие 2026 г.");
    expect(periodTitle(inRussian, "2026-Q1")).toBe("I квартал 2026 г.");
    expect(periodTitle(inRussian, "2026-09")).toBe("сентябрь 2026 г.");
  });

  it("names every kind of period one way in English", () => {
    expect(periodTitle(inEnglish, "2026-27")).toBe("2026/27 school year");
    expect(periodTitle(inEnglish, "2026")).toBe("2026");
    expect(periodTitle(inEnglish, "2026-H2")).toBe("H2 2026");
    expect(periodTitle(inEnglish, "2026-Q1")).toBe("Q1 2026");
    expect(periodTitle(inEnglish, "2026-09")).toBe("September 2026");
  });

  it("keeps a code that is no period as it is", () => {
    expect(periodTitle(inRussian, "special")).toBe("special");
  });
});
