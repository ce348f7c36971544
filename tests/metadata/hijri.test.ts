import { describe, expect, it } from 'vitest';
import { hijriToGregorian } from '../../src/metadata/dates/index.js';
import { gregorianToHijri, hijriFromTime, tabularHijriFromTime } from '../../src/metadata/dates/hijri.js';

const ymd = (year: number, month: number, day: number) => ({ year, month, day });

describe('hijriToGregorian (Umm al-Qura)', () => {
  it.each([
    ['1 Ramadan 1444', 1444, 9, 1, ymd(2023, 3, 23)],
    ['1 Muharram 1445', 1445, 1, 1, ymd(2023, 7, 19)],
    ['7 Shawwal 1436', 1436, 10, 7, ymd(2015, 7, 23)],
    ['25 Shawwal 1436', 1436, 10, 25, ymd(2015, 8, 10)],
    ['1 Shawwal 1436', 1436, 10, 1, ymd(2015, 7, 17)],
  ])('%s', (_name, y, m, d, expected) => {
    expect(hijriToGregorian(y, m, d)).toEqual(expected);
  });

  it('accepts day 30 of a 30-day month (30 Shaban 1444 is the eve of 1 Ramadan)', () => {
    expect(hijriToGregorian(1444, 8, 30)).toEqual(ymd(2023, 3, 22));
  });

  it('returns null for day 30 of a 29-day month (Ramadan 1444 had 29 days)', () => {
    expect(hijriToGregorian(1444, 9, 29)).toEqual(ymd(2023, 4, 20));
    expect(hijriToGregorian(1444, 9, 30)).toBeNull();
  });

  it.each([
    [1444, 13, 1],
    [1444, 0, 1],
    [1444, 1, 0],
    [1444, 1, 31],
    [1444.5, 1, 1],
    [Number.NaN, 1, 1],
    [0, 1, 1],
    [1444, 1, Number.POSITIVE_INFINITY],
  ])('returns null for out-of-range %s/%s/%s', (y, m, d) => {
    expect(hijriToGregorian(y, m, d)).toBeNull();
  });

  it('every month of 1440–1446 has 29 or 30 days, and day 1 follows the last day', () => {
    for (let y = 1440; y <= 1446; y++) {
      for (let m = 1; m <= 12; m++) {
        const d29 = hijriToGregorian(y, m, 29);
        expect(d29).not.toBeNull();
        const d30 = hijriToGregorian(y, m, 30);
        const last = d30 ?? d29;
        const next = m === 12 ? hijriToGregorian(y + 1, 1, 1) : hijriToGregorian(y, m + 1, 1);
        const lastMs = Date.UTC(last!.year, last!.month - 1, last!.day);
        const nextMs = Date.UTC(next!.year, next!.month - 1, next!.day);
        expect(nextMs - lastMs).toBe(86_400_000);
      }
    }
  });

  it('round-trips with the ICU formatter (every 5th day, 1990–2040)', () => {
    for (let ms = Date.UTC(1990, 0, 1); ms < Date.UTC(2040, 0, 1); ms += 5 * 86_400_000) {
      const g = new Date(ms);
      const h = hijriFromTime(ms);
      expect(hijriToGregorian(h.year, h.month, h.day)).toEqual(
        ymd(g.getUTCFullYear(), g.getUTCMonth() + 1, g.getUTCDate()),
      );
    }
  });

  it('works across the accepted Hijri year range (1300–1500)', () => {
    expect(hijriToGregorian(1300, 1, 1)?.year).toBe(1882);
    expect(hijriToGregorian(1500, 12, 29)?.year).toBe(2077);
  });
});

describe('gregorianToHijri', () => {
  it('converts known dates', () => {
    expect(gregorianToHijri(2023, 3, 23)).toEqual(ymd(1444, 9, 1));
    expect(gregorianToHijri(2015, 7, 23)).toEqual(ymd(1436, 10, 7));
  });

  it('rejects impossible Gregorian dates', () => {
    expect(gregorianToHijri(2023, 2, 29)).toBeNull();
    expect(gregorianToHijri(2023, 13, 1)).toBeNull();
  });
});

describe('tabular fallback', () => {
  it('stays within two days of Umm al-Qura', () => {
    for (const [y, m, d] of [
      [2023, 3, 23],
      [2023, 7, 19],
      [2015, 7, 17],
    ] as const) {
      const ms = Date.UTC(y, m - 1, d);
      const tab = tabularHijriFromTime(ms);
      const uq = hijriFromTime(ms);
      const diff = (tab.year - uq.year) * 354 + (tab.month - uq.month) * 29.5 + (tab.day - uq.day);
      expect(Math.abs(diff)).toBeLessThanOrEqual(2);
    }
  });
});
