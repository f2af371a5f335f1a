/**
 * The answer to a form's consent question ("May we publish your name?") in the
 * shipped languages: a "no" in any of them, or a "no, …" sentence, keeps the signer
 * unnamed (`publish: false`); a "yes" names them. An answer that is neither keeps
 * them unnamed too (never print a name nobody clearly allowed) and says so; an empty
 * answer names them, as a form without the question would (docs/registry.md).
 */
import { nameKey } from '../name-key.js';

export type Consent = { publish: true; note?: string } | { publish: false; note?: string };

/** First words of a yes: en, es, fr, pt, de, it, ru (as name keys: "sí" is "si", "sì" is "si"). */
const YES = /^(yes|y|yeah|yep|sure|ok|okay|of course|si|claro|por supuesto|oui|bien sur|sim|claro que sim|ja|gerne|certo|certamente|да|конечно)(\s|$)/u;
/** "No problem" and its kin say yes though they start with no. */
const NO_BUT_YES = /^(no problem|no objection|sin problema|ningun problema|no hay problema|pas de probleme|sem problema|nenhum problema|kein problem|nessun problema|нет проблем)/u;
/** A no, or a sentence that starts with one ("No, thank you", "Prefer not", "Anonymous please"). */
const NO = /^(no|n|nope|non|nao|nein|нет|not|do not|dont|please do not|please dont|prefer not|we prefer not|rather not|prefiero que no|prefiero no|prefiro que nao|prefiro nao|lieber nicht|bitte nicht|preferisco di no|anonymous|anonymously|anonimo|anonima|anonimamente|anonyme|anonym|анонимно)(\s|$)/u;

export function readConsent(answer: string): Consent {
  const key = nameKey(answer);
  if (key === '') return { publish: true, note: 'consent left blank: named' };
  if (NO_BUT_YES.test(key) || YES.test(key)) return { publish: true };
  if (NO.test(key)) return { publish: false };
  return { publish: false, note: `consent "${answer.trim()}" is not a clear yes: not named (publish: false)` };
}
