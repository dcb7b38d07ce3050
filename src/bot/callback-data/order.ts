import { callbackHead, callbackPattern } from "./formats.ts";

/**
 * What a button about an order does: `ack` acknowledges a delivery, `open` shows an order's card,
 * `rep` opens a school's report task, `prv` is a preview's button (it only explains itself).
 * The rest belong to the coordinator's card: `rem` reminds those who have not acknowledged,
 * `sheet` sends the acknowledgement sheet, `list` shows who has not acknowledged, `page` the
 * list of orders, `reports` the schools' reports on an order.
 * A report task: `rsub` starts sending it, `rsend` confirms the send, `rx` cancels a report's
 * send or return, `rok` accepts it and `rret` returns it (the id is the report's).
 */
export type OrderButton =
  | "ack"
  | "open"
  | "rep"
  | "prv"
  | "rem"
  | "sheet"
  | "list"
  | "page"
  | "reports"
  | "rsub"
  | "rsend"
  | "rx"
  | "rok"
  | "rret";

/** `ord1:<action>:<number>`; the action and the number are the match's groups 1 and 2. */
export const ORDER_CALLBACK = callbackPattern(
  "order",
  "(ack|open|rep|prv|rem|sheet|list|page|reports|rsub|rsend|rx|rok|rret):(\\d+)$",
);

export function encodeOrderButton(action: OrderButton, id = 0): string {
  return `${callbackHead("order")}${action}:${id}`;
}
