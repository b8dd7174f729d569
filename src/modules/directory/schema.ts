// Directory tables, aligned with Open Referral HSDS 3.0 (field names as in the standard),
// plus what HSDS lacks: districts (Sozialräume), translations, a denormalised search table.
import {
  pgTable, uuid, text, integer, doublePrecision, numeric, date, timestamp, jsonb, boolean,
  primaryKey, index, bigserial, serial, customType, uniqueIndex, type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * An index on one of a child's owner columns (a phone belongs to a service, a location, an organisation …),
 * without the rows that have another owner: each row has one, so a full index would hold mostly nulls and
 * cost a write for each of them. Lookups by owner (`= id`, and the cascade of a deleted owner) use it.
 */
const ownerIndex = (name: string, column: AnyPgColumn) => index(name).on(column).where(sql.raw(`${column.name} IS NOT NULL`));

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });

export const districts = pgTable('districts', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull(),
  name: text('name').notNull(),
  description: text('description'),
  /** GeoJSON geometry (Polygon or MultiPolygon, WGS84). */
  boundary: jsonb('boundary').notNull(),
  minLat: doublePrecision('min_lat').notNull(),
  maxLat: doublePrecision('max_lat').notNull(),
  minLon: doublePrecision('min_lon').notNull(),
  maxLon: doublePrecision('max_lon').notNull(),
  population: integer('population'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
}, (t) => [uniqueIndex('districts_code_key').on(t.code)]);

/**
 * The portal network: other instances' (or any HSDS 3.0 publisher's) APIs this instance subscribes to.
 * Their services are stored as foreign entries: organizations, services and locations with this source's
 * id in `source_id` (ids mapped into a namespace of the source, federation.ts), deleted with the source.
 */
export const federationSources = pgTable('federation_sources', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** The API's base URL (http or https, no credentials), e.g. https://zugang.nordheide.example/api/hsds */
  url: text('url').notNull(),
  /** Shown to the public: "Angebot aus Landkreis Nordheide". */
  label: text('label').notNull(),
  intervalMinutes: integer('interval_minutes').notNull().default(60),
  paused: boolean('paused').notNull().default(false),
  createdAt: ts('created_at').notNull().defaultNow(),
  /** When the last pull started (successful or not): the schedule counts from here. */
  lastPullAt: ts('last_pull_at'),
  lastPullFinishedAt: ts('last_pull_finished_at'),
  /** Start of the last successful pull: the next pull asks for what changed since (modified_after). */
  lastSuccessAt: ts('last_success_at'),
  /** running | ok | warning (entries skipped) | error */
  lastStatus: text('last_status'),
  lastError: text('last_error'),
  /** { received, changed, unchanged, skipped, deleted } of the last pull. */
  lastCounts: jsonb('last_counts'),
}, (t) => [uniqueIndex('federation_sources_url_key').on(t.url)]);

/** The source of a foreign entry; null for the instance's own entries. */
const sourceId = () => uuid('source_id').references(() => federationSources.id, { onDelete: 'cascade' });

export const organizations = pgTable('organizations', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  alternateName: text('alternate_name'),
  description: text('description').notNull().default(''),
  email: text('email'),
  website: text('website'),
  taxStatus: text('tax_status'),
  taxId: text('tax_id'),
  yearIncorporated: integer('year_incorporated'),
  legalStatus: text('legal_status'),
  logo: text('logo'),
  uri: text('uri'),
  parentOrganizationId: uuid('parent_organization_id'),
  lastModified: ts('last_modified').notNull().defaultNow(),
  /** Hash of the imported record with its nested parts: an import that repeats it leaves the services that show it alone. */
  importHash: text('import_hash'),
  sourceId: sourceId(),
}, (t) => [index('organizations_source_idx').on(t.sourceId).where(sql`source_id IS NOT NULL`)]);

export const services = pgTable('services', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  name: text('name').notNull(),
  alternateName: text('alternate_name'),
  description: text('description'),
  url: text('url'),
  email: text('email'),
  status: text('status').notNull().default('active'),
  interpretationServices: text('interpretation_services'),
  applicationProcess: text('application_process'),
  feesDescription: text('fees_description'),
  waitTime: text('wait_time'),
  fees: text('fees'),
  accreditations: text('accreditations'),
  eligibilityDescription: text('eligibility_description'),
  minimumAge: integer('minimum_age'),
  maximumAge: integer('maximum_age'),
  /** HSDS assured_date: the date the entry was last confirmed as correct. */
  assuredDate: date('assured_date'),
  assurerEmail: text('assurer_email'),
  licenses: text('licenses'),
  alert: text('alert'),
  lastModified: ts('last_modified').notNull().defaultNow(),
  /** Hash of the imported record: importing the same record again changes nothing. */
  importHash: text('import_hash'),
  sourceId: sourceId(),
}, (t) => [index('services_source_idx').on(t.sourceId).where(sql`source_id IS NOT NULL`), index('services_organization_idx').on(t.organizationId), index('services_name_idx').on(t.name, t.id), index('services_last_modified_idx').on(t.lastModified)]);

