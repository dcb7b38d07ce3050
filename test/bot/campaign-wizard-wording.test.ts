import { afterEach, describe, expect, it } from "vitest";
import { createTranslator } from "../../src/i18n/translator.ts";
import { type Harness, startHarness } from "../support/bot-harness.ts";
import { loadCatalog } from "../support/catalog.ts";
import { chatAs } from "../support/chat.ts";
import { createMunicipality, createSchool, issueInvite } from "../support/fixtures.ts";
import { createUser } from "../support/telegram-updates.ts";

let h: Harness;
afterEach(async () => {
  await h.stop();
});

/** A municipality with two general schools and a kindergarten, and a coordinator in the bot. */
async function coordinatorIn(language: "ru" | "en" = "ru") {
  h = await startHarness();
  const prisma = h.db.prisma;
  await loadCatalog(h.db);
  const municipality = await createMunicipality(prisma, { name: "Углегорский район" });
  await createSchool(prisma, municipality.id, { name: "МБОУ СОШ № 1" });
  await createSchool(prisma, municipality.id, { name: "МБОУ СОШ № 2" });
  await createSchool(prisma, municipality.id, {
    name: "МБДОУ Детский сад № 5",
    type: "kindergarten",
  });
  const coordinator = chatAs(
    h,
    createUser({ id: 7001, firstName: "Анна", languageCode: language }),
  );
  const { code } = await issueInvite(prisma, {
    role: "coordinator",
    municipalityId: municipality.id,
  });
  await coordinator.say(`/start ${code}`);
  return coordinator;
}

describe("the campaign wizard's list of forms", () => {
  it("names each form's direction in words, so two forms of direction 7 do not read as a list numbered 7. 7.", async () => {
    const coordinator = await coordinatorIn();
    await coordinator.say("/campaigns");
    await coordinator.press("➕ Новая кампания");
    const forms = coordinator.buttons();
    expect(forms).toContain("Направление 7 · Повышение квалификации педагогов");
    expect(forms).toContain("Направление 7 · Программы ДПО для педагогов");
    expect(forms.filter((label) => /^\d+\./.test(label))).toEqual([]);
  });

  it("says in English which direction a form belongs to", async () => {
    const coordinator = await coordinatorIn("en");
    await coordinator.say("/campaigns");
    await coordinator.press(/New campaign/);
    expect(
      coordinator.buttons().filter((label) => label.startsWith("Direction 7 · ")),
    ).toHaveLength(2);
  });
});

describe("the schools step of the wizard", () => {
  it("counts the organisations that fill in the form in a natural sentence", async () => {
    const coordinator = await coordinatorIn();
    await coordinator.say("/campaigns");
    await coordinator.press("➕ Новая кампания");
    await coordinator.press("Направление 1 · Результаты оценочных процедур");
    const [step] = await coordinator.press(/учебный год/);
    // Only the two general schools answer this form; the kindergarten does not.
    expect(step).toContain("Эту форму заполняют 2 организации муниципалитета.");
  });

  it("agrees the verb and the noun with the number in Russian and English", () => {
    const t = createTranslator();
    const line = (language: string, count: number) =>
      t(language, "campaign-bot-step-schools", { count }).split("\n")[1];
    expect(line("ru", 1)).toBe("Эту форму заполняет 1 организация муниципалитета.");
    expect(line("ru", 3)).toBe("Эту форму заполняют 3 организации муниципалитета.");
    expect(line("ru", 7)).toBe("Эту форму заполняют 7 организаций муниципалитета.");
    expect(line("ru", 21)).toBe("Эту форму заполняет 21 организация муниципалитета.");
    expect(line("en", 1)).toBe("1 organisation of the municipality fills in this form.");
    expect(line("en", 7)).toBe("7 organisations of the municipality fill in this form.");
  });
});
