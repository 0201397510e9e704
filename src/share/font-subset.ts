/**
 * A minimal TrueType subsetter for rendering pictures: keeps every glyph id, empties the outlines
 * of glyphs the text does not use, and drops substitution tables. The result draws the given text
 * exactly as the full font does, in a file a few hundred KB instead of 10 MB.
 *
 * Why: resvg re-reads the font file for every glyph it draws; with Noto Sans SC (10 MB a weight)
 * that made a chart picture take over a second, with a subset well under 100 ms.
 *
 * Glyph ids stay as they are, so cmap, hmtx, vmtx and GPOS (kerning) stay valid untouched. GSUB is
 * dropped because its substitutions could lead to glyphs that were emptied; the pictures set
 * horizontal Simplified Chinese and Latin, which need none.
 */

interface Table {
  tag: string;
  offset: number;
  length: number;
}

function tableDirectory(font: Buffer): Map<string, Table> {
  const count = font.readUInt16BE(4);
  const tables = new Map<string, Table>();
  for (let index = 0; index < count; index += 1) {
    const at = 12 + index * 16;
    const tag = font.toString('latin1', at, at + 4);
    tables.set(tag, { tag, offset: font.readUInt32BE(at + 8), length: font.readUInt32BE(at + 12) });
  }
  return tables;
}

const slice = (font: Buffer, table: Table) => font.subarray(table.offset, table.offset + table.length);

/** Code point → glyph id, from the best Unicode cmap subtable (format 12, else format 4). */
export function readCmap(font: Buffer): Map<number, number> {
  const cmap = slice(font, tableDirectory(font).get('cmap')!);
  const count = cmap.readUInt16BE(2);
  const subtables: { format: number; offset: number }[] = [];
  for (let index = 0; index < count; index += 1) {
    const at = 4 + index * 8;
    const platform = cmap.readUInt16BE(at);
    const encoding = cmap.readUInt16BE(at + 2);
    const offset = cmap.readUInt32BE(at + 4);
    if ((platform === 3 && (encoding === 1 || encoding === 10)) || platform === 0)
      subtables.push({ format: cmap.readUInt16BE(offset), offset });
  }
  const map = new Map<number, number>();
  const format12 = subtables.find((table) => table.format === 12);
  if (format12) {
    const groups = cmap.readUInt32BE(format12.offset + 12);
    for (let index = 0; index < groups; index += 1) {
      const at = format12.offset + 16 + index * 12;
      const start = cmap.readUInt32BE(at);
      const end = cmap.readUInt32BE(at + 4);
      const glyph = cmap.readUInt32BE(at + 8);
      for (let code = start; code <= end; code += 1) map.set(code, glyph + code - start);
    }
    return map;
  }
  const format4 = subtables.find((table) => table.format === 4);
  if (!format4) throw new Error('The font has no Unicode cmap (format 4 or 12)');
  const base = format4.offset;
  const segments = cmap.readUInt16BE(base + 6) / 2;
  const ends = base + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment += 1) {
    const end = cmap.readUInt16BE(ends + segment * 2);
    const start = cmap.readUInt16BE(starts + segment * 2);
    const delta = cmap.readInt16BE(deltas + segment * 2);
    const rangeOffset = cmap.readUInt16BE(rangeOffsets + segment * 2);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const at = rangeOffsets + segment * 2 + rangeOffset + (code - start) * 2;
        glyph = cmap.readUInt16BE(at);
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(code, glyph);
    }
  }
  return map;
}

function glyphOffsets(font: Buffer, tables: Map<string, Table>): number[] {
  const head = slice(font, tables.get('head')!);
  const longOffsets = head.readInt16BE(50) === 1;
  const glyphCount = slice(font, tables.get('maxp')!).readUInt16BE(4);
  const loca = slice(font, tables.get('loca')!);
  return Array.from({ length: glyphCount + 1 }, (_, index) =>
    longOffsets ? loca.readUInt32BE(index * 4) : loca.readUInt16BE(index * 2) * 2,
  );
}

/** The glyphs a composite glyph is built from. */
function components(glyph: Buffer): number[] {
  if (glyph.length < 10 || glyph.readInt16BE(0) >= 0) return [];
  const found: number[] = [];
  let at = 10;
  for (;;) {
    const flags = glyph.readUInt16BE(at);
    found.push(glyph.readUInt16BE(at + 2));
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) return found;
  }
}

const checksum = (data: Buffer) => {
  let sum = 0;
  for (let at = 0; at < data.length; at += 4) sum = (sum + data.readUInt32BE(at)) >>> 0;
  return sum;
};
const pad4 = (data: Buffer) =>
  data.length % 4 === 0 ? data : Buffer.concat([data, Buffer.alloc(4 - (data.length % 4))]);

export interface LoadedFont {
  data: Buffer;
  cmap: Map<number, number>;
}

/**
 * A font file (TrueType/OpenType bytes) ready to subset: the bytes and its character → glyph map,
 * read once. @throws when the bytes are not a font with a `cmap` table (the table read fails).
 */
export function loadFont(data: Buffer): LoadedFont {
  return { data, cmap: readCmap(data) };
}

