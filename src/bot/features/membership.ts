import { Composer } from "grammy";
import { setPersonBlocked } from "../../db/people/people.ts";
import type { BotContext } from "../context.ts";

/** Notes when a person blocks or unblocks the bot, so deliveries stop and resume. */
export const membershipFeature = new Composer<BotContext>();

membershipFeature.chatType("private").on("my_chat_member", async (ctx) => {
  const status = ctx.myChatMember.new_chat_member.status;
  const blocked = status === "kicked" || status === "left";
  await setPersonBlocked(ctx.deps.db.prisma, BigInt(ctx.myChatMember.from.id), blocked, {
    kind: "system",
  });
});
