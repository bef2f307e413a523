import { requestOtpEndpoint } from "@/lib/api/auth-endpoints";
import { startOtpLogin } from "@/lib/auth/mobile-auth-api";
import { handle } from "@/lib/http/handle";

export const POST = handle(requestOtpEndpoint, startOtpLogin);
