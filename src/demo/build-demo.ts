import { type Actor, recordAudit } from "../db/audit.ts";
import { ensurePeriod } from "../db/catalog/periods.ts";
import type { Db } from "../db/client.ts";
import { computeIndicatorValues } from "../db/indicators/indicator-values.ts";
import { type InvitePersonResult, invitePerson } from "../db/people/invited-people.ts";
import { upsertMunicipality, upsertSchool } from "../db/people/organisation.ts";
import { parseSchoolTypes } from "../domain/campaign-targets.ts";
import type { Role } from "../domain/roles.ts";
import { type ShareHint, shareHint } from "./demo-answers.ts";
import {
  DEMO_COORDINATOR,
  DEMO_MUNICIPALITY,
  DEMO_POSITIONS,
  DEMO_SCHOOLS,
  formTargets,
} from "./demo-data.ts";
import { closedPeriodCodes, ensureClosedCampaign } from "./demo-monitoring.ts";

export interface DemoOptions {
  /** For a new demo municipality, or to move an existing one. */
  timezone?: string;
  ttlDays: number;
  /** Replace people's still-valid invite links with new ones. */
  reissue?: boolean;
  now?: Date;
  actor?: Actor;
}

export interface DemoPerson {
  fullName: string;
  role: Role;
  place: string;
  outcome: InvitePersonResult;
}

export interface DemoReport {
  municipality: { id: number; code: string; name: string; timezone: string };
  schools: number;
  people: DemoPerson[];
  /** Codes of the periods with demo campaigns, oldest first within each kind. */
  periods: string[];
  campaigns: number;
  submissionsCreated: number;
  submissionsAccepted: number;
  indicatorValues: number;
}

/**
 * Builds (or completes) the demo municipality: schools, people with invites, closed campaigns
 * for the last two finished periods of every form with accepted submissions, and indicator
 * values. Data are seeded by school, form and period, so a re-run adds nothing it already has.
 * Needs the catalog imported first.
 */
export async function buildDemo(db: Db, options: DemoOptions): Promise<DemoReport> {
  const actor = options.actor ?? { kind: "cli" };
  const now = options.now ?? new Date();
  const existing = await db.municipality.findUnique({ where: { code: DEMO_MUNICIPALITY.code } });
  const { municipality } = await upsertMunicipality(
    db,
    {
      code: DEMO_MUNICIPALITY.code,
      name: existing ? undefined : DEMO_MUNICIPALITY.name,
      timezone: options.timezone ?? (existing ? undefined : DEMO_MUNICIPALITY.timezone),
    },
    actor,
  );

  const schools = [];
  for (const demo of DEMO_SCHOOLS) {
    const { profile: _profile, director: _director, deputy: _deputy, ...fields } = demo;
    const { school } = await upsertSchool(
      db,
      { ...fields, municipalityId: municipality.id },
      actor,
    );
    schools.push({ id: school.id, demo });
  }

  const invite = (fullName: string, role: Role, position: string, schoolId: number | null) =>
    invitePerson(
      db,
      { fullName, position, role, municipalityId: municipality.id, schoolId },
      { ttlDays: options.ttlDays, reissue: options.reissue, actor, now },
    );
  const people: DemoPerson[] = [];
  const coordinator = await invite(
    DEMO_COORDINATOR.fullName,
    "coordinator",
    DEMO_COORDINATOR.position,
    null,
  );
  people.push({
    fullName: DEMO_COORDINATOR.fullName,
    role: "coordinator",
    place: municipality.name,
    outcome: coordinator,
  });
  const targets = [];
  for (const { id, demo } of schools) {
    const positions = DEMO_POSITIONS[demo.type];
    const director = await invite(demo.director, "director", positions.director, id);
    const deputy = await invite(demo.deputy, "deputy", positions.deputy, id);
    people.push({
      fullName: demo.director,
      role: "director",
      place: demo.shortName,
      outcome: director,
    });
    people.push({ fullName: demo.deputy, role: "deputy", place: demo.shortName, outcome: deputy });
    targets.push({ id, demo, deputyId: deputy.personId });
  }

  const hints = new Map<string, ShareHint>();
  for (const indicator of await db.indicator.findMany({ orderBy: { id: "asc" } })) {
    const hint = shareHint(indicator.formula, {
      better: indicator.better === "lower" ? "lower" : "higher",
      target: indicator.target,
      risk: indicator.risk,
    });
    if (hint && !hints.has(hint[0])) hints.set(...hint);
  }

  const forms = await db.form.findMany({
    include: { questions: { include: { dataElement: true }, orderBy: { position: "asc" } } },
    orderBy: { id: "asc" },
  });
  const periods = new Map<string, number>();
  let campaigns = 0;
  let submissionsCreated = 0;
  for (const form of forms) {
    const schoolTypes = parseSchoolTypes(form.schoolTypes);
    const formSchools = targets.filter((target) =>
      formTargets({ code: form.code, schoolTypes }, target.demo),
    );
    if (formSchools.length === 0) continue;
    for (const code of closedPeriodCodes(form.periodKind, now, municipality.timezone)) {
      const period = await ensurePeriod(db, code, actor);
      submissionsCreated += await ensureClosedCampaign(db, {
        form,
        period,
        municipalityId: municipality.id,
        timeZone: municipality.timezone,
        coordinatorId: coordinator.personId,
        schools: formSchools,
        hints,
        actor,
      });
      campaigns++;
      periods.set(code, period.id);
    }
  }

  let indicatorValues = 0;
  for (const periodId of periods.values())
    for (const { id: schoolId } of schools)
      indicatorValues += await computeIndicatorValues(db, schoolId, periodId, now);

  const submissionsAccepted = await db.submission.count({
    where: { status: "accepted", campaign: { municipalityId: municipality.id } },
  });
  await recordAudit(db, {
    actor,
    action: "demo.built",
    entityType: "Municipality",
    entityId: municipality.id,
    data: { campaigns, submissionsCreated, indicatorValues },
  });
  return {
    municipality,
    schools: schools.length,
    people,
    periods: [...periods.keys()],
    campaigns,
    submissionsCreated,
    submissionsAccepted,
    indicatorValues,
  };
}
