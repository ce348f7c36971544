/** Compass nouns, normalized: شمال، جنوب، شرق، غرب، وسط. In construct they place what follows (شمال العراق). */
export const COMPASS_NOUNS: ReadonlySet<string> = new Set(['شمال', 'جنوب', 'شرق', 'غرب', 'وسط']);
