/**
 * A letter's `signatories:` list, normalized and checked against the registry:
 * unknown ids (with the closest known ids as suggestions) and ids listed twice.
 */
import { closest, distance } from 'fastest-levenshtein';
import type { Diagnostic } from '../errors.js';
import { isSectionStart, type SignatoriesItem, type SignerRef, type SignerStatus, type Signatory } from '../model/schema.js';
import type { YamlSource } from '../yaml/yaml.js';

export interface Signer {
  id: string;
  status: SignerStatus;
  signedOn?: string;
  /** Text fingerprint the signer confirmed, when recorded. */
  text?: string;
  /** Position in the letter's list (for `as-listed` order and for locating it). */
  index: number;
  /** `false`: signed but asked not to be named (`publish: false`): never printed, only counted. */
  publish?: false;
}

export function normalizeSignerRef(ref: SignerRef, index: number): Signer {
  if (typeof ref === 'string') return { id: ref, status: 'confirmed', index };
  return {
    id: ref.id,
    status: ref.status,
    index,
    ...(ref.signed_on ? { signedOn: ref.signed_on } : {}),
    ...(ref.text ? { text: ref.text } : {}),
    ...(ref.publish === false ? { publish: false as const } : {}),
  };
}

/** The signers of a `signatories:` list, each with its index in the list; section starts (`{ group: … }`) are not signers. */
export function signersOf(items: readonly SignatoriesItem[]): Signer[] {
  return items.flatMap((item, index) => (isSectionStart(item) ? [] : [normalizeSignerRef(item, index)]));
}

/** Up to three registry ids close to `id`, best first. */
export function suggestIds(id: string, known: Iterable<string>): string[] {
  const ids = [...known];
  const limit = Math.max(2, Math.ceil(id.length / 3));
  const scored = ids
    .map((candidate) => ({ candidate, d: distance(id, candidate) }))
    .filter(({ candidate, d }) => d <= limit || candidate.includes(id) || id.includes(candidate))
    .sort((a, b) => a.d - b.d || a.candidate.localeCompare(b.candidate));
  const best = scored.slice(0, 3).map((s) => s.candidate);
  if (best.length === 0 && ids.length > 0 && id.length > 3) {
    const one = closest(id, ids);
    if (distance(id, one) <= id.length / 2) best.push(one);
  }
  return best;
}

/** `; did you mean "a" or "b"?` for an unknown id, or nothing when no known id is close. */
export function didYouMean(id: string, known: Iterable<string>): string {
  const suggestions = suggestIds(id, known);
  return suggestions.length ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}?` : '';
}

/** Unknown ids that get "did you mean" suggestions, per letter. */
const MAX_SUGGESTED = 20;

export function checkSignerRefs(
  refs: readonly SignatoriesItem[],
  registry: ReadonlyMap<string, Signatory>,
  source: YamlSource,
  file: string,
): { signers: Signer[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const firstIndex = new Map<string, number>();
  const signers = signersOf(refs);
  let suggested = 0;
  for (const signer of signers) {
    // Positions are looked up only for problems: a letter read quickly has none to build (yaml-quick.ts).
    const at = () => source.locate(['signatories', signer.index]);
    if (!registry.has(signer.id)) {
      // Suggestions cost a scan of the registry each; a list of thousands of bad ids
      // (a pasted spreadsheet) gets them for the first few only.
      const near = suggested++ < MAX_SUGGESTED ? suggestIds(signer.id, registry.keys()) : [];
      const suggestion = near.length ? `; did you mean ${near.map((s) => `"${s}"`).join(' or ')}?` : '';
      diagnostics.push({
        file, ...at(), severity: 'error', code: 'unknown-signatory',
        message: `"${signer.id}" is not in signatories.yaml${suggestion}`,
        // A typo is likelier than a new signatory: the registered id first, `org add` last.
        hint: near.length
          ? `Write the registered id: ${signer.id} → ${near[0]}. Only if it is another organization, add it: coalition org add ${signer.id} --name "…"`
          : `Fix the id, or add the signatory: coalition org add ${signer.id} --name "…"`,
      });
    }
    const first = firstIndex.get(signer.id);
    if (first !== undefined) {
      diagnostics.push({
        file, ...at(), severity: 'error', code: 'duplicate-signatory',
        message: `"${signer.id}" is listed twice (first on line ${source.locate(['signatories', first]).line})`,
        hint: 'Keep one entry per signatory.',
      });
    } else firstIndex.set(signer.id, signer.index);
  }
  return { signers, diagnostics };
}
