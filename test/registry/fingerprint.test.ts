import { describe, expect, it } from 'vitest';
import { parseLetter } from '../../src/workspace/read-letter.js';
import { letterFingerprint, normalizeBody, staleSigners, textFingerprint } from '../../src/registry/fingerprint.js';

const bodies = (en: string, es: string) => new Map([['en', { markdown: en }], ['es', { markdown: es }]]);

describe('text fingerprints', () => {
  it('are 10 hex digits and ignore layout-only differences', () => {
    const a = textFingerprint(bodies('We, the undersigned.\n\nSecond paragraph.', 'Las organizaciones.'));
    expect(a).toMatch(/^[0-9a-f]{10}$/);
    expect(textFingerprint(bodies('We, the undersigned.   \r\n\r\n\r\n\r\nSecond paragraph.\n\n', '\nLas organizaciones.'))).toBe(a);
    // NFD "é" and NFC "é" are the same text.
    expect(textFingerprint(bodies('Café', 'x'))).toBe(textFingerprint(bodies('Cafe\u0301', 'x')));
    expect(normalizeBody('a  \n\n\n\nb\t\n')).toBe('a\n\nb');
  });

  it('change when a word changes in any language, not when languages are reordered', () => {
    const a = textFingerprint(bodies('One text.', 'Un texto.'));
    expect(textFingerprint(bodies('One text!', 'Un texto.'))).not.toBe(a);
    expect(textFingerprint(bodies('One text.', 'Un texto!'))).not.toBe(a);
    expect(textFingerprint(new Map([['es', { markdown: 'Un texto.' }], ['en', { markdown: 'One text.' }]]))).toBe(a);
  });
});

describe('staleSigners', () => {
  const letter = (body: string, list: string) => parseLetter(`---\ntitle: T\ndate: 2022-10-12\nsignatories:\n${list}---\n\n${body}\n`, 'letters/x.md');

  it('lists confirmed signers whose recorded text is not the current one, with their line', () => {
    const current = letterFingerprint(letter('Current text.', ''));
    const l = letter('Current text.', [
      '  - bare-id',
      `  - { id: seen, status: confirmed, text: "${current}" }`,
      '  - { id: old, status: confirmed, text: "0000000000" }',
      '  - { id: pending-old, status: pending, text: "0000000000" }',
      '  - { id: gone, status: withdrawn, text: "0000000000" }',
      '',
    ].join('\n'));
    const stale = staleSigners(l);
    expect(stale.map((s) => [s.id, s.line])).toEqual([['old', 7]]);
  });
});
