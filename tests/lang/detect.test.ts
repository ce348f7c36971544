import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../src/lang/detect.js';

describe('detectLanguage', () => {
  it('reads Arabic', () => expect(detectLanguage('أعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية')).toBe('ar'));
  it('reads English', () => expect(detectLanguage('The government announced a new plan on Tuesday to support farmers in rural areas.')).toBe('en'));
  it('reads an Arabic page that opens with an English menu', () => {
    expect(detectLanguage('Home\nNews\nSports\nأعلنت الحكومة اليوم عن خطة جديدة لدعم المزارعين في المناطق الريفية والقرى النائية')).toBe('ar');
  });
  it('uses the script for very short text', () => {
    expect(detectLanguage('سلام')).toBe('ar');
    expect(detectLanguage('Hi')).toBe('en');
  });
  it('tells a French page from an English one', () => {
    expect(detectLanguage("Le gouvernement a annoncé mardi un nouveau plan pour soutenir les agriculteurs des zones rurales du pays.")).toBe('fr');
  });
  it('is und without Arabic or Latin letters', () => {
    expect(detectLanguage('12345 !!! ...')).toBe('und');
    expect(detectLanguage('这是中文')).toBe('und');
  });
});
