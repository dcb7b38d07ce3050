import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CAMPAIGN_REOPEN_CALLBACK,
  decodeListAction,
  decodeWizardButton,
  encodeListAction,
  encodeReopenButton,
  encodeWizardButton,
  type ListAction,
  type WizardButton,
} from "../../src/bot/callback-data/campaign.ts";
import {
  decodeFormButton,
  encodeFormButton,
  type FormButton,
} from "../../src/bot/callback-data/form.ts";
import {
  CALLBACK_FORMATS,
  type CallbackFormat,
  isOldButton,
  MAX_CALLBACK_BYTES,
} from "../../src/bot/callback-data/formats.ts";
import {
  decodeInviteAction,
  encodeInviteAction,
  type InviteAction,
} from "../../src/bot/callback-data/invite.ts";
import { encodeLanguageButton, LANGUAGE_CALLBACK } from "../../src/bot/callback-data/language.ts";
import { encodeMessageAction } from "../../src/bot/callback-data/message-action.ts";
import { encodeOrderButton, ORDER_CALLBACK } from "../../src/bot/callback-data/order.ts";
import {
  encodeReviewButton,
  REVIEW_CALLBACK,
  reviewReturnHead,
} from "../../src/bot/callback-data/review.ts";
import { encodeTaskButton, isTaskButton, TASK_CALLBACK } from "../../src/bot/callback-data/task.ts";

// Ids as large as a long-lived deployment may reach.
const ID = 999_999_999;

/** Sample data of every format at its longest, with a check that it reads back the same. */
const SAMPLES: Record<CallbackFormat, Array<{ data: string; readsBack: () => void }>> = {
  task: [
    {
      data: encodeTaskButton(ID, ID),
      readsBack: () =>
        expect(TASK_CALLBACK.exec(encodeTaskButton(ID, 7))?.slice(1)).toEqual([String(ID), "7"]),
    },
  ],
  form: (
    [
      { submissionId: ID, step: 9999, action: { kind: "choice", index: 99 } },
      { submissionId: ID, step: 9999, action: { kind: "edit", position: 9999 } },
      { submissionId: 1, step: 0, action: { kind: "explain-all" } },
    ] satisfies FormButton[]
  ).map((button) => ({
    data: encodeFormButton(button),
    readsBack: () => expect(decodeFormButton(encodeFormButton(button))).toEqual(button),
  })),
  campaignList: (
    [
      { kind: "close-confirmed", campaignId: ID },
      { kind: "archive-page", page: ID },
      { kind: "new" },
    ] satisfies ListAction[]
  ).map((action) => ({
    data: encodeListAction(action),
    readsBack: () => expect(decodeListAction(encodeListAction(action))).toEqual(action),
  })),
  campaignWizard: (
    [
      { run: "zzzzzzzz", prompt: 9999, action: { kind: "toggle", schoolId: ID } },
      { run: "a1", prompt: 1, action: { kind: "cancel" } },
    ] satisfies WizardButton[]
  ).map((button) => ({
    data: encodeWizardButton(button),
    readsBack: () => expect(decodeWizardButton(encodeWizardButton(button))).toEqual(button),
  })),
  campaignReopen: [
    {
      data: encodeReopenButton(ID, ID),
      readsBack: () => {
        expect(CAMPAIGN_REOPEN_CALLBACK.exec(encodeReopenButton(ID, 5))?.slice(1)).toEqual([
          String(ID),
          "5",
        ]);
        expect(CAMPAIGN_REOPEN_CALLBACK.exec(encodeReopenButton(4))?.slice(1)).toEqual([
          "4",
          undefined,
        ]);
      },
    },
  ],
  invite: (
    [
      { kind: "s", role: "director", schoolId: ID },
      { kind: "p", role: "viewer", page: 12 },
      { kind: "x", inviteId: ID },
    ] satisfies InviteAction[]
  ).map((action) => ({
    data: encodeInviteAction(action),
    readsBack: () => expect(decodeInviteAction(encodeInviteAction(action))).toEqual(action),
  })),
  review: [
    {
      data: encodeReviewButton("return", ID),
      readsBack: () => {
        expect(REVIEW_CALLBACK.exec(encodeReviewButton("accept", ID))?.slice(1)).toEqual([
          "accept",
          String(ID),
        ]);
        expect(REVIEW_CALLBACK.exec(encodeReviewButton("queue"))?.slice(1)).toEqual(["queue", "0"]);
      },
    },
  ],
  reviewReturn: [
    {
      data: `${reviewReturnHead(ID)}:t:9999`,
      readsBack: () =>
        expect(`${reviewReturnHead(ID)}:t:9999`.split(":").slice(1)).toEqual([
          String(ID),
          "t",
          "9999",
        ]),
    },
  ],
  language: [
    {
      data: encodeLanguageButton("ru"),
      readsBack: () => expect(LANGUAGE_CALLBACK.exec(encodeLanguageButton("en"))?.[1]).toBe("en"),
    },
  ],
  order: [
    {
      data: encodeOrderButton("sheet", ID),
      readsBack: () =>
        expect(ORDER_CALLBACK.exec(encodeOrderButton("ack", ID))?.slice(1)).toEqual([
          "ack",
          String(ID),
        ]),
    },
  ],
};

