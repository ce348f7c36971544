import { describe, expect, it } from 'vitest';
import { procliticReadings } from '../../src/text/clitics.js';

const stems = (w: string) => procliticReadings(w).map((r) => r.stem);

describe('procliticReadings', () => {
  it('offers the whole word first', () => expect(procliticReadings('البرازيل')[0]).toMatchObject({ stem: 'البرازيل', offset: 0, prefix: '' }));
  it('strips prepositions before the article', () => {
    expect(stems('بالبرازيل')).toContain('البرازيل');
    expect(procliticReadings('بالبرازيل').find((r) => r.stem === 'البرازيل')).toMatchObject({ offset: 1, article: true, prefix: 'ب' });
  });
  it('strips the conjunction', () => expect(stems('واوزبكستان')).toContain('اوزبكستان'));
  it('restores the article assimilated in لل', () => {
    const r = procliticReadings('للامم').find((x) => x.stem === 'الامم');
    expect(r).toMatchObject({ article: true, prefix: 'لل', offset: 0 });
  });
  it('handles combinations وبال فبال ولل', () => {
    expect(stems('وبالقاهره')).toContain('القاهره');
    expect(stems('فبالقاهره')).toContain('القاهره');
    expect(stems('وللامم')).toContain('الامم');
    expect(stems('والناتو')).toContain('الناتو');
    expect(stems('والناتو')).toContain('ناتو');
  });
  it('never leaves a stem shorter than two letters', () => {
    expect(stems('وب')).toEqual(['وب']);
    for (const r of procliticReadings('ولل')) expect(r.stem.length).toBeGreaterThanOrEqual(2);
  });
});
