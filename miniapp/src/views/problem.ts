import type { ApiProblem } from "../api.ts";
import type { Translate } from "../i18n.ts";
import { h } from "./dom.ts";
import { type IconName, icon } from "./icons.ts";

/** Every way start-up can fail, each with its own honest explanation. */
export type Problem =
  | "outside-telegram"
  | "not-registered"
  | "signature"
  | "expired"
  | "not-configured"
  | "network"
  | { kind: "server"; status: number; requestId: string | undefined };

export function problemFromApi(problem: ApiProblem): Problem {
  if (problem.kind === "network") return "network";
  switch (problem.code) {
    case "not_registered":
      return "not-registered";
    case "invalid_init_data":
      return "signature";
    case "expired_init_data":
      return "expired";
    case "missing_init_data":
      return "outside-telegram";
    case "bot_token_missing":
      return "not-configured";
    default:
      return { kind: "server", status: problem.status, requestId: problem.requestId };
  }
}

export interface ProblemActions {
  retry?: () => void;
  close?: () => void;
}

export function problemView(problem: Problem, t: Translate, actions: ProblemActions): HTMLElement {
  const key = typeof problem === "string" ? problem : problem.kind;
  const text =
    typeof problem === "string"
      ? t(`app-error-${key}`)
      : t("app-error-server", { status: problem.status, requestId: problem.requestId ?? "—" });
  // Retrying helps only when the cause may pass; otherwise the way out is back to the chat.
  const retryable = key === "network" || key === "server";
  const button = retryable
    ? actions.retry && actionButton(t("app-button-retry"), actions.retry)
    : actions.close &&
      key !== "outside-telegram" &&
      actionButton(t("app-button-close"), actions.close);
  return h("main", { class: "screen screen-center problem", attrs: { "data-problem": key } }, [
    h("div", { class: "problem-icon" }, [icon(iconFor(key))]),
    h("h1", { class: "problem-title" }, [t(`app-error-${key}-title`)]),
    h("p", { class: "problem-text" }, [text]),
    button,
  ]);
}

function actionButton(label: string, onClick: () => void): HTMLButtonElement {
  const button = h("button", { class: "button", attrs: { type: "button" } }, [label]);
  button.addEventListener("click", onClick);
  return button;
}

function iconFor(key: string): IconName {
  if (key === "network") return "offline";
  if (key === "not-registered") return "mail";
  if (key === "server" || key === "not-configured") return "alert";
  return "lock";
}
