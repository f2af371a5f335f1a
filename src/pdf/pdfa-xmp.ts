/**
 * The XMP metadata packet a PDF/A file carries: the PDF/A identification (`pdfaid`)
 * and the same title, author, subject, keywords, tool and dates as the document
 * information dictionary, value for value (validators compare the two).
 */

export interface XmpFacts {
  part: 1 | 2;
  title: string;
  author: string;
  subject: string;
  /** As the information dictionary holds them: one string. */
  keywords?: string;
  creatorTool: string;
  producer: string;
  /** The creation and modification date (a letter's date, midnight UTC). */
  date: Date;
  /** The document's languages, as BCP 47 tags. */
  langs: readonly string[];
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `2022-10-12T00:00:00Z`: the same instant as the information dictionary's `D:20221012000000Z`. */
function xmpDate(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The packet as UTF-8 bytes, ready for an unfiltered /Metadata stream. */
export function xmpPacket(facts: XmpFacts): Uint8Array {
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${escape(text)}</rdf:li></rdf:Alt>`;
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">',
    `   <pdfaid:part>${facts.part}</pdfaid:part>`,
    '   <pdfaid:conformance>B</pdfaid:conformance>',
    '  </rdf:Description>',
    '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">',
    '   <dc:format>application/pdf</dc:format>',
    `   <dc:title>${alt(facts.title)}</dc:title>`,
    `   <dc:creator><rdf:Seq><rdf:li>${escape(facts.author)}</rdf:li></rdf:Seq></dc:creator>`,
    ...(facts.subject ? [`   <dc:description>${alt(facts.subject)}</dc:description>`] : []),
    `   <dc:language><rdf:Bag>${facts.langs.map((l) => `<rdf:li>${escape(l)}</rdf:li>`).join('')}</rdf:Bag></dc:language>`,
    '  </rdf:Description>',
    '  <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">',
    `   <xmp:CreatorTool>${escape(facts.creatorTool)}</xmp:CreatorTool>`,
    `   <xmp:CreateDate>${xmpDate(facts.date)}</xmp:CreateDate>`,
    `   <xmp:ModifyDate>${xmpDate(facts.date)}</xmp:ModifyDate>`,
    `   <xmp:MetadataDate>${xmpDate(facts.date)}</xmp:MetadataDate>`,
    '  </rdf:Description>',
    '  <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">',
    `   <pdf:Producer>${escape(facts.producer)}</pdf:Producer>`,
    ...(facts.keywords ? [`   <pdf:Keywords>${escape(facts.keywords)}</pdf:Keywords>`] : []),
    '  </rdf:Description>',
    ' </rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ];
  return new TextEncoder().encode(lines.join('\n'));
}
