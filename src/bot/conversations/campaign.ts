import type { Context } from "grammy";
import type { TargetSelection } from "../../db/campaigns/campaigns.ts";
import { formatUtcOffset, localToUtc } from "../../domain/local-time.ts";
import { isPeriodKind, periodContaining, previousPeriodCode } from "../../domain/periods.ts";
import type { WizardAction } from "../callback-data/campaign.ts";
import type { BotDeps } from "../context.ts";
import {
  closesScreen,
  confirmScreen,
  countOf,
  deadlineScreen,
  formScreen,
  openedText,
  periodScreen,
  type Screen,
  schoolsScreen,
  selectionOf,
  targetsOf,
  typesScreen,
  type WizardForm,
  type WizardPeriod,
  type WizardSchool,
} from "../views/campaign-wizard.ts";
import { type Language, localTime, type T } from "../views/campaigns.ts";
import {
  createAndOpen,
  eligibleSchools,
  loadSetup,
  periodsOffered,
  refusalKey,
  type Scope,
} from "./campaign-data.ts";
import {
  checkTypedTime,
  createScreens,
  exampleDeadline,
  type WizardConversation,
  type WizardInput,
} from "./campaign-input.ts";
import { moveDeadlineFlow } from "./campaign-move.ts";
import { pickSchools } from "./campaign-pick.ts";

export const CAMPAIGN_CONVERSATION = "campaign";
/** Bump when this conversation's code changes shape (see ./versioning.ts). */
export const CAMPAIGN_CONVERSATION_VERSION = 2;

export type CampaignArgs = Scope & {
  personId: number;
  language: Language;
} & ({ mode: "create" } | { mode: "move"; campaignId: number });

type Step = "form" | "period" | "schools" | "types" | "deadline" | "closes" | "confirm";
const BACK: Record<Step, Step> = {
  form: "form",
  period: "form",
  schools: "period",
  types: "schools",
  deadline: "schools",
  closes: "deadline",
  confirm: "closes",
};

/**
 * A coordinator's campaigns from the chat: the wizard that creates and opens one (form, period,
 * schools, deadline, closing, confirmation) and the move of a deadline. A bad answer at any step
 * is explained and the step asked again; nothing is written before the confirmation.
 */
export function createCampaignConversation(deps: BotDeps) {
  return async function campaign(
    conversation: WizardConversation,
    ctx: Context,
    args: CampaignArgs,
  ) {
    const t: T = (key, params) => deps.translate(args.language, key, params);
    const run = (await conversation.now()).toString(36).slice(-4);
    const screens = createScreens(conversation, t, run);
    if (args.mode === "move") return moveDeadlineFlow(conversation, t, screens, args, ctx, deps);
    return createFlow(conversation, deps, t, screens, args, ctx);
  };
}

