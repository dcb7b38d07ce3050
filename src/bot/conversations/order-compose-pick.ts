import type { Context } from "grammy";
import { type ComposerSchool, pickScreen } from "../views/order-compose.ts";
import type { ComposerInput, ComposerScreens } from "./order-compose-input.ts";

type T = (key: string, params?: Record<string, string | number>) => string;

export type PickResult = { ctx: Context; picked: number[]; page: number } & (
  | { kind: "picked"; codes: string[] }
  | { kind: "back" }
  | { kind: "cancel" }
);

/**
 * Hand-picking schools on one message: each tick and page redraws it in place, with the count in
 * the text and on «Готово». «Готово» with nothing ticked is refused; the ticks are kept either way.
 */
export async function pickSchools(
  t: T,
  screens: ComposerScreens,
  first: ComposerInput,
  schools: readonly ComposerSchool[],
  ticked: readonly number[],
  startPage: number,
): Promise<PickResult> {
  let picked = [...ticked];
  let page = startPage;
  let input = first;
  for (;;) {
    const ctx = input.ctx;
    const state = { ctx, picked, page };
    if (input.kind === "cancel") return { ...state, kind: "cancel" };
    const action = input.kind === "button" ? input.action : null;
    if (action?.kind === "back") {
      await screens.settle(ctx);
      return { ...state, kind: "back" };
    }
    if (action?.kind === "done" && picked.length > 0) {
      await screens.settle(ctx);
      const codes = schools.filter((s) => picked.includes(s.id)).map((s) => s.code);
      return { ...state, kind: "picked", codes };
    }
    const toggled = action?.kind === "toggle" ? action.schoolId : null;
    if (toggled !== null && schools.some((school) => school.id === toggled))
      picked = picked.includes(toggled)
        ? picked.filter((id) => id !== toggled)
        : [...picked, toggled];
    else if (action?.kind === "page") page = action.page;
    else {
      await screens.settle(ctx);
      const problem =
        action?.kind === "done"
          ? "order-compose-error-pick-none"
          : "order-compose-error-use-buttons";
      await ctx.reply(`❗ ${t(problem)}`);
      input = await screens.ask(ctx, pickScreen(t, schools, picked, page));
      continue;
    }
    input = await screens.redraw(ctx, pickScreen(t, schools, picked, page));
  }
}
