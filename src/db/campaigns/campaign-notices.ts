import type { MessageAction, OutgoingMessage } from "../../domain/outgoing-message.ts";
import type { Db } from "../client.ts";
import { dateParam, formParam, periodParam, schoolName } from "../message-params.ts";
import { enqueueMessage } from "../outbox.ts";
import { schoolResponsibles } from "../people/recipients.ts";

/** The action of the button that opens a school's form for a campaign. */
export function formOpenAction(campaignId: number, schoolId: number): MessageAction {
  return { kind: "open-form", campaignId, schoolId };
}

/**
 * Queues a message about a campaign to the responsible people of each given school (deputies,
 * else the director), with the form, period, school, local deadline and a button to fill it in.
 * `extra` adds parameters (e.g. the previous deadline); `fillButton: false` leaves the button out
 * (the form cannot be filled in any more). Call inside the change's transaction.
 */
export async function notifySchools(
  tx: Db,
  campaignId: number,
  schoolIds: readonly number[],
  key: string,
  extra: OutgoingMessage["params"] = {},
  options: { fillButton?: boolean } = {},
): Promise<{ notified: number; schoolsWithoutPeople: number[] }> {
  const campaign = await tx.campaign.findUniqueOrThrow({
    where: { id: campaignId },
    include: { form: true, period: true, municipality: true },
  });
  const schools = await tx.school.findMany({ where: { id: { in: [...schoolIds] } } });
  const responsibles = await schoolResponsibles(tx, schoolIds);
  let notified = 0;
  const schoolsWithoutPeople: number[] = [];
  for (const school of schools) {
    const people = responsibles.get(school.id) ?? [];
    if (people.length === 0) schoolsWithoutPeople.push(school.id);
    for (const personId of people) {
      await enqueueMessage(tx, personId, {
        key,
        params: {
          form: formParam(campaign.form),
          period: periodParam(campaign.period.code),
          school: schoolName(school),
          deadline: dateParam(campaign.deadlineAt, campaign.municipality.timezone),
          ...extra,
        },
        buttons:
          options.fillButton === false
            ? []
            : [
                [
                  {
                    kind: "action",
                    labelKey: "campaign-button-fill",
                    action: formOpenAction(campaign.id, school.id),
                  },
                ],
              ],
      });
      notified++;
    }
  }
  return { notified, schoolsWithoutPeople: schoolsWithoutPeople.sort((a, b) => a - b) };
}
