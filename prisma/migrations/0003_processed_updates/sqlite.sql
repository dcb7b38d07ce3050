-- CreateTable
CREATE TABLE "ProcessedUpdate" (
    "botId" BIGINT NOT NULL,
    "updateId" BIGINT NOT NULL,
    "receivedAt" DATETIME NOT NULL,

    PRIMARY KEY ("botId", "updateId")
);

-- CreateIndex
CREATE INDEX "ProcessedUpdate_receivedAt_idx" ON "ProcessedUpdate"("receivedAt");

