-- A year's results revision (20261128150000_results_revision) is now added to at the commit of the
-- writing transaction, as the data revision is (20261207080000_data_revision), instead of at each
-- writing statement. Before, the year's counter row was locked from a transaction's first write of a
-- score, a unit, a report… to its commit, so every writer of the same year waited for the one before
-- it to finish its whole transaction (seen in packages/db/test/data-revision.test.ts): in a deadline
-- week, every unit of a year saving at once would have queued on one row.
--
-- The same statement triggers now only note the years a transaction changed in
-- "ResultsRevisionPending"; a deferred constraint trigger there, at commit, adds 1 to each of them in
-- year id order (two committing transactions lock counters in the same order) and removes the notes.
-- The first note to fire does all of the transaction's years; the others find nothing left. A
-- rolled-back transaction (or savepoint) leaves no note and adds nothing. Readers are unchanged: the
-- counter and the data still commit together.

-- CreateTable
CREATE TABLE "ResultsRevisionPending" (
    "txid" BIGINT NOT NULL,
    "yearId" TEXT NOT NULL,

    CONSTRAINT "ResultsRevisionPending_pkey" PRIMARY KEY ("txid", "yearId")
);

-- TG_ARGV[0]: a query of the changed rows' year ids, "$rows" standing for the transition table (as before).
CREATE OR REPLACE FUNCTION results_revision_bump() RETURNS trigger AS $$
DECLARE
  years TEXT := replace(TG_ARGV[0], '$rows', 'changed');
BEGIN
  IF TG_OP = 'UPDATE' THEN
    years := years || ' UNION ' || replace(TG_ARGV[0], '$rows', 'changed_old');
  END IF;
  EXECUTE format(
    'INSERT INTO "ResultsRevisionPending" ("txid", "yearId")
     SELECT DISTINCT txid_current(), y FROM (%s) AS t(y) WHERE y IS NOT NULL
     ON CONFLICT DO NOTHING',
    years);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION results_revision_commit() RETURNS trigger AS $$
BEGIN
  WITH done AS (
    DELETE FROM "ResultsRevisionPending" WHERE "txid" = NEW."txid" RETURNING "yearId"
  )
  INSERT INTO "ResultsRevision" ("yearId", "revision", "changedAt")
  SELECT "yearId", 1, CURRENT_TIMESTAMP FROM done ORDER BY "yearId"
  ON CONFLICT ("yearId") DO UPDATE
    SET "revision" = "ResultsRevision"."revision" + 1, "changedAt" = CURRENT_TIMESTAMP;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER "ResultsRevisionPending_commit" AFTER INSERT ON "ResultsRevisionPending"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION results_revision_commit();
