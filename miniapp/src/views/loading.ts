import { h } from "./dom.ts";

/** Shown before any string is loaded, so it has no text; the label comes once strings arrive. */
export function loadingView(label?: string): HTMLElement {
  return h("main", { class: "screen screen-center", attrs: { "aria-busy": "true" } }, [
    h("div", {
      class: "spinner",
      attrs: { role: "progressbar", ...(label ? { "aria-label": label } : {}) },
    }),
  ]);
}
