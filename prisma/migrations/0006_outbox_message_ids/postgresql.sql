-- AlterTable
ALTER TABLE "OutboxMessage" ADD COLUMN     "sentMessageId" TEXT;

