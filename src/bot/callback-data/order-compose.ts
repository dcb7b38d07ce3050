import { callbackBody, callbackHead, callbackPattern } from "./formats.ts";

/**
 * The coordinator's own order buttons beside those of ./order.ts, in the same `ord1:` format:
 *
 * The list (/orders): `ord1:om:<municipalityId>` opens a municipality's orders as a new message,
 * `ord1:om:<municipalityId>:<page>` turns that message's page; `ord1:new:<municipalityId>` starts
 * composing an order.
 *
 * The composer: `ord1:cmp:<prompt>:<code>[<number>]`. `prompt` numbers the messages one composer
 * sent, from a start taken off the clock, so a button of an older message or an earlier composer
 * is told apart and refused instead of answering the step on screen.
 */
export const ORDER_LIST_CALLBACK = callbackPattern("order", "(om|new):(\\d+)(?::(\\d+))?$");

export function encodeOrderListButton(
  action: "om" | "new",
  municipalityId: number,
  page?: number,
): string {
  return `${callbackHead("order")}${action}:${municipalityId}${page === undefined ? "" : `:${page}`}`;
}

export type ComposerAction =
  /** The option at `index` of the step's list. */
  | { kind: "option"; index: number }
  | { kind: "toggle"; schoolId: number }
  | { kind: "page"; page: number }
  | { kind: "done" }
  | { kind: "skip" }
  | { kind: "back" }
  | { kind: "cancel" };

export interface ComposerButton {
  prompt: number;
  action: ComposerAction;
}

const CODES = {
  option: "o",
  toggle: "t",
  page: "p",
  done: "d",
  skip: "k",
  back: "b",
  cancel: "q",
} as const satisfies Record<ComposerAction["kind"], string>;

const COMPOSER = /^cmp:(\d{1,12}):([a-z])(\d{1,10})?$/;

export function encodeComposerButton({ prompt, action }: ComposerButton): string {
  const arg =
    action.kind === "option"
      ? action.index
      : action.kind === "toggle"
        ? action.schoolId
        : action.kind === "page"
          ? action.page
          : "";
  return `${callbackHead("order")}cmp:${prompt}:${CODES[action.kind]}${arg}`;
}

/** Null for anything that is not a composer button of this version. */
export function decodeComposerButton(data: string | undefined): ComposerButton | null {
  const match = COMPOSER.exec(callbackBody("order", data) ?? "");
  if (!match) return null;
  const prompt = Number(match[1]);
  const number = match[3] === undefined ? null : Number(match[3]);
  const kind = (Object.keys(CODES) as Array<ComposerAction["kind"]>).find(
    (candidate) => CODES[candidate] === match[2],
  );
  switch (kind) {
    case "option":
      return number === null ? null : { prompt, action: { kind, index: number } };
    case "toggle":
      return number === null ? null : { prompt, action: { kind, schoolId: number } };
    case "page":
      return number === null ? null : { prompt, action: { kind, page: number } };
    case undefined:
      return null;
    default:
      return number === null ? { prompt, action: { kind } } : null;
  }
}
