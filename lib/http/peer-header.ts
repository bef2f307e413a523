/**
 * Header the MMSO server (scripts/lib/serve-next.ts) sets to the TCP peer's address on every request,
 * overwriting whatever a client sent under that name. Only it is ground truth about who connected.
 */
export const PEER_ADDRESS_HEADER = "x-mmso-peer-address";

