import { z } from "zod";
import { bilingual, catalogRef, money, when, whenOrNull } from "./export-primitives";

/** Purchases and learning activity (S1.1c, S4): the user's own rows with public catalogue names. */

export const exportOrderDto = z
  .object({
    id: z.uuid(),
    reference: z.string(),
    course: catalogRef,
    center: z.object({ id: z.uuid(), name: bilingual }),
    provider: z.enum(["STRIPE", "DINGER", "KBZPAY"]),
    status: z.string(),
    price: money,
    discount: money,
    total: money,
    refunded: money,
    couponCode: z.string().nullable(),
    createdAt: when,
    expiresAt: whenOrNull,
    paidAt: whenOrNull,
    failedAt: whenOrNull,
    cancelledAt: whenOrNull,
    refundedAt: whenOrNull,
    payments: z.array(
      z.object({ provider: z.string(), transactionId: z.string(), status: z.string(), amount: money, method: z.string().nullable(), paidAt: whenOrNull, createdAt: when }),
    ),
  })
  .meta({ id: "ExportOrder" });

export const exportRefundDto = z
  .object({
    orderReference: z.string(),
    amount: money,
    reason: z.string(),
    status: z.enum(["REQUESTED", "PROCESSING", "SUCCEEDED", "FAILED", "REJECTED"]),
    requestedAt: when,
    processedAt: whenOrNull,
  })
  .meta({ id: "ExportRefund" });

export const exportEnrollmentDto = z
  .object({
    course: catalogRef,
    source: z.enum(["ORDER", "ADMIN_GRANT"]),
    status: z.enum(["ACTIVE", "REVOKED", "EXPIRED"]),
    orderReference: z.string().nullable(),
    createdAt: when,
    expiresAt: whenOrNull,
    completedAt: whenOrNull,
    revokedAt: whenOrNull,
    revocationReason: z.string().nullable(),
  })
  .meta({ id: "ExportEnrollment" });

export const exportLessonProgressDto = z
  .object({ course: z.object({ id: z.uuid() }), lesson: catalogRef, positionSeconds: z.number().int().nullable(), lastViewedAt: when, completedAt: whenOrNull })
  .meta({ id: "ExportLessonProgress" });

export const exportQuizAttemptDto = z
  .object({
    quiz: catalogRef,
    course: z.object({ id: z.uuid() }),
    attemptNumber: z.number().int(),
    status: z.enum(["IN_PROGRESS", "SUBMITTED", "EXPIRED"]),
    startedAt: when,
    deadline: whenOrNull,
    submittedAt: whenOrNull,
    score: z.number().int().nullable(),
    maxScore: z.number().int().nullable(),
    scorePercent: z.number().int().nullable(),
    passed: z.boolean().nullable(),
    answers: z.array(
      z.object({
        question: z.object({ id: z.uuid(), prompt: bilingual }),
        selectedOptions: z.array(z.object({ id: z.uuid(), text: bilingual })),
        /** null while the attempt is open: the export never reveals a correct answer early. */
        isCorrect: z.boolean().nullable(),
        pointsAwarded: z.number().int().nullable(),
        answeredAt: when,
      }),
    ),
  })
  .meta({ id: "ExportQuizAttempt" });

export const exportLiveClassParticipationDto = z
  .object({
    liveClass: z.object({ id: z.uuid(), title: bilingual, startsAt: when, course: z.object({ id: z.uuid() }) }),
    joinRequestedAt: when,
    joinedAt: whenOrNull,
    leftAt: whenOrNull,
  })
  .meta({ id: "ExportLiveClassParticipation" });

export const exportFollowDto = z
  .object({ instructor: z.object({ id: z.uuid(), slug: z.string().nullable(), displayName: bilingual }), createdAt: when })
  .meta({ id: "ExportFollow" });
