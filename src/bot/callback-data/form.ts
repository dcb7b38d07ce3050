import { callbackBody, callbackHead, callbackPattern } from "./formats.ts";

/**
 * Buttons of the guided form: `f1:<submissionId>:<step>:<action>[:<arg>]`. The step is the
 * position of the question (or 0 for the summary) the button was shown with, so a button from an
 * older message is recognised and refused instead of answering the wrong question.
 */
export type FormAction =
  | { kind: "choice"; index: number }
  | { kind: "toggle"; index: number }
  | { kind: "done" }
  | { kind: "yes" }
  | { kind: "no" }
  | { kind: "back" }
  | { kind: "skip" }
  | { kind: "exit" }
  | { kind: "submit" }
  | { kind: "edit"; position: number }
  | { kind: "edit-list" }
  | { kind: "explain" }
  /** One reason for every warning still unexplained. */
  | { kind: "explain-all" };

export interface FormButton {
  submissionId: number;
  step: number;
  action: FormAction;
}

const CODES: Record<FormAction["kind"], string> = {
  choice: "c",
  toggle: "t",
  done: "d",
  yes: "y",
  no: "n",
  back: "b",
  skip: "s",
  exit: "x",
  submit: "go",
  edit: "e",
  "edit-list": "el",
  explain: "w",
  "explain-all": "wa",
};
const KINDS = Object.fromEntries(
  Object.entries(CODES).map(([kind, code]) => [code, kind]),
) as Record<string, FormAction["kind"]>;

export const FORM_CALLBACK = callbackPattern("form");

export function encodeFormButton({ submissionId, step, action }: FormButton): string {
  const arg =
    "index" in action ? `:${action.index}` : "position" in action ? `:${action.position}` : "";
  return `${callbackHead("form")}${submissionId}:${step}:${CODES[action.kind]}${arg}`;
}

export function decodeFormButton(data: string): FormButton | null {
  const body = callbackBody("form", data);
  if (body === null) return null;
  const [sid, step, code, arg] = body.split(":");
  const kind = KINDS[code ?? ""];
  const submissionId = Number(sid);
  const stepNumber = Number(step);
  if (!kind || !Number.isInteger(submissionId) || !Number.isInteger(stepNumber)) return null;
  const number = Number(arg);
  switch (kind) {
    case "choice":
    case "toggle":
      return Number.isInteger(number)
        ? { submissionId, step: stepNumber, action: { kind, index: number } }
        : null;
    case "edit":
      return Number.isInteger(number)
        ? { submissionId, step: stepNumber, action: { kind, position: number } }
        : null;
    default:
      return { submissionId, step: stepNumber, action: { kind } as FormAction };
  }
}
