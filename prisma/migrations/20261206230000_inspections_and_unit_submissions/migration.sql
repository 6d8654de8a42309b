
-- CreateEnum
CREATE TYPE "RegistrationAction" AS ENUM ('SUBMITTED', 'ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "FindingSeverity" AS ENUM ('LOW', 'MEDIUM', 'HIGH');

-- AlterEnum: the visit's steps (DONE is now CONCLUDED); a corrective action is reopened, not rejected
ALTER TYPE "VisitStatus" RENAME VALUE 'DONE' TO 'CONCLUDED';
ALTER TYPE "VisitStatus" ADD VALUE 'NOTIFIED' BEFORE 'CONCLUDED';
ALTER TYPE "VisitStatus" ADD VALUE 'IN_PROGRESS' BEFORE 'CONCLUDED';
ALTER TYPE "VisitStatus" ADD VALUE 'MINUTES_RECORDED' BEFORE 'CONCLUDED';
ALTER TYPE "ActionStatus" RENAME VALUE 'REJECTED' TO 'REOPENED';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "calendarTokenHash" TEXT;

-- AlterTable
ALTER TABLE "PlanTask" ADD COLUMN     "statusOverride" "TaskStatus",
ADD COLUMN     "statusOverrideReason" TEXT;

-- AlterTable
ALTER TABLE "RegistrationItem" ADD COLUMN     "leadUnitId" TEXT;

-- AlterTable
ALTER TABLE "InspectionVisit" ADD COLUMN     "cancelReason" TEXT,
ADD COLUMN     "concludedAt" TIMESTAMP(3),
ADD COLUMN     "endsAt" TIMESTAMP(3),
ADD COLUMN     "minutesFileId" TEXT,
ADD COLUMN     "minutesNumber" TEXT,
ADD COLUMN     "notifiedAt" TIMESTAMP(3),
ADD COLUMN     "place" TEXT,
ADD COLUMN     "planId" TEXT,
ADD COLUMN     "startedAt" TIMESTAMP(3),
ADD COLUMN     "startsAt" TIMESTAMP(3);

-- existing visits: 08:00–11:30 Vietnam time (UTC+7) on their scheduled day
UPDATE "InspectionVisit" SET "startsAt" = "scheduledDate" + time '01:00', "endsAt" = "scheduledDate" + time '04:30';
ALTER TABLE "InspectionVisit" ALTER COLUMN "startsAt" SET NOT NULL, ALTER COLUMN "endsAt" SET NOT NULL;

-- AlterTable
ALTER TABLE "InspectionTeamMember" ADD COLUMN     "isLead" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "organization" TEXT;
UPDATE "InspectionTeamMember" SET "isLead" = true WHERE "role" = 'Trưởng đoàn';

-- AlterTable
ALTER TABLE "Finding" ADD COLUMN     "authorId" TEXT,
ADD COLUMN     "clientId" TEXT,
ADD COLUMN     "latitude" DOUBLE PRECISION,
ADD COLUMN     "longitude" DOUBLE PRECISION,
ADD COLUMN     "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "severity" "FindingSeverity",
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "CorrectiveAction" ADD COLUMN     "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;

-- AlterTable
ALTER TABLE "EvidenceFile" ADD COLUMN     "findingId" TEXT,
ADD COLUMN     "taskProgressId" TEXT;

-- AlterTable
ALTER TABLE "Survey" ADD COLUMN     "endsOn" DATE,
ADD COLUMN     "startsOn" DATE,
ADD COLUMN     "targetPercent" INTEGER NOT NULL DEFAULT 85;

-- CreateTable
CREATE TABLE "TaskProgress" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "taskId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "role" "TaskUnitRole" NOT NULL,
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "percent" INTEGER NOT NULL DEFAULT 0,
    "comment" TEXT,
    "updatedById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TaskProgress_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitPlanDocument" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "yearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "documentNumber" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" TEXT,
    "fileId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitPlanDocument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationEvent" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "action" "RegistrationAction" NOT NULL,
    "comment" TEXT,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RegistrationEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationItemCoordinator" (
    "itemId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,

    CONSTRAINT "RegistrationItemCoordinator_pkey" PRIMARY KEY ("itemId","unitId")
);

