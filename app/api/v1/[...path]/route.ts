import { unknownPath } from "@/lib/http/unknown-path";

// Any /api/v1 path without a route of its own: the contract's 404, never Next's HTML page.
export const GET = unknownPath;
export const POST = unknownPath;
export const PUT = unknownPath;
export const PATCH = unknownPath;
export const DELETE = unknownPath;
