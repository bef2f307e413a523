-- AlterTable
ALTER TABLE "course_announcements" ADD COLUMN     "fan_out_cursor" UUID;
