-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN "claimedBy" TEXT;
ALTER TABLE "OutboxMessage" ADD COLUMN "claimedUntil" DATETIME;

-- AlterTable
ALTER TABLE "ProcessedUpdate" ADD COLUMN "chatId" BIGINT;
ALTER TABLE "ProcessedUpdate" ADD COLUMN "handledAt" DATETIME;

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL PRIMARY KEY,
    "holder" TEXT NOT NULL,
    "until" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "ProcessedUpdate_botId_chatId_updateId_idx" ON "ProcessedUpdate"("botId", "chatId", "updateId");

