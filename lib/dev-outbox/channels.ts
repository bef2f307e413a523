export const DEV_CHANNELS = ["SMS", "EMAIL", "PUSH", "TELEGRAM", "MESSENGER"] as const;
export type DevChannel = (typeof DEV_CHANNELS)[number];
