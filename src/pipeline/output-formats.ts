/**
 * The formats `build` can write, in one place: `build --format` and `release` take
 * their lists from here. A module with no imports, so the CLI can load it at start-up.
 */
export const OUTPUT_FORMATS = ['html', 'pdf', 'docx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** What `build` writes when `--format` is not given (the contract: HTML and PDF). */
export const DEFAULT_BUILD_FORMATS: readonly OutputFormat[] = ['html', 'pdf'];

/** What `release` writes when `--format` is not given: every format `build` supports. */
export const DEFAULT_RELEASE_FORMATS: readonly OutputFormat[] = OUTPUT_FORMATS;
