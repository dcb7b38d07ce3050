/**
 * Every callback-data format the bot puts on its buttons, in one place. Each piece of data starts
 * with its format's tag and version (`f1:…`, `rv1:…`). When a format's layout changes its version
 * goes up, so a button left in a chat by an older release no longer matches any handler and is
 * answered with a "this button is out of date" toast (see `isOldButton`) instead of being misread.
 * Telegram allows 64 bytes of callback data; test/bot/callback-data.test.ts checks every format.
 *
 * The inline menus of @grammyjs/menu carry the plugin's own data and are not listed here.
 */
export const CALLBACK_FORMATS = {
  /** `tk1:<campaignId>:<schoolId>`: open a school's form for a campaign (/tasks, notices). */
  task: { tag: "tk", version: 1 },
  /** `f1:<submissionId>:<step>:<action>[:<arg>]`: a step of the guided form (./form.ts). */
  form: { tag: "f", version: 1 },
  /** `cmp1:<action>[:<id or page>]`: the coordinator's campaign list (./campaign.ts). */
  campaignList: { tag: "cmp", version: 1 },
  /** `cmw1:<run>:<prompt>:<action>[:<arg>]`: the new-campaign wizard (./campaign.ts). */
  campaignWizard: { tag: "cmw", version: 1 },
  /** `cmr1:<campaignId>[:<schoolId>]`: reopen a closed campaign for one school (./campaign.ts). */
  campaignReopen: { tag: "cmr", version: 1 },
  /** `inv1:<action>:<role or inviteId>[:<page or schoolId>]`: inviting people (./invite.ts). */
  invite: { tag: "inv", version: 1 },
  /** `rv1:<action>:<submissionId or 0/1>`: the review queue and a submission's card (./review.ts). */
  review: { tag: "rv", version: 1 },
  /** `rr1:<submissionId>:<action>[:<position>]`: returning a submission with marks (./review.ts). */
  reviewReturn: { tag: "rr", version: 1 },
  /** `lang1:<language>`: the language switch (./language.ts). */
  language: { tag: "lang", version: 1 },
  /**
   * `ord1:<action>:<id>`: orders (./order.ts): `ack` a delivery, `open` an order's card, `rep` a
   * school's report task, `prv` a preview's button; the composer and the card add their own.
   */
  order: { tag: "ord", version: 1 },
} as const satisfies Record<string, { tag: string; version: number }>;

export type CallbackFormat = keyof typeof CALLBACK_FORMATS;

/** Telegram's limit on callback data, in bytes. */
export const MAX_CALLBACK_BYTES = 64;

/** What every piece of data of `format` starts with: its tag, version and a colon. */
export function callbackHead(format: CallbackFormat): string {
  const { tag, version } = CALLBACK_FORMATS[format];
  return `${tag}${version}:`;
}

/** Matches data of `format` in its current version; `body` (a regex source) follows the head. */
export function callbackPattern(format: CallbackFormat, body = ""): RegExp {
  return new RegExp(`^${callbackHead(format)}${body}`);
}

/** The part after the head, or null when `data` is not of `format` in its current version. */
export function callbackBody(format: CallbackFormat, data: string | undefined): string | null {
  const head = callbackHead(format);
  return data?.startsWith(head) ? data.slice(head.length) : null;
}

// Formats before versions; `task:` and `form:open:` are still read (./task.ts), so not listed.
const OLD_DATA = /^(?:review|cmp|cmw|cmr|inv|lang|rr|f):/;
const VERSIONED = /^([a-z]+)(\d+):/;

/**
 * Whether data come from a button of another release of the bot: a known tag with another
 * version, or a format from before the formats were versioned.
 */
export function isOldButton(data: string | undefined): boolean {
  if (data === undefined) return false;
  const versioned = VERSIONED.exec(data);
  if (versioned) {
    const format = Object.values(CALLBACK_FORMATS).find((f) => f.tag === versioned[1]);
    if (format) return format.version !== Number(versioned[2]);
  }
  return OLD_DATA.test(data);
}
