import type { MunicipalityPlace, Place, SchoolPlace } from "../../db/people/places.ts";
import type { ViewContext } from "./view-context.ts";

/** A school's card for its staff; a municipality summary for coordinators and viewers. */
export async function replyWithOrganisation(
  ctx: ViewContext,
  places: readonly Place[],
): Promise<void> {
  for (const place of places)
    await ctx.reply(
      place.kind === "school" ? schoolCard(ctx, place) : municipalityCard(ctx, place),
    );
}

function schoolCard(ctx: ViewContext, school: SchoolPlace): string {
  const flags = [
    school.lowResults ? ctx.t("organisation-flag-low-results") : null,
    school.unfavourableConditions ? ctx.t("organisation-flag-unfavourable") : null,
  ].filter(Boolean);
  const people = school.people.map((person) =>
    ctx.t("organisation-person-line", {
      name: person.fullName,
      role: ctx.t(`role-${person.role}`),
    }),
  );
  return ctx.t("organisation-school", {
    name: school.name,
    type: ctx.t(`school-type-${school.type}`),
    municipality: school.municipality.name,
    timezone: school.municipality.timezone,
    flags: flags.length > 0 ? flags.join("\n") : ctx.t("organisation-no-flags"),
    people: people.length > 0 ? people.join("\n") : ctx.t("organisation-nobody"),
  });
}

function municipalityCard(ctx: ViewContext, place: MunicipalityPlace): string {
  return ctx.t("organisation-municipality", {
    name: place.municipality.name,
    timezone: place.municipality.timezone,
    schools: place.schools,
    connected: place.connected,
  });
}
