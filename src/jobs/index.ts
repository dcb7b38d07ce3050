import type { Database } from "../db/client.ts";
import type { Translate } from "../i18n/translator.ts";
import type { Logger } from "../logger.ts";
import { startCampaignCloser } from "./campaign-closer.ts";
import type { MessageSender } from "./message-sender.ts";
import { startOutboxSender } from "./outbox-sender.ts";
import { startReviewDigests } from "./review-digest.ts";

export interface JobDeps {
  db: Database;
  logger: Logger;
  translate: Translate;
  /** Absent while no messenger is configured: messages wait in the outbox until one is. */
  sender?: MessageSender;
  /** How long the outbox naps when empty (tests shorten it). */
  outboxIdleMs?: number;
}

/** The background worker: everything that runs on a clock rather than on a request. */
export function startJobs(deps: JobDeps): { stop(): Promise<void> } {
  const stoppers: Array<{ stop(): Promise<void> }> = [
    // Closing campaigns and queueing digests work without a messenger: messages wait in the outbox.
    startCampaignCloser(deps),
    startReviewDigests(deps),
  ];
  if (deps.sender)
    stoppers.push(startOutboxSender({ ...deps, sender: deps.sender, idleMs: deps.outboxIdleMs }));
  else deps.logger.info({ msg: "outbox sender idle: no messenger configured" });
  return {
    async stop() {
      await Promise.all(stoppers.map((job) => job.stop()));
    },
  };
}
