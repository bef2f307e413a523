import { renderQrSvg } from "@/lib/commerce/mmqr/render-qr-svg";

type Props = {
  /** The text to encode (an MMQR payload, or the QR text a provider returned). */
  payload: string;
  /** What the code is for, read by screen readers ("MMQR code to pay MMK 15,000 for …"). */
  label: string;
  className?: string;
};

/** A QR code rendered on the server as inline SVG: no script, no image request. */
export async function QrCode({ payload, label, className }: Props) {
  const svg = await renderQrSvg(payload);
  return (
    <div
      role="img"
      aria-label={label}
      className={className ?? "aspect-square w-64 max-w-full bg-white"}
      // Security: the SVG is paths computed from the payload by `qrcode`, never text from it.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