async function createFlow(
  conversation: WizardConversation,
  deps: BotDeps,
  t: T,
  screens: ReturnType<typeof createScreens>,
  args: CampaignArgs,
  first: Context,
): Promise<void> {
  const prisma = deps.db.prisma;
  const { language, municipalityId } = args;
  const setup = await conversation.external(() => loadSetup(prisma, args));
  if (!setup) return void (await first.reply(t("campaign-bot-error-not-found")));
  if (setup.forms.length === 0) return void (await first.reply(t("campaign-bot-no-forms")));
  const { place, forms } = setup;
  const timezone = place.timezone;
  const shown = (local: string) =>
    localTime(localToUtc(local, timezone) ?? new Date(0), timezone, language);

  let ctx = first;
  let step: Step = "form";
  let form = forms[0] as WizardForm;
  let periods: WizardPeriod[] = [];
  let periodCode = "";
  let schools: WizardSchool[] = [];
  let selection: TargetSelection = { kind: "all" };
  let deadline = "";
  let closes: string | null = null;

  const say = async (key: string, params?: Record<string, string | number>) => {
    await ctx.reply(`❗ ${t(key, params)}`);
  };
  /** Explains what is wrong; the same step is asked again. */
  const refuse = async (key: string, params?: Record<string, string | number>) => {
    await say(key, params);
    return step;
  };

  for (;;) {
    const input: WizardInput = await screens.ask(ctx, await screenFor(step));
    ctx = input.ctx;
    if (input.kind === "cancel") return void (await ctx.reply(t("campaign-bot-cancelled")));
    if (input.kind === "button") await screens.settle(ctx);
    const action = input.kind === "button" ? input.action : null;
    if (action?.kind === "back") {
      step = BACK[step];
      continue;
    }
    const next = await handle(action, input.kind === "text" ? input.text : null);
    if (next === "done") return;
    step = next;
  }

  async function screenFor(current: Step): Promise<Screen> {
    switch (current) {
      case "form":
        return formScreen(t, language, forms);
      case "period":
        return periodScreen(t, language, form, periods);
      case "schools":
        return schoolsScreen(t, schools);
      case "types":
        return typesScreen(t, schools);
      case "deadline": {
        const now = new Date(await conversation.now());
        const where = { ...place, timezone, offset: formatUtcOffset(now, timezone) };
        return deadlineScreen(t, where, exampleDeadline(now, timezone));
      }
      case "closes": {
        const at = localToUtc(deadline, timezone) ?? new Date(0);
        return closesScreen(t, shown(deadline), exampleDeadline(at, timezone, 3));
      }
      case "confirm":
        return confirmScreen(t, language, {
          form,
          periodCode,
          selection,
          targets: targetsOf(schools, selection),
          deadline: shown(deadline),
          closes: closes ? shown(closes) : null,
          timezone: `${timezone}, ${formatUtcOffset(localToUtc(deadline, timezone) ?? new Date(0), timezone)}`,
        });
    }
  }

  async function handle(action: WizardAction | null, text: string | null): Promise<Step | "done"> {
    switch (step) {
      case "form": {
        const chosen = action?.kind === "form" ? forms[action.index] : undefined;
        if (!chosen) return refuse("campaign-bot-error-use-buttons");
        const now = new Date(await conversation.now());
        const kind = isPeriodKind(chosen.periodKind) ? chosen.periodKind : "school_year";
        const current = periodContaining(kind, now, timezone);
        const codes = [current, previousPeriodCode(current)].filter((code) => code !== null);
        schools = await conversation.external(() =>
          eligibleSchools(prisma, municipalityId, chosen.id),
        );
        if (schools.length === 0) return refuse("campaign-bot-error-form-no-schools");
        periods = await conversation.external(() =>
          periodsOffered(prisma, municipalityId, chosen.id, codes),
        );
        form = chosen;
        selection = { kind: "all" };
        return "period";
      }
      case "period": {
        const period = action?.kind === "period" ? periods[action.index] : undefined;
        if (!period) return refuse("campaign-bot-error-use-buttons");
        if (period.existingId)
          return refuse("campaign-bot-error-duplicate", { id: period.existingId });
        periodCode = period.code;
        return "schools";
      }
      case "schools":
      case "types": {
        if (action?.kind === "types") return "types";
        let chosen = selectionOf(action);
        if (action?.kind === "pick") {
          const picked = await pickSchools(t, screens, ctx, schools, selection);
          ctx = picked.ctx;
          if (picked.kind === "cancel") {
            await ctx.reply(t("campaign-bot-cancelled"));
            return "done";
          }
          if (picked.kind === "back") return "schools";
          chosen = { kind: "picked", schoolIds: picked.schoolIds };
        }
        if (!chosen) return refuse("campaign-bot-error-use-buttons");
        const count = countOf(schools, chosen);
        if (count === 0) return refuse("campaign-bot-error-empty-selection");
        selection = chosen;
        await ctx.reply(t("campaign-bot-selected", { count }));
        return "deadline";
      }
      case "deadline": {
        const typed = await readFuture(text, null);
        if (typed) deadline = typed;
        return typed ? "closes" : step;
      }
      case "closes": {
        if (action?.kind === "manual") closes = null;
        else {
          const typed = await readFuture(text, deadline);
          if (!typed) return step;
          closes = typed;
        }
        return "confirm";
      }
      case "confirm":
        return action?.kind === "open" ? openIt() : refuse("campaign-bot-error-use-buttons");
    }
  }

  /** A typed time on the municipality's clocks, in the future and not before `floor` if given. */
  async function readFuture(text: string | null, floor: string | null): Promise<string | null> {
    if (text === null) {
      await say("campaign-bot-error-type-date");
      return null;
    }
    const now = new Date(await conversation.now());
    const checked = checkTypedTime(text, timezone, now, floor ? localToUtc(floor, timezone) : null);
    if (checked.ok) return checked.local;
    await say(checked.key, checked.params);
    return null;
  }

  async function openIt(): Promise<Step | "done"> {
    const input = {
      formId: form.id,
      periodCode,
      municipalityId,
      selection,
      deadlineLocal: deadline,
      ...(closes ? { closesAtLocal: closes } : {}),
    };
    const result = await conversation.external(() => createAndOpen(prisma, input, args.personId));
    if (!result.ok) {
      await refuse(refusalKey(result.reason));
      const resume: Partial<Record<string, Step>> = {
        duplicate: "form",
        "deadline-past": "deadline",
        "closes-before-deadline": "closes",
        "no-targets": "schools",
      };
      return resume[result.reason] ?? "done";
    }
    // The conversation ends here, so this line is not replayed by later updates.
    deps.logger.info({
      msg: "campaign opened from the bot",
      campaignId: result.campaignId,
      schools: result.schools,
      notified: result.notified,
      by: args.personId,
    });
    const nobody = schools.filter((school) => result.schoolsWithoutPeople.includes(school.id));
    await ctx.reply(openedText(t, language, { form, periodCode, nobody, ...result }));
    return "done";
  }
}
