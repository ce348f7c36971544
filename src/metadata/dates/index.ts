/**
 * Publication dates in page text: {@link findDates} finds Arabic, English,
 * numeric, ISO 8601 and Hijri dates with exact offsets; {@link hijriToGregorian}
 * converts Umm al-Qura Hijri dates.
 *
 * @module
 */

export { findDates, type FoundDate } from './find-dates.js';
export { hijriToGregorian } from './hijri.js';
