import type { PersonRole } from "../../db/people/people.ts";
import type { Role } from "../../domain/roles.ts";
import type { BotContext } from "../context.ts";

/** The person's first active assignment of this role, if any. */
export function roleOf(ctx: Pick<BotContext, "person">, role: Role): PersonRole | undefined {
  return ctx.person?.roles.find((assignment) => assignment.role === role);
}

export function isRegistered(ctx: BotContext): boolean {
  return Boolean(ctx.person && ctx.person.roles.length > 0);
}

export function isCoordinator(ctx: Pick<BotContext, "person">): boolean {
  return roleOf(ctx, "coordinator") !== undefined;
}
