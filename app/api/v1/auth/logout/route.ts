import { logoutEndpoint } from "@/lib/api/auth-endpoints";
import { logoutMobile } from "@/lib/auth/mobile-auth-api";
import { handle } from "@/lib/http/handle";

export const POST = handle(logoutEndpoint, logoutMobile);
