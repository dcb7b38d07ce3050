import type { PersonRole } from "../../db/people/people.ts";
import type { BotContext } from "../context.ts";

/** A school's card for its staff; a municipality summary for coordinators and viewers. */
export async function replyWithOrganisation(ctx: BotContext): Promise<void> {
  for (const role of uniquePlaces(ctx.person?.roles ?? [])) {
    await ctx.reply(role.school ? await schoolCard(ctx, role) : await municipalityCard(ctx, role));
  }
}

function uniquePlaces(roles: readonly PersonRole[]): PersonRole[] {
  const seen = new Set<string>();
  return roles.filter((role) => {
    const key = role.school ? `s${role.school.id}` : `m${role.municipality.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function schoolCard(ctx: BotContext, role: PersonRole): Promise<string> {
  const schoolId = role.school?.id ?? 0;
  const school = await ctx.deps.db.prisma.school.findUniqueOrThrow({
    where: { id: schoolId },
    include: {
      roles: { where: { revokedAt: null }, include: { person: true }, orderBy: { id: "asc" } },
    },
  });
  const flags = [
    school.lowResults ? ctx.t("organisation-flag-low-results") : null,
    school.unfavourableConditions ? ctx.t("organisation-flag-unfavourable") : null,
  ].filter(Boolean);
  const people = school.roles.map((assignment) =>
    ctx.t("organisation-person-line", {
      name: assignment.person.fullName,
      role: ctx.t(`role-${assignment.role}`),
    }),
  );
  return ctx.t("organisation-school", {
    name: school.name,
    type: ctx.t(`school-type-${school.type}`),
    municipality: role.municipality.name,
    timezone: role.municipality.timezone,
    flags: flags.length > 0 ? flags.join("\n") : ctx.t("organisation-no-flags"),
    people: people.length > 0 ? people.join("\n") : ctx.t("organisation-nobody"),
  });
}

async function municipalityCard(ctx: BotContext, role: PersonRole): Promise<string> {
  const prisma = ctx.deps.db.prisma;
  const municipalityId = role.municipality.id;
  const [schools, connected] = await Promise.all([
    prisma.school.count({ where: { municipalityId, active: true } }),
    prisma.school.count({
      where: { municipalityId, active: true, roles: { some: { revokedAt: null } } },
    }),
  ]);
  return ctx.t("organisation-municipality", {
    name: role.municipality.name,
    timezone: role.municipality.timezone,
    schools,
    connected,
  });
}