export const locations = pgTable('locations', {
  id: uuid('id').primaryKey(),
  locationType: text('location_type').notNull().default('physical'),
  url: text('url'),
  organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
  name: text('name'),
  alternateName: text('alternate_name'),
  description: text('description'),
  transportation: text('transportation'),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  externalIdentifier: text('external_identifier'),
  externalIdentifierType: text('external_identifier_type'),
  /** The Sozialraum the coordinates fall in, set when the location is saved. */
  districtId: uuid('district_id').references(() => districts.id, { onDelete: 'set null' }),
  /**
   * A protected place (women's shelter, protected housing): its addresses and coordinates never leave the
   * database through a public output (pages, map, HSDS API and export, search, iCalendar); the public sees
   * the contact way only. See docs/security.md.
   */
  confidential: boolean('confidential').notNull().default(false),
  lastModified: ts('last_modified').notNull().defaultNow(),
  /** Hash of the imported record with its nested parts (as for organisations). */
  importHash: text('import_hash'),
  sourceId: sourceId(),
}, (t) => [index('locations_source_idx').on(t.sourceId).where(sql`source_id IS NOT NULL`), index('locations_organization_idx').on(t.organizationId), index('locations_district_idx').on(t.districtId)]);

export const addresses = pgTable('addresses', {
  id: uuid('id').primaryKey(),
  locationId: uuid('location_id').notNull().references(() => locations.id, { onDelete: 'cascade' }),
  attention: text('attention'),
  address1: text('address_1').notNull(),
  address2: text('address_2'),
  city: text('city').notNull(),
  region: text('region'),
  stateProvince: text('state_province').notNull().default(''),
  postalCode: text('postal_code').notNull(),
  country: text('country').notNull().default('DE'),
  addressType: text('address_type').notNull().default('physical'),
}, (t) => [index('addresses_location_idx').on(t.locationId)]);

export const serviceAtLocations = pgTable('service_at_locations', {
  id: uuid('id').primaryKey(),
  serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
  locationId: uuid('location_id').notNull().references(() => locations.id, { onDelete: 'cascade' }),
  description: text('description'),
}, (t) => [index('sal_service_idx').on(t.serviceId), index('sal_location_idx').on(t.locationId)]);

export const contacts = pgTable('contacts', {
  id: uuid('id').primaryKey(),
  organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
  serviceId: uuid('service_id').references(() => services.id, { onDelete: 'cascade' }),
  serviceAtLocationId: uuid('service_at_location_id').references(() => serviceAtLocations.id, { onDelete: 'cascade' }),
  locationId: uuid('location_id').references(() => locations.id, { onDelete: 'cascade' }),
  name: text('name'),
  title: text('title'),
  department: text('department'),
  email: text('email'),
}, (t) => [ownerIndex('contacts_service_idx', t.serviceId), ownerIndex('contacts_organization_idx', t.organizationId),
  ownerIndex('contacts_location_idx', t.locationId), ownerIndex('contacts_sal_idx', t.serviceAtLocationId)]);

