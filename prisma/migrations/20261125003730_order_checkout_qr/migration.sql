-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "checkout_qr" TEXT;
