import { describe, expect, it } from 'vitest';
import { isInside } from '../../src/paths.js';

describe('isInside', () => {
  it('tells paths inside a folder from paths that leave it', () => {
    expect(isInside('/w', '/w')).toBe(true);
    expect(isInside('/w', '/w/letters/a.md')).toBe(true);
    expect(isInside('/w', '/w/letters/../signatories.yaml')).toBe(true);
    // A name that merely starts with two dots stays inside.
    expect(isInside('/w/letters', '/w/letters/..md')).toBe(true);
    expect(isInside('/w/letters', '/w/letters/..hidden/x.png')).toBe(true);
    expect(isInside('/w', '/w/../etc/passwd')).toBe(false);
    expect(isInside('/w', '/etc/passwd')).toBe(false);
    expect(isInside('/w/letters', '/w/letters-old/a.md')).toBe(false);
  });
});
