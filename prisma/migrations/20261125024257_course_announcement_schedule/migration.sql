-- CreateEnum
CREATE TYPE "AnnouncementStatus" AS ENUM ('SCHEDULED', 'SENDING', 'SENT', 'CANCELLED');

-- AlterTable
ALTER TABLE "course_announcements" ADD COLUMN     "cancelled_at" TIMESTAMPTZ(3),
ADD COLUMN     "channels" "NotificationChannel"[] DEFAULT ARRAY['IN_APP']::"NotificationChannel"[],
ADD COLUMN     "scheduled_for" TIMESTAMPTZ(3),
ADD COLUMN     "status" "AnnouncementStatus" NOT NULL DEFAULT 'SENT';

-- CreateIndex
CREATE INDEX "course_announcements_status_scheduled_for_idx" ON "course_announcements"("status", "scheduled_for");
