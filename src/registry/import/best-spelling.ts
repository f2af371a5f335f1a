/**
 * When a sign-on form names one organization in several spellings ("asylum access
 * méxico", "ASYLUM ACCESS MEXICO", "Asylum Access México"), the new registry entry
 * takes the most complete one: mixed case before all capitals before all lower case,
 * then the one with more accents written; the first seen wins a tie. (An organization
 * already in the registry keeps the registry's spelling: an import never changes it.)
 */

function score(name: string): [number, number] {
  const letters = [...name].filter((c) => /\p{L}/u.test(c));
  const upper = letters.some((c) => c !== c.toLowerCase());
  const lower = letters.some((c) => c !== c.toUpperCase());
  const casing = upper && lower ? 2 : upper ? 1 : 0;
  const accents = name.normalize('NFD').match(/\p{M}/gu)?.length ?? 0;
  return [casing, accents];
}

export function bestSpelling(spellings: readonly string[]): string {
  let best = spellings[0]!;
  let bestScore = score(best);
  for (const spelling of spellings.slice(1)) {
    const s = score(spelling);
    if (s[0] > bestScore[0] || (s[0] === bestScore[0] && s[1] > bestScore[1])) {
      best = spelling;
      bestScore = s;
    }
  }
  return best;
}
