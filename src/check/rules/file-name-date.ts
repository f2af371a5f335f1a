/**
 * A letter whose `date:` moved after its file was named: the output already takes the
 * new date (out/<date>-<slug>.*), but the file name still says the old one, which
 * misleads whoever lists letters/.
 */
import { fileNameDate, letterSlug } from '../../workspace/workspace.js';
import { letterDate } from '../raw-facts.js';
import type { Rule } from '../types.js';

export const fileNameDateRule: Rule = {
  name: 'file-name-date',
  letter({ prepared }) {
    const { letter } = prepared;
    const date = letterDate(letter);
    const named = fileNameDate(letter.name);
    if (!date || !named || named === date || !letter.source) return [];
    const slug = letterSlug(letter.name);
    return [{
      file: letter.file, ...letter.source.locate(['date']), severity: 'warning', code: 'file-name-date',
      message: `the file name says ${named}, the letter's date is ${date}`,
      hint: `\`coalition rename ${slug}\` renames it to letters/${date}-${slug}.md (its output is already out/${date}-${slug}.*).`,
    }];
  },
};
