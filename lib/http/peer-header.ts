/**
 * Header the MMSO server (scripts/lib/serve-next.ts) sets to the TCP peer's address on every request,
 * overwriting whatever a client sent under that name. Only it is ground truth about who connected.
 */
export const PEER_ADDRESS_HEADER = "x-mmso-peer-address";

/**
 * Header the MMSO server sets to a fresh request id on every request (again overwriting any client
 * value): the access log line, every log line of the request and the response's `x-request-id` share it.
 */
export const REQUEST_ID_HEADER = "x-mmso-request-id";
