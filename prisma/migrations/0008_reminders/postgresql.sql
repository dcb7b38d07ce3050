-- DropForeignKey
ALTER TABLE "Reminder" DROP CONSTRAINT "Reminder_campaignId_fkey";

-- AlterTable
ALTER TABLE "Municipality" ADD COLUMN     "quietFrom" INTEGER NOT NULL DEFAULT 1260,
ADD COLUMN     "quietHolidays" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "quietTo" INTEGER NOT NULL DEFAULT 480,
ADD COLUMN     "quietWeekends" BOOLEAN NOT NULL DEFAULT true;

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN     "onTimeShare" DOUBLE PRECISION,
ADD COLUMN     "reminderPolicy" TEXT,
ADD COLUMN     "remindersFrom" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN     "remindersFrom" TIMESTAMP(3);

-- DropTable
DROP TABLE "Reminder";

-- CreateTable
CREATE TABLE "SentReminder" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "campaignId" INTEGER,
    "schoolId" INTEGER,
    "personId" INTEGER,
    "kind" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "messages" INTEGER NOT NULL,

    CONSTRAINT "SentReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ManualReminder" (
    "id" SERIAL NOT NULL,
    "campaignId" INTEGER NOT NULL,
    "requestedById" INTEGER,
    "requestedAt" TIMESTAMP(3) NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "sentAt" TIMESTAMP(3),
    "schools" INTEGER,

    CONSTRAINT "ManualReminder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "working" BOOLEAN NOT NULL,

    CONSTRAINT "CalendarDay_pkey" PRIMARY KEY ("date")
);

-- CreateIndex
CREATE UNIQUE INDEX "SentReminder_key_key" ON "SentReminder"("key");

-- CreateIndex
CREATE INDEX "SentReminder_campaignId_schoolId_idx" ON "SentReminder"("campaignId", "schoolId");

-- CreateIndex
CREATE INDEX "ManualReminder_sentAt_dueAt_idx" ON "ManualReminder"("sentAt", "dueAt");

-- CreateIndex
CREATE INDEX "CalendarDay_year_idx" ON "CalendarDay"("year");

-- AddForeignKey
ALTER TABLE "SentReminder" ADD CONSTRAINT "SentReminder_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ManualReminder" ADD CONSTRAINT "ManualReminder_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign"("id") ON DELETE CASCADE ON UPDATE CASCADE;

