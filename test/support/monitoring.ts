import { createCampaign, openCampaign } from "../../src/db/campaigns/campaigns.ts";
import { createAllTypesForm } from "./all-types-form.ts";
import type { Harness } from "./bot-harness.ts";
import { loadCatalog } from "./catalog.ts";
import { createMunicipality, createSchool, issueInvite } from "./fixtures.ts";
import { createUser } from "./telegram-updates.ts";

/**
 * A municipality with the catalog, a school, its deputy and director and a coordinator, all
 * joined through the bot, and an open campaign of one catalog form.
 */
export async function monitoringScene(
  h: Harness,
  options: {
    formCode?: string;
    language?: "ru" | "en";
    allTypes?: boolean;
    secondDeputy?: boolean;
  } = {},
) {
  const prisma = h.db.prisma;
  await loadCatalog(h.db);
  const formCode = options.allTypes ? await createAllTypesForm(prisma) : options.formCode;
  const municipality = await createMunicipality(prisma, {
    name: "Углегорский городской округ",
    timezone: "Asia/Sakhalin",
  });
  const school = await createSchool(prisma, municipality.id, {
    name: "МБОУ СОШ № 1 г. Углегорска",
  });
  const people = {
    deputy: createUser({
      id: 501,
      firstName: "Ольга",
      lastName: "Зам",
      languageCode: options.language ?? "ru",
    }),
    director: createUser({
      id: 502,
      firstName: "Иван",
      lastName: "Дир",
      languageCode: options.language ?? "ru",
    }),
    coordinator: createUser({
      id: 503,
      firstName: "Анна",
      lastName: "Коорд",
      languageCode: options.language ?? "ru",
    }),
    ...(options.secondDeputy
      ? { deputy2: createUser({ id: 504, firstName: "Пётр", lastName: "Второй" }) }
      : {}),
  };
  for (const [role, user] of Object.entries(people)) {
    const invite = await issueInvite(prisma, {
      role: (role === "deputy2" ? "deputy" : role) as "deputy" | "director" | "coordinator",
      municipalityId: municipality.id,
      ...(role === "coordinator" ? {} : { schoolId: school.id }),
    });
    h.fake.sendText(user, `/start ${invite.code}`);
    await h.fake.settle();
  }
  const form = await prisma.form.findUniqueOrThrow({
    where: { code: formCode ?? "student-preparation" },
  });
  const campaign = await createCampaign(
    prisma,
    {
      formId: form.id,
      periodCode: "2025-26",
      municipalityId: municipality.id,
      selection: { kind: "all" },
      deadlineLocal: "2030-06-01 18:00",
    },
    { kind: "cli" },
  );
  await openCampaign(prisma, campaign.id, { kind: "cli" });
  // settle() lets the worker deliver the tasks queued in the outbox to every deputy.
  await h.fake.settle();
  return { municipality, school, people, form, campaign };
}
