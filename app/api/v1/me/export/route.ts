import { exportMyDataEndpoint } from "@/lib/api/export-endpoints";
import { handle } from "@/lib/http/handle";
import { asAttachment } from "@/lib/privacy/export/export-response";
import { exportUserData } from "@/lib/privacy/export/export-user-data";

const exportJson = handle(exportMyDataEndpoint, ({ actor }) => exportUserData(actor.userId));

/** The export as a download (policy S6); errors keep the contract's JSON shape. */
export const GET: typeof exportJson = async (req, ctx) => asAttachment(await exportJson(req, ctx), new Date());
