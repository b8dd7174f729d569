// Zod schemas for HSDS 3.0 records as Zugang accepts them on import (lenient about nulls and
// unknown fields, strict about what the database needs). Field names are HSDS's own.
import { z } from 'zod';

const str = z.string().trim().nullish();
/** Empty strings (CSV cells) count as missing, never as 0. */
const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const num = z.preprocess(blank, z.coerce.number().nullish());
const int = z.preprocess(blank, z.coerce.number().int().nullish());
const age = z.preprocess(blank, z.coerce.number().min(0).max(130).nullish());
const uuid = z.uuid();
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}/, 'expected a date YYYY-MM-DD').transform((d) => d.slice(0, 10)).nullish();
const time = z.string().regex(/^\d{2}:\d{2}(:\d{2})?/, 'expected a time HH:MM').nullish();
/** Translations of text fields, a Zugang extension: { "en": { "name": "…" } }. */
export const translationsSchema = z.partialRecord(z.enum(['de', 'en', 'tr', 'ar', 'uk']), z.record(z.string(), z.string())).optional();

export const languageSchema = z.object({ id: uuid, name: str, code: str, note: str }).loose();
export const phoneSchema = z.object({
  id: uuid, number: z.string().trim().min(1), extension: num, type: str, description: str,
  languages: z.array(languageSchema).nullish(),
}).loose();
export const scheduleSchema = z.object({
  id: uuid, valid_from: day, valid_to: day, dtstart: day, timezone: num, until: day, count: int, wkst: str,
  freq: z.enum(['WEEKLY', 'MONTHLY', 'DAILY', 'YEARLY']).nullish(), interval: int,
  byday: z.string().regex(/^((-?\d)?(MO|TU|WE|TH|FR|SA|SU))(,(-?\d)?(MO|TU|WE|TH|FR|SA|SU))*$/, 'expected weekdays like MO,TU').nullish(),
  byweekno: str, bymonthday: str, byyearday: str, description: str, opens_at: time, closes_at: time,
  schedule_link: str, attending_type: str, notes: str,
}).loose();
export const contactSchema = z.object({
  id: uuid, name: str, title: str, department: str, email: str, phones: z.array(phoneSchema).nullish(),
}).loose();
export const taxonomySchema = z.object({ id: uuid, name: z.string().min(1), description: z.string().default(''), uri: str, version: str }).loose();
export const taxonomyTermSchema = z.object({
  id: uuid, code: str, name: z.string().min(1), description: z.string().nullish().transform((v) => v ?? ''),
  parent_id: uuid.nullish(), taxonomy: str, taxonomy_id: uuid.nullish(), language: str, term_uri: str,
  taxonomy_detail: taxonomySchema.nullish(), translations: translationsSchema,
}).loose();
export const attributeSchema = z.object({
  id: uuid, link_id: uuid.nullish(), taxonomy_term_id: uuid.nullish(), link_type: str, link_entity: str, value: str,
  taxonomy_term: taxonomyTermSchema.nullish(),
}).loose().refine((a) => a.taxonomy_term_id || a.taxonomy_term, { message: 'needs a taxonomy_term_id or a taxonomy_term', path: ['taxonomy_term_id'] })
  .transform((a) => ({ ...a, taxonomy_term_id: (a.taxonomy_term_id ?? a.taxonomy_term!.id) as string }));
