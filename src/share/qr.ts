/**
 * QR codes drawn as SVG at build time, for sharing a page by WeChat (which shares by scanning):
 * no script and no image request, and crisp at any size. Black on white with a quiet zone, as
 * scanners expect, in light and dark mode alike.
 */
import QRCode from 'qrcode';

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An <svg> of the QR code of `text`, `size` CSS pixels square, named `label` for assistive technology. */
export async function qrSvg(text: string, label: string, size = 176): Promise<string> {
  // Level M survives a smudged or partly covered code and keeps a page URL to about 41 modules.
  const svg = await QRCode.toString(text, {
    type: 'svg',
    errorCorrectionLevel: 'M',
    margin: 2,
    color: { dark: '#000000', light: '#ffffff' },
  });
  return svg
    .replace(
      /^<svg /,
      `<svg role="img" aria-label="${escapeAttribute(label)}" width="${size}" height="${size}" class="qr-code" `,
    )
    .trim();
}
