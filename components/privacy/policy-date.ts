/** Policy dates are shown as calendar days in Myanmar time, whatever the server's zone. */
export const POLICY_DATE = { dateStyle: "long", timeZone: "Asia/Yangon" } as const;
