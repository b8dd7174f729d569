// The shapes of the demo's data tables. The tables describe organisations, their sites and services
// in a compact, readable form; build.ts turns them into HSDS 3.0 records.
import type { SozialraumCode } from './sozialraeume.ts';

/** Child terms of the taxonomy "Lebenslagen" (resources/taxonomies.json); the importer adds the parents. */
export type TermCode =
  | 'schwangerschaftsberatung' | 'hebammen' | 'fruehe-hilfen'
  | 'kita' | 'kindertagespflege' | 'hort'
  | 'schulsozialarbeit' | 'lernfoerderung' | 'bildung-teilhabe'
  | 'erziehungsberatung' | 'familienbildung' | 'trennung-scheidung' | 'hilfen-zur-erziehung'
  | 'jugendarbeit' | 'jugendberatung' | 'kinderschutz'
  | 'fruehfoerderung' | 'eingliederungshilfe' | 'teilhabeberatung'
  | 'psychische-gesundheit' | 'selbsthilfe' | 'krisendienst'
  | 'suchtberatung' | 'suchtpraevention'
  | 'schuldnerberatung' | 'sozialleistungen'
  | 'haeusliche-gewalt' | 'frauenhaus' | 'opferhilfe'
  | 'migrationsberatung' | 'sprachkurse' | 'gefluechtete'
  | 'pflegeberatung' | 'entlastung' | 'senioren'
  | 'wohnungsnotfallhilfe' | 'wohngeld'
  | 'berufsberatung' | 'wiedereinstieg'
  | 'familienzentrum' | 'nachbarschaft';

/** Terms of the taxonomy "Barrierefreiheit" besides "rollstuhlgerecht", which follows from `access: 'full'`. */
export type AccessExtra = 'barrierefreies-wc' | 'induktionsschleife' | 'leichte-sprache' | 'gebaerdensprache';

/** ISO 639-1 codes of the languages the demo's services speak besides German. */
export type LangCode =
  | 'en' | 'tr' | 'ar' | 'uk' | 'ru' | 'pl' | 'fa' | 'ro' | 'bg' | 'ku' | 'ti' | 'fr' | 'es' | 'sq'
  | 'sr' | 'hr' | 'bs' | 'vi' | 'it' | 'el' | 'so' | 'ps' | 'ur';

export const LANGUAGE_NAMES: Record<LangCode | 'de', string> = {
  de: 'Deutsch', en: 'Englisch', tr: 'Türkisch', ar: 'Arabisch', uk: 'Ukrainisch', ru: 'Russisch', pl: 'Polnisch',
  fa: 'Persisch (Farsi/Dari)', ro: 'Rumänisch', bg: 'Bulgarisch', ku: 'Kurdisch', ti: 'Tigrinya', fr: 'Französisch',
  es: 'Spanisch', sq: 'Albanisch', sr: 'Serbisch', hr: 'Kroatisch', bs: 'Bosnisch', vi: 'Vietnamesisch', it: 'Italienisch',
  el: 'Griechisch', so: 'Somali', ps: 'Paschtu', ur: 'Urdu',
};

/** A building where services are offered. */
export type Site = {
  /** Unique within the organisation; other organisations refer to it as "orgKey:siteKey". */
  key: string;
  name?: string;
  en?: string;
  area: SozialraumCode;
  /** Must be one of the Sozialraum's streets. */
  street: string;
  no: string;
  address2?: string;
  /** full: step-free, wheelchair accessible; partial: some barriers; none: not accessible. */
  access: 'full' | 'partial' | 'none';
  extras?: AccessExtra[];
  /** Replaces the generated accessibility description. */
  accessNote?: string;
  description?: string;
  /** A protected place (women's shelter): its address and coordinates are never shown publicly. */
  confidential?: boolean;
};

/**
 * free: a cost option "kostenfrei" (0 EUR); fees: no cost option, the fees text explains (e.g. billed
 * to the care insurance); otherwise one cost option with an amount in EUR.
 */
export type Cost =
  | 'free'
  | 'fees'
  | { option: string; amount: number; description?: string };

/** A translated name and description. */
export type Translation = readonly [name: string, description: string];

export type ServiceDef = {
  /** Unique within the organisation. */
  key: string;
  name: string;
  alt?: string;
  /** Natural German, two to five sentences. */
  text: string;
  /** One or two child terms of the Lebenslagen. */
  terms: TermCode[];
  /**
   * in_person (default): at the given sites (default: the organisation's first site);
   * phone: a hotline without a place; online: a virtual location with the service's url.
   */
  mode?: 'in_person' | 'phone' | 'online';
  /** Site keys of this organisation, or "orgKey:siteKey" for another's building. */
  at?: string[];
  /**
   * Opening hours, e.g. "MO-TH 09:00-12:00,14:00-16:00; FR 09:00-12:00 (offene Sprechstunde)".
   * Left out when the service works by appointment only (the text says so).
   */
  hours?: string;
  /** Languages besides German; the organisation's languages are added. */
  langs?: LangCode[];
  /** Only these languages (besides German), ignoring the organisation's. */
  onlyLangs?: LangCode[];
  age?: [min: number | null, max: number | null];
  /** Default: free. Several cost options for e.g. fee plus meals. */
  cost?: Cost | Cost[];
  fees?: string;
  eligibility?: string;
  application?: string;
  interpretation?: string;
  wait?: string;
  /** Path below the organisation's website, or a full URL. */
  url?: string;
  /** Local part of a service mailbox (for online counselling and applications); otherwise mail goes to the contact. */
  email?: string;
  /** The team to contact (HSDS contact.department). */
  contact?: string;
  status?: 'temporarily closed';
  alert?: string;
  /** Extra phones, e.g. a 24/7 line next to the office number. */
  extraPhones?: { description: string; type?: string }[];
  /** No phone of its own (the organisation's number applies). */
  noPhone?: boolean;
  /** The entry was last confirmed more than a year ago (for the "outdated" flag). */
  outdated?: boolean;
  en?: Translation;
  tr?: Translation;
  ar?: Translation;
  uk?: Translation;
};

export type OrgDef = {
  key: string;
  name: string;
  alt?: string;
  en?: string;
  description: string;
  enDescription?: string;
  legal?: string;
  year?: number;
  /** Internet domain (always .example). */
  domain: string;
  /** Local part of the general mailbox (default "info"). */
  mailbox?: string;
  /** Key of the parent organisation (e.g. the town for its offices). */
  parent?: string;
  /** Languages every service of the organisation offers besides German. */
  langs?: LangCode[];
  sites: Site[];
  services: ServiceDef[];
};
