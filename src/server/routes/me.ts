import { Hono, type MiddlewareHandler } from "hono";
import { z } from "zod";
import { directionLabeller } from "../../db/catalog/directions.ts";
import type { Db } from "../../db/client.ts";
import type { PersonWithRoles } from "../../db/people/people.ts";
import { isRole, ROLES } from "../../domain/roles.ts";
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES } from "../../i18n/translator.ts";
import type { AuthEnv } from "../env.ts";

/** The contract of `GET /api/me`, shared with the mini-app as a type. */
export const meResponseSchema = z.object({
  person: z.object({
    id: z.int(),
    fullName: z.string(),
    language: z.enum(LANGUAGES),
  }),
  roles: z.array(
    z.object({
      role: z.enum(ROLES),
      municipality: z.object({ code: z.string(), name: z.string(), timezone: z.string() }),
      school: z.object({ code: z.string(), name: z.string(), type: z.string() }).nullable(),
      /** The directions a coordinator or viewer is limited to; empty = all. */
      directions: z.array(z.object({ code: z.string(), label: z.string() })),
    }),
  ),
});

export type MeResponse = z.infer<typeof meResponseSchema>;

/** `GET /api/me`: who the verified Telegram user is here, with their active roles. */
export function createMeRoutes(auth: MiddlewareHandler<AuthEnv>, db: Db): Hono<AuthEnv> {
  return new Hono<AuthEnv>().get("/me", auth, async (c) => {
    const person = c.get("person");
    const label = await directionLabeller(
      db,
      person.roles.flatMap((role) => role.directions),
      person.language,
    );
    return c.json(meResponseSchema.parse(toMeResponse(person, label)));
  });
}

export function toMeResponse(
  person: PersonWithRoles,
  label: (code: string) => string = (code) => code,
): MeResponse {
  return {
    person: {
      id: person.id,
      fullName: person.fullName,
      language: isLanguage(person.language) ? person.language : DEFAULT_LANGUAGE,
    },
    // A role name this code does not know yet grants nothing here, rather than failing the page.
    roles: person.roles
      .filter((assignment) => isRole(assignment.role))
      .map((assignment) => ({
        role: assignment.role,
        municipality: {
          code: assignment.municipality.code,
          name: assignment.municipality.name,
          timezone: assignment.municipality.timezone,
        },
        school: assignment.school
          ? {
              code: assignment.school.code,
              name: assignment.school.name,
              type: assignment.school.type,
            }
          : null,
        directions: assignment.directions
          .map((code) => ({ code, label: label(code) }))
          .sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true })),
      })),
  };
}
