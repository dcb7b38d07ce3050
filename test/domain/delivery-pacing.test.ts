import { describe, expect, it } from "vitest";
import { DeliveryPacer, TELEGRAM_LIMITS } from "../../src/domain/delivery-pacing.ts";

const person = (id: number) => ({ chat: String(id), group: false });
const group = { chat: "-100123", group: true };

/** Sends `count` messages as fast as the pacer allows; returns the instants they went at. */
function drive(pacer: DeliveryPacer, recipients: Array<{ chat: string; group: boolean }>) {
  let now = 0;
  return recipients.map((to) => {
    now += pacer.delayFor(to, now);
    pacer.sent(to, now);
    return now;
  });
}

describe("delivery pacing within Telegram's limits", () => {
  it("sends to many people at 30 a second and no faster", () => {
    const times = drive(
      new DeliveryPacer(TELEGRAM_LIMITS),
      Array.from({ length: 301 }, (_, i) => person(i + 1)),
    );
    // 301 messages take 10 seconds: 30 a second exactly.
    expect(times.at(-1)).toBeCloseTo(10_000, 5);
    for (let i = 30; i < times.length; i++)
      expect((times[i] ?? 0) - (times[i - 30] ?? 0)).toBeGreaterThanOrEqual(1000 - 1e-6);
  });

  it("keeps a second between two messages to one person and 20 a minute to a group", () => {
    const pacer = new DeliveryPacer(TELEGRAM_LIMITS);
    const toOne = drive(pacer, [person(1), person(1), person(1)]);
    expect(toOne).toEqual([0, 1000, 2000]);
    const toGroup = drive(new DeliveryPacer(TELEGRAM_LIMITS), Array(21).fill(group));
    expect(toGroup[19]).toBe(19_000);
    // The 21st waits until the first is a minute old.
    expect(toGroup[20]).toBe(60_000);
  });

  it("counts a chat's gap from the answer when the message took a while to arrive", () => {
    const pacer = new DeliveryPacer(TELEGRAM_LIMITS);
    pacer.sent(person(1), 0);
    pacer.answered(person(1), 250);
    expect(pacer.delayFor(person(1), 250)).toBe(1000);
    expect(pacer.delayFor(person(2), 250)).toBe(0);
  });

  it("obeys a 429 for its chat and slows everyone down, then recovers", () => {
    const pacer = new DeliveryPacer(TELEGRAM_LIMITS);
    pacer.sent(person(1), 0);
    pacer.slowDown(person(1), 0, 7_000);
    expect(pacer.delayFor(person(1), 0)).toBe(7_000);
    expect(pacer.currentRate()).toBeCloseTo(21, 5);
    // Others go at 70 % of the rate at once, and the rate is whole again 15 messages later.
    expect(pacer.delayFor(person(2), 0)).toBeCloseTo(1000 / 21, 5);
    drive(
      pacer,
      Array.from({ length: 14 }, (_, i) => person(i + 10)),
    );
    expect(pacer.currentRate()).toBeLessThan(30);
    drive(pacer, [person(100)]);
    expect(pacer.currentRate()).toBeCloseTo(30, 5);
  });

  it("allows paid broadcasts up to 1,000 a second when configured", () => {
    const times = drive(
      new DeliveryPacer({ ...TELEGRAM_LIMITS, perSecond: 1000 }),
      Array.from({ length: 1001 }, (_, i) => person(i + 1)),
    );
    expect(times.at(-1)).toBeCloseTo(1000, 5);
  });
});
