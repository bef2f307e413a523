import { z } from "zod";
import { authUserDto } from "@/lib/auth/auth-user";
import { contactFields, exactlyOneContact } from "@/lib/contact/contact-input";
import { defineEndpoint } from "@/lib/http/endpoint";

const code = z.string().trim().regex(/^\d{6}$/).meta({ description: "The 6-digit code from the SMS or email." });

const tokenPair = {
  accessToken: z.string().meta({ description: "JWT for `Authorization: Bearer`; valid for `expiresIn` seconds." }),
  refreshToken: z.string().meta({ description: "Opaque; single use: every refresh returns a new one. Reusing an old one ends the session." }),
  expiresIn: z.number().int().meta({ description: "Access-token lifetime in seconds (900)." }),
};

export const requestOtpEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/auth/otp/request",
  operationId: "requestOtp",
  summary: "Send a one-time sign-in code by SMS or email",
  description: "The same answer whether or not an account exists. Pass `challengeId` back to verify.",
  tags: ["Auth"],
  access: "public",
  body: z.object(contactFields).refine(...exactlyOneContact),
  response: z.object({
    challengeId: z.string(),
    expiresInSeconds: z.number().int(),
    resendAfterSeconds: z.number().int(),
  }),
  successStatus: 202,
  errors: ["rate_limited"],
  maxBodyBytes: 2048,
  rateLimit: { bucket: "auth.otp_request", limit: 30, windowSeconds: 600 },
});

export const verifyOtpEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/auth/otp/verify",
  operationId: "verifyOtp",
  summary: "Sign in with the code; the first sign-in creates the account",
  description:
    "A new account needs `ageConfirmed: true` (the person is 13 or older); without it the answer is 422 " +
    "`age_confirmation_required` and the same code can be sent again with the confirmation.",
  tags: ["Auth"],
  access: "public",
  body: z
    .object({
      ...contactFields,
      code,
      challengeId: z.string().max(100).optional(),
      ageConfirmed: z.boolean().optional(),
      device: z
        .object({
          platform: z.enum(["ios", "android", "IOS", "ANDROID"]).optional(),
          model: z.string().max(100).optional(),
          appVersion: z.string().max(40).optional(),
        })
        .optional(),
    })
    .refine(...exactlyOneContact),
  response: z.object({ ...tokenPair, user: authUserDto }),
  errors: ["invalid_code", "age_confirmation_required", "rate_limited"],
  maxBodyBytes: 4096,
  rateLimit: { bucket: "auth.otp_verify", limit: 60, windowSeconds: 600 },
});

export const refreshTokenEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/auth/refresh",
  operationId: "refreshToken",
  summary: "Exchange the refresh token for a new token pair",
  description: "Refresh tokens rotate. Presenting a refresh token that was already exchanged revokes the whole session.",
  tags: ["Auth"],
  access: "public",
  body: z.object({ refreshToken: z.string().min(1).max(200) }),
  response: z.object(tokenPair),
  errors: ["invalid_refresh_token", "rate_limited"],
  maxBodyBytes: 1024,
  rateLimit: { bucket: "auth.refresh", limit: 120, windowSeconds: 600 },
});

export const logoutEndpoint = defineEndpoint({
  method: "post",
  path: "/api/v1/auth/logout",
  operationId: "logout",
  summary: "Sign out: revokes this session and its tokens at once",
  tags: ["Auth"],
  access: "user",
  response: z.null(),
  successStatus: 204,
});
