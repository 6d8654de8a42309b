-- The data revision: one counter for the whole database, added to once by every transaction that
-- writes any table, at its commit. The API keeps answers to read-only GraphQL operations under it
-- (apps/api/src/answer-cache.ts): an answer read at revision N is served again only while the
-- counter is still N, whoever wrote (a service, a script, a test, another API process).
--
-- How: a statement-level trigger on every table marks the writing transaction once (a
-- transaction-local setting) by inserting its id into "DataRevisionPending"; a deferred constraint
-- trigger on that row adds 1 to the counter at commit. The counter's row is therefore locked only
-- for the moment of the commit, not for the whole transaction (an immediate per-statement bump
-- would hold it from the first write and make every writing transaction of the server wait on the
-- one before it), and a bulk insert of 100,000 rows still adds 1. A rolled-back transaction adds
-- nothing.
--
-- Not counted: sessions and sign-in throttles (no answer reads them; the signed-in person is part
-- of the cache key), the two counters, the pending marks and Prisma's migration table. A table added
-- later needs its trigger in its migration: packages/db/test/data-revision.test.ts fails otherwise.

-- CreateTable
CREATE TABLE "DataRevision" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "revision" BIGINT NOT NULL DEFAULT 0,
    "changedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DataRevision_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "DataRevision_one_row" CHECK ("id" = 1)
);

INSERT INTO "DataRevision" ("id") VALUES (1);

-- CreateTable
CREATE TABLE "DataRevisionPending" (
    "txid" BIGINT NOT NULL,

    CONSTRAINT "DataRevisionPending_pkey" PRIMARY KEY ("txid")
);

CREATE OR REPLACE FUNCTION data_revision_mark() RETURNS trigger AS $$
BEGIN
  IF current_setting('cchc.data_revision_marked', true) IS DISTINCT FROM 'on' THEN
    PERFORM set_config('cchc.data_revision_marked', 'on', true);
    INSERT INTO "DataRevisionPending" ("txid") VALUES (txid_current()) ON CONFLICT DO NOTHING;
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE OR REPLACE FUNCTION data_revision_bump() RETURNS trigger AS $$
BEGIN
  DELETE FROM "DataRevisionPending" WHERE "txid" = NEW."txid";
  UPDATE "DataRevision" SET "revision" = "revision" + 1, "changedAt" = CURRENT_TIMESTAMP WHERE "id" = 1;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE CONSTRAINT TRIGGER "DataRevisionPending_bump" AFTER INSERT ON "DataRevisionPending"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION data_revision_bump();

-- Every table of the schema as it stands, but those named above.
DO $$
DECLARE
  t TEXT;
BEGIN
  FOR t IN
    SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p')
       AND c.relname NOT IN ('_prisma_migrations', 'Session', 'LoginThrottle', 'ResultsRevision',
                             'DataRevision', 'DataRevisionPending')
     ORDER BY c.relname
  LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION data_revision_mark()',
      t || '_data_revision', t);
  END LOOP;
END;
$$;
