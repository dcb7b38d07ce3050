import { pino } from "pino";
import { type Config, createConfig } from "../../src/config.ts";
import type { Db } from "../../src/db/client.ts";
import { createTranslator, type Translate } from "../../src/i18n/translator.ts";
import { type CreateServerDeps, createServer } from "../../src/server/index.ts";
import { createTestDatabase, type TestDatabase } from "../support/database.ts";

export const TEST_BOT_TOKEN = "123456:TEST-TOKEN-abcdefghijklmnopqrstuvwxyz";
export const TEST_WEBHOOK_SECRET = "test-webhook-secret-0123456789";

export interface TestServer {
  app: ReturnType<typeof createServer>;
  db: TestDatabase;
  config: Config;
  translate: Translate;
}

/** The real server on a database of the test's own; `env` and `extra` override the defaults. */
export async function createTestServer(
  env: Record<string, string> = {},
  extra: Partial<Pick<CreateServerDeps, "webhook" | "miniappDir" | "auth" | "logger">> = {},
): Promise<TestServer> {
  const db = await createTestDatabase();
  const config = createConfig({
    BOT_TOKEN: TEST_BOT_TOKEN,
    DATABASE_URL: db.url,
    LOG_LEVEL: "silent",
    ...env,
  });
  const translate = createTranslator();
  const logger = pino({ level: "silent" });
  const app = createServer({ config, logger, db, translate, ...extra });
  return { app, db, config, translate };
}

export interface SeededPerson {
  personId: number;
  telegramId: number;
  fullName: string;
  schoolName: string;
  municipalityName: string;
}

let sequence = 0;

/** A director of one school (optionally also a coordinator), with a revoked deputy role that must not show up. */
export async function seedDirector(
  db: Db,
  input: {
    telegramId: number;
    fullName?: string;
    language?: string;
    schoolName?: string;
    /** Also a coordinator of the municipality, limited to these direction codes ("" = all). */
    coordinatorDirections?: string;
  },
): Promise<SeededPerson> {
  const tag = `${process.pid}-${++sequence}`;
  const municipality = await db.municipality.create({
    data: { code: `m-${tag}`, name: "Холмский городской округ", timezone: "Asia/Sakhalin" },
  });
  const school = await db.school.create({
    data: {
      code: `s-${tag}`,
      name: input.schoolName ?? "МАОУ СОШ № 3 г. Холмска",
      type: "general",
      municipalityId: municipality.id,
    },
  });
  const person = await db.person.create({
    data: {
      telegramId: BigInt(input.telegramId),
      fullName: input.fullName ?? "Ким Елена Сергеевна",
      language: input.language ?? "ru",
    },
  });
  await db.roleAssignment.create({
    data: {
      personId: person.id,
      role: "director",
      municipalityId: municipality.id,
      schoolId: school.id,
    },
  });
  await db.roleAssignment.create({
    data: {
      personId: person.id,
      role: "deputy",
      municipalityId: municipality.id,
      schoolId: school.id,
      revokedAt: new Date("2025-01-01T00:00:00Z"),
    },
  });
  if (input.coordinatorDirections !== undefined) {
    await db.roleAssignment.create({
      data: {
        personId: person.id,
        role: "coordinator",
        municipalityId: municipality.id,
        directionCodes: input.coordinatorDirections,
      },
    });
  }
  return {
    personId: person.id,
    telegramId: input.telegramId,
    fullName: person.fullName,
    schoolName: school.name,
    municipalityName: municipality.name,
  };
}
