-- CreateTable
CREATE TABLE "ChatLease" (
    "botId" BIGINT NOT NULL,
    "chatId" BIGINT NOT NULL,
    "holder" TEXT NOT NULL,
    "until" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChatLease_pkey" PRIMARY KEY ("botId","chatId")
);

