/**
 * Arabic words that chain the parts of a person's name, normalized. Kept in one
 * place: the gazetteer extends a known name over them, the rules read them as name parts.
 */

/** Lineage particles that carry a name on after it: بن/ابن/بنت (son/daughter of), آل (family of). */
export const LINEAGE_PARTICLES: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'ال']);

/** Every particle that chains a name, lineage ones and those that open one (أبو مازن، عبد الله، ولد). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set([...LINEAGE_PARTICLES, 'ابو', 'ام', 'عبد', 'بو', 'ولد', 'ابي']);

/** Kinship nouns (normalized) that follow ابن/بنت as a relation, not as a father's name (ابن عم، ابن أخيه). */
export const KIN_NOUNS: ReadonlySet<string> = new Set(['عم', 'عمه', 'عمي', 'عمها', 'خال', 'خاله', 'خالي', 'خالها', 'اخ', 'اخي', 'اخيه', 'اخيها', 'اخت', 'اخته', 'اختها']);

/**
 * Particles of European names written apart (روبن فان بيرسي، أورسولا فون دير لاين، ستافان دي
 * ميستورا، لويس دا سيلفا), normalized: name words only between two others. Not لا and لو,
 * which are far more often the negation and «if».
 */
export const FOREIGN_NAME_PARTICLES: ReadonlySet<string> = new Set(['فان', 'فون', 'دي', 'دا', 'دو', 'ديل', 'دوس', 'ديلا']);

/**
 * Ordinal adjectives (normalized): a regnal number right after a ruler's given name (عبد الله
 * الثاني، فرناندو الثالث، ألفونسو الثالث عشر), a rank after anyone else's full name
 * (فرناندو غونزاليز العاشر).
 */
export const ORDINALS: ReadonlySet<string> = new Set(['الاول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس', 'السابع', 'الثامن', 'التاسع', 'العاشر', 'الحادي']);
