import QRCode from "qrcode";

/**
 * A QR code of `payload` as SVG markup, made on the server (nothing is fetched: CSP). The markup
 * is geometry only (paths computed from the payload), so it is safe to inline. It is hidden from
 * assistive technology: the element that wraps it carries the accessible label.
 */
export async function renderQrSvg(payload: string): Promise<string> {
  const svg = await QRCode.toString(payload, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
  return svg.replace("<svg ", '<svg aria-hidden="true" focusable="false" width="100%" height="100%" ');
}
