-- CreateEnum
CREATE TYPE "LineageKind" AS ENUM ('RENAME', 'MERGE', 'SPLIT');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'HOME_AFFAIRS', 'INSPECTOR', 'LEADERSHIP', 'UNIT_OFFICER');

-- CreateEnum
CREATE TYPE "YearStatus" AS ENUM ('DRAFT', 'OPEN', 'SELF_ASSESSMENT', 'APPRAISAL', 'PUBLISHED');

-- CreateEnum
CREATE TYPE "TimingKind" AS ENUM ('WINDOW', 'ONGOING', 'RECURRING', 'TRIGGERED', 'NEEDS_PERSON');

-- CreateEnum
CREATE TYPE "TaskStatus" AS ENUM ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "TaskUnitRole" AS ENUM ('LEAD', 'COORDINATING');

-- CreateEnum
CREATE TYPE "RegistrationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('PLANNED', 'DONE', 'CANCELLED');

-- CreateEnum
CREATE TYPE "FindingKind" AS ENUM ('WEAKNESS', 'GOOD_PRACTICE');

-- CreateEnum
CREATE TYPE "ActionStatus" AS ENUM ('OPEN', 'SUBMITTED', 'VERIFIED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ScoringMethod" AS ENUM ('BINARY', 'CHECKLIST', 'RATIO', 'RATIO_TIERED', 'DEADLINE', 'DEDUCTION', 'SURVEY_RATE', 'SURVEY_LIKERT');

-- CreateEnum
CREATE TYPE "ScoreSource" AS ENUM ('SELF_THEN_APPRAISED', 'APPRAISED_ONLY', 'SURVEY');

-- CreateEnum
CREATE TYPE "AdjustmentKind" AS ENUM ('BONUS', 'PENALTY');

-- CreateEnum
CREATE TYPE "SurveyKind" AS ENUM ('CITIZEN', 'LEADER');

-- CreateTable
CREATE TABLE "Authority" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "headerName" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "level" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Authority_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitType" (
    "id" TEXT NOT NULL,
    "authorityId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "scored" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "UnitType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Unit" (
    "id" TEXT NOT NULL,
    "authorityId" TEXT NOT NULL,
    "unitTypeId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitName" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,

    CONSTRAINT "UnitName_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitLineage" (
    "id" TEXT NOT NULL,
    "fromUnitId" TEXT NOT NULL,
    "toUnitId" TEXT NOT NULL,
    "kind" "LineageKind" NOT NULL,
    "effectiveDate" DATE NOT NULL,
    "note" TEXT,

    CONSTRAINT "UnitLineage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "roles" "Role"[],
    "unitId" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvaluationYear" (
    "id" TEXT NOT NULL,
    "authorityId" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "status" "YearStatus" NOT NULL DEFAULT 'DRAFT',
    "planNumber" TEXT,
    "unitPlanDeadline" DATE NOT NULL,
    "unitPlanDeadlineText" TEXT NOT NULL,
    "satisfactionTargetPercent" DECIMAL(5,2),
    "reportRule" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvaluationYear_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "YearUnit" (
    "yearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "unitTypeId" TEXT NOT NULL,
    "scored" BOOLEAN NOT NULL,
    "nameInYear" TEXT NOT NULL,

    CONSTRAINT "YearUnit_pkey" PRIMARY KEY ("yearId","unitId")
);

-- CreateTable
CREATE TABLE "PlanArea" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PlanArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTask" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "areaId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "leadLabel" TEXT NOT NULL,
    "coordinatingLabel" TEXT NOT NULL,
    "timePhrase" TEXT NOT NULL,
    "timingKind" "TimingKind" NOT NULL,
    "windowStart" DATE,
    "windowEnd" DATE,
    "dueDate" DATE,
    "occurrences" JSONB NOT NULL DEFAULT '[]',
    "timingOverridden" BOOLEAN NOT NULL DEFAULT false,
    "timingNote" TEXT,
    "status" "TaskStatus" NOT NULL DEFAULT 'NOT_STARTED',
    "completedAt" TIMESTAMP(3),
    "position" INTEGER NOT NULL,

    CONSTRAINT "PlanTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PlanTaskUnit" (
    "taskId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "role" "TaskUnitRole" NOT NULL,

    CONSTRAINT "PlanTaskUnit_pkey" PRIMARY KEY ("taskId","unitId","role")
);

-- CreateTable
CREATE TABLE "UnitRegistration" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "status" "RegistrationStatus" NOT NULL DEFAULT 'DRAFT',
    "preparerName" TEXT,
    "headName" TEXT,
    "phone" TEXT,
    "submittedAt" TIMESTAMP(3),
    "totalBudgetVnd" BIGINT NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitRegistration_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RegistrationItem" (
    "id" TEXT NOT NULL,
    "registrationId" TEXT NOT NULL,
    "planTaskId" TEXT,
    "position" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "resultProduct" TEXT NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE NOT NULL,
    "leadText" TEXT NOT NULL,
    "coordinatingText" TEXT,
    "budgetVnd" BIGINT NOT NULL DEFAULT 0,
    "note" TEXT,

    CONSTRAINT "RegistrationItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportPeriod" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "nameVi" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "dueDate" DATE NOT NULL,
    "ruleText" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "ReportPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportSubmission" (
    "id" TEXT NOT NULL,
    "periodId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "submittedAt" TIMESTAMP(3) NOT NULL,
    "submittedById" TEXT,
    "documentNumber" TEXT,
    "summary" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReportSubmission_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionVisit" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "scheduledDate" DATE NOT NULL,
    "visitedDate" DATE,
    "status" "VisitStatus" NOT NULL DEFAULT 'PLANNED',
    "scope" TEXT,
    "minutes" TEXT,
    "conclusions" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InspectionVisit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InspectionTeamMember" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "userId" TEXT,
    "name" TEXT NOT NULL,
    "role" TEXT NOT NULL,

    CONSTRAINT "InspectionTeamMember_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Finding" (
    "id" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "kind" "FindingKind" NOT NULL,
    "description" TEXT NOT NULL,
    "frameworkNodeId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Finding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CorrectiveAction" (
    "id" TEXT NOT NULL,
    "findingId" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "ownerUnitId" TEXT NOT NULL,
    "ownerName" TEXT,
    "dueDate" DATE NOT NULL,
    "status" "ActionStatus" NOT NULL DEFAULT 'OPEN',
    "fixNote" TEXT,
    "submittedAt" TIMESTAMP(3),
    "verifiedAt" TIMESTAMP(3),
    "verifiedById" TEXT,

    CONSTRAINT "CorrectiveAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceFile" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "unitId" TEXT,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storagePath" TEXT NOT NULL,
    "uploadedById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assessmentId" TEXT,
    "correctiveActionId" TEXT,
    "submissionId" TEXT,
    "registrationId" TEXT,

    CONSTRAINT "EvidenceFile_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Framework" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "bonusCap" DECIMAL(8,4) NOT NULL,
    "penaltyCap" DECIMAL(8,4) NOT NULL,
    "tiers" JSONB NOT NULL,
    "copiedFromId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Framework_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FrameworkNode" (
    "id" TEXT NOT NULL,
    "frameworkId" TEXT NOT NULL,
    "parentId" TEXT,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT,
    "maxPoints" DECIMAL(8,4) NOT NULL,
    "depth" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "method" "ScoringMethod",
    "methodConfig" JSONB,
    "scoreSource" "ScoreSource",
    "appliesTo" TEXT[],
    "evidenceHint" TEXT,
    "sumReason" TEXT,
    "previousNodeId" TEXT,

    CONSTRAINT "FrameworkNode_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Assessment" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "nodeId" TEXT NOT NULL,
    "selfScore" DECIMAL(8,4),
    "selfNote" TEXT,
    "round1Score" DECIMAL(8,4),
    "round1Comment" TEXT,
    "explanation" TEXT,
    "round2Score" DECIMAL(8,4),
    "round2Comment" TEXT,
    "autoScore" DECIMAL(8,4),
    "autoInputs" JSONB,
    "notApplicable" BOOLEAN NOT NULL DEFAULT false,
    "lockedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Assessment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AssessmentVersion" (
    "id" TEXT NOT NULL,
    "assessmentId" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "stage" TEXT NOT NULL,
    "score" DECIMAL(8,4),
    "comment" TEXT,
    "reason" TEXT,
    "changedById" TEXT,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AssessmentVersion_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitAdjustment" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "kind" "AdjustmentKind" NOT NULL,
    "points" DECIMAL(8,4) NOT NULL,
    "reason" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "UnitAdjustment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Survey" (
    "id" TEXT NOT NULL,
    "yearId" TEXT NOT NULL,
    "kind" "SurveyKind" NOT NULL,
    "periodCode" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "publishedAt" TIMESTAMP(3),

    CONSTRAINT "Survey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SurveyResult" (
    "id" TEXT NOT NULL,
    "surveyId" TEXT NOT NULL,
    "unitId" TEXT,
    "aspect" TEXT NOT NULL,
    "frameworkNodeId" TEXT,
    "veryDissatisfied" INTEGER NOT NULL DEFAULT 0,
    "dissatisfied" INTEGER NOT NULL DEFAULT 0,
    "neutral" INTEGER NOT NULL DEFAULT 0,
    "satisfied" INTEGER NOT NULL DEFAULT 0,
    "verySatisfied" INTEGER NOT NULL DEFAULT 0,
    "answerA" INTEGER NOT NULL DEFAULT 0,
    "answerB" INTEGER NOT NULL DEFAULT 0,
    "answerC" INTEGER NOT NULL DEFAULT 0,
    "answerD" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "SurveyResult_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Authority_code_key" ON "Authority"("code");

-- CreateIndex
CREATE UNIQUE INDEX "UnitType_authorityId_code_key" ON "UnitType"("authorityId", "code");

-- CreateIndex
CREATE INDEX "Unit_unitTypeId_idx" ON "Unit"("unitTypeId");

-- CreateIndex
CREATE UNIQUE INDEX "Unit_authorityId_code_key" ON "Unit"("authorityId", "code");

-- CreateIndex
CREATE INDEX "UnitName_unitId_idx" ON "UnitName"("unitId");

-- CreateIndex
CREATE INDEX "UnitLineage_fromUnitId_idx" ON "UnitLineage"("fromUnitId");

-- CreateIndex
CREATE INDEX "UnitLineage_toUnitId_idx" ON "UnitLineage"("toUnitId");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_unitId_idx" ON "User"("unitId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "EvaluationYear_authorityId_year_key" ON "EvaluationYear"("authorityId", "year");

-- CreateIndex
CREATE INDEX "YearUnit_unitId_idx" ON "YearUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanArea_yearId_code_key" ON "PlanArea"("yearId", "code");

-- CreateIndex
CREATE INDEX "PlanTask_areaId_idx" ON "PlanTask"("areaId");

-- CreateIndex
CREATE UNIQUE INDEX "PlanTask_yearId_code_key" ON "PlanTask"("yearId", "code");

-- CreateIndex
CREATE INDEX "PlanTaskUnit_unitId_idx" ON "PlanTaskUnit"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitRegistration_yearId_unitId_key" ON "UnitRegistration"("yearId", "unitId");

-- CreateIndex
CREATE INDEX "RegistrationItem_registrationId_idx" ON "RegistrationItem"("registrationId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportPeriod_yearId_code_key" ON "ReportPeriod"("yearId", "code");

-- CreateIndex
CREATE INDEX "ReportSubmission_unitId_idx" ON "ReportSubmission"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ReportSubmission_periodId_unitId_key" ON "ReportSubmission"("periodId", "unitId");

-- CreateIndex
CREATE INDEX "InspectionVisit_yearId_idx" ON "InspectionVisit"("yearId");

-- CreateIndex
CREATE INDEX "InspectionVisit_unitId_idx" ON "InspectionVisit"("unitId");

-- CreateIndex
CREATE INDEX "InspectionTeamMember_visitId_idx" ON "InspectionTeamMember"("visitId");

-- CreateIndex
CREATE INDEX "Finding_visitId_idx" ON "Finding"("visitId");

-- CreateIndex
CREATE INDEX "CorrectiveAction_findingId_idx" ON "CorrectiveAction"("findingId");

-- CreateIndex
CREATE INDEX "CorrectiveAction_ownerUnitId_idx" ON "CorrectiveAction"("ownerUnitId");

-- CreateIndex
CREATE INDEX "EvidenceFile_yearId_unitId_idx" ON "EvidenceFile"("yearId", "unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Framework_yearId_key" ON "Framework"("yearId");

-- CreateIndex
CREATE INDEX "FrameworkNode_parentId_idx" ON "FrameworkNode"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "FrameworkNode_frameworkId_code_key" ON "FrameworkNode"("frameworkId", "code");

-- CreateIndex
CREATE INDEX "Assessment_unitId_idx" ON "Assessment"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "Assessment_yearId_unitId_nodeId_key" ON "Assessment"("yearId", "unitId", "nodeId");

-- CreateIndex
CREATE UNIQUE INDEX "AssessmentVersion_assessmentId_version_key" ON "AssessmentVersion"("assessmentId", "version");

-- CreateIndex
CREATE INDEX "UnitAdjustment_yearId_unitId_idx" ON "UnitAdjustment"("yearId", "unitId");

-- CreateIndex
CREATE INDEX "Survey_yearId_idx" ON "Survey"("yearId");

-- CreateIndex
CREATE INDEX "SurveyResult_surveyId_idx" ON "SurveyResult"("surveyId");

-- CreateIndex
CREATE INDEX "SurveyResult_unitId_idx" ON "SurveyResult"("unitId");

-- CreateIndex
CREATE INDEX "AuditLog_entity_entityId_idx" ON "AuditLog"("entity", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_at_idx" ON "AuditLog"("at");

-- AddForeignKey
ALTER TABLE "UnitType" ADD CONSTRAINT "UnitType_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_unitTypeId_fkey" FOREIGN KEY ("unitTypeId") REFERENCES "UnitType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitName" ADD CONSTRAINT "UnitName_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitLineage" ADD CONSTRAINT "UnitLineage_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitLineage" ADD CONSTRAINT "UnitLineage_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvaluationYear" ADD CONSTRAINT "EvaluationYear_authorityId_fkey" FOREIGN KEY ("authorityId") REFERENCES "Authority"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearUnit" ADD CONSTRAINT "YearUnit_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearUnit" ADD CONSTRAINT "YearUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "YearUnit" ADD CONSTRAINT "YearUnit_unitTypeId_fkey" FOREIGN KEY ("unitTypeId") REFERENCES "UnitType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanArea" ADD CONSTRAINT "PlanArea_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTask" ADD CONSTRAINT "PlanTask_areaId_fkey" FOREIGN KEY ("areaId") REFERENCES "PlanArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTaskUnit" ADD CONSTRAINT "PlanTaskUnit_taskId_fkey" FOREIGN KEY ("taskId") REFERENCES "PlanTask"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PlanTaskUnit" ADD CONSTRAINT "PlanTaskUnit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitRegistration" ADD CONSTRAINT "UnitRegistration_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitRegistration" ADD CONSTRAINT "UnitRegistration_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationItem" ADD CONSTRAINT "RegistrationItem_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "UnitRegistration"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RegistrationItem" ADD CONSTRAINT "RegistrationItem_planTaskId_fkey" FOREIGN KEY ("planTaskId") REFERENCES "PlanTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportPeriod" ADD CONSTRAINT "ReportPeriod_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubmission" ADD CONSTRAINT "ReportSubmission_periodId_fkey" FOREIGN KEY ("periodId") REFERENCES "ReportPeriod"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportSubmission" ADD CONSTRAINT "ReportSubmission_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionVisit" ADD CONSTRAINT "InspectionVisit_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionVisit" ADD CONSTRAINT "InspectionVisit_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionTeamMember" ADD CONSTRAINT "InspectionTeamMember_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "InspectionVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InspectionTeamMember" ADD CONSTRAINT "InspectionTeamMember_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "InspectionVisit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Finding" ADD CONSTRAINT "Finding_frameworkNodeId_fkey" FOREIGN KEY ("frameworkNodeId") REFERENCES "FrameworkNode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveAction" ADD CONSTRAINT "CorrectiveAction_findingId_fkey" FOREIGN KEY ("findingId") REFERENCES "Finding"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CorrectiveAction" ADD CONSTRAINT "CorrectiveAction_ownerUnitId_fkey" FOREIGN KEY ("ownerUnitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_correctiveActionId_fkey" FOREIGN KEY ("correctiveActionId") REFERENCES "CorrectiveAction"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "ReportSubmission"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "EvidenceFile" ADD CONSTRAINT "EvidenceFile_registrationId_fkey" FOREIGN KEY ("registrationId") REFERENCES "UnitRegistration"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Framework" ADD CONSTRAINT "Framework_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "Framework"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkNode" ADD CONSTRAINT "FrameworkNode_frameworkId_fkey" FOREIGN KEY ("frameworkId") REFERENCES "Framework"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkNode" ADD CONSTRAINT "FrameworkNode_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "FrameworkNode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "FrameworkNode" ADD CONSTRAINT "FrameworkNode_previousNodeId_fkey" FOREIGN KEY ("previousNodeId") REFERENCES "FrameworkNode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Assessment" ADD CONSTRAINT "Assessment_nodeId_fkey" FOREIGN KEY ("nodeId") REFERENCES "FrameworkNode"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AssessmentVersion" ADD CONSTRAINT "AssessmentVersion_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitAdjustment" ADD CONSTRAINT "UnitAdjustment_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitAdjustment" ADD CONSTRAINT "UnitAdjustment_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Survey" ADD CONSTRAINT "Survey_yearId_fkey" FOREIGN KEY ("yearId") REFERENCES "EvaluationYear"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResult" ADD CONSTRAINT "SurveyResult_surveyId_fkey" FOREIGN KEY ("surveyId") REFERENCES "Survey"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResult" ADD CONSTRAINT "SurveyResult_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SurveyResult" ADD CONSTRAINT "SurveyResult_frameworkNodeId_fkey" FOREIGN KEY ("frameworkNodeId") REFERENCES "FrameworkNode"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

