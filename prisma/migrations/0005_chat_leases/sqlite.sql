-- CreateTable
CREATE TABLE "ChatLease" (
    "botId" BIGINT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "holder" TEXT NOT NULL,
    "until" DATETIME NOT NULL,

    PRIMARY KEY ("botId", "chatId")
);

