/**
 * The shape of a check rule. A rule is a plain function from what `check` has
 * loaded to diagnostics; rules never throw for bad content and never print.
 * To add a rule: write `rules/<name>.ts` exporting a `Rule`, and list it in
 * `rules/index.ts`.
 */
import type { Diagnostic } from '../errors.js';
import type { Workspace } from '../workspace/load.js';
import type { PreparedLetter } from '../resolve/prepare-letter.js';
import type { LoadedOfficials } from '../workspace/read-officials.js';

export interface CheckContext {
  ws: Workspace;
  /** officials.yaml as read (empty when the workspace has none). */
  officials: LoadedOfficials;
  /** Today's calendar date, `YYYY-MM-DD` (injectable so tests do not depend on the clock). */
  today: string;
  /**
   * Judge as for sending (`check --strict`, `release`, `build --strict`): what a reader
   * would take for a mistake in a letter to a minister (a greeting that had to leave
   * out a gendered word) is an error, not a warning.
   */
  strict?: boolean;
  /** `check --verbose`: rules that sum up many problems in one (outdated signers) also list each. */
  verbose?: boolean;
}

export interface LetterCheck extends CheckContext {
  /**
   * The loaded letter. `prepared.letter.frontMatter` is absent when the letter has
   * load errors; `prepared.signers` is present only when it loaded without errors.
   * `prepared.letter.text` and `prepared.letter.bodies` are there whenever the file
   * could be read, so text rules still run on a letter with a broken front matter.
   */
  prepared: PreparedLetter;
}

export interface Rule {
  /** Kebab-case name, for documentation and debugging. */
  name: string;
  /** Problems of the workspace as a whole (registry, templates); run once. It may read files (the reference document) and return a promise. */
  workspace?(ctx: CheckContext): Diagnostic[] | Promise<Diagnostic[]>;
  /** Problems of one letter; run for each letter checked. */
  letter?(ctx: LetterCheck): Diagnostic[];
}
