/**
 * The registry's file name, in a module of its own: finding a workspace needs only
 * this, and importing registry.ts for it would load zod and yaml on every start,
 * even for `coalition --help`.
 */
export const REGISTRY_FILE = 'signatories.yaml';
