-- AlterTable
ALTER TABLE "FormQuestion" ADD COLUMN "retiredAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Person" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "telegramId" BIGINT,
    "telegramUsername" TEXT,
    "fullName" TEXT NOT NULL,
    "position" TEXT,
    "phone" TEXT,
    "email" TEXT,
    "language" TEXT NOT NULL DEFAULT 'ru',
    "reviewMode" TEXT NOT NULL DEFAULT 'each',
    "blockedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Person" ("blockedAt", "createdAt", "email", "fullName", "id", "language", "phone", "position", "telegramId", "telegramUsername", "updatedAt") SELECT "blockedAt", "createdAt", "email", "fullName", "id", "language", "phone", "position", "telegramId", "telegramUsername", "updatedAt" FROM "Person";
DROP TABLE "Person";
ALTER TABLE "new_Person" RENAME TO "Person";
CREATE UNIQUE INDEX "Person_telegramId_key" ON "Person"("telegramId");
CREATE TABLE "new_Form" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "directionId" INTEGER,
    "title" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "descriptionEn" TEXT NOT NULL DEFAULT '',
    "periodKind" TEXT NOT NULL,
    "schoolTypes" TEXT NOT NULL DEFAULT '',
    "rules" TEXT NOT NULL DEFAULT '[]',
    "version" INTEGER NOT NULL DEFAULT 1,
    CONSTRAINT "Form_directionId_fkey" FOREIGN KEY ("directionId") REFERENCES "Direction" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Form" ("code", "description", "descriptionEn", "directionId", "id", "periodKind", "rules", "title", "titleEn", "version") SELECT "code", "description", "descriptionEn", "directionId", "id", "periodKind", "rules", "title", "titleEn", "version" FROM "Form";
DROP TABLE "Form";
ALTER TABLE "new_Form" RENAME TO "Form";
CREATE UNIQUE INDEX "Form_code_key" ON "Form"("code");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_formId_periodId_municipalityId_key" ON "Campaign"("formId", "periodId", "municipalityId");

