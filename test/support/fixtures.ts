import type { Db } from "../../src/db/client.ts";
import { createInvite, type NewInvite } from "../../src/db/people/invites.ts";

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}`;

export async function createMunicipality(
  db: Db,
  input: { code?: string; name?: string; timezone?: string } = {},
) {
  return db.municipality.create({
    data: {
      code: input.code ?? `m-${unique()}`,
      name: input.name ?? "Ишимбайский район",
      timezone: input.timezone ?? "Asia/Yekaterinburg",
    },
  });
}

export async function createSchool(
  db: Db,
  municipalityId: number,
  input: {
    code?: string;
    name: string;
    type?: string;
    lowResults?: boolean;
    unfavourableConditions?: boolean;
  },
) {
  return db.school.create({
    data: {
      municipalityId,
      code: input.code ?? `s-${unique()}`,
      name: input.name,
      type: input.type ?? "general",
      lowResults: input.lowResults ?? false,
      unfavourableConditions: input.unfavourableConditions ?? false,
    },
  });
}

/** An invite made by the administrator at the command line; returns the code to open. */
export async function issueInvite(
  db: Db,
  input: Omit<NewInvite, "ttlDays"> & { ttlDays?: number },
  now?: Date,
) {
  return createInvite(db, { ttlDays: 14, ...input }, { kind: "cli" }, now);
}
