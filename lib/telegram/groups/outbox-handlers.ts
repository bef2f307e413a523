import "server-only";
import type { OutboxHandlers } from "@/lib/outbox/types";
import { grantCourseAccess, sendGroupInviteJob } from "./grant-course-access";
import { answerJoinRequest } from "./join-request";
import { TELEGRAM_GROUP_KINDS } from "./kinds";
import { removeLapsedMember, removeUnlinkedMember, revokeCourseAccess } from "./revoke-course-access";

export { TELEGRAM_GROUP_KINDS } from "./kinds";

/** The course-group kinds of the outbox (registered in lib/outbox/handlers.ts). */
export const TELEGRAM_GROUP_HANDLERS: OutboxHandlers = {
  [TELEGRAM_GROUP_KINDS.grant]: grantCourseAccess,
  [TELEGRAM_GROUP_KINDS.invite]: sendGroupInviteJob,
  [TELEGRAM_GROUP_KINDS.revoke]: revokeCourseAccess,
  [TELEGRAM_GROUP_KINDS.removeMember]: removeUnlinkedMember,
  [TELEGRAM_GROUP_KINDS.removeLapsed]: removeLapsedMember,
  [TELEGRAM_GROUP_KINDS.answer]: answerJoinRequest,
};
