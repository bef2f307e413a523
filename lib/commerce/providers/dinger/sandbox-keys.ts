import { createPrivateKey, createPublicKey, type KeyObject } from "node:crypto";

/*
 * DEMO ONLY — PUBLIC BY DESIGN, PROTECTS NOTHING.
 *
 * In demo mode the Dinger sandbox (/sandbox/dinger/…) plays Dinger, so it holds "Dinger's" private
 * key to decrypt the checkout payload exactly as Dinger's hosted form does. This 1024-bit RSA key
 * pair was generated once, offline, with Node's crypto.generateKeyPairSync, for this repository.
 * It is never used in production mode: there the payload is encrypted with the key Dinger issues
 * (DINGER_PUBLIC_KEY), and no code path decrypts it (only Dinger can). Production refuses to start
 * while DINGER_PUBLIC_KEY still has its demo value (lib/config/parse-env.ts).
 */
const SANDBOX_PRIVATE_KEY_PEM = `-----BEGIN PRIVATE KEY-----
MIICdQIBADANBgkqhkiG9w0BAQEFAASCAl8wggJbAgEAAoGBAOemg9vpWga7vssY
sg4rQaBXuIg5E+uaFG/O2lQ66EMa0g/lhNMcrl13lefnvVpbP1H/FzJmaglQBCVk
3Qv4wM0KNKjFNggDjhOM2U6jeQqBCkCTjX8ftJPsMzt0rAsYVkRCZvuZ6J/amel6
coQLDNA+c2RSQr0Aylnj7/EITyTbAgMBAAECgYBRumv3IINEsOSFnzbizNwgiBJw
7UJb80aWk/JvmUDsu/+04BNWsF3MWC6pXRdvU5YphchXXc63bmWoE8fxO1g50yPR
4E85+36AXAhhjP8h5GsLSN4KfFtqDibKyyJFuI9ojZNj8LXnF1jzQjitensd7tCt
yKD2DOFyY87A30JWwQJBAPo/yI0G7/AMvtJMRKjN9ikp/zJ5eWQcnTAhKjiiI41C
evuhcc4FIA5mixFlfOxdqjixAzRyw8hdVOl7LfLpHHECQQDs+VDAOIvKKS3+dOKX
ylYMOUZzdvdhI40jNIi+S+05k7fzDEq1b95WEKnRXoTWW3Ecj2u1a4utv0pRT+K/
n6wLAkB23ETNdzYPtn4MNN2HsAvzkVb9CmV1/4FJkvcS3zAzsBfp3MzJJfYL4Pi8
0o97VSG8u5biGoCTcoEaRL+WWNKBAkB4PDeAkDA9Lo+rn9qocX0fTqA0TZROsR8X
Ubxf8V437H9UzlPJoy0INgQzuuVjbZoCh7J6pkqEqZ4ni4Tc/ULpAkA515G1yX2h
1aSaA6RQ9Z6xWd5uUpbAmJqG9TvRA/NrPW9ZLSAI0qYX5uc3kY4sXIvyllfm7vB/
WMvdxqahvDrL
-----END PRIVATE KEY-----`;

/**
 * The public half as Dinger's merchant portal shows a key: base64 of the DER-encoded SPKI, one line,
 * no PEM armour. This is the demo value of DINGER_PUBLIC_KEY.
 */
export const SANDBOX_PUBLIC_KEY_SPKI_BASE64 =
  "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDnpoPb6VoGu77LGLIOK0GgV7iIORPrmhRvztpUOuhDGtIP5YTTHK5dd5Xn571aWz9R/xcyZmoJUAQlZN0L+MDNCjSoxTYIA44TjNlOo3kKgQpAk41/H7ST7DM7dKwLGFZEQmb7meif2pnpenKECwzQPnNkUkK9AMpZ4+/xCE8k2wIDAQAB";

let privateKey: KeyObject | undefined;
let publicKey: KeyObject | undefined;

/** The sandbox's ("Dinger's") private key; only the sandbox's decryption side may call this. */
export function sandboxPrivateKey(): KeyObject {
  privateKey ??= createPrivateKey(SANDBOX_PRIVATE_KEY_PEM);
  return privateKey;
}

/** The public half of the sandbox key, derived from the private key (so the two cannot drift). */
export function sandboxPublicKey(): KeyObject {
  publicKey ??= createPublicKey(sandboxPrivateKey());
  return publicKey;
}
