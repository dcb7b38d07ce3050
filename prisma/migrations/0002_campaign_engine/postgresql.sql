-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "reviewMode" TEXT NOT NULL DEFAULT 'each';

-- AlterTable
ALTER TABLE "Form" ADD COLUMN     "schoolTypes" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "FormQuestion" ADD COLUMN     "retiredAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "Campaign_formId_periodId_municipalityId_key" ON "Campaign"("formId", "periodId", "municipalityId");

