-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "claimedBy" TEXT,
ADD COLUMN     "claimedUntil" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ProcessedUpdate" ADD COLUMN     "chatId" BIGINT,
ADD COLUMN     "handledAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "JobLease" (
    "name" TEXT NOT NULL,
    "holder" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "JobLease_pkey" PRIMARY KEY ("name")
);

-- CreateIndex
CREATE INDEX "ProcessedUpdate_botId_chatId_updateId_idx" ON "ProcessedUpdate"("botId", "chatId", "updateId");

