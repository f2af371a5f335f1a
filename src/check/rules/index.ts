/**
 * Every check rule beyond what loading a workspace already reports (schema errors,
 * unknown or duplicate signatories, missing languages). To add one, write a file in
 * this folder exporting a `Rule` (see ../types.ts) and add it to this list.
 */
import type { Rule } from '../types.js';
import { controlCharacters } from './control-characters.js';
import { emailAddresses } from './email-addresses.js';
import { fileNameDateRule } from './file-name-date.js';
import { greetings } from './greetings.js';
import { languageStrings } from './language-strings.js';
import { letterhead } from './letterhead.js';
import { lookAlikeEntries } from './look-alike-entries.js';
import { missingFiles } from './missing-files.js';
import { outdatedText } from './outdated-text.js';
import { pendingSigners } from './pending-signers.js';
import { placeholders } from './placeholders.js';
import { referenceDocument } from './reference-document.js';
import { signerRefs } from './unknown-signers.js';
import { staleOfficials } from './stale-officials.js';
import { templates } from './templates.js';
import { translationStructure } from './translation-structure.js';
import { unprintableCharacters } from './unprintable-characters.js';
import { footnotes } from './footnote-use.js';
import { representatives } from './representatives.js';
import { ccFields } from './cc-fields.js';
import { postNominals } from './post-nominal-names.js';

export const RULES: readonly Rule[] = [
  signerRefs,
  translationStructure,
  placeholders,
  pendingSigners,
  outdatedText,
  unprintableCharacters,
  controlCharacters,
  missingFiles,
  letterhead,
  lookAlikeEntries,
  templates,
  referenceDocument,
  fileNameDateRule,
  languageStrings,
  greetings,
  staleOfficials,
  emailAddresses,
  footnotes,
  representatives,
  ccFields,
  postNominals,
];
