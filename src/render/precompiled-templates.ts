/**
 * The built-in templates precompiled, by name (`letter.hbs`, `partials/signatories.hbs`),
 * each with the source it was compiled from. Empty here, so code run from the sources
 * (the tests) compiles every template from its text; the bundle `bin/coalition.js` runs
 * gets this module filled in at bundle time (scripts/precompile-templates.mjs).
 */
export const PRECOMPILED: Record<string, { source: string; spec: TemplateSpecification }> = {};
