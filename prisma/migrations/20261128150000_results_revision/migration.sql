-- A year's results revision, for the ranking cache: one counter per year, added to by
-- statement-level triggers (one statement, one bump, even for a bulk insert) on every table the
-- ranking is computed from (score entries, bonuses/penalties, framework, units, and the plan,
-- reports, inspections and surveys the automatic leaves read). The counter row is written in the
-- same transaction as the change, so a reader that sees the new data also sees the new revision.

-- CreateTable
CREATE TABLE "ResultsRevision" (
    "yearId" TEXT NOT NULL,
    "revision" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ResultsRevision_pkey" PRIMARY KEY ("yearId")
);

-- TG_ARGV[0]: a query of the changed rows' year ids, "$rows" standing for the transition table.
-- Years are bumped in id order, so concurrent writers lock the counters in the same order.
CREATE OR REPLACE FUNCTION results_revision_bump() RETURNS trigger AS $$
DECLARE
  years TEXT := replace(TG_ARGV[0], '$rows', 'changed');
BEGIN
  IF TG_OP = 'UPDATE' THEN
    years := years || ' UNION ' || replace(TG_ARGV[0], '$rows', 'changed_old');
  END IF;
  EXECUTE format(
    'INSERT INTO "ResultsRevision" ("yearId", "revision", "changedAt")
     SELECT DISTINCT y, 1, CURRENT_TIMESTAMP FROM (%s) AS t(y) WHERE y IS NOT NULL ORDER BY 1
     ON CONFLICT ("yearId") DO UPDATE
       SET "revision" = "ResultsRevision"."revision" + 1, "changedAt" = CURRENT_TIMESTAMP',
    years);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "ScoreEntry_results_revision_insert" AFTER INSERT ON "ScoreEntry"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "ScoreEntry_results_revision_update" AFTER UPDATE ON "ScoreEntry"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "ScoreEntry_results_revision_delete" AFTER DELETE ON "ScoreEntry"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');

CREATE TRIGGER "UnitAdjustment_results_revision_insert" AFTER INSERT ON "UnitAdjustment"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "UnitAdjustment_results_revision_update" AFTER UPDATE ON "UnitAdjustment"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "UnitAdjustment_results_revision_delete" AFTER DELETE ON "UnitAdjustment"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');

CREATE TRIGGER "Framework_results_revision_insert" AFTER INSERT ON "Framework"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "Framework_results_revision_update" AFTER UPDATE ON "Framework"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "Framework_results_revision_delete" AFTER DELETE ON "Framework"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');

CREATE TRIGGER "FrameworkNode_results_revision_insert" AFTER INSERT ON "FrameworkNode"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT f."yearId" FROM $rows r JOIN "Framework" f ON f."id" = r."frameworkId"');
CREATE TRIGGER "FrameworkNode_results_revision_update" AFTER UPDATE ON "FrameworkNode"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT f."yearId" FROM $rows r JOIN "Framework" f ON f."id" = r."frameworkId"');
CREATE TRIGGER "FrameworkNode_results_revision_delete" AFTER DELETE ON "FrameworkNode"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT f."yearId" FROM $rows r JOIN "Framework" f ON f."id" = r."frameworkId"');

CREATE TRIGGER "YearUnit_results_revision_insert" AFTER INSERT ON "YearUnit"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "YearUnit_results_revision_update" AFTER UPDATE ON "YearUnit"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "YearUnit_results_revision_delete" AFTER DELETE ON "YearUnit"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');

CREATE TRIGGER "Unit_results_revision_insert" AFTER INSERT ON "Unit"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT yu."yearId" FROM $rows r JOIN "YearUnit" yu ON yu."unitId" = r."id"');
CREATE TRIGGER "Unit_results_revision_update" AFTER UPDATE ON "Unit"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT yu."yearId" FROM $rows r JOIN "YearUnit" yu ON yu."unitId" = r."id"');
CREATE TRIGGER "Unit_results_revision_delete" AFTER DELETE ON "Unit"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT yu."yearId" FROM $rows r JOIN "YearUnit" yu ON yu."unitId" = r."id"');

CREATE TRIGGER "UnitType_results_revision_insert" AFTER INSERT ON "UnitType"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT yu."yearId" FROM $rows r JOIN "YearUnit" yu ON yu."unitTypeId" = r."id"');
CREATE TRIGGER "UnitType_results_revision_update" AFTER UPDATE ON "UnitType"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT yu."yearId" FROM $rows r JOIN "YearUnit" yu ON yu."unitTypeId" = r."id"');
CREATE TRIGGER "UnitType_results_revision_delete" AFTER DELETE ON "UnitType"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT yu."yearId" FROM $rows r JOIN "YearUnit" yu ON yu."unitTypeId" = r."id"');

