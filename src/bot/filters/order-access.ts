import { orderMunicipality } from "../../db/orders/order-status.ts";
import { isLanguage } from "../../i18n/translator.ts";
import type { BotContext } from "../context.ts";

export interface CoordinatedMunicipality {
  id: number;
  name: string;
  timezone: string;
}

/** The municipalities the person coordinates, each once. */
export function coordinatedMunicipalities(
  ctx: Pick<BotContext, "person">,
): CoordinatedMunicipality[] {
  const found = new Map<number, CoordinatedMunicipality>();
  for (const role of ctx.person?.roles ?? [])
    if (role.role === "coordinator") found.set(role.municipality.id, role.municipality);
  return [...found.values()];
}

/** Whether the person coordinates the order's municipality (false when there is no such order). */
export async function mayManageOrder(ctx: BotContext, orderId: number): Promise<boolean> {
  const municipalityId = await orderMunicipality(ctx.deps.db.prisma, orderId);
  return (
    municipalityId !== null &&
    coordinatedMunicipalities(ctx).some((one) => one.id === municipalityId)
  );
}

/** The person's language as the views take it. */
export function languageOf(ctx: Pick<BotContext, "person">): "ru" | "en" {
  const chosen = ctx.person?.language;
  return isLanguage(chosen) ? chosen : "ru";
}
