-- CreateTable
CREATE TABLE "UnitStageSubmission" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "stage" "CycleStage" NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedById" TEXT,

    CONSTRAINT "UnitStageSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitAdjustmentEvidence" (
    "adjustmentId" TEXT NOT NULL,
    "fileId" TEXT NOT NULL,

    CONSTRAINT "UnitAdjustmentEvidence_pkey" PRIMARY KEY ("adjustmentId","fileId")
);

-- CreateIndex
CREATE UNIQUE INDEX "UnitStageSubmission_yearId_unitId_stage_key" ON "UnitStageSubmission"("yearId", "unitId", "stage");

-- CreateIndex
CREATE INDEX "UnitAdjustmentEvidence_fileId_idx" ON "UnitAdjustmentEvidence"("fileId");

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitStageSubmission" ADD CONSTRAINT "UnitStageSubmission_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitStageSubmission" ADD CONSTRAINT "UnitStageSubmission_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitStageSubmission" ADD CONSTRAINT "UnitStageSubmission_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitAdjustmentEvidence" ADD CONSTRAINT "UnitAdjustmentEvidence_adjustmentId_fkey" FOREIGN KEY ("adjustmentId") REFERENCES "UnitAdjustment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitAdjustmentEvidence" ADD CONSTRAINT "UnitAdjustmentEvidence_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "EvidenceFile"("id") ON DELETE CASCADE ON UPDATE CASCADE;

