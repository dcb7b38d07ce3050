-- DropIndex
DROP INDEX "Delivery_orderId_idx";

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN "remindedAt" DATETIME;
ALTER TABLE "Delivery" ADD COLUMN "role" TEXT;
ALTER TABLE "Delivery" ADD COLUMN "schoolId" INTEGER;

-- CreateTable
CREATE TABLE "OrderReport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "orderId" INTEGER NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "text" TEXT,
    "documentId" INTEGER,
    "submittedAt" DATETIME,
    "submittedById" INTEGER,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "reviewedAt" DATETIME,
    "reviewedById" INTEGER,
    "comment" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "OrderReport_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "OrderReport_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "OrderReport_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "StoredFile" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "name" TEXT NOT NULL,
    "mimeType" TEXT,
    "size" INTEGER,
    "content" BLOB,
    "telegramFileId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Order" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "municipalityId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL DEFAULT 'order',
    "number" TEXT,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "documentId" INTEGER,
    "audience" TEXT NOT NULL DEFAULT '{}',
    "requiresAck" BOOLEAN NOT NULL DEFAULT false,
    "reportDeadlineAt" DATETIME,
    "autoRemindHours" INTEGER,
    "autoRemindedAt" DATETIME,
    "issuedOn" DATETIME,
    "createdById" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" DATETIME,
    "progressOutboxId" INTEGER,
    "progressText" TEXT,
    "progressShownAt" DATETIME,
    "completedAt" DATETIME,
    CONSTRAINT "Order_municipalityId_fkey" FOREIGN KEY ("municipalityId") REFERENCES "Municipality" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Order_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "StoredFile" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Order" ("body", "createdAt", "createdById", "id", "issuedOn", "kind", "municipalityId", "number", "sentAt", "title") SELECT "body", "createdAt", "createdById", "id", "issuedOn", "kind", "municipalityId", "number", "sentAt", "title" FROM "Order";
DROP TABLE "Order";
ALTER TABLE "new_Order" RENAME TO "Order";
CREATE INDEX "Order_municipalityId_createdAt_idx" ON "Order"("municipalityId", "createdAt");
CREATE INDEX "Order_completedAt_idx" ON "Order"("completedAt");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "OrderReport_schoolId_status_idx" ON "OrderReport"("schoolId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "OrderReport_orderId_schoolId_key" ON "OrderReport"("orderId", "schoolId");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_orderId_personId_key" ON "Delivery"("orderId", "personId");

