/** The dictionary formats, as documented in `dictionaries/README.md`. */
import type { EntityType } from '../types.js';

/** An office held, for resolving role mentions. */
export interface RoleRecord {
  /** A key of `dictionaries/offices.json`. */
  office: string;
  /** Id of the country place or organization the office belongs to. */
  of?: string;
  /** ISO date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  from?: string;
  to?: string;
}

/** One entity of a dictionary. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  kind?: string;
  /** Canonical English name. */
  name: string;
  short?: string;
  names: Record<string, string>;
  aliases?: Record<string, string[]>;
  ambiguous?: string[];
  common?: string[];
  /** Aliases that describe the entity rather than name it (المنظمة الدولية, the world body): their mentions have form `nominal`. */
  nominal?: string[];
  wikidata?: string;
  country?: string;
  parent?: string;
  roles?: RoleRecord[];
  /** A partial record adding fields to the record with the same id. */
  patch?: boolean;
}

/** A nationality adjective entry. */
export interface DemonymRecord {
  place: string;
  ar?: string[];
  en?: string[];
}

/** Titles of one office per language. */
/**
 * Office titles per language; `many`: several people hold the office at once (ministers,
 * ambassadors); `styles`: per language, titles that name one country's office by themselves
 * (خادم الحرمين الشريفين → `place:sa`).
 */
export type OfficeTable = Record<string, { ar?: string[]; en?: string[]; many?: boolean; styles?: Partial<Record<'ar' | 'en', Record<string, string>>> }>;

/**
 * One alias compiled at build time: entity index, alias flags, normalized tokens joined
 * by a space (no token holds one), and the joined skeleton tokens for people's Arabic names (or 0).
 */
export type PrecompiledAlias = [entity: number, flags: number, tokens: string, skeleton: string | 0];
