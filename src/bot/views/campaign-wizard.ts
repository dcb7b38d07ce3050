import {
  selectTargets,
  TARGET_FLAGS,
  TARGET_SCHOOL_TYPES,
  type TargetSelection,
} from "../../domain/campaign-targets.ts";
import type { WizardAction } from "../callback-data/campaign.ts";
import { formTitle, type Language, periodTitle, type T } from "./campaigns.ts";

/**
 * The screens of the campaign wizard as text and rows of (label, action); the conversation turns
 * the actions into callback data for the message it sends. Everything here is plain data, as
 * conversation state must be.
 */
export interface Screen {
  text: string;
  rows: Array<Array<{ text: string; action: WizardAction }>>;
}

export interface WizardForm {
  id: number;
  code: string;
  title: string;
  titleEn: string;
  periodKind: string;
  directionNumber: number | null;
}

export interface WizardSchool {
  id: number;
  name: string;
  shortName: string | null;
  type: string;
  active: boolean;
  lowResults: boolean;
  unfavourableConditions: boolean;
}

export interface WizardPeriod {
  code: string;
  /** The campaign that already collects this form for this period, if any. */
  existingId: number | null;
}

const PAGE_SIZE = 8;
const SCHOOLS_LISTED = 10;

const nav = (t: T, back: boolean) => [
  [
    ...(back ? [{ text: t("campaign-bot-button-back"), action: { kind: "back" } as const }] : []),
    { text: t("campaign-bot-button-cancel"), action: { kind: "cancel" } as const },
  ],
];

export const schoolLabel = (school: Pick<WizardSchool, "name" | "shortName">) =>
  school.shortName ?? school.name;

export function formScreen(t: T, language: Language, forms: readonly WizardForm[]): Screen {
  return {
    text: t("campaign-bot-step-form"),
    rows: [
      ...forms.map((form, index) => [
        {
          // "Направление 7 · …", not "7. …": a direction's number must not read as the list's.
          text: form.directionNumber
            ? t("campaign-bot-form-option", {
                direction: form.directionNumber,
                form: formTitle(language, form),
              })
            : formTitle(language, form),
          action: { kind: "form", index } as const,
        },
      ]),
      ...nav(t, false),
    ],
  };
}

export function periodScreen(
  t: T,
  language: Language,
  form: WizardForm,
  periods: readonly WizardPeriod[],
): Screen {
  return {
    text: t("campaign-bot-step-period", { form: formTitle(language, form) }),
    rows: [
      ...periods.map((period, index) => [
        {
          text: period.existingId
            ? t("campaign-bot-period-taken", { period: periodTitle(t, period.code) })
            : periodTitle(t, period.code),
          action: { kind: "period", index } as const,
        },
      ]),
      ...nav(t, true),
    ],
  };
}

/** The schools of a selection among those that answer the form (the form's types applied already). */
export const targetsOf = (schools: readonly WizardSchool[], selection: TargetSelection) =>
  selectTargets(schools, [], selection);

export const countOf = (schools: readonly WizardSchool[], selection: TargetSelection) =>
  targetsOf(schools, selection).length;

/** The selection a button of the schools or the types screen stands for. */
export function selectionOf(action: WizardAction | null): TargetSelection | null {
  if (action?.kind === "all") return { kind: "all" };
  const schoolType = action?.kind === "type" ? TARGET_SCHOOL_TYPES[action.index] : undefined;
  if (schoolType) return { kind: "type", schoolType };
  const flag = action?.kind === "flag" ? TARGET_FLAGS[action.index] : undefined;
  return flag ? { kind: "flag", flag } : null;
}

export function schoolsScreen(t: T, schools: readonly WizardSchool[]): Screen {
  return {
    text: t("campaign-bot-step-schools", { count: schools.length }),
    rows: [
      [
        {
          text: t("campaign-bot-target-all", { count: schools.length }),
          action: { kind: "all" },
        },
      ],
      [{ text: t("campaign-bot-target-by-type"), action: { kind: "types" } }],
      ...TARGET_FLAGS.map((flag, index) => [
        {
          text: t(`campaign-bot-target-flag-${flag}`, {
            count: countOf(schools, { kind: "flag", flag }),
          }),
          action: { kind: "flag", index } as const,
        },
      ]),
      [{ text: t("campaign-bot-target-pick"), action: { kind: "pick" } }],
      ...nav(t, true),
    ],
  };
}

