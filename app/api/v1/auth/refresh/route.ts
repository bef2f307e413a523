import { refreshTokenEndpoint } from "@/lib/api/auth-endpoints";
import { refreshLogin } from "@/lib/auth/mobile-auth-api";
import { withNoStore } from "@/lib/auth/no-store";
import { handle } from "@/lib/http/handle";

export const POST = withNoStore(handle(refreshTokenEndpoint, refreshLogin));