-- CreateTable
CREATE TABLE "ReportExtension" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "periodId" TEXT NOT NULL,
    "unitId" TEXT,
    "untilDate" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "grantedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportExtension_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSubmissionRevision" (
    "id" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" TEXT,
    "documentNumber" TEXT,
    "summary" TEXT,
    "fileIds" JSONB NOT NULL DEFAULT '[]',
    "replacedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportSubmissionRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionPlan" (
    "id" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "yearId" TEXT NOT NULL,
    "planTaskId" TEXT,
    "title" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectionPlan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionVisitScope" (
    "visitId" TEXT NOT NULL,
    "frameworkNodeId" TEXT NOT NULL,

    CONSTRAINT "InspectionVisitScope_pkey" PRIMARY KEY ("visitId","frameworkNodeId")
);

-- CreateTable
CREATE TABLE "CorrectiveActionEvent" (
    "id" TEXT NOT NULL,
    "actionId" TEXT NOT NULL,
    "fromStatus" "ActionStatus",
    "toStatus" "ActionStatus" NOT NULL,
    "note" TEXT,
    "actorId" TEXT,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CorrectiveActionEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyImport" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "rowCount" INTEGER NOT NULL,
    "importedById" TEXT,
    "importedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyImport_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyRespondent" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "importId" TEXT,
    "unitId" TEXT NOT NULL,
    "rowNumber" INTEGER,
    "answers" JSONB NOT NULL,
    "gender" TEXT,
    "ageGroup" TEXT,
    "fingerprint" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SurveyRespondent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "TaskProgress_unitId_idx" ON "TaskProgress"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "TaskProgress_taskId_unitId_key" ON "TaskProgress"("taskId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitPlanDocument_fileId_key" ON "UnitPlanDocument"("fileId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitPlanDocument_yearId_unitId_key" ON "UnitPlanDocument"("yearId", "unitId");

-- CreateIndex
CREATE INDEX "RegistrationEvent_registrationId_at_idx" ON "RegistrationEvent"("registrationId", "at");

-- CreateIndex
CREATE INDEX "RegistrationItemCoordinator_unitId_idx" ON "RegistrationItemCoordinator"("unitId");

-- CreateIndex
CREATE INDEX "ReportExtension_periodId_unitId_idx" ON "ReportExtension"("periodId", "unitId");

-- CreateIndex
CREATE INDEX "ReportSubmissionRevision_submissionId_idx" ON "ReportSubmissionRevision"("submissionId");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionPlan_yearId_key" ON "InspectionPlan"("yearId");

-- CreateIndex
CREATE INDEX "CorrectiveActionEvent_actionId_at_idx" ON "CorrectiveActionEvent"("actionId", "at");

-- CreateIndex
CREATE INDEX "SurveyImport_surveyId_idx" ON "SurveyImport"("surveyId");

-- CreateIndex
CREATE INDEX "SurveyRespondent_surveyId_unitId_idx" ON "SurveyRespondent"("surveyId", "unitId");

-- CreateIndex
CREATE INDEX "SurveyRespondent_surveyId_fingerprint_idx" ON "SurveyRespondent"("surveyId", "fingerprint");

-- CreateIndex
CREATE UNIQUE INDEX "User_calendarTokenHash_key" ON "User"("calendarTokenHash");

-- CreateIndex
CREATE UNIQUE INDEX "InspectionVisit_minutesFileId_key" ON "InspectionVisit"("minutesFileId");

-- CreateIndex
CREATE INDEX "InspectionVisit_startsAt_idx" ON "InspectionVisit"("startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Finding_clientId_key" ON "Finding"("clientId");

-- AddForeignKey
ALTER TABLE "TaskProgress" ADD CONSTRAINT "TaskProgress_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "PlanTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskProgress" ADD CONSTRAINT "TaskProgress_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TaskProgress" ADD CONSTRAINT "TaskProgress_updatedById_fkey" FOREIGN KEY ("updatedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitPlanDocument" ADD CONSTRAINT "UnitPlanDocument_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitPlanDocument" ADD CONSTRAINT "UnitPlanDocument_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitPlanDocument" ADD CONSTRAINT "UnitPlanDocument_submittedById_fkey" FOREIGN KEY ("submittedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitPlanDocument" ADD CONSTRAINT "UnitPlanDocument_fileId_fkey" FOREIGN KEY ("fileId") REFERENCES "EvidenceFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationEvent" ADD CONSTRAINT "RegistrationEvent_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "UnitRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationEvent" ADD CONSTRAINT "RegistrationEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationItem" ADD CONSTRAINT "RegistrationItem_leadUnitId_fkey" FOREIGN KEY ("leadUnitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationItemCoordinator" ADD CONSTRAINT "RegistrationItemCoordinator_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RegistrationItem"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationItemCoordinator" ADD CONSTRAINT "RegistrationItemCoordinator_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportExtension" ADD CONSTRAINT "ReportExtension_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportExtension" ADD CONSTRAINT "ReportExtension_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportExtension" ADD CONSTRAINT "ReportExtension_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubmissionRevision" ADD CONSTRAINT "ReportSubmissionRevision_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ReportSubmission"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPlan" ADD CONSTRAINT "InspectionPlan_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionPlan" ADD CONSTRAINT "InspectionPlan_planTaskId_fkey" FOREIGN KEY ("planTaskId") REFERENCES "PlanTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionVisit" ADD CONSTRAINT "InspectionVisit_planId_fkey" FOREIGN KEY ("planId") REFERENCES "InspectionPlan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionVisit" ADD CONSTRAINT "InspectionVisit_minutesFileId_fkey" FOREIGN KEY ("minutesFileId") REFERENCES "EvidenceFile"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionVisitScope" ADD CONSTRAINT "InspectionVisitScope_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "InspectionVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionVisitScope" ADD CONSTRAINT "InspectionVisitScope_frameworkNodeId_fkey" FOREIGN KEY ("frameworkNodeId") REFERENCES "FrameworkNode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveActionEvent" ADD CONSTRAINT "CorrectiveActionEvent_actionId_fkey" FOREIGN KEY ("actionId") REFERENCES "CorrectiveAction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveActionEvent" ADD CONSTRAINT "CorrectiveActionEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_taskProgressId_fkey" FOREIGN KEY ("taskProgressId") REFERENCES "TaskProgress"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyImport" ADD CONSTRAINT "SurveyImport_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyImport" ADD CONSTRAINT "SurveyImport_importedById_fkey" FOREIGN KEY ("importedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRespondent" ADD CONSTRAINT "SurveyRespondent_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRespondent" ADD CONSTRAINT "SurveyRespondent_importId_fkey" FOREIGN KEY ("importId") REFERENCES "SurveyImport"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyRespondent" ADD CONSTRAINT "SurveyRespondent_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- results: an extension changes whether a report was on time; a unit's task progress rolls up into PlanTask (which has its triggers)
CREATE TRIGGER "ReportExtension_results_revision_insert" AFTER INSERT ON "ReportExtension"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT p."yearId" FROM $rows r JOIN "ReportPeriod" p ON p."id" = r."periodId"');
CREATE TRIGGER "ReportExtension_results_revision_update" AFTER UPDATE ON "ReportExtension"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT p."yearId" FROM $rows r JOIN "ReportPeriod" p ON p."id" = r."periodId"');
CREATE TRIGGER "ReportExtension_results_revision_delete" AFTER DELETE ON "ReportExtension"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT p."yearId" FROM $rows r JOIN "ReportPeriod" p ON p."id" = r."periodId"');
