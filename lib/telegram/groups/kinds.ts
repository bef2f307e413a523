/** The outbox kinds of course groups (the first three are written outside this folder). */
export const TELEGRAM_GROUP_KINDS = {
  grant: "telegram.grant_course_access",
  revoke: "telegram.revoke_course_access",
  removeMember: "telegram.remove_member",
  removeLapsed: "telegram.remove_lapsed_member",
  invite: "telegram.send_group_invite",
  answer: "telegram.answer_join_request",
} as const;
