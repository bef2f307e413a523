import { z } from "zod";
import { defineEndpoint } from "@/lib/http/endpoint";
import { pageOf, pageQuery } from "@/lib/http/pagination";
import { attemptDto, attemptResultDto, attemptSummaryDto, studentQuizDto, submitAttemptInput } from "@/lib/quizzes/quiz-dto";

const idParams = z.object({ id: z.uuid() });
const enrolledOnly = "Enrolled students only: anyone else, a draft quiz or an unpublished course gets 404, exactly like a missing id.";

export const getQuizEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/quizzes/{id}",
  operationId: "getQuiz",
  summary: "A quiz's rules and the caller's attempt count (no questions)",
  description: enrolledOnly,
  tags: ["Learning"],
  access: "user",
  params: idParams,
  response: studentQuizDto,
  errors: ["not_found"],
});

export const startQuizAttemptEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/quizzes/{id}/attempts",
  operationId: "startQuizAttempt",
  summary: "Start an attempt (or resume the one in progress): drawn questions without correct answers, and the deadline",
  description: `${enrolledOnly} The deadline is fixed by the server's clock. 409 when no attempts are left.`,
  tags: ["Learning"],
  access: "user",
  params: idParams,
  response: attemptDto,
  successStatus: 201,
  errors: ["not_found", "conflict"],
  rateLimit: { bucket: "quiz.start", limit: 60, windowSeconds: 3600 },
});

export const listMyQuizAttemptsEndpoint = defineEndpoint({
  method: "get",
  path: "/api/v1/quizzes/{id}/attempts",
  operationId: "listMyQuizAttempts",
  summary: "The caller's attempts at a quiz, newest first, with scores",
  description: enrolledOnly,
  tags: ["Learning"],
  access: "user",
  params: idParams,
  query: pageQuery,
  response: pageOf(attemptSummaryDto),
  errors: ["not_found"],
});

export const submitQuizAttemptEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/quiz-attempts/{id}/submit",
  operationId: "submitQuizAttempt",
  summary: "Submit answers once; the result shows the score and, now, the correct answers",
  description:
    "Only the caller's own attempt (404 otherwise). 422 when an answer names a question outside the attempt or an option of another question; 409 on a second submission. After the deadline (plus a few seconds' grace) the attempt is EXPIRED and scores 0.",
  tags: ["Learning"],
  access: "user",
  params: idParams,
  body: submitAttemptInput,
  response: attemptResultDto,
  errors: ["not_found", "conflict"],
  maxBodyBytes: 64 * 1024,
});