describe("callback data", () => {
  it.each(Object.keys(CALLBACK_FORMATS) as CallbackFormat[])(
    "%s: reads back what it wrote and fits Telegram's 64 bytes",
    (format) => {
      const { tag, version } = CALLBACK_FORMATS[format];
      for (const sample of SAMPLES[format]) {
        expect(sample.data.startsWith(`${tag}${version}:`)).toBe(true);
        expect(Buffer.byteLength(sample.data)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
        expect(isOldButton(sample.data)).toBe(false);
        sample.readsBack();
      }
    },
  );

  it("gives every format its own tag", () => {
    const tags = Object.values(CALLBACK_FORMATS).map((format) => format.tag);
    expect(new Set(tags).size).toBe(tags.length);
  });

  it("recognises buttons of an older release: another version, or the formats before versions", () => {
    expect(isOldButton("f0:12:3:c:1")).toBe(true);
    expect(isOldButton("rv9:open:12")).toBe(true);
    for (const old of ["review:open:12", "f:12:3:c:1", "cmp:n", "inv:r:deputy"])
      expect(isOldButton(old)).toBe(true);
    // The task button's unversioned forms are still read (notices in chats open the form).
    for (const legacy of ["form:open:3:7", "task:3:7"]) {
      expect(isOldButton(legacy)).toBe(false);
      expect(isTaskButton(legacy)).toBe(true);
    }
    expect(isOldButton("main/0/0")).toBe(false);
    expect(isOldButton(undefined)).toBe(false);
  });

  it("encodes the outbox's neutral actions into the formats the bot's handlers read", () => {
    expect(encodeMessageAction({ kind: "open-form", campaignId: 3, schoolId: 7 })).toBe(
      encodeTaskButton(3, 7),
    );
    expect(encodeMessageAction({ kind: "open-review", submissionId: 12 })).toBe(
      encodeReviewButton("open", 12),
    );
    expect(encodeMessageAction({ kind: "review-queue" })).toBe(encodeReviewButton("queue"));
    expect(encodeMessageAction({ kind: "acknowledge-order", deliveryId: 5 })).toBe(
      encodeOrderButton("ack", 5),
    );
    expect(encodeMessageAction({ kind: "open-order", orderId: 6 })).toBe(
      encodeOrderButton("open", 6),
    );
    expect(encodeMessageAction({ kind: "open-order-report", reportId: 8 })).toBe(
      encodeOrderButton("rep", 8),
    );
    expect(encodeMessageAction({ kind: "preview-button" })).toBe(encodeOrderButton("prv"));
  });

  it("is spelled only in src/bot/callback-data: no other bot module writes data by hand", () => {
    const looksLikeData = /[`"'][a-z]{1,8}\d*:(?!\/\/)/;
    const offenders = (readdirSync("src/bot", { recursive: true }) as string[])
      .filter((file) => file.endsWith(".ts") && !file.startsWith("callback-data"))
      .filter((file) => looksLikeData.test(readFileSync(join("src/bot", file), "utf8")));
    expect(offenders).toEqual([]);
  });
});
