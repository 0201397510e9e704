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

/** A QR code as one SVG path in module units, quiet zone included, for drawing inside a picture. */
export interface QrPath {
  /** Modules across, quiet zone (2 on each side) included: the path's viewBox is `0 0 size size`. */
  size: number;
  /** The dark modules, one `M x y h n v1 h-n z` run per stretch of a row. */
  d: string;
}

/**
 * The QR code of `text` (level M, like qrSvg) as a path, for pictures rendered to PNG (the
 * posters, src/share/posters.ts): the modules come from the qrcode library, only their drawing
 * is written here, because its SVG output is a whole document with its own size and colours,
 * where a picture needs a shape it can place and scale. Runs of dark modules in a row are one
 * rectangle each, so the path stays short and the renderer draws no seams between modules.
 */
export function qrPath(text: string): QrPath {
  const margin = 2;
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const runs: string[] = [];
  for (let row = 0; row < modules.size; row += 1) {
    let column = 0;
    while (column < modules.size) {
      if (!modules.get(row, column)) {
        column += 1;
        continue;
      }
      const start = column;
      while (column < modules.size && modules.get(row, column)) column += 1;
      runs.push(`M${start + margin} ${row + margin}h${column - start}v1h${start - column}z`);
    }
  }
  return { size: modules.size + margin * 2, d: runs.join('') };
}
