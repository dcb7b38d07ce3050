import { describe, expect, it } from "vitest";
import { isOldButton, MAX_CALLBACK_BYTES } from "../../src/bot/callback-data/formats.ts";
import { ORDER_CALLBACK } from "../../src/bot/callback-data/order.ts";
import {
  type ComposerButton,
  decodeComposerButton,
  encodeComposerButton,
  encodeOrderListButton,
  ORDER_LIST_CALLBACK,
} from "../../src/bot/callback-data/order-compose.ts";

const ID = 999_999_999;

describe("the coordinator's order buttons", () => {
  const buttons: ComposerButton[] = [
    { prompt: 999_999_999_999, action: { kind: "toggle", schoolId: ID } },
    { prompt: 1, action: { kind: "option", index: 9 } },
    { prompt: 2, action: { kind: "page", page: 3 } },
    ...(["done", "skip", "back", "cancel"] as const).map((kind) => ({
      prompt: 7,
      action: { kind },
    })),
  ];

  it.each(buttons)("reads a composer button back as written: %j", (button) => {
    const data = encodeComposerButton(button);
    expect(Buffer.byteLength(data)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
    expect(decodeComposerButton(data)).toEqual(button);
    expect(isOldButton(data)).toBe(false);
    // The card's and the recipients' handlers never take it for one of theirs.
    expect(ORDER_CALLBACK.test(data)).toBe(false);
  });

  it("refuses composer data it does not know", () => {
    for (const data of [
      "ord1:cmp:1:o",
      "ord1:cmp:1:d5",
      "ord1:cmp:x:d",
      "ord1:cmp:1:z",
      "cmw1:a:1:d",
    ])
      expect(decodeComposerButton(data)).toBeNull();
  });

  it("encodes the list's pages and «Создать» with the municipality", () => {
    const page = encodeOrderListButton("om", ID, 12);
    expect(Buffer.byteLength(page)).toBeLessThanOrEqual(MAX_CALLBACK_BYTES);
    expect(ORDER_LIST_CALLBACK.exec(page)?.slice(1)).toEqual(["om", String(ID), "12"]);
    expect(ORDER_LIST_CALLBACK.exec(encodeOrderListButton("new", 4))?.slice(1)).toEqual([
      "new",
      "4",
      undefined,
    ]);
    expect(ORDER_CALLBACK.test(page)).toBe(false);
  });
});
