/** Who is making a request, as every lib/ function receives it (web session or mobile token). */
export type Actor = {
  userId: string;
  platformRole: "USER" | "PLATFORM_ADMIN";
  /** The `Session` row (web) or `MobileSession` row (mobile) the request runs under. */
  sessionId: string;
  sessionKind: "mobile" | "web";
};
