import type { MessageAction } from "../../domain/outgoing-message.ts";
import { encodeReviewButton } from "./review.ts";
import { encodeTaskButton } from "./task.ts";

/** The callback data of an outbox button's neutral action, as the bot's handlers read it. */
export function encodeMessageAction(action: MessageAction): string {
  switch (action.kind) {
    case "open-form":
      return encodeTaskButton(action.campaignId, action.schoolId);
    case "open-review":
      return encodeReviewButton("open", action.submissionId);
    case "review-queue":
      return encodeReviewButton("queue");
  }
}
