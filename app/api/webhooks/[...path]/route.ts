import { unknownPath } from "@/lib/http/unknown-path";

// A provider name we do not integrate with: the contract's 404 JSON.
export const GET = unknownPath;
export const POST = unknownPath;
