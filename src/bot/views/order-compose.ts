import type { OrderAudience, OrderRole, SchoolSelection } from "../../domain/orders/audience.ts";
import type { ComposerAction } from "../callback-data/order-compose.ts";
import { audienceText, orderHeading, type T } from "./orders.ts";

/**
 * The screens of the order composer as text and rows of (label, action); the conversation turns
 * the actions into callback data. Everything here is plain data, as conversation state must be.
 */
export interface ComposerScreen {
  text: string;
  rows: Array<Array<{ text: string; action: ComposerAction }>>;
}

export interface ComposerSchool {
  id: number;
  code: string;
  name: string;
}

export const ORDER_KINDS = ["order", "letter"] as const;

/** The schools screen's options, in order; `pick` opens the list of schools to tick. */
export const SCHOOL_CHOICES: ReadonlyArray<SchoolSelection | "pick"> = [
  { kind: "all" },
  { kind: "type", type: "general" },
  { kind: "type", type: "kindergarten" },
  { kind: "type", type: "additional" },
  { kind: "flag", flag: "low_results" },
  { kind: "flag", flag: "unfavourable" },
  "pick",
];

export const ROLE_CHOICES: ReadonlyArray<OrderRole[]> = [
  ["director"],
  ["deputy"],
  ["director", "deputy"],
];

/** After how many hours a deputy's missing acknowledgement may go to the director. */
export const FOLLOW_UP_HOURS = [24, 48, 72] as const;

/** The steps «Изменить» can go back to, in the order they are asked. */
export const EDITABLE_STEPS = [
  "kind",
  "number",
  "title",
  "text",
  "document",
  "schools",
  "roles",
  "ack",
  "deadline",
  "followUp",
] as const;
export type EditableStep = (typeof EDITABLE_STEPS)[number];

const PAGE_SIZE = 8;

/** A label that also reads inside a sentence («все организации»), as a button: «Все организации». */
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const option = (text: string, index: number) => ({
  text,
  action: { kind: "option", index } as const,
});

const nav = (t: T, back: boolean, skip?: string) => [
  ...(skip ? [[{ text: skip, action: { kind: "skip" } as const }]] : []),
  [
    ...(back ? [{ text: t("order-compose-button-back"), action: { kind: "back" } as const }] : []),
    { text: t("order-compose-button-cancel"), action: { kind: "cancel" } as const },
  ],
];

export function kindScreen(t: T): ComposerScreen {
  return {
    text: t("order-compose-step-kind"),
    rows: [
      ...ORDER_KINDS.map((kind, index) => [option(t(`order-kind-${kind}`), index)]),
      ...nav(t, false),
    ],
  };
}

export function numberScreen(t: T): ComposerScreen {
  return {
    text: t("order-compose-step-number"),
    rows: nav(t, true, t("order-compose-button-no-number")),
  };
}

export function titleScreen(t: T, limit: number): ComposerScreen {
  return { text: t("order-compose-step-title", { limit }), rows: nav(t, true) };
}

export function textScreen(t: T): ComposerScreen {
  return { text: t("order-compose-step-text"), rows: nav(t, true) };
}

export function documentScreen(t: T, current: string | null): ComposerScreen {
  return {
    text: current
      ? t("order-compose-step-document-again", { name: current })
      : t("order-compose-step-document"),
    rows: nav(t, true, t("order-compose-button-no-document")),
  };
}

/** With a document the text is a caption: too long for one, the coordinator chooses. */
export function captionScreen(t: T, length: number, limit: number): ComposerScreen {
  return {
    text: t("order-compose-caption-too-long", { length, limit }),
    rows: [
      [option(t("order-compose-button-shorten"), 0)],
      [option(t("order-compose-button-drop-document"), 1)],
      ...nav(t, false),
    ],
  };
}

const schoolChoiceLabel = (t: T, choice: SchoolSelection | "pick") =>
  choice === "pick"
    ? t("order-compose-schools-pick")
    : choice.kind === "type"
      ? t(`order-compose-schools-type-${choice.type}`)
      : choice.kind === "flag"
        ? t(`order-compose-schools-flag-${choice.flag}`)
        : t("order-compose-schools-all");

export function schoolsScreen(t: T): ComposerScreen {
  return {
    text: t("order-compose-step-schools"),
    rows: [
      ...SCHOOL_CHOICES.map((choice, index) => [
        option(capitalised(schoolChoiceLabel(t, choice)), index),
      ]),
      ...nav(t, true),
    ],
  };
}

