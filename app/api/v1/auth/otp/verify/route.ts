import { verifyOtpEndpoint } from "@/lib/api/auth-endpoints";
import { verifyOtpLogin } from "@/lib/auth/mobile-auth-api";
import { withNoStore } from "@/lib/auth/no-store";
import { handle } from "@/lib/http/handle";

export const POST = withNoStore(handle(verifyOtpEndpoint, verifyOtpLogin));
