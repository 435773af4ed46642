import { inflateSync } from 'node:zlib';

/**
 * The text of a PDF as Chromium prints it, without a PDF library: Chromium (Skia) writes each
 * font with a ToUnicode map and shows text as hex glyph strings in Flate-compressed content
 * streams, so inflating the streams and mapping glyphs back through those maps gives the text.
 * Enough to check what a printed page says; not a general PDF reader.
 */
export function pdfText(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; data: Buffer | null }>();
  const objectRe = /(\d+) 0 obj\b/g;
  for (let m = objectRe.exec(raw); m; m = objectRe.exec(raw)) {
    const start = m.index + m[0].length;
    const end = raw.indexOf('endobj', start);
    if (end < 0) break;
    const body = raw.slice(start, end);
    const s = body.indexOf('stream');
    let data: Buffer | null = null;
    let dict = body;
    if (s >= 0 && body.slice(0, s).includes('/Length')) {
      dict = body.slice(0, s);
      let from = start + s + 'stream'.length;
      if (raw[from] === '\r') from++;
      if (raw[from] === '\n') from++;
      const to = raw.lastIndexOf('endstream', end);
      const bytes = pdf.subarray(from, to);
      try {
        data = /\/FlateDecode/.test(dict) ? inflateSync(bytes) : bytes;
      } catch {
        data = null;
      }
    }
    objects.set(m[1]!, { dict, data });
    objectRe.lastIndex = end;
  }

  // Font resource names (/F3 12 0 R inside a /Font << … >> dictionary) → ToUnicode maps.
  const cmapOf = new Map<string, Map<number, string>>();
  const fontByName = new Map<string, string>();
  for (const { dict } of objects.values()) {
    for (const block of dict.matchAll(/\/Font\s*<<([^>]*)>>/g)) {
      for (const ref of block[1]!.matchAll(/\/([^\s/]+)\s+(\d+)\s+0\s+R/g)) fontByName.set(ref[1]!, ref[2]!);
    }
  }
  const cmapForFont = (fontObj: string): Map<number, string> | undefined => {
    if (cmapOf.has(fontObj)) return cmapOf.get(fontObj);
    const ref = objects.get(fontObj)?.dict.match(/\/ToUnicode\s+(\d+)\s+0\s+R/);
    const data = ref ? objects.get(ref[1]!)?.data : null;
    const map = data ? parseCmap(data.toString('latin1')) : undefined;
    if (map) cmapOf.set(fontObj, map);
    return map;
  };

  const out: string[] = [];
  for (const { data } of objects.values()) {
    if (!data) continue;
    const content = data.toString('latin1');
    if (!/\bT[jJ]\b/.test(content) || !/\bBT\b/.test(content)) continue;
    let cmap: Map<number, string> | undefined;
    const tokenRe = /\/([^\s/<>[\]()]+)\s+[\d.]+\s+Tf|\[((?:[^\]\\]|\\.)*)\]\s*TJ|<([0-9A-Fa-f\s]*)>\s*Tj|\b(?:Td|TD|T\*|Tm|ET)\b/g;
    for (let m = tokenRe.exec(content); m; m = tokenRe.exec(content)) {
      if (m[1] !== undefined) {
        const fontObj = fontByName.get(m[1]);
        cmap = fontObj ? cmapForFont(fontObj) : undefined;
      } else if (m[2] !== undefined) {
        for (const part of m[2].matchAll(/<([0-9A-Fa-f\s]*)>|(-?[\d.]+)/g)) {
          if (part[1] !== undefined) out.push(decodeHex(part[1], cmap));
          else if (Number(part[2]) < -200) out.push(' ');
        }
      } else if (m[3] !== undefined) {
        out.push(decodeHex(m[3], cmap));
      } else {
        out.push('\n');
      }
    }
  }
  return out.join('');
}

function decodeHex(hex: string, cmap: Map<number, string> | undefined): string {
  const h = hex.replace(/\s+/g, '');
  let text = '';
  for (let i = 0; i + 4 <= h.length; i += 4) {
    const code = parseInt(h.slice(i, i + 4), 16);
    text += cmap?.get(code) ?? '';
  }
  return text;
}

function utf16(hex: string): string {
  const units: number[] = [];
  for (let i = 0; i + 4 <= hex.length; i += 4) units.push(parseInt(hex.slice(i, i + 4), 16));
  return String.fromCharCode(...units);
}

function parseCmap(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(parseInt(m[1]!, 16), utf16(m[2]!));
  }
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
      const lo = parseInt(m[1]!, 16), hi = parseInt(m[2]!, 16);
      if (m[3] !== undefined) {
        const base = utf16(m[3]);
        const last = base.charCodeAt(base.length - 1);
        for (let c = lo; c <= hi; c++) map.set(c, base.slice(0, -1) + String.fromCharCode(last + c - lo));
      } else {
        const list = [...m[4]!.matchAll(/<([0-9A-Fa-f]+)>/g)].map((x) => utf16(x[1]!));
        for (let c = lo; c <= hi; c++) map.set(c, list[c - lo] ?? '');
      }
    }
  }
  return map;
}

/** Text compared without whitespace (PDF text runs split and join words freely) and ligatures (ﬁ → fi). */
export const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');
