/** Types of the one natural module akhbar imports (natural ships none for deep paths). */
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro–Winkler similarity of two strings, 0 to 1. */
  export default function jaroWinkler(s1: string, s2: string, dt?: number, ignoreCase?: boolean): number;
}
