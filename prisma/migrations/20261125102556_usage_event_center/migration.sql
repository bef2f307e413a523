-- AlterTable
ALTER TABLE "usage_events" ADD COLUMN     "center_id" UUID;

-- Page views recorded before this column carry their center in props only (before the index is built).
UPDATE "usage_events" SET "center_id" = ("props"->>'center')::uuid
WHERE "name" = 'page.view' AND "props" ? 'center';

-- CreateIndex
CREATE INDEX "usage_events_center_id_name_at_idx" ON "usage_events"("center_id", "name", "at");
