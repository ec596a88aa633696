// Picks the dictionary for a language; French is the default.
import { fr, type Dict } from './fr.ts';
import { en } from './en.ts';

export type Lang = 'fr' | 'en';
export const DICTS: Record<Lang, Dict> = { fr, en };
export const isLang = (v: unknown): v is Lang => v === 'fr' || v === 'en';
export type { Dict };
