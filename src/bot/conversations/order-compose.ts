import type { Context } from "grammy";
import { formatUtcOffset, localToUtc } from "../../domain/local-time.ts";
import { checkRichText } from "../../domain/orders/rich-text.ts";
import type { BotDeps } from "../context.ts";
import { entitiesToHtml } from "../rich-text.ts";
import {
  ackScreen,
  type ComposerScreen,
  captionScreen,
  deadlineScreen,
  documentScreen,
  EDITABLE_STEPS,
  type EditableStep,
  editScreen,
  FOLLOW_UP_HOURS,
  followUpScreen,
  kindScreen,
  numberScreen,
  ORDER_KINDS,
  pickScreen,
  ROLE_CHOICES,
  rolesScreen,
  SCHOOL_CHOICES,
  schoolsScreen,
  summaryScreen,
  textScreen,
  titleScreen,
} from "../views/order-compose.ts";
import { checkTypedTime, exampleDeadline } from "./campaign-input.ts";
import {
  type ComposerSetup,
  loadComposerSetup,
  sendComposed,
  summariseAudience,
} from "./order-compose-data.ts";
import {
  checkDocument,
  emptyDraft,
  NUMBER_LIMIT,
  newOrderOf,
  summaryOf,
  TITLE_LIMIT,
} from "./order-compose-draft.ts";
import {
  type ComposerConversation,
  type ComposerInput,
  createComposerScreens,
} from "./order-compose-input.ts";
import { pickSchools } from "./order-compose-pick.ts";
import { overLimit, renderPreview, replyWithPreview } from "./order-compose-preview.ts";

export const ORDER_CONVERSATION = "order";
/** Bump when this conversation's code changes shape (see ./versioning.ts). */
export const ORDER_CONVERSATION_VERSION = 1;

export interface OrderComposeArgs {
  personId: number;
  municipalityId: number;
  language: "ru" | "en";
}

type Step = EditableStep | "caption" | "pick" | "summary" | "edit";

/** The steps go in the order «Изменить» lists them; after the last, the summary. */
const nextOf = (step: EditableStep): Step =>
  EDITABLE_STEPS[EDITABLE_STEPS.indexOf(step) + 1] ?? "summary";

function backOf(step: Step): Step {
  if (step === "caption") return "document";
  if (step === "pick") return "schools";
  if (step === "summary" || step === "edit") return "summary";
  return EDITABLE_STEPS[Math.max(0, EDITABLE_STEPS.indexOf(step) - 1)] ?? "kind";
}

/**
 * A coordinator writes an order or an information letter: kind, number, title, the text with its
 * formatting, a document, who gets it, acknowledgement, a report deadline and the director's
 * follow-up; sees it exactly as recipients will, and sends it. A bad answer is explained and the
 * step asked again; «Изменить» goes back to one step and keeps the rest. Nothing is written
 * before «Отправить».
 */