/** The municipality's schools to tick, a page at a time, with the count on «Готово». */
export function pickScreen(
  t: T,
  schools: readonly ComposerSchool[],
  picked: readonly number[],
  page: number,
): ComposerScreen {
  const chosen = new Set(picked);
  const pages = Math.max(1, Math.ceil(schools.length / PAGE_SIZE));
  const current = Math.min(Math.max(page, 0), pages - 1);
  const rows: ComposerScreen["rows"] = schools
    .slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE)
    .map((school) => [
      {
        text: `${chosen.has(school.id) ? "✅" : "▫️"} ${school.name}`,
        action: { kind: "toggle", schoolId: school.id },
      },
    ]);
  if (pages > 1) {
    const pager: ComposerScreen["rows"][number] = [];
    if (current > 0)
      pager.push({
        text: t("order-compose-page-prev"),
        action: { kind: "page", page: current - 1 },
      });
    pager.push({ text: `${current + 1} / ${pages}`, action: { kind: "page", page: current } });
    if (current + 1 < pages)
      pager.push({
        text: t("order-compose-page-next"),
        action: { kind: "page", page: current + 1 },
      });
    rows.push(pager);
  }
  rows.push([
    { text: t("order-compose-pick-done", { count: chosen.size }), action: { kind: "done" } },
  ]);
  return {
    text: t("order-compose-step-pick", { count: chosen.size, total: schools.length }),
    rows: [...rows, ...nav(t, true)],
  };
}

export function rolesScreen(t: T): ComposerScreen {
  return {
    text: t("order-compose-step-roles"),
    rows: [
      ...ROLE_CHOICES.map((roles, index) => [
        option(capitalised(t(`order-compose-roles-${roles.join("-")}`)), index),
      ]),
      ...nav(t, true),
    ],
  };
}

export function ackScreen(t: T): ComposerScreen {
  return {
    text: t("order-compose-step-ack"),
    rows: [
      [option(t("order-compose-ack-yes"), 0)],
      [option(t("order-compose-ack-no"), 1)],
      ...nav(t, true),
    ],
  };
}

export function deadlineScreen(
  t: T,
  where: { timezone: string; offset: string; example: string },
): ComposerScreen {
  return {
    text: t("order-compose-step-deadline", where),
    rows: nav(t, true, t("order-compose-button-no-report")),
  };
}

export function followUpScreen(t: T): ComposerScreen {
  return {
    text: t("order-compose-step-follow-up"),
    rows: [
      FOLLOW_UP_HOURS.map((hours, index) =>
        option(t("order-compose-follow-up-hours", { hours }), index),
      ),
      ...nav(t, true, t("order-compose-follow-up-none")),
    ],
  };
}

/** What the coordinator checks before sending. */
export interface SummaryView {
  kind: string;
  number: string | null;
  title: string;
  document: string | null;
  audience: OrderAudience;
  pickedSchools: string[];
  requiresAck: boolean;
  autoRemindHours: number | null;
  /** The report deadline as people read it, or null. */
  deadline: string | null;
  recipients: number;
  schools: number;
  schoolsWithoutPeople: string[];
}

export function summaryScreen(t: T, view: SummaryView): ComposerScreen {
  const lines = [
    t("order-compose-summary-title"),
    orderHeading(t, view),
    view.document
      ? t("order-compose-summary-document", { name: view.document })
      : t("order-compose-summary-no-document"),
    t("order-compose-summary-audience", {
      audience: audienceText(t, view.audience, view.pickedSchools),
    }),
    view.requiresAck
      ? view.autoRemindHours
        ? t("order-compose-summary-ack-follow-up", { hours: view.autoRemindHours })
        : t("order-compose-summary-ack")
      : t("order-compose-summary-no-ack"),
    view.deadline
      ? t("order-compose-summary-deadline", { deadline: view.deadline })
      : t("order-compose-summary-no-deadline"),
    "",
    view.recipients > 0
      ? t("order-compose-summary-recipients", {
          recipients: view.recipients,
          schools: view.schools,
        })
      : t("order-compose-summary-no-recipients", { schools: view.schoolsWithoutPeople.length }),
  ];
  if (view.schoolsWithoutPeople.length > 0)
    lines.push(
      t("order-compose-summary-nobody", {
        count: view.schoolsWithoutPeople.length,
        schools: view.schoolsWithoutPeople.map((name) => `«${name}»`).join(", "),
      }),
    );
  const send =
    view.recipients > 0
      ? [[{ text: t("order-compose-button-send"), action: { kind: "done" } as const }]]
      : [];
  return {
    text: lines.join("\n"),
    rows: [
      ...send,
      [option(t("order-compose-button-edit"), 0)],
      [{ text: t("order-compose-button-discard"), action: { kind: "cancel" } }],
    ],
  };
}

/** «Изменить»: which step to go back to; the rest stays as entered. */
export function editScreen(t: T, steps: readonly EditableStep[]): ComposerScreen {
  const rows: ComposerScreen["rows"] = [];
  steps.forEach((step, index) => {
    const button = option(t(`order-compose-edit-${step}`), index);
    const last = rows.at(-1);
    if (last && last.length < 2) last.push(button);
    else rows.push([button]);
  });
  return { text: t("order-compose-step-edit"), rows: [...rows, ...nav(t, true)] };
}
