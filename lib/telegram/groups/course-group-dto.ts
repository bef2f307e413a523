/** A course's Telegram group as its dashboard page shows it: no chat id, no member identities. */
export type CourseTelegramGroupDto = {
  course: { id: string; titleEn: string | null; titleMy: string | null };
  group: {
    title: string | null;
    connectedAt: string;
    inviteLink: string | null;
    inviteLinkCreatedAt: string | null;
    approvedMembers: number;
  } | null;
  /** May connect, renew the link and disconnect (course.update). */
  canManage: boolean;
  /** The command to post in the group: only for managers, only while nothing is connected. */
  connect: { command: string; expiresAt: string } | null;
  /** Demo mode: the page offers the sandbox button that plays the group's part. */
  demo: boolean;
};
