/**
 * The answer to a form's consent question ("May we publish your name?") in the
 * shipped languages: a "no" in any of them, or a "no, …" sentence, keeps the signer
 * unnamed (`publish: false`); a "yes" names them. An answer that is neither keeps
 * them unnamed too (never print a name nobody clearly allowed) and says so; an empty
 * answer names them, as a form without the question would (docs/registry.md).
 */
import { nameKey } from '../name-key.js';

export type Consent = { publish: true; note?: string } | { publish: false; note?: string };

/** First words of a yes: en, es, fr, pt, de, it, ru, ar, zh (as name keys: "sí" is "si", "sì" is "si", "أوافق" is "اوافق"). */
const YES = /^(yes|y|yeah|yep|sure|ok|okay|of course|si|claro|por supuesto|oui|bien sur|sim|claro que sim|ja|gerne|certo|certamente|да|конечно|نعم|موافق|موافقون|اوافق|نوافق|是|是的|同意|可以|好|好的)(\s|$)/u;
/** "No problem" and its kin say yes though they start with no. */
const NO_BUT_YES = /^(no problem|no objection|sin problema|ningun problema|no hay problema|pas de probleme|sem problema|nenhum problema|kein problem|nessun problema|нет проблем|لا مانع|لا باس|不介意|没问题|沒問題|没关系|沒關係)/u;
/** A no, or a sentence that starts with one ("No, thank you", "Prefer not", "Anonymous please"). */
const NO = /^(no|n|nope|non|nao|nein|нет|not|do not|dont|please do not|please dont|prefer not|we prefer not|rather not|prefiero que no|prefiero no|prefiro que nao|prefiro nao|lieber nicht|bitte nicht|preferisco di no|anonymous|anonymously|anonimo|anonima|anonimamente|anonyme|anonym|анонимно|لا|كلا|لا نوافق|لا اوافق|مجهول|سري|否|不|不同意|不可以|不要|不行|不用|匿名)(\s|$)/u;

export function readConsent(answer: string): Consent {
  const key = nameKey(answer);
  if (key === '') return { publish: true, note: 'consent left blank: named' };
  if (NO_BUT_YES.test(key) || YES.test(key)) return { publish: true };
  if (NO.test(key)) return { publish: false };
  return { publish: false, note: `consent "${answer.trim()}" is not a clear yes: not named (publish: false)` };
}
