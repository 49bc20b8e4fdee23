import { describe, expect, it } from 'vitest';
import { effectiveTheme, parseTheme } from '../../src/lib/theme';
import { scrollFraction } from '../../src/lib/readingProgress';
import { currentSection } from '../../src/lib/toc';

describe('parseTheme(value)', () => {
  it('accepts only the two known themes', () => {
    expect(parseTheme('dark')).toBe('dark');
    expect(parseTheme('light')).toBe('light');
    expect(parseTheme('<b>')).toBeNull();
    expect(parseTheme(null)).toBeNull();
  });
});

describe('effectiveTheme(choice, systemPrefersDark)', () => {
  it('follows the system until the reader chooses', () => {
    expect(effectiveTheme(null, true)).toBe('dark');
    expect(effectiveTheme(null, false)).toBe('light');
    expect(effectiveTheme('light', true)).toBe('light');
  });
});

describe('scrollFraction(top, height, viewport)', () => {
  it('is 0 at the top, 1 at the bottom and clamped in between', () => {
    expect(scrollFraction(0, 2000, 1000)).toBe(0);
    expect(scrollFraction(500, 2000, 1000)).toBe(0.5);
    expect(scrollFraction(1500, 2000, 1000)).toBe(1);
    expect(scrollFraction(-40, 2000, 1000)).toBe(0);
  });
  it('is 1 when the page fits the viewport', () => {
    expect(scrollFraction(0, 800, 1000)).toBe(1);
  });
});

describe('currentSection(tops, readingLine)', () => {
  const tops = [
    { id: 'a', top: -900 },
    { id: 'b', top: 120 },
    { id: 'c', top: 800 },
  ];
  it('is the last section whose top has passed the reading line', () => {
    expect(currentSection(tops, 300)).toBe('b');
    expect(currentSection(tops, 100)).toBe('a');
  });
  it('is the first section before any has passed, and null with none', () => {
    expect(currentSection([{ id: 'a', top: 500 }], 300)).toBe('a');
    expect(currentSection([], 300)).toBeNull();
  });
});