/** A copy of `font` that draws every character of `text` (and nothing else), glyph ids unchanged. */
export function subsetFont(font: LoadedFont, text: string): Buffer {
  const { data } = font;
  const tables = tableDirectory(data);
  const offsets = glyphOffsets(data, tables);
  const glyf = slice(data, tables.get('glyf')!);
  const glyphAt = (id: number) => glyf.subarray(offsets[id]!, offsets[id + 1]!);

  const keep = new Set<number>([0]);
  const queue = [...new Set(text)]
    .map((char) => font.cmap.get(char.codePointAt(0)!))
    .filter((id): id is number => id !== undefined);
  while (queue.length) {
    const id = queue.pop()!;
    if (keep.has(id) || id >= offsets.length - 1) continue;
    keep.add(id);
    queue.push(...components(glyphAt(id)));
  }

  // New glyf and loca (long offsets): kept glyphs in place, every other glyph empty.
  const pieces: Buffer[] = [];
  const loca = Buffer.alloc(offsets.length * 4);
  let position = 0;
  for (let id = 0; id < offsets.length - 1; id += 1) {
    loca.writeUInt32BE(position, id * 4);
    if (!keep.has(id)) continue;
    const glyph = pad4(Buffer.from(glyphAt(id)));
    pieces.push(glyph);
    position += glyph.length;
  }
  loca.writeUInt32BE(position, (offsets.length - 1) * 4);
  const head = Buffer.from(slice(data, tables.get('head')!));
  head.writeInt16BE(1, 50);
  head.writeUInt32BE(0, 8);

  const replaced = new Map<string, Buffer>([
    ['glyf', Buffer.concat(pieces)],
    ['loca', loca],
    ['head', head],
  ]);
  return assemble(data, tables, replaced, ['GSUB', 'DSIG']);
}

/**
 * A font file from `data`'s tables, with the `replaced` ones swapped in and the `dropped` ones
 * left out: table directory, 4-byte padding, table checksums and head.checkSumAdjustment.
 */
function assemble(data: Buffer, tables: Map<string, Table>, replaced: Map<string, Buffer>, dropped: string[]): Buffer {
  const kept = [...tables.values()]
    .filter((table) => !dropped.includes(table.tag))
    .sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const count = kept.length;
  const power = 2 ** Math.floor(Math.log2(count));
  const directory = Buffer.alloc(12 + count * 16);
  data.copy(directory, 0, 0, 4);
  directory.writeUInt16BE(count, 4);
  directory.writeUInt16BE(power * 16, 6);
  directory.writeUInt16BE(Math.log2(power), 8);
  directory.writeUInt16BE(count * 16 - power * 16, 10);
  const bodies: Buffer[] = [];
  let offset = directory.length;
  kept.forEach((table, index) => {
    const body = replaced.get(table.tag) ?? slice(data, table);
    const padded = pad4(Buffer.from(body));
    const at = 12 + index * 16;
    directory.write(table.tag, at, 'latin1');
    directory.writeUInt32BE(checksum(padded), at + 4);
    directory.writeUInt32BE(offset, at + 8);
    directory.writeUInt32BE(body.length, at + 12);
    bodies.push(padded);
    offset += padded.length;
  });
  const result = Buffer.concat([directory, ...bodies]);
  // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
  const headEntry = kept.findIndex((table) => table.tag === 'head');
  const headOffset = directory.readUInt32BE(12 + headEntry * 16 + 8);
  result.writeUInt32BE((0xb1b0afba - checksum(result)) >>> 0, headOffset + 8);
  return result;
}

/**
 * A copy of `font` whose character map leaves out every code point `drop` accepts; outlines and
 * every other table unchanged. Why: Noto Sans SC maps some Kangxi radicals (U+2F00–U+2FDF) and
 * CJK radical supplements (U+2E80–U+2EFF) to the same glyphs as the ideographs they look like
 * (⼉ and 儿), and Chromium's PDF writer then records the radical as the text of that glyph, so a
 * reader who copies or searches the PDF gets the wrong characters. Without those entries, each
 * glyph has only its ideograph. The new map is one format 12 subtable (Unicode, full repertoire).
 */
export function withoutCharacters(font: LoadedFont, drop: (codePoint: number) => boolean): LoadedFont {
  const entries = [...font.cmap].filter(([code]) => !drop(code)).sort((a, b) => a[0] - b[0]);
  const groups: [number, number, number][] = [];
  for (const [code, glyph] of entries) {
    const last = groups.at(-1);
    if (last && code === last[1] + 1 && glyph === last[2] + (code - last[0])) last[1] = code;
    else groups.push([code, code, glyph]);
  }
  const subtable = Buffer.alloc(16 + groups.length * 12);
  subtable.writeUInt16BE(12, 0);
  subtable.writeUInt32BE(subtable.length, 4);
  subtable.writeUInt32BE(groups.length, 12);
  groups.forEach(([start, end, glyph], index) => {
    subtable.writeUInt32BE(start, 16 + index * 12);
    subtable.writeUInt32BE(end, 20 + index * 12);
    subtable.writeUInt32BE(glyph, 24 + index * 12);
  });
  // Two encoding records (Unicode full repertoire; Windows UCS-4) pointing at the one subtable.
  const header = Buffer.alloc(4 + 2 * 8);
  header.writeUInt16BE(2, 2);
  header.writeUInt16BE(0, 4);
  header.writeUInt16BE(4, 6);
  header.writeUInt32BE(header.length, 8);
  header.writeUInt16BE(3, 12);
  header.writeUInt16BE(10, 14);
  header.writeUInt32BE(header.length, 16);
  const cmap = Buffer.concat([header, subtable]);
  const data = assemble(font.data, tableDirectory(font.data), new Map([['cmap', cmap]]), ['DSIG']);
  return loadFont(data);
}
