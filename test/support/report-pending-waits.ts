import { beforeEach, onTestFailed } from "vitest";
import { takePendingWaits } from "./pending-waits.ts";

// A test that fails, by an assertion or by its timeout, says what its waits were still waiting
// for. Waits an earlier failed test left behind never settle: each test starts by forgetting them.
beforeEach(() => {
  takePendingWaits();
  onTestFailed(() => {
    for (const description of takePendingWaits()) console.error(`pending wait: ${description}`);
  });
});
