import { callbackHead, callbackPattern } from "./formats.ts";

/**
 * What a button about an order does: `ack` acknowledges a delivery, `open` shows an order's card,
 * `rep` opens a school's report task, `prv` is a preview's button (it only explains itself).
 * The rest belong to the coordinator's card: `rem` reminds those who have not acknowledged,
 * `sheet` sends the acknowledgement sheet, `list` shows who has not acknowledged, `page` the
 * list of orders, `reports` the schools' reports on an order.
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
  | "reports";

/** `ord1:<action>:<number>`; the action and the number are the match's groups 1 and 2. */
export const ORDER_CALLBACK = callbackPattern(
  "order",
  "(ack|open|rep|prv|rem|sheet|list|page|reports):(\\d+)$",
);

export function encodeOrderButton(action: OrderButton, id = 0): string {
  return `${callbackHead("order")}${action}:${id}`;
}
