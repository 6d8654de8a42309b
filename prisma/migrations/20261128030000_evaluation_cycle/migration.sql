-- The evaluation cycle's data model, before real data exists: the year's stages as dated rows, one
-- unit's stage reopened with a reason, one score entry per leaf per unit per source (replacing the
-- fixed round columns of Assessment, which could not hold overrides or the domain's precedence),
-- evidence per entry, and the approved and published results snapshot.
-- CreateEnum
CREATE TYPE "CycleStage" AS ENUM ('SELF_ASSESSMENT', 'ROUND1', 'EXPLANATION', 'ROUND2', 'APPROVAL', 'PUBLICATION');

-- CreateEnum
CREATE TYPE "EntrySource" AS ENUM ('SELF', 'EXPLANATION', 'ROUND1', 'ROUND2', 'AUTO', 'SURVEY', 'OVERRIDE', 'NOT_APPLICABLE');

-- DropForeignKey
ALTER TABLE "EvidenceFile" DROP CONSTRAINT "EvidenceFile_assessmentId_fkey";

-- DropForeignKey
ALTER TABLE "Assessment" DROP CONSTRAINT "Assessment_yearId_fkey";

-- DropForeignKey
ALTER TABLE "Assessment" DROP CONSTRAINT "Assessment_unitId_fkey";

-- DropForeignKey
ALTER TABLE "Assessment" DROP CONSTRAINT "Assessment_nodeId_fkey";

-- DropForeignKey
ALTER TABLE "AssessmentVersion" DROP CONSTRAINT "AssessmentVersion_assessmentId_fkey";

-- AlterTable
ALTER TABLE "EvidenceFile" DROP COLUMN "assessmentId";

-- DropTable
DROP TABLE "Assessment";

-- DropTable
DROP TABLE "AssessmentVersion";

-- CreateTable
CREATE TABLE "YearStage" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "yearId" TEXT NOT NULL,
    "stage" "CycleStage" NOT NULL,
    "opensOn" DATE NOT NULL,
    "closesOn" DATE NOT NULL,

    CONSTRAINT "YearStage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitStageReopening" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "stage" "CycleStage" NOT NULL,
    "untilOn" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitStageReopening_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreEntry" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "yearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "source" "EntrySource" NOT NULL,
    "inputs" JSONB,
    "points" DECIMAL(8,4),
    "comment" TEXT,
    "reasonCode" TEXT,
    "authorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ScoreEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScoreEntryEvidence" (
    "entryId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,

    CONSTRAINT "ScoreEntryEvidence_pkey" PRIMARY KEY ("entryId","fileId")
);

-- CreateTable
CREATE TABLE "ResultSnapshot" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "yearId" TEXT NOT NULL,
    "lockedAt" TIMESTAMP(3),
    "lockedById" TEXT,
    "approvedAt" TIMESTAMP(3),
    "approvedById" TEXT,
    "publishedAt" TIMESTAMP(3),
    "publishedById" TEXT,
    "results" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResultSnapshot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "YearStage_yearId_stage_key" ON "YearStage"("yearId", "stage");

-- CreateIndex
CREATE INDEX "UnitStageReopening_yearId_unitId_idx" ON "UnitStageReopening"("yearId", "unitId");

-- CreateIndex
CREATE INDEX "ScoreEntry_yearId_nodeId_idx" ON "ScoreEntry"("yearId", "nodeId");

-- CreateIndex
CREATE INDEX "ScoreEntry_unitId_idx" ON "ScoreEntry"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ScoreEntry_yearId_unitId_nodeId_source_key" ON "ScoreEntry"("yearId", "unitId", "nodeId", "source");

-- CreateIndex
CREATE INDEX "ScoreEntryEvidence_fileId_idx" ON "ScoreEntryEvidence"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "ResultSnapshot_yearId_key" ON "ResultSnapshot"("yearId");

-- AddForeignKey
ALTER TABLE "YearStage" ADD CONSTRAINT "YearStage_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitStageReopening" ADD CONSTRAINT "UnitStageReopening_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitStageReopening" ADD CONSTRAINT "UnitStageReopening_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "FrameworkNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntry" ADD CONSTRAINT "ScoreEntry_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntryEvidence" ADD CONSTRAINT "ScoreEntryEvidence_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "ScoreEntry"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScoreEntryEvidence" ADD CONSTRAINT "ScoreEntryEvidence_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "EvidenceFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ResultSnapshot" ADD CONSTRAINT "ResultSnapshot_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