export const phones = pgTable('phones', {
  id: uuid('id').primaryKey(),
  locationId: uuid('location_id').references(() => locations.id, { onDelete: 'cascade' }),
  serviceId: uuid('service_id').references(() => services.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
  contactId: uuid('contact_id').references(() => contacts.id, { onDelete: 'cascade' }),
  serviceAtLocationId: uuid('service_at_location_id').references(() => serviceAtLocations.id, { onDelete: 'cascade' }),
  number: text('number').notNull(),
  extension: doublePrecision('extension'),
  type: text('type'),
  description: text('description'),
}, (t) => [ownerIndex('phones_service_idx', t.serviceId), ownerIndex('phones_organization_idx', t.organizationId), ownerIndex('phones_location_idx', t.locationId),
  ownerIndex('phones_sal_idx', t.serviceAtLocationId), ownerIndex('phones_contact_idx', t.contactId)]);

export const schedules = pgTable('schedules', {
  id: uuid('id').primaryKey(),
  serviceId: uuid('service_id').references(() => services.id, { onDelete: 'cascade' }),
  locationId: uuid('location_id').references(() => locations.id, { onDelete: 'cascade' }),
  serviceAtLocationId: uuid('service_at_location_id').references(() => serviceAtLocations.id, { onDelete: 'cascade' }),
  validFrom: date('valid_from'),
  validTo: date('valid_to'),
  dtstart: date('dtstart'),
  timezone: doublePrecision('timezone'),
  until: date('until'),
  count: integer('count'),
  wkst: text('wkst'),
  freq: text('freq'),
  interval: integer('interval'),
  byday: text('byday'),
  byweekno: text('byweekno'),
  bymonthday: text('bymonthday'),
  byyearday: text('byyearday'),
  description: text('description'),
  opensAt: text('opens_at'),
  closesAt: text('closes_at'),
  scheduleLink: text('schedule_link'),
  attendingType: text('attending_type'),
  notes: text('notes'),
}, (t) => [ownerIndex('schedules_service_idx', t.serviceId), ownerIndex('schedules_location_idx', t.locationId), ownerIndex('schedules_sal_idx', t.serviceAtLocationId)]);

export const languages = pgTable('languages', {
  id: uuid('id').primaryKey(),
  serviceId: uuid('service_id').references(() => services.id, { onDelete: 'cascade' }),
  locationId: uuid('location_id').references(() => locations.id, { onDelete: 'cascade' }),
  phoneId: uuid('phone_id').references(() => phones.id, { onDelete: 'cascade' }),
  name: text('name'),
  code: text('code'),
  note: text('note'),
}, (t) => [ownerIndex('languages_service_idx', t.serviceId), ownerIndex('languages_location_idx', t.locationId), ownerIndex('languages_phone_idx', t.phoneId)]);

export const costOptions = pgTable('cost_options', {
  id: uuid('id').primaryKey(),
  serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
  validFrom: date('valid_from'),
  validTo: date('valid_to'),
  option: text('option'),
  currency: text('currency'),
  amount: numeric('amount', { mode: 'number' }),
  amountDescription: text('amount_description'),
}, (t) => [index('cost_options_service_idx').on(t.serviceId)]);

export const serviceAreas = pgTable('service_areas', {
  id: uuid('id').primaryKey(),
  serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
  name: text('name'),
  description: text('description'),
  extent: text('extent'),
  extentType: text('extent_type'),
  uri: text('uri'),
}, (t) => [index('service_areas_service_idx').on(t.serviceId)]);

export const accessibility = pgTable('accessibility', {
  id: uuid('id').primaryKey(),
  locationId: uuid('location_id').notNull().references(() => locations.id, { onDelete: 'cascade' }),
  description: text('description'),
  details: text('details'),
  url: text('url'),
}, (t) => [index('accessibility_location_idx').on(t.locationId)]);

export const taxonomies = pgTable('taxonomies', {
  id: uuid('id').primaryKey(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  uri: text('uri'),
  version: text('version'),
});

export const taxonomyTerms = pgTable('taxonomy_terms', {
  id: uuid('id').primaryKey(),
  code: text('code'),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  parentId: uuid('parent_id'),
  taxonomy: text('taxonomy'),
  taxonomyId: uuid('taxonomy_id').references(() => taxonomies.id, { onDelete: 'cascade' }),
  language: text('language'),
  termUri: text('term_uri'),
}, (t) => [index('taxonomy_terms_taxonomy_idx').on(t.taxonomyId), index('taxonomy_terms_code_idx').on(t.code)]);

export const attributes = pgTable('attributes', {
  id: uuid('id').primaryKey(),
  linkId: uuid('link_id').notNull(),
  taxonomyTermId: uuid('taxonomy_term_id').notNull().references(() => taxonomyTerms.id, { onDelete: 'cascade' }),
  linkType: text('link_type'),
  linkEntity: text('link_entity').notNull(),
  value: text('value'),
}, (t) => [index('attributes_link_idx').on(t.linkId), index('attributes_term_idx').on(t.taxonomyTermId)]);

/** Translations of text fields (HSDS has none): entity + field + language → text. */
export const translations = pgTable('translations', {
  entityType: text('entity_type').notNull(),
  entityId: uuid('entity_id').notNull(),
  field: text('field').notNull(),
  lang: text('lang').notNull(),
  value: text('value').notNull(),
}, (t) => [primaryKey({ columns: [t.entityType, t.entityId, t.field, t.lang] }), index('translations_entity_idx').on(t.entityId)]);

/** Groups of equivalent search terms an editor can extend ("Kita", "Kindertagesstätte", ...). */
export const searchSynonyms = pgTable('search_synonyms', {
  id: serial('id').primaryKey(),
  terms: text('terms').array().notNull(),
  note: text('note'),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** Words that occur in the directory, for spelling correction with pg_trgm. */
export const searchVocabulary = pgTable('search_vocabulary', {
  word: text('word').primaryKey(),
  documentCount: integer('document_count').notNull().default(1),
});

/** One row per search, without any personal data: the words, the filters, how many results. */
export const searchLog = pgTable('search_log', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  at: ts('at').notNull().defaultNow(),
  query: text('query').notNull(),
  filters: jsonb('filters').notNull().default({}),
  resultCount: integer('result_count').notNull(),
  districtId: uuid('district_id'),
}, (t) => [index('search_log_at_idx').on(t.at)]);

/** Denormalised search document per service, refreshed by refresh_service_search(). */
export const serviceSearch = pgTable('service_search', {
  serviceId: uuid('service_id').primaryKey().references(() => services.id, { onDelete: 'cascade' }),
  organizationId: uuid('organization_id').notNull(),
  document: tsvector('document').notNull(),
  name: text('name').notNull(),
  minimumAge: integer('minimum_age'),
  maximumAge: integer('maximum_age'),
  free: boolean('free').notNull().default(false),
  wheelchair: boolean('wheelchair').notNull().default(false),
  modes: text('modes').array().notNull().default([]),
  languageCodes: text('language_codes').array().notNull().default([]),
  termIds: uuid('term_ids').array().notNull().default([]),
  districtIds: uuid('district_ids').array().notNull().default([]),
  latitude: doublePrecision('latitude'),
  longitude: doublePrecision('longitude'),
  active: boolean('active').notNull().default(true),
  /** The federation source of a foreign entry (copied from services.source_id); null for own entries. */
  sourceId: uuid('source_id'),
});

/**
 * The full HSDS object of a service (translations included) as the public service page reads it: built on
 * the first view by one statement, read by primary key afterwards. `version` is the services row's xmin
 * when the document was built: every write that changes what the document shows rewrites that row (the
 * importer's upsert, touchServices for organisations, locations and terms), so a document whose version
 * differs is stale and built again. No race: the document and its version come from the same snapshot.
 */
export const serviceDocuments = pgTable('service_documents', {
  serviceId: uuid('service_id').primaryKey().references(() => services.id, { onDelete: 'cascade' }),
  version: text('version').notNull(),
  document: jsonb('document').notNull(),
  builtAt: ts('built_at').notNull().defaultNow(),
});

/** Services whose search documents a large import has deferred to its end (finishImport); empty otherwise. */
export const serviceSearchPending = pgTable('service_search_pending', {
  serviceId: uuid('service_id').primaryKey(),
});

/** Extra words for the search document: parts of German compounds, found by the decompounder. */
export const serviceSearchExtra = pgTable('service_search_extra', {
  serviceId: uuid('service_id').primaryKey().references(() => services.id, { onDelete: 'cascade' }),
  nameParts: text('name_parts').notNull().default(''),
  textParts: text('text_parts').notNull().default(''),
});

/** Instance settings that an administrator changes at run time (municipality name, contact, …). */
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/**
 * Visitors' reports of a wrong entry (feedback.ts). Personal data (the free text, the optional address):
 * every change is audited by a trigger, every read by the editors' page.
 */
export const feedbackReports = pgTable('feedback_reports', {
  id: uuid('id').primaryKey().defaultRandom(),
  serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
  /** address, hours, contact, discontinued, other */
  category: text('category').notNull(),
  message: text('message').notNull().default(''),
  contactEmail: text('contact_email'),
  /** open, done */
  status: text('status').notNull().default('open'),
  createdAt: ts('created_at').notNull().defaultNow(),
  doneAt: ts('done_at'),
  doneBy: uuid('done_by'),
}, (t) => [index('feedback_reports_status_idx').on(t.status, t.createdAt), index('feedback_reports_service_idx').on(t.serviceId)]);

/** "Did this entry help?" answers: counts per service and day, nothing about who answered. */
export const feedbackHelpful = pgTable('feedback_helpful', {
  serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
  day: date('day').notNull(),
  yes: integer('yes').notNull().default(0),
  no: integer('no').notNull().default(0),
}, (t) => [primaryKey({ columns: [t.serviceId, t.day] })]);
