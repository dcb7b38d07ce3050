import { describe, expect, it } from "vitest";
import { quantile, spreadProblem, valueWarnings } from "../../../src/domain/form-engine/index.ts";
import { answers, form, question } from "./fixtures.ts";

const pupils = form([
  question("pupils", "integer", { dataElementCode: "pupils" }),
  question("has_club", "boolean", { dataElementCode: "has_club" }),
  question("club_members", "integer", {
    dataElementCode: "club_members",
    showIf: { question: "has_club", equals: true },
  }),
  question("note_number", "integer"),
]);
const previousOnly = (previous: Record<string, number>, factor?: number) => ({
  previous,
  municipal: {},
  ...(factor === undefined ? {} : { factor }),
});

describe("against the school's previous period", () => {
  it.each([
    [250, 100, "form-warning-previous-higher"],
    [201, 100, "form-warning-previous-higher"],
    [200, 100, null],
    [100, 100, null],
    [50, 100, null],
    [49, 100, "form-warning-previous-lower"],
    [10, 100, "form-warning-previous-lower"],
    [0, 100, "form-warning-dropped-to-zero"],
  ])("flags %d after %d: %s", (value, previous, key) => {
    const found = valueWarnings(
      pupils,
      answers({ pupils: value }),
      previousOnly({ pupils: previous }),
    );
    expect(found.map((w) => w.problem.key)).toEqual(key ? [key] : []);
  });

  it("says by how much and from what", () => {
    expect(valueWarnings(pupils, answers({ pupils: 250 }), previousOnly({ pupils: 100 }))).toEqual([
      {
        questionCode: "pupils",
        kind: "previous_period",
        problem: {
          key: "form-warning-previous-higher",
          params: { value: 250, previous: 100, factor: 2 },
        },
      },
    ]);
  });

  it("does not compare with a zero previous value in either direction", () => {
    for (const value of [0, 3, 500]) {
      expect(
        valueWarnings(pupils, answers({ pupils: value }), previousOnly({ pupils: 0 })),
      ).toEqual([]);
    }
  });

  it("uses the given factor", () => {
    const given = answers({ pupils: 160 });
    expect(valueWarnings(pupils, given, previousOnly({ pupils: 100 }, 1.5))).toHaveLength(1);
    expect(valueWarnings(pupils, given, previousOnly({ pupils: 100 }, 2))).toHaveLength(0);
  });

  it("leaves out questions without a data element, yes/no answers and hidden questions", () => {
    const given = answers({ has_club: false, club_members: 900, note_number: 900 });
    const previous = previousOnly({ has_club: 1, club_members: 10 });
    expect(valueWarnings(pupils, given, previous)).toEqual([]);
  });

  it("has nothing to say without a previous value", () => {
    expect(valueWarnings(pupils, answers({ pupils: 250 }), previousOnly({}))).toEqual([]);
  });
});

describe("against the municipality's spread", () => {
  const others = [300, 320, 280, 310, 290];
  const spread = (value: number, municipal: number[]) =>
    valueWarnings(pupils, answers({ pupils: value }), {
      previous: {},
      municipal: { pupils: municipal },
    });

  it("flags a value far above the other schools, with the median and middle half", () => {
    expect(spread(900, others)).toEqual([
      {
        questionCode: "pupils",
        kind: "municipal_spread",
        problem: {
          key: "form-warning-municipal-high",
          params: { value: 900, median: 300, low: 290, high: 310 },
        },
      },
    ]);
  });

  it("flags a value far below them", () => {
    expect(spread(30, others).map((w) => w.problem.key)).toEqual(["form-warning-municipal-low"]);
  });

  it("accepts a value within the usual spread", () => {
    expect(spread(340, others)).toEqual([]);
  });

  it("says nothing with fewer than five other schools", () => {
    expect(spread(900, others.slice(0, 4))).toEqual([]);
  });

  it("falls back to Tukey's fences when most schools give the same number", () => {
    // MAD is 0 here, the quartiles are not.
    const same = [10, 10, 10, 10, 10, 12, 14, 16];
    expect(spreadProblem(60, same)?.key).toBe("form-warning-municipal-high");
    expect(spreadProblem(20, same)).toBeNull();
  });

  it("says nothing when all other schools give the same number", () => {
    expect(spreadProblem(1, [0, 0, 0, 0, 0, 0])).toBeNull();
  });

  it("reports both kinds when both apply", () => {
    const found = valueWarnings(pupils, answers({ pupils: 900 }), {
      previous: { pupils: 300 },
      municipal: { pupils: others },
    });
    expect(found.map((w) => w.kind)).toEqual(["previous_period", "municipal_spread"]);
  });
});

describe("quantile", () => {
  it("interpolates between order statistics", () => {
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4, 5], 0.25)).toBe(2);
    expect(quantile([7], 0.75)).toBe(7);
  });
});
