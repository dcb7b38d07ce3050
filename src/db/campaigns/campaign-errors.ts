export type CampaignErrorReason =
  | "form-unknown"
  | "municipality-unknown"
  | "period-invalid"
  | "period-kind"
  | "deadline-invalid"
  | "deadline-past"
  | "closes-before-deadline"
  | "no-targets"
  | "duplicate"
  | "not-found"
  | "not-draft"
  | "not-open";

/** A refused campaign operation; `reason` tells the bot or the CLI which message to show. */
export class CampaignError extends Error {
  constructor(
    readonly reason: CampaignErrorReason,
    message: string,
  ) {
    super(message);
    this.name = "CampaignError";
  }
}
