-- CreateEnum
CREATE TYPE "SandboxPaymentStatus" AS ENUM ('PENDING', 'PAID', 'FAILED', 'CANCELLED', 'EXPIRED', 'REFUNDED');

-- CreateTable
CREATE TABLE "sandbox_payments" (
    "id" UUID NOT NULL,
    "provider" "PaymentProvider" NOT NULL,
    "merchant_reference" VARCHAR(40) NOT NULL,
    "checkout_id" TEXT NOT NULL,
    "transaction_id" TEXT,
    "amount" INTEGER NOT NULL,
    "currency" "Currency" NOT NULL,
    "status" "SandboxPaymentStatus" NOT NULL DEFAULT 'PENDING',
    "callback_url" TEXT NOT NULL,
    "request" JSONB NOT NULL,
    "refunded_amount" INTEGER NOT NULL DEFAULT 0,
    "callback_attempts" INTEGER NOT NULL DEFAULT 0,
    "last_callback_status" INTEGER,
    "last_callback_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sandbox_payments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sandbox_payments_provider_merchant_reference_idx" ON "sandbox_payments"("provider", "merchant_reference");

-- CreateIndex
CREATE INDEX "sandbox_payments_created_at_idx" ON "sandbox_payments"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "sandbox_payments_provider_checkout_id_key" ON "sandbox_payments"("provider", "checkout_id");

-- CreateIndex
CREATE UNIQUE INDEX "sandbox_payments_provider_transaction_id_key" ON "sandbox_payments"("provider", "transaction_id");
