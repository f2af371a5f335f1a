// Types for bench/workspace.mjs, so TypeScript tests can import the generator.
export const REPO: string;
export function orgId(i: number): string;
export function orgName(i: number): string;
export function orgCountry(i: number): string;
export function registryYaml(count: number): string;
export function letterMarkdown(o: { index: number; langs?: string[]; signers: string[]; groupByCountry?: boolean; paragraphs?: number }): string;
export function signOnCsv(rows: number, registrySize: number): string;
export function writeWorkspace(files: Record<string, string>, parent?: string): string;
export function lettersWorkspace(count: number, registry?: number): string;
export function bigLetterWorkspace(signers: number): string;
export function checkWorkspace(letters: number, registry: number): string;
export function importWorkspace(rows: number, registry: number): string;
export function sampleWorkspace(): string;
export function removeWorkspace(dir: string): void;
