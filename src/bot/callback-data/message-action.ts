import type { MessageAction } from "../../domain/outgoing-message.ts";
import { encodeListAction } from "./campaign.ts";
import { encodeOrderButton } from "./order.ts";
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
    case "acknowledge-order":
      return encodeOrderButton("ack", action.deliveryId);
    case "open-order":
      return encodeOrderButton("open", action.orderId);
    case "open-order-report":
      return encodeOrderButton("rep", action.reportId);
    case "open-campaign":
      return encodeListAction({ kind: "card", campaignId: action.campaignId });
    case "preview-button":
      return encodeOrderButton("prv");
  }
}
