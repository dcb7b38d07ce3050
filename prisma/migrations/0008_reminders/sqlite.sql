-- DropIndex
DROP INDEX "Reminder_dueAt_sentAt_idx";

-- DropIndex
DROP INDEX "Reminder_campaignId_schoolId_kind_key";

-- AlterTable
ALTER TABLE "Campaign" ADD COLUMN "onTimeShare" REAL;
ALTER TABLE "Campaign" ADD COLUMN "reminderPolicy" TEXT;
ALTER TABLE "Campaign" ADD COLUMN "remindersFrom" DATETIME;

-- AlterTable
ALTER TABLE "Submission" ADD COLUMN "remindersFrom" DATETIME;

-- DropTable
PRAGMA foreign_keys=off;
DROP TABLE "Reminder";
PRAGMA foreign_keys=on;

-- CreateTable
CREATE TABLE "SentReminder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "key" TEXT NOT NULL,
    "campaignId" INTEGER,
    "schoolId" INTEGER,
    "personId" INTEGER,
    "kind" TEXT NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "sentAt" DATETIME NOT NULL,
    "messages" INTEGER NOT NULL,
    CONSTRAINT "SentReminder_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ManualReminder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "campaignId" INTEGER NOT NULL,
    "requestedById" INTEGER,
    "requestedAt" DATETIME NOT NULL,
    "dueAt" DATETIME NOT NULL,
    "sentAt" DATETIME,
    "schools" INTEGER,
    CONSTRAINT "ManualReminder_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "Campaign" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "CalendarDay" (
    "date" TEXT NOT NULL PRIMARY KEY,
    "year" INTEGER NOT NULL,
    "working" BOOLEAN NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Municipality" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "timezone" TEXT NOT NULL,
    "regionId" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "quietFrom" INTEGER NOT NULL DEFAULT 1260,
    "quietHolidays" BOOLEAN NOT NULL DEFAULT true,
    "quietTo" INTEGER NOT NULL DEFAULT 480,
    "quietWeekends" BOOLEAN NOT NULL DEFAULT true,
    CONSTRAINT "Municipality_regionId_fkey" FOREIGN KEY ("regionId") REFERENCES "Region" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Municipality" ("code", "createdAt", "id", "name", "regionId", "timezone") SELECT "code", "createdAt", "id", "name", "regionId", "timezone" FROM "Municipality";
DROP TABLE "Municipality";
ALTER TABLE "new_Municipality" RENAME TO "Municipality";
CREATE UNIQUE INDEX "Municipality_code_key" ON "Municipality"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "SentReminder_key_key" ON "SentReminder"("key");

-- CreateIndex
CREATE INDEX "SentReminder_campaignId_schoolId_idx" ON "SentReminder"("campaignId", "schoolId");

-- CreateIndex
CREATE INDEX "ManualReminder_sentAt_dueAt_idx" ON "ManualReminder"("sentAt", "dueAt");

-- CreateIndex
CREATE INDEX "CalendarDay_year_idx" ON "CalendarDay"("year");

