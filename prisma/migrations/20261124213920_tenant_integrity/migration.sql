-- Tenant integrity (ADR 0001, "Tenancy"): links that still pointed at a bare id now reference
-- (id, center_id) or (id, course_id, center_id) of their target, so the database rejects a
-- reference to another center's or another course's row. Nullable links use MATCH SIMPLE: a NULL
-- coupon_id, refund_policy_id, order_id, section_id, … skips the check.
--
-- Nothing is dropped except the old single-column foreign keys (replaced below) and the unique
-- index quizzes(id, center_id), superseded by quizzes(id, course_id, center_id). The new unique
-- indexes cannot fail: each one contains the primary key. Adding a foreign key fails, and the
-- migration with it, if existing rows already break the rule; that is intended.
--
-- quiz_pool_draws gains center_id and course_id: added nullable, filled from the draw's quiz,
-- then made NOT NULL, so the migration also runs on a database that already holds demo data.

-- DropForeignKey
ALTER TABLE "coupons" DROP CONSTRAINT "coupons_course_id_fkey";

-- DropForeignKey
ALTER TABLE "enrollments" DROP CONSTRAINT "enrollments_order_id_fkey";

-- DropForeignKey
ALTER TABLE "ledger_entries" DROP CONSTRAINT "ledger_entries_order_id_fkey";

-- DropForeignKey
ALTER TABLE "ledger_entries" DROP CONSTRAINT "ledger_entries_payout_id_fkey";

-- DropForeignKey
ALTER TABLE "ledger_entries" DROP CONSTRAINT "ledger_entries_refund_id_fkey";

-- DropForeignKey
ALTER TABLE "lesson_progress" DROP CONSTRAINT "lesson_progress_lesson_id_fkey";

-- DropForeignKey
ALTER TABLE "live_classes" DROP CONSTRAINT "live_classes_section_id_fkey";

-- DropForeignKey
ALTER TABLE "orders" DROP CONSTRAINT "orders_coupon_id_fkey";

-- DropForeignKey
ALTER TABLE "orders" DROP CONSTRAINT "orders_refund_policy_id_fkey";

-- DropForeignKey
ALTER TABLE "quiz_attempts" DROP CONSTRAINT "quiz_attempts_quiz_id_center_id_fkey";

-- DropForeignKey
ALTER TABLE "quiz_pool_draws" DROP CONSTRAINT "quiz_pool_draws_pool_id_fkey";

-- DropForeignKey
ALTER TABLE "quiz_pool_draws" DROP CONSTRAINT "quiz_pool_draws_quiz_id_fkey";

-- DropForeignKey
ALTER TABLE "quizzes" DROP CONSTRAINT "quizzes_section_id_fkey";

-- DropIndex
DROP INDEX "quizzes_id_center_id_key";

-- AlterTable (backfilled from the quiz; the pool must then match, see the foreign keys below)
ALTER TABLE "quiz_pool_draws" ADD COLUMN     "center_id" UUID,
ADD COLUMN     "course_id" UUID;

UPDATE "quiz_pool_draws" AS d
SET "center_id" = q."center_id", "course_id" = q."course_id"
FROM "quizzes" AS q
WHERE q."id" = d."quiz_id";

ALTER TABLE "quiz_pool_draws" ALTER COLUMN "center_id" SET NOT NULL,
ALTER COLUMN "course_id" SET NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "center_payouts_id_center_id_key" ON "center_payouts"("id", "center_id");

-- CreateIndex
CREATE UNIQUE INDEX "center_refund_policies_id_center_id_key" ON "center_refund_policies"("id", "center_id");

-- CreateIndex
CREATE UNIQUE INDEX "lessons_id_course_id_key" ON "lessons"("id", "course_id");

-- CreateIndex
CREATE UNIQUE INDEX "orders_id_course_id_center_id_key" ON "orders"("id", "course_id", "center_id");

-- CreateIndex
CREATE UNIQUE INDEX "question_pools_id_course_id_center_id_key" ON "question_pools"("id", "course_id", "center_id");

-- CreateIndex
CREATE UNIQUE INDEX "quizzes_id_course_id_center_id_key" ON "quizzes"("id", "course_id", "center_id");

-- CreateIndex
CREATE UNIQUE INDEX "refunds_id_center_id_key" ON "refunds"("id", "center_id");

-- AddForeignKey
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_order_id_course_id_center_id_fkey" FOREIGN KEY ("order_id", "course_id", "center_id") REFERENCES "orders"("id", "course_id", "center_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "lesson_progress" ADD CONSTRAINT "lesson_progress_lesson_id_course_id_fkey" FOREIGN KEY ("lesson_id", "course_id") REFERENCES "lessons"("id", "course_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quizzes" ADD CONSTRAINT "quizzes_section_id_course_id_center_id_fkey" FOREIGN KEY ("section_id", "course_id", "center_id") REFERENCES "sections"("id", "course_id", "center_id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quiz_pool_draws" ADD CONSTRAINT "quiz_pool_draws_quiz_id_course_id_center_id_fkey" FOREIGN KEY ("quiz_id", "course_id", "center_id") REFERENCES "quizzes"("id", "course_id", "center_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quiz_pool_draws" ADD CONSTRAINT "quiz_pool_draws_pool_id_course_id_center_id_fkey" FOREIGN KEY ("pool_id", "course_id", "center_id") REFERENCES "question_pools"("id", "course_id", "center_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quiz_attempts" ADD CONSTRAINT "quiz_attempts_quiz_id_course_id_center_id_fkey" FOREIGN KEY ("quiz_id", "course_id", "center_id") REFERENCES "quizzes"("id", "course_id", "center_id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "live_classes" ADD CONSTRAINT "live_classes_section_id_course_id_center_id_fkey" FOREIGN KEY ("section_id", "course_id", "center_id") REFERENCES "sections"("id", "course_id", "center_id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_coupon_id_center_id_fkey" FOREIGN KEY ("coupon_id", "center_id") REFERENCES "coupons"("id", "center_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_refund_policy_id_center_id_fkey" FOREIGN KEY ("refund_policy_id", "center_id") REFERENCES "center_refund_policies"("id", "center_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "coupons" ADD CONSTRAINT "coupons_course_id_center_id_fkey" FOREIGN KEY ("course_id", "center_id") REFERENCES "courses"("id", "center_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_order_id_center_id_fkey" FOREIGN KEY ("order_id", "center_id") REFERENCES "orders"("id", "center_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_refund_id_center_id_fkey" FOREIGN KEY ("refund_id", "center_id") REFERENCES "refunds"("id", "center_id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_payout_id_center_id_fkey" FOREIGN KEY ("payout_id", "center_id") REFERENCES "center_payouts"("id", "center_id") ON DELETE RESTRICT ON UPDATE CASCADE;
