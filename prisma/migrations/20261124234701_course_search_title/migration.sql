-- DropIndex
DROP INDEX "courses_title_en_trgm_idx";

-- DropIndex
DROP INDEX "courses_title_my_trgm_idx";

-- AlterTable
ALTER TABLE "courses" ADD COLUMN     "search_title" TEXT NOT NULL DEFAULT '';

-- The column is derived: only this trigger writes it (ADR 0015). BEFORE every INSERT and UPDATE,
-- so no write path (Prisma, raw SQL, a bulk load) can leave it out of step with the titles.
CREATE FUNCTION "courses_search_title"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."search_title" := lower(concat_ws(' ', NEW."title_en", NEW."title_my"));
  RETURN NEW;
END
$$;

CREATE TRIGGER "courses_search_title" BEFORE INSERT OR UPDATE ON "courses"
  FOR EACH ROW EXECUTE FUNCTION "courses_search_title"();

UPDATE "courses" SET "search_title" = lower(concat_ws(' ', "title_en", "title_my"));

-- CreateIndex
CREATE INDEX "courses_search_title_trgm_idx" ON "courses" USING GIN ("search_title" gin_trgm_ops);
