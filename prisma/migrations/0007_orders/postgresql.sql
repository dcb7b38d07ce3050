-- DropIndex
DROP INDEX "Delivery_orderId_idx";

-- AlterTable
ALTER TABLE "Order" DROP COLUMN "fileId",
DROP COLUMN "fileName",
ADD COLUMN     "audience" TEXT NOT NULL DEFAULT '{}',
ADD COLUMN     "autoRemindHours" INTEGER,
ADD COLUMN     "autoRemindedAt" TIMESTAMP(3),
ADD COLUMN     "completedAt" TIMESTAMP(3),
ADD COLUMN     "documentId" INTEGER,
ADD COLUMN     "progressOutboxId" INTEGER,
ADD COLUMN     "progressShownAt" TIMESTAMP(3),
ADD COLUMN     "progressText" TEXT,
ADD COLUMN     "reportDeadlineAt" TIMESTAMP(3),
ADD COLUMN     "requiresAck" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Delivery" ADD COLUMN     "remindedAt" TIMESTAMP(3),
ADD COLUMN     "role" TEXT,
ADD COLUMN     "schoolId" INTEGER;

-- CreateTable
CREATE TABLE "OrderReport" (
    "id" SERIAL NOT NULL,
    "orderId" INTEGER NOT NULL,
    "schoolId" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "text" TEXT,
    "documentId" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "submittedById" INTEGER,
    "late" BOOLEAN NOT NULL DEFAULT false,
    "reviewedAt" TIMESTAMP(3),
    "reviewedById" INTEGER,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OrderReport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StoredFile" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "mimeType" TEXT,
    "size" INTEGER,
    "content" BYTEA,
    "telegramFileId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "StoredFile_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "OrderReport_schoolId_status_idx" ON "OrderReport"("schoolId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "OrderReport_orderId_schoolId_key" ON "OrderReport"("orderId", "schoolId");

-- CreateIndex
CREATE INDEX "Order_municipalityId_createdAt_idx" ON "Order"("municipalityId", "createdAt");

-- CreateIndex
CREATE INDEX "Order_completedAt_idx" ON "Order"("completedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_orderId_personId_key" ON "Delivery"("orderId", "personId");

-- AddForeignKey
ALTER TABLE "Order" ADD CONSTRAINT "Order_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderReport" ADD CONSTRAINT "OrderReport_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderReport" ADD CONSTRAINT "OrderReport_schoolId_fkey" FOREIGN KEY ("schoolId") REFERENCES "School"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrderReport" ADD CONSTRAINT "OrderReport_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "StoredFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