CREATE TRIGGER "PlanTask_results_revision_insert" AFTER INSERT ON "PlanTask"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "PlanTask_results_revision_update" AFTER UPDATE ON "PlanTask"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "PlanTask_results_revision_delete" AFTER DELETE ON "PlanTask"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');

CREATE TRIGGER "PlanTaskUnit_results_revision_insert" AFTER INSERT ON "PlanTaskUnit"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT t."yearId" FROM $rows r JOIN "PlanTask" t ON t."id" = r."taskId"');
CREATE TRIGGER "PlanTaskUnit_results_revision_update" AFTER UPDATE ON "PlanTaskUnit"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT t."yearId" FROM $rows r JOIN "PlanTask" t ON t."id" = r."taskId"');
CREATE TRIGGER "PlanTaskUnit_results_revision_delete" AFTER DELETE ON "PlanTaskUnit"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT t."yearId" FROM $rows r JOIN "PlanTask" t ON t."id" = r."taskId"');

CREATE TRIGGER "ReportPeriod_results_revision_insert" AFTER INSERT ON "ReportPeriod"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "ReportPeriod_results_revision_update" AFTER UPDATE ON "ReportPeriod"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "ReportPeriod_results_revision_delete" AFTER DELETE ON "ReportPeriod"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');

CREATE TRIGGER "ReportSubmission_results_revision_insert" AFTER INSERT ON "ReportSubmission"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT p."yearId" FROM $rows r JOIN "ReportPeriod" p ON p."id" = r."periodId"');
CREATE TRIGGER "ReportSubmission_results_revision_update" AFTER UPDATE ON "ReportSubmission"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT p."yearId" FROM $rows r JOIN "ReportPeriod" p ON p."id" = r."periodId"');
CREATE TRIGGER "ReportSubmission_results_revision_delete" AFTER DELETE ON "ReportSubmission"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT p."yearId" FROM $rows r JOIN "ReportPeriod" p ON p."id" = r."periodId"');

CREATE TRIGGER "InspectionVisit_results_revision_insert" AFTER INSERT ON "InspectionVisit"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "InspectionVisit_results_revision_update" AFTER UPDATE ON "InspectionVisit"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "InspectionVisit_results_revision_delete" AFTER DELETE ON "InspectionVisit"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');

CREATE TRIGGER "Finding_results_revision_insert" AFTER INSERT ON "Finding"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT v."yearId" FROM $rows r JOIN "InspectionVisit" v ON v."id" = r."visitId"');
CREATE TRIGGER "Finding_results_revision_update" AFTER UPDATE ON "Finding"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT v."yearId" FROM $rows r JOIN "InspectionVisit" v ON v."id" = r."visitId"');
CREATE TRIGGER "Finding_results_revision_delete" AFTER DELETE ON "Finding"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT v."yearId" FROM $rows r JOIN "InspectionVisit" v ON v."id" = r."visitId"');

CREATE TRIGGER "CorrectiveAction_results_revision_insert" AFTER INSERT ON "CorrectiveAction"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT v."yearId" FROM $rows r JOIN "Finding" f ON f."id" = r."findingId" JOIN "InspectionVisit" v ON v."id" = f."visitId"');
CREATE TRIGGER "CorrectiveAction_results_revision_update" AFTER UPDATE ON "CorrectiveAction"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT v."yearId" FROM $rows r JOIN "Finding" f ON f."id" = r."findingId" JOIN "InspectionVisit" v ON v."id" = f."visitId"');
CREATE TRIGGER "CorrectiveAction_results_revision_delete" AFTER DELETE ON "CorrectiveAction"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT v."yearId" FROM $rows r JOIN "Finding" f ON f."id" = r."findingId" JOIN "InspectionVisit" v ON v."id" = f."visitId"');

CREATE TRIGGER "Survey_results_revision_insert" AFTER INSERT ON "Survey"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "Survey_results_revision_update" AFTER UPDATE ON "Survey"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');
CREATE TRIGGER "Survey_results_revision_delete" AFTER DELETE ON "Survey"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "yearId" FROM $rows');

CREATE TRIGGER "SurveyResult_results_revision_insert" AFTER INSERT ON "SurveyResult"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT s."yearId" FROM $rows r JOIN "Survey" s ON s."id" = r."surveyId"');
CREATE TRIGGER "SurveyResult_results_revision_update" AFTER UPDATE ON "SurveyResult"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT s."yearId" FROM $rows r JOIN "Survey" s ON s."id" = r."surveyId"');
CREATE TRIGGER "SurveyResult_results_revision_delete" AFTER DELETE ON "SurveyResult"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT s."yearId" FROM $rows r JOIN "Survey" s ON s."id" = r."surveyId"');

-- the year itself (its number sets the automatic leaves' as-of date)
CREATE TRIGGER "EvaluationYear_results_revision_update" AFTER UPDATE ON "EvaluationYear"
  REFERENCING OLD TABLE AS changed_old NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION results_revision_bump('SELECT "id" FROM $rows');
