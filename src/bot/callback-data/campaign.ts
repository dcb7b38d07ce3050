import { callbackBody, callbackHead, callbackPattern } from "./formats.ts";

/**
 * Buttons of campaigns (formats `campaignList`, `campaignWizard` and `campaignReopen` in
 * ./formats.ts), shown here after their heads.
 *
 * The list (`/campaigns`, `cmp1:`): `n` new campaign · `c:<id>` close (asks) · `k:<id>` close
 * confirmed · `o:<id>` open a draft · `d:<id>` move the deadline · `v:<id>` the campaign's card ·
 * `r:<id>` remind every school that has not submitted · `x` never mind ·
 * `a` the archive of closed campaigns · `ap:<page>` another page of it.
 *
 * Reopening for one school (`cmr1:`): `<campaignId>` lists its schools, `<campaignId>:<schoolId>`
 * reopens.
 *
 * The wizard (`cmw1:`): `<run>:<prompt>:<code>[:<arg>]`. `run` tells one pass of the wizard from
 * another and `prompt` numbers the messages it sent, so a button of an older message (or of an
 * earlier wizard) is recognised and refused instead of answering the step on screen.
 */
export type ListAction =
  | { kind: "new" }
  | { kind: "close"; campaignId: number }
  | { kind: "close-confirmed"; campaignId: number }
  | { kind: "open-draft"; campaignId: number }
  | { kind: "deadline"; campaignId: number }
  | { kind: "card"; campaignId: number }
  | { kind: "remind"; campaignId: number }
  | { kind: "dismiss" }
  | { kind: "archive" }
  | { kind: "archive-page"; page: number };

export type WizardAction =
  | { kind: "form"; index: number }
  | { kind: "period"; index: number }
  | { kind: "all" }
  | { kind: "types" }
  | { kind: "type"; index: number }
  | { kind: "flag"; index: number }
  | { kind: "pick" }
  | { kind: "toggle"; schoolId: number }
  | { kind: "page"; page: number }
  | { kind: "done" }
  | { kind: "back" }
  | { kind: "manual" }
  | { kind: "open" }
  | { kind: "cancel" };

export interface WizardButton {
  run: string;
  prompt: number;
  action: WizardAction;
}

export const CAMPAIGN_LIST_CALLBACK = callbackPattern("campaignList");
const LIST_HEAD = callbackHead("campaignList");
const WIZARD_HEAD = callbackHead("campaignWizard");

/** `cmr1:<campaignId>` or `cmr1:<campaignId>:<schoolId>`; the ids are the match's groups 1 and 2. */
export const CAMPAIGN_REOPEN_CALLBACK = callbackPattern("campaignReopen", "(\\d+)(?::(\\d+))?$");

export function encodeReopenButton(campaignId: number, schoolId?: number): string {
  const school = schoolId === undefined ? "" : `:${schoolId}`;
  return `${callbackHead("campaignReopen")}${campaignId}${school}`;
}

const LIST_CODES = {
  new: "n",
  close: "c",
  "close-confirmed": "k",
  "open-draft": "o",
  deadline: "d",
  card: "v",
  remind: "r",
  dismiss: "x",
  archive: "a",
  "archive-page": "ap",
} as const satisfies Record<ListAction["kind"], string>;

const WIZARD_CODES = {
  form: "f",
  period: "p",
  all: "a",
  types: "ty",
  type: "t",
  flag: "g",
  pick: "k",
  toggle: "s",
  page: "pg",
  done: "d",
  back: "b",
  manual: "m",
  open: "o",
  cancel: "q",
} as const satisfies Record<WizardAction["kind"], string>;

const invert = <K extends string>(codes: Record<K, string>) =>
  Object.fromEntries(Object.entries(codes).map(([kind, code]) => [code, kind])) as Record<
    string,
    K | undefined
  >;
const LIST_KINDS = invert(LIST_CODES);
const WIZARD_KINDS = invert(WIZARD_CODES);

const count = (text: string | undefined): number | null => {
  if (text === undefined || !/^\d{1,9}$/.test(text)) return null;
  return Number(text);
};

export function encodeListAction(action: ListAction): string {
  const code = LIST_CODES[action.kind];
  if ("page" in action) return `${LIST_HEAD}${code}:${action.page}`;
  return "campaignId" in action
    ? `${LIST_HEAD}${code}:${action.campaignId}`
    : `${LIST_HEAD}${code}`;
}

/** Null for data this version of the bot does not understand (e.g. a button of an old release). */
export function decodeListAction(data: string): ListAction | null {
  const body = callbackBody("campaignList", data);
  if (body === null) return null;
  const [code, arg, extra] = body.split(":");
  const kind = LIST_KINDS[code ?? ""];
  if (!kind || extra !== undefined) return null;
  if (kind === "new" || kind === "dismiss" || kind === "archive")
    return arg === undefined ? { kind } : null;
  if (kind === "archive-page") {
    const page = count(arg);
    return page === null ? null : { kind, page };
  }
  const campaignId = count(arg);
  return campaignId === null ? null : { kind, campaignId };
}

export function encodeWizardButton({ run, prompt, action }: WizardButton): string {
  const arg =
    "index" in action
      ? `:${action.index}`
      : "schoolId" in action
        ? `:${action.schoolId}`
        : "page" in action
          ? `:${action.page}`
          : "";
  return `${WIZARD_HEAD}${run}:${prompt}:${WIZARD_CODES[action.kind]}${arg}`;
}

export function decodeWizardButton(data: string): WizardButton | null {
  const body = callbackBody("campaignWizard", data);
  if (body === null) return null;
  const [run, promptText, code, arg, extra] = body.split(":");
  const kind = WIZARD_KINDS[code ?? ""];
  const prompt = count(promptText);
  if (!run || prompt === null || !kind || extra !== undefined) return null;
  const number = count(arg);
  const button = (action: WizardAction): WizardButton => ({ run, prompt, action });
  switch (kind) {
    case "form":
    case "period":
    case "type":
    case "flag":
      return number === null ? null : button({ kind, index: number });
    case "toggle":
      return number === null ? null : button({ kind, schoolId: number });
    case "page":
      return number === null ? null : button({ kind, page: number });
    default:
      return arg === undefined ? button({ kind }) : null;
  }
}