export function typesScreen(t: T, schools: readonly WizardSchool[]): Screen {
  return {
    text: t("campaign-bot-step-types"),
    rows: [
      ...TARGET_SCHOOL_TYPES.map((schoolType, index) => [
        {
          text: t("campaign-bot-target-type", {
            type: t(`school-type-${schoolType}`),
            count: countOf(schools, { kind: "type", schoolType }),
          }),
          action: { kind: "type", index } as const,
        },
      ]),
      ...nav(t, true),
    ],
  };
}

export function pickScreen(
  t: T,
  schools: readonly WizardSchool[],
  picked: readonly number[],
  page: number,
): Screen {
  const chosen = new Set(picked);
  const pages = Math.max(1, Math.ceil(schools.length / PAGE_SIZE));
  const current = Math.min(Math.max(page, 0), pages - 1);
  const rows: Screen["rows"] = schools
    .slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE)
    .map((school) => [
      {
        text: `${chosen.has(school.id) ? "✅" : "▫️"} ${schoolLabel(school)}`,
        action: { kind: "toggle", schoolId: school.id },
      },
    ]);
  if (pages > 1) {
    const pager: Screen["rows"][number] = [];
    if (current > 0)
      pager.push({
        text: t("campaign-bot-page-prev"),
        action: { kind: "page", page: current - 1 },
      });
    pager.push({ text: `${current + 1} / ${pages}`, action: { kind: "page", page: current } });
    if (current + 1 < pages)
      pager.push({
        text: t("campaign-bot-page-next"),
        action: { kind: "page", page: current + 1 },
      });
    rows.push(pager);
  }
  rows.push([
    { text: t("campaign-bot-pick-done", { count: chosen.size }), action: { kind: "done" } },
  ]);
  return {
    text: t("campaign-bot-step-pick", { count: chosen.size, total: schools.length }),
    rows: [...rows, ...nav(t, true)],
  };
}

export function deadlineScreen(
  t: T,
  where: { municipality: string; timezone: string; offset: string },
  example: string,
): Screen {
  return {
    text: t("campaign-bot-step-deadline", { ...where, example }),
    rows: nav(t, true),
  };
}

export function closesScreen(t: T, deadline: string, example: string): Screen {
  return {
    text: t("campaign-bot-step-closes", { deadline, example }),
    rows: [
      [{ text: t("campaign-bot-button-manual"), action: { kind: "manual" } }],
      ...nav(t, true),
    ],
  };
}

export function describeSelection(t: T, selection: TargetSelection): string {
  switch (selection.kind) {
    case "all":
      return t("campaign-bot-selection-all");
    case "type":
      return t("campaign-bot-selection-type", { type: t(`school-type-${selection.schoolType}`) });
    case "flag":
      return t(`campaign-bot-selection-flag-${selection.flag}`);
    case "picked":
      return t("campaign-bot-selection-picked");
  }
}

/** A few school names, then "and N more". */
export function schoolList(t: T, schools: readonly WizardSchool[]): string {
  const names = schools.slice(0, SCHOOLS_LISTED).map((school) => `• ${schoolLabel(school)}`);
  if (schools.length > SCHOOLS_LISTED)
    names.push(t("campaign-bot-more-schools", { count: schools.length - SCHOOLS_LISTED }));
  return names.join("\n");
}

export interface ConfirmView {
  form: WizardForm;
  periodCode: string;
  selection: TargetSelection;
  targets: readonly WizardSchool[];
  deadline: string;
  closes: string | null;
  timezone: string;
}

export function confirmScreen(t: T, language: Language, view: ConfirmView): Screen {
  return {
    text: t("campaign-bot-confirm", {
      form: formTitle(language, view.form),
      period: periodTitle(t, view.periodCode),
      selection: describeSelection(t, view.selection),
      count: view.targets.length,
      schools: schoolList(t, view.targets),
      deadline: view.deadline,
      timezone: view.timezone,
      closes: view.closes ?? t("campaign-bot-closes-manually"),
    }),
    rows: [[{ text: t("campaign-bot-button-open"), action: { kind: "open" } }], ...nav(t, true)],
  };
}

/** The report after opening, naming the schools where nobody could be told. */
export function openedText(
  t: T,
  language: Language,
  opened: {
    form: WizardForm;
    periodCode: string;
    schools: number;
    notified: number;
    nobody: readonly WizardSchool[];
  },
): string {
  const lines = [
    t("campaign-bot-opened", {
      form: formTitle(language, opened.form),
      period: periodTitle(t, opened.periodCode),
      schools: opened.schools,
      notified: opened.notified,
    }),
  ];
  if (opened.nobody.length > 0)
    lines.push(
      "",
      t("campaign-bot-opened-nobody", {
        count: opened.nobody.length,
        schools: opened.nobody.map((school) => `• ${schoolLabel(school)}`).join("\n"),
      }),
    );
  return lines.join("\n");
}
