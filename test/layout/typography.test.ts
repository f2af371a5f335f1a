/** The pure typesetting functions: quotes, dashes, hyphenation, body blocks for parallel rows. */
import { describe, expect, it } from 'vitest';

import { typesetText, keepDashesWithWords } from '../../src/markdown/typography.js';
import { hyphenateHtml } from '../../src/markdown/hyphenate.js';
import { bodyBlocks, editionLanguages } from '../../src/render/bilingual.js';
const EN = { quotes: ['“', '”', '‘', '’'] } as const;
const FR = { quotes: ['«\u00A0', '\u00A0»', '‹', '›'] } as const;
const smartQuotes = typesetText;

describe('typesetText', () => {
  it('opens and closes by position, in the language\'s marks, and curls apostrophes', () => {
    expect(smartQuotes('The "Security" Dialogue', EN)).toBe('The “Security” Dialogue');
    expect(smartQuotes('"Quoted," she said', EN)).toBe('“Quoted,” she said');
    expect(smartQuotes("Mexico's 'first' step", EN)).toBe('Mexico’s ‘first’ step');
    expect(smartQuotes('Le "dialogue" d\'aujourd\'hui', FR)).toBe('Le «\u00A0dialogue\u00A0» d’aujourd’hui');
    expect(smartQuotes('(“already”)', EN)).toBe('(“already”)');
  });
});

describe('keepDashesWithWords', () => {
  it('wraps words joined by a dash or hyphen, not spaced dashes, not tags', () => {
    expect(keepDashesWithWords('<p class="a-b">the Guard—ostensibly and U.S.-Mexico – not this</p>'))
      .toBe('<p class="a-b">the <span class="nobr">Guard—ostensibly</span> and <span class="nobr">U.S.-Mexico</span> – not this</p>');
    expect(keepDashesWithWords('<a href="https://x.org/a-b">link</a> — en principio, México— a')).toBe('<a href="https://x.org/a-b">link</a> — en principio, México— a');
    // A long run could overflow a narrow column if it could not break.
    expect(keepDashesWithWords('https://www.example-organization.org/reports/2022-annual')).toBe('https://www.example-organization.org/reports/2022-annual');
  });
});

describe('hyphenateHtml', () => {
  it('puts soft hyphens in long words by the language\'s patterns, leaving tags and entities whole', () => {
    expect(hyphenateHtml('<p title="recommendations">recommendations &amp; organizations</p>', 'en'))
      .toBe('<p title="recommendations">rec\u00ADom\u00ADmen\u00ADda\u00ADtions &amp; or\u00ADga\u00ADni\u00ADza\u00ADtions</p>');
    expect(hyphenateHtml('recomendaciones', 'es')).toBe('re\u00ADco\u00ADmen\u00ADda\u00ADcio\u00ADnes');
    expect(hyphenateHtml('short words stay', 'en')).toBe('short words stay');
  });

  it('uses the base language\'s patterns for a regional tag, and leaves a language without patterns alone', () => {
    expect(hyphenateHtml('recomendações', 'pt-BR')).toContain('\u00AD');
    expect(hyphenateHtml('recommendations', 'zz')).toBe('recommendations');
  });
});

describe('bodyBlocks', () => {
  it('splits a body into its top-level blocks, keeping nested markup and entities', () => {
    expect(bodyBlocks('<p>One &amp; <em>two</em></p>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<h2>Three</h2>\n'))
      .toEqual(['<p>One &amp; <em>two</em></p>', '<ul>\n<li>a</li>\n<li>b</li>\n</ul>', '<h2>Three</h2>']);
  });
});

describe('editionLanguages', () => {
  it('takes the first two languages, in the order asked for', () => {
    expect(editionLanguages(['en', 'es', 'pt'])).toEqual(['en', 'es']);
    expect(editionLanguages(['en', 'es', 'pt'], ['pt', 'en'])).toEqual(['pt', 'en']);
    expect(editionLanguages(['en'], ['en', 'es'])).toEqual(['en']);
  });
});
