/*
  Warnings:

  - A unique constraint covering the columns `[outbox_id]` on the table `notification_deliveries` will be added. If there are existing duplicate values, this will fail.

*/
-- CreateIndex
CREATE UNIQUE INDEX "notification_deliveries_outbox_id_key" ON "notification_deliveries"("outbox_id");
