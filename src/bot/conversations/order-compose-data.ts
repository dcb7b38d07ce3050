import type { Db } from "../../db/client.ts";
import { resolveAudience } from "../../db/orders/order-recipients.ts";
import { type NewOrder, sendOrder } from "../../db/orders/orders.ts";
import { activeSchools, findMunicipalityById } from "../../db/people/organisation.ts";
import type { OrderAudience } from "../../domain/orders/audience.ts";
import type { ComposerSchool } from "../views/order-compose.ts";

/**
 * What the order composer reads and writes, each call returning plain JSON: it runs inside
 * `conversation.external()` and its result is stored with the conversation.
 */

export interface ComposerSetup {
  municipality: string;
  timezone: string;
  /** The municipality's active schools, to pick from. */
  schools: ComposerSchool[];
}

export async function loadComposerSetup(
  prisma: Db,
  municipalityId: number,
): Promise<ComposerSetup | null> {
  const municipality = await findMunicipalityById(prisma, municipalityId);
  if (!municipality) return null;
  const schools = await activeSchools(prisma, municipalityId);
  return {
    municipality: municipality.name,
    timezone: municipality.timezone,
    schools: schools.map((school) => ({
      id: school.id,
      code: school.code,
      name: school.shortName ?? school.name,
    })),
  };
}

export interface AudienceSummary {
  recipients: number;
  /** The target schools where somebody gets it. */
  schools: number;
  schoolsWithoutPeople: string[];
}

/** Who the audience reaches now: what the summary before sending tells. */
export async function summariseAudience(
  prisma: Db,
  municipalityId: number,
  audience: OrderAudience,
): Promise<AudienceSummary> {
  const resolved = await resolveAudience(prisma, municipalityId, audience);
  return {
    recipients: resolved.recipients.length,
    schools: resolved.schools.length - resolved.schoolsWithoutPeople.length,
    schoolsWithoutPeople: resolved.schoolsWithoutPeople.map((school) => school.name),
  };
}

/** Sends the order with the coordinator's progress message; returns its id and reach. */
export async function sendComposed(
  prisma: Db,
  input: Omit<NewOrder, "progressTo">,
  personId: number,
): Promise<{ orderId: number; recipients: number; schools: number }> {
  // `schools`: where somebody gets it, as the summary before sending counted them.
  const sent = await sendOrder(
    prisma,
    { ...input, progressTo: personId },
    { kind: "person", personId },
  );
  return {
    orderId: sent.orderId,
    recipients: sent.recipients,
    schools: sent.audience.schools.length - sent.audience.schoolsWithoutPeople.length,
  };
}