export function createOrderConversation(deps: BotDeps) {
  return async function order(
    conversation: ComposerConversation,
    first: Context,
    args: OrderComposeArgs,
  ) {
    const prisma = deps.db.prisma;
    const { language, municipalityId } = args;
    const t = (key: string, params?: Record<string, string | number>) =>
      deps.translate(language, key, params);
    const screens = createComposerScreens(conversation, t, (await conversation.now()) % 1e9);
    const setup: ComposerSetup | null = await conversation.external(() =>
      loadComposerSetup(prisma, municipalityId),
    );
    if (!setup) return void (await first.reply(t("orders-not-found")));
    const place = { municipality: setup.municipality, timezone: setup.timezone };
    const draft = emptyDraft();
    let ctx = first;
    let step = "kind" as Step;
    let editing = false;
    let followUpAsked = false;
    let picked: number[] = [];
    let page = 0;

    const say = (key: string, params?: Record<string, string | number>) =>
      ctx.reply(`❗ ${t(key, params)}`);
    /** Explains what is wrong; the same step is asked again. */
    const refuse = async (key: string, params?: Record<string, string | number>) => {
      await say(key, params);
      return step;
    };
    const followUpApplies = () => draft.requiresAck && draft.roles.includes("deputy");
    /** The step after `done`: the next one, or back to the summary when changing one. */
    const after = (done: EditableStep): Step => {
      if (done === "text" || done === "document") {
        const over = overLimit(deps.translate, draft, place);
        if (over && draft.document) return "caption";
      }
      let next = editing ? "summary" : nextOf(done);
      // Changing who gets it may make the director's follow-up a question not asked yet.
      if (editing && (done === "ack" || done === "roles") && followUpApplies() && !followUpAsked)
        next = "followUp";
      if (next === "followUp" && !followUpApplies()) {
        draft.autoRemindHours = null;
        next = "summary";
      }
      return next;
    };

    for (;;) {
      if (step === "summary") {
        const over = overLimit(deps.translate, draft, place);
        if (over) {
          if (draft.document) step = "caption";
          else {
            await say("order-compose-error-text-too-long", over);
            step = "text";
          }
          continue;
        }
        await sendPreview();
      }
      const input = await screens.ask(ctx, await screenFor(step));
      ctx = input.ctx;
      if (input.kind === "cancel") return void (await ctx.reply(t("order-compose-cancelled")));
      // The list of schools is redrawn in place on each tick and answers its own buttons;
      // other screens are answered once.
      const own = input.kind === "button" && step !== "pick";
      if (own) await screens.settle(ctx);
      if (own && input.action.kind === "back") {
        step = editing ? "summary" : backOf(step);
        continue;
      }
      const next = await handle(input);
      if (next === "done") return;
      step = next;
    }

    async function screenFor(current: Step): Promise<ComposerScreen> {
      switch (current) {
        case "kind":
          return kindScreen(t);
        case "number":
          return numberScreen(t);
        case "title":
          return titleScreen(t, TITLE_LIMIT);
        case "text":
          return textScreen(t);
        case "document":
          return documentScreen(t, draft.document?.name ?? null);
        case "caption": {
          const over = overLimit(deps.translate, draft, place);
          return captionScreen(t, over?.length ?? 0, over?.limit ?? 0);
        }
        case "schools":
          return schoolsScreen(t);
        case "pick":
          return pickScreen(t, setup?.schools ?? [], picked, page);
        case "roles":
          return rolesScreen(t);
        case "ack":
          return ackScreen(t);
        case "deadline": {
          const now = new Date(await conversation.now());
          return deadlineScreen(t, {
            timezone: place.timezone,
            offset: formatUtcOffset(now, place.timezone),
            example: exampleDeadline(now, place.timezone),
          });
        }
        case "followUp":
          return followUpScreen(t);
        case "edit":
          return editScreen(t, editableSteps());
        case "summary":
          return summaryScreen(t, await summaryView());
      }
    }

    function editableSteps(): EditableStep[] {
      return EDITABLE_STEPS.filter((one) => one !== "followUp" || followUpApplies());
    }

    async function summaryView() {
      const audience = { schools: draft.schools, roles: draft.roles };
      const reach = await conversation.external(() =>
        summariseAudience(prisma, municipalityId, audience),
      );
      return summaryOf(draft, reach, setup?.schools ?? [], place, language);
    }

    async function sendPreview() {
      await ctx.reply(t("order-compose-preview-intro"));
      const rendered = renderPreview(deps.translate, language, draft, place);
      await replyWithPreview(ctx, rendered, draft.document);
    }

    async function handle(
      input: Exclude<ComposerInput, { kind: "cancel" }>,
    ): Promise<Step | "done"> {
      const action = input.kind === "button" ? input.action : null;
      const chosen = action?.kind === "option" ? action.index : null;
      const text = input.kind === "text" ? input.text.trim() : null;
      switch (step) {
        case "kind": {
          const kind = chosen === null ? undefined : ORDER_KINDS[chosen];
          if (!kind) return refuse("order-compose-error-use-buttons");
          draft.kind = kind;
          return after("kind");
        }
        case "number":
          if (action?.kind === "skip") draft.number = null;
          else if (!text) return refuse("order-compose-error-type-or-button");
          else if (text.length > NUMBER_LIMIT)
            return refuse("order-compose-error-number-long", { limit: NUMBER_LIMIT });
          else draft.number = text.replace(/^№\s*/, "");
          return after("number");
        case "title": {
          const title = text?.replace(/\s+/g, " ");
          if (!title) return refuse("order-compose-error-title-empty");
          if (title.length > TITLE_LIMIT)
            return refuse("order-compose-error-title-long", {
              limit: TITLE_LIMIT,
              length: title.length,
            });
          draft.title = title;
          return after("title");
        }
        case "text":
          return readText(input);
        case "document": {
          if (action?.kind === "skip") {
            draft.document = null;
            return after("document");
          }
          if (input.kind !== "document") return refuse("order-compose-error-not-a-document");
          const checked = checkDocument(input.document);
          if (!checked.ok) return refuse(checked.key, checked.params);
          draft.document = checked.document;
          return after("document");
        }
        case "caption":
          if (chosen === 0) return "text";
          if (chosen !== 1) return refuse("order-compose-error-use-buttons");
          draft.document = null;
          await ctx.reply(t("order-compose-document-dropped"));
          return after("document");
        case "schools": {
          const choice = chosen === null ? undefined : SCHOOL_CHOICES[chosen];
          if (!choice) return refuse("order-compose-error-use-buttons");
          if (choice === "pick") {
            picked = draft.schools.kind === "schools" ? idsOf(draft.schools.codes) : [];
            page = 0;
            return "pick";
          }
          draft.schools = choice;
          return after("schools");
        }
        case "pick":
          return pickStep(input);
        case "roles": {
          const roles = chosen === null ? undefined : ROLE_CHOICES[chosen];
          if (!roles) return refuse("order-compose-error-use-buttons");
          draft.roles = [...roles];
          return after("roles");
        }
        case "ack":
          if (chosen !== 0 && chosen !== 1) return refuse("order-compose-error-use-buttons");
          draft.requiresAck = chosen === 0;
          return after("ack");
        case "deadline": {
          if (action?.kind === "skip") draft.deadline = null;
          else {
            if (text === null) return refuse("order-compose-error-type-date");
            const now = new Date(await conversation.now());
            const checked = checkTypedTime(text, place.timezone, now);
            if (!checked.ok) return refuse(checked.key, checked.params);
            draft.deadline = checked.local;
          }
          return after("deadline");
        }
        case "followUp": {
          const hours = chosen === null ? undefined : FOLLOW_UP_HOURS[chosen];
          if (action?.kind !== "skip" && hours === undefined)
            return refuse("order-compose-error-use-buttons");
          draft.autoRemindHours = hours ?? null;
          followUpAsked = true;
          return after("followUp");
        }
        case "summary":
          if (chosen === 0) return "edit";
          if (action?.kind !== "done") return refuse("order-compose-error-use-buttons");
          return sendIt();
        case "edit": {
          const target = chosen === null ? undefined : editableSteps()[chosen];
          if (!target) return refuse("order-compose-error-use-buttons");
          editing = true;
          return target;
        }
      }
    }

    async function readText(input: Exclude<ComposerInput, { kind: "cancel" }>): Promise<Step> {
      if (input.kind === "document") return refuse("order-compose-error-text-not-document");
      if (input.kind !== "text") return refuse("order-compose-error-type-text");
      const checked = checkRichText(entitiesToHtml(input.text, input.entities));
      if (!checked.ok) return refuse("order-compose-error-type-text");
      const previous = draft.body;
      draft.body = checked.html;
      const over = overLimit(deps.translate, { ...draft, document: null }, place);
      if (over) {
        draft.body = previous;
        return refuse("order-compose-error-text-too-long", over);
      }
      return after("text");
    }

    function idsOf(codes: readonly string[]): number[] {
      return (setup?.schools ?? []).filter((s) => codes.includes(s.code)).map((s) => s.id);
    }

    async function pickStep(first: Exclude<ComposerInput, { kind: "cancel" }>) {
      const result = await pickSchools(t, screens, first, setup?.schools ?? [], picked, page);
      ctx = result.ctx;
      picked = result.picked;
      page = result.page;
      if (result.kind === "cancel") {
        await ctx.reply(t("order-compose-cancelled"));
        return "done";
      }
      if (result.kind === "back") return "schools";
      draft.schools = { kind: "schools", codes: result.codes };
      return after("schools");
    }

    async function sendIt(): Promise<Step | "done"> {
      const now = new Date(await conversation.now());
      const reportDeadlineAt = draft.deadline ? localToUtc(draft.deadline, place.timezone) : null;
      // The deadline was in the future when typed; the summary may have waited since.
      if (reportDeadlineAt && reportDeadlineAt.getTime() <= now.getTime()) {
        await say("order-compose-error-deadline-passed");
        editing = true;
        return "deadline";
      }
      const order = newOrderOf(draft, municipalityId, reportDeadlineAt);
      const result = await conversation.external(() => sendComposed(prisma, order, args.personId));
      // The conversation ends here, so this line is not replayed by later updates.
      deps.logger.info({
        msg: "order sent from the bot",
        orderId: result.orderId,
        recipients: result.recipients,
        by: args.personId,
      });
      await ctx.reply(
        t("order-compose-sent", { recipients: result.recipients, schools: result.schools }),
      );
      return "done";
    }
  };
}
