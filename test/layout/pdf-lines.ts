/**
 * Where each printed line sits on its page, from poppler's `pdftotext -bbox-layout`:
 * for layout facts that reading order cannot show (which column a line is in, where
 * a line starts, whether a word runs past its column).
 */
import { execFileSync } from 'node:child_process';

export interface PdfWord {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

export interface PdfLine {
  page: number;
  /** The line's words; small capitals, which poppler splits at each capital, joined back. */
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
  words: PdfWord[];
}

const decode = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const number = (attrs: string, name: string) => Number(new RegExp(`${name}="([-\\d.]+)"`).exec(attrs)![1]);

/** Every line of every page, in poppler's reading order. */
export function pdfLines(pdf: string): PdfLine[] {
  const xml = execFileSync('pdftotext', ['-enc', 'UTF-8', '-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const lines: PdfLine[] = [];
  xml.split('<page ').slice(1).forEach((pageXml, i) => {
    for (const [, attrs, inner] of pageXml.matchAll(/<line ([^>]*)>([\s\S]*?)<\/line>/g)) {
      const words = [...inner!.matchAll(/<word ([^>]*)>([^<]*)<\/word>/g)].map(([, a, t]) => ({
        text: decode(t!), xMin: number(a!, 'xMin'), xMax: number(a!, 'xMax'), yMin: number(a!, 'yMin'),
      }));
      let text = '';
      words.forEach((w, k) => {
        // Poppler cuts a small-capital word at each capital ("H" "onduras"): no space between them.
        text += k === 0 ? w.text : w.xMin - words[k - 1]!.xMax < 1 ? w.text : ` ${w.text}`;
      });
      lines.push({ page: i + 1, text, xMin: number(attrs!, 'xMin'), xMax: number(attrs!, 'xMax'), yMin: number(attrs!, 'yMin'), words });
    }
  });
  return lines;
}
