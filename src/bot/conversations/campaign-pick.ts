import type { Context } from "grammy";
import type { TargetSelection } from "../../db/campaigns/campaigns.ts";
import { pickScreen, type WizardSchool } from "../views/campaign-wizard.ts";
import type { T } from "../views/campaigns.ts";
import type { Screens } from "./campaign-input.ts";

export type Picked =
  | { kind: "picked"; ctx: Context; schoolIds: number[] }
  | { kind: "back"; ctx: Context }
  | { kind: "cancel"; ctx: Context };

/**
 * Hand-picking schools on one message: each tick and page redraws it in place, with the count in
 * the text and on Done. Done with nothing ticked is refused; Back keeps nothing.
 */
export async function pickSchools(
  t: T,
  screens: Screens,
  start: Context,
  schools: readonly WizardSchool[],
  selection: TargetSelection,
): Promise<Picked> {
  const known = new Set(schools.map((school) => school.id));
  const chosen = new Set(selection.kind === "picked" ? selection.schoolIds : []);
  let page = 0;
  const screen = () => pickScreen(t, schools, [...chosen], page);

  let input = await screens.ask(start, screen());
  for (;;) {
    const ctx = input.ctx;
    if (input.kind === "cancel") return { kind: "cancel", ctx };
    const action = input.kind === "button" ? input.action : null;
    if (action?.kind === "back") {
      await screens.settle(ctx);
      return { kind: "back", ctx };
    }
    if (action?.kind === "done" && chosen.size > 0) {
      await screens.settle(ctx);
      const schoolIds = schools
        .filter((school) => chosen.has(school.id))
        .map((school) => school.id);
      return { kind: "picked", ctx, schoolIds };
    }
    if (action?.kind === "toggle" && known.has(action.schoolId)) {
      if (chosen.has(action.schoolId)) chosen.delete(action.schoolId);
      else chosen.add(action.schoolId);
    } else if (action?.kind === "page") page = action.page;
    else {
      await screens.settle(ctx);
      const problem =
        action?.kind === "done" ? "campaign-bot-error-pick-none" : "campaign-bot-error-use-buttons";
      await ctx.reply(`❗ ${t(problem)}`);
      input = await screens.ask(ctx, screen());
      continue;
    }
    const next = await screens.redraw(ctx, screen());
    input = next.kind === "again" ? await screens.ask(next.ctx, screen()) : next;
  }
}
