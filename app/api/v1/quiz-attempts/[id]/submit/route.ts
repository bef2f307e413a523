import { submitQuizAttemptEndpoint } from "@/lib/api/quiz-endpoints";
import { handle } from "@/lib/http/handle";
import { submitAttempt } from "@/lib/quizzes/submit-attempt";

export const POST = handle(submitQuizAttemptEndpoint, ({ params, body, actor, locale }) => submitAttempt(actor, params.id, body, locale));
