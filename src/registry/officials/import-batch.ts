/**
 * What an import read from its source, before it meets the directory: officials and
 * groups, each with the source's own id so a second import finds what the first wrote.
 */
import type { Official, OfficialGroup } from '../../model/officials-schema.js';

export interface ImportedOfficial {
  /** The source's id: `['bioguide', 'D000563']`; a CSV row has none (matched by `id`, else by name). */
  source?: readonly [string, string];
  /** Ids to try for a new entry, best first (the first free one is taken). */
  ids: string[];
  /** The id a CSV row names: it is matched and kept as given. */
  id?: string;
  entry: Official;
}

export interface ImportedGroup {
  id: string;
  /** The group's fields; `members`, `chair` and `ranking_member` hold source ids, matched to entries by the import. */
  entry: OfficialGroup;
  /** Members by source id, in rank order, with their names for messages. */
  members: { source: readonly [string, string]; name: string }[];
  chair?: readonly [string, string];
  rankingMember?: readonly [string, string];
}

export interface ImportBatch {
  /** What was read, for messages: "legislators", "committees", "CSV". */
  kind: string;
  officials: ImportedOfficial[];
  groups: ImportedGroup[];
  /** Fields of an existing entry the source sets, or removes when it lacks them; others (an email added by hand) stay. */
  ownedFields: readonly string[];
  /** Groups in an official's `groups:` that the source decides; others the user added stay. */
  ownsGroup(group: string): boolean;
  /** Things the user should know (members left out, files not found). */
  notes: string[];
}