export const addressSchema = z.object({
  id: uuid, attention: str, address_1: z.string().trim().min(1), address_2: str, city: z.string().trim().min(1),
  region: str, state_province: z.string().nullish().transform((v) => v ?? ''), postal_code: z.string().trim().min(1),
  country: z.string().nullish().transform((v) => v ?? 'DE'), address_type: z.string().nullish().transform((v) => v ?? 'physical'),
}).loose();
export const accessibilitySchema = z.object({ id: uuid, description: str, details: str, url: str }).loose();
export const locationSchema = z.object({
  id: uuid, location_type: z.enum(['physical', 'postal', 'virtual']).default('physical'), url: str,
  organization_id: uuid.nullish(), name: str, alternate_name: str, description: str, transportation: str,
  latitude: z.preprocess(blank, z.coerce.number().min(-90).max(90).nullish()), longitude: z.preprocess(blank, z.coerce.number().min(-180).max(180).nullish()),
  external_identifier: str, external_identifier_type: str,
  languages: z.array(languageSchema).nullish(), addresses: z.array(addressSchema).nullish(),
  accessibility: z.array(accessibilitySchema).nullish(), phones: z.array(phoneSchema).nullish(),
  schedules: z.array(scheduleSchema).nullish(), attributes: z.array(attributeSchema).nullish(),
  translations: translationsSchema,
}).loose();
export const serviceAtLocationSchema = z.object({
  id: uuid, service_id: uuid.nullish(), location_id: uuid.nullish(), description: str,
  contacts: z.array(contactSchema).nullish(), phones: z.array(phoneSchema).nullish(),
  schedules: z.array(scheduleSchema).nullish(), location: locationSchema.nullish(),
}).loose().refine((v) => v.location || v.location_id, { message: 'needs a location or a location_id', path: ['location_id'] });
export const organizationSchema = z.object({
  id: uuid, name: z.string().trim().min(1), alternate_name: str, description: z.string().nullish().transform((v) => v ?? ''),
  email: str, website: str, tax_status: str, tax_id: str, year_incorporated: int, legal_status: str, logo: str, uri: str,
  parent_organization_id: uuid.nullish(), phones: z.array(phoneSchema).nullish(), contacts: z.array(contactSchema).nullish(),
  translations: translationsSchema,
}).loose();
export const costOptionSchema = z.object({
  id: uuid, valid_from: day, valid_to: day, option: str, currency: str, amount: num, amount_description: str,
}).loose();
export const serviceAreaSchema = z.object({ id: uuid, name: str, description: str, extent: str, extent_type: str, uri: str }).loose();

export const serviceSchema = z.object({
  id: uuid, organization_id: uuid.nullish(), name: z.string().trim().min(1), alternate_name: str, description: str,
  url: str, email: str, status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed']).default('active'),
  interpretation_services: str, application_process: str, fees_description: str, wait_time: str, fees: str,
  accreditations: str, eligibility_description: str,
  minimum_age: age, maximum_age: age,
  assured_date: day, assurer_email: str, licenses: str, alert: str,
  last_modified: z.iso.datetime({ offset: true, local: true }).nullish(),
  phones: z.array(phoneSchema).nullish(), schedules: z.array(scheduleSchema).nullish(),
  service_areas: z.array(serviceAreaSchema).nullish(), service_at_locations: z.array(serviceAtLocationSchema).nullish(),
  languages: z.array(languageSchema).nullish(), organization: organizationSchema.nullish(),
  cost_options: z.array(costOptionSchema).nullish(), contacts: z.array(contactSchema).nullish(),
  attributes: z.array(attributeSchema).nullish(), translations: translationsSchema,
}).loose()
  .refine((v) => v.organization || v.organization_id, { message: 'needs an organization or an organization_id', path: ['organization_id'] })
  .refine((v) => v.minimum_age == null || v.maximum_age == null || v.minimum_age <= v.maximum_age, { message: 'minimum_age is above maximum_age', path: ['minimum_age'] });

export type HsdsService = z.infer<typeof serviceSchema>;
export type HsdsLocation = z.infer<typeof locationSchema>;
export type HsdsOrganization = z.infer<typeof organizationSchema>;
export type HsdsTaxonomyTerm = z.infer<typeof taxonomyTermSchema>;
export type HsdsPhone = z.infer<typeof phoneSchema>;
export type HsdsSchedule = z.infer<typeof scheduleSchema>;
