// Courses and events of the directory's services, and the registrations for them. Events, sessions,
// speakers and questions are public information; registrations are personal data (audited by the
// trigger of migrations/…_events_audit.sql, deleted by the retention job a while after the event).
import { pgTable, uuid, text, integer, numeric, timestamp, jsonb, boolean, index, uniqueIndex, primaryKey, customType } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { organizations, services, locations } from '../directory/schema.ts';
import { users } from '../accounts/schema.ts';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

export const EVENT_FORMATS = ['course', 'single', 'workshop', 'group'] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const events = pgTable('events', {
  id: uuid('id').primaryKey().defaultRandom(),
  organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
  /** The service the event belongs to; kept (as null) when the service disappears, so registrations are not lost with it. */
  serviceId: uuid('service_id').references(() => services.id, { onDelete: 'set null' }),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  format: text('format', { enum: EVENT_FORMATS }).notNull(),
  topic: text('topic'),
  keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
  /** Life situations (taxonomy terms of "Lebenslagen"). */
  termIds: uuid('term_ids').array().notNull().default(sql`'{}'::uuid[]`),
  targetGroup: text('target_group'),
  minimumAge: integer('minimum_age'),
  maximumAge: integer('maximum_age'),
  /** ISO 639-1 codes of the languages the event is held in. */
  languageCodes: text('language_codes').array().notNull().default(sql`'{de}'::text[]`),
  /** Fee in EUR; null or 0: free. */
  fee: numeric('fee', { mode: 'number' }),
  /** The reduced fee (e.g. with a Lindenau-Pass), where there is one. */
  feeReduced: numeric('fee_reduced', { mode: 'number' }),
  feeNote: text('fee_note'),
  capacity: integer('capacity').notNull(),
  /** How many places one registration may ask for. */
  maxPlacesPerRegistration: integer('max_places_per_registration').notNull().default(1),
  registrationOpensAt: ts('registration_opens_at'),
  registrationClosesAt: ts('registration_closes_at'),
  /** The organiser closed the registration before its end. */
  registrationClosed: boolean('registration_closed').notNull().default(false),
  requiresAccount: boolean('requires_account').notNull().default(false),
  accessibility: text('accessibility'),
  wheelchair: boolean('wheelchair').notNull().default(false),
  status: text('status', { enum: ['scheduled', 'cancelled'] }).notNull().default('scheduled'),
  cancelledAt: ts('cancelled_at'),
  /** The first session's start and the last session's end (kept by the service from the sessions). */
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
  /**
   * Places held by confirmed registrations. Changed only while the event row is locked (FOR UPDATE), in
   * the same transaction as the registrations, so it never exceeds the capacity (also a CHECK).
   */
  confirmedPlaces: integer('confirmed_places').notNull().default(0),
  /** The next number in the registration queue (confirmed and waiting are ordered by it). */
  nextQueueNumber: integer('next_queue_number').notNull().default(1),
  /** Set when the retention job deleted the registrations; the counts below stay. */
  registrationsDeletedAt: ts('registrations_deleted_at'),
  keptRegistrations: integer('kept_registrations'),
  keptAttendance: integer('kept_attendance'),
  createdAt: ts('created_at').notNull().defaultNow(),
  updatedAt: ts('updated_at').notNull().defaultNow(),
  /** Title, description, topic, keywords and translated titles for the directory search (`refreshEventSearch`). */
  searchDocument: tsvector('search_document'),
}, (t) => [
  index('events_starts_idx').on(t.startsAt, t.id),
  index('events_search_idx').using('gin', t.searchDocument),
  index('events_organization_idx').on(t.organizationId),
  index('events_service_idx').on(t.serviceId),
  index('events_ends_idx').on(t.endsAt),
]);

/** Translated title and description (as the directory's translations for services). */
export const eventTranslations = pgTable('event_translations', {
  eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  lang: text('lang').notNull(),
  title: text('title'),
  description: text('description'),
}, (t) => [primaryKey({ columns: [t.eventId, t.lang] })]);

export const eventSessions = pgTable('event_sessions', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  startsAt: ts('starts_at').notNull(),
  endsAt: ts('ends_at').notNull(),
  /** A location of the directory (address, Sozialraum), or null for an online session. */
  locationId: uuid('location_id').references(() => locations.id, { onDelete: 'set null' }),
  room: text('room'),
  onlineUrl: text('online_url'),
}, (t) => [index('event_sessions_event_idx').on(t.eventId, t.startsAt), index('event_sessions_location_idx').on(t.locationId)]);

export const eventSpeakers = pgTable('event_speakers', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  position: integer('position').notNull().default(0),
  name: text('name').notNull(),
  affiliation: text('affiliation'),
  /** The speaker's contribution (e.g. the title of a short talk). */
  contribution: text('contribution'),
}, (t) => [index('event_speakers_event_idx').on(t.eventId, t.position)]);

/** Questions the organiser asks at registration (e.g. "Do you need childcare?"). */
export const eventQuestions = pgTable('event_questions', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  position: integer('position').notNull().default(0),
  label: text('label').notNull(),
  kind: text('kind', { enum: ['yes_no', 'text'] }).notNull(),
  required: boolean('required').notNull().default(false),
}, (t) => [index('event_questions_event_idx').on(t.eventId, t.position)]);

export const REGISTRATION_STATUSES = ['pending', 'confirmed', 'waiting', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];

/**
 * Registrations: personal data. 'pending' waits for the double opt-in (registrations without an account)
 * and holds no place; 'confirmed' holds places; 'waiting' is on the waiting list in queue order.
 */
export const eventRegistrations = pgTable('event_registrations', {
  id: uuid('id').primaryKey().defaultRandom(),
  eventId: uuid('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
  userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
  name: text('name').notNull(),
  /** Lower case. */
  email: text('email').notNull(),
  places: integer('places').notNull().default(1),
  status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
  /** Order in the event's queue, given when the registration takes its place or joins the waiting list. */
  queueNumber: integer('queue_number'),
  /** Answers to the organiser's questions, by question id. */
  answers: jsonb('answers').notNull().default({}),
  /** The person asks for the event's reduced fee (only where the event has one). */
  reducedFee: boolean('reduced_fee').notNull().default(false),
  lang: text('lang').notNull().default('de'),
  /**
   * Until when the double opt-in link works. The links themselves (opt-in, and the personal link to see and
   * cancel) carry an HMAC of the registration's id under the instance key (links.ts): nothing to store,
   * nothing a copy of the database could forge, and every mail can carry the same personal link again.
   */
  confirmExpiresAt: ts('confirm_expires_at'),
  attended: boolean('attended'),
  createdAt: ts('created_at').notNull().defaultNow(),
  confirmedAt: ts('confirmed_at'),
  promotedAt: ts('promoted_at'),
  cancelledAt: ts('cancelled_at'),
  cancelledBy: text('cancelled_by', { enum: ['participant', 'organiser', 'event_cancelled', 'expired'] }),
}, (t) => [
  index('event_registrations_event_idx').on(t.eventId, t.status, t.queueNumber),
  index('event_registrations_user_idx').on(t.userId),
  // One active registration per address and event: a second one is refused, also when two arrive at once.
  uniqueIndex('event_registrations_active_email_key').on(t.eventId, t.email).where(sql`status <> 'cancelled'`),
]);

/** Registrations anonymised when their person deleted the account (events/own.ts) get an address in this domain (RFC 2606: `.invalid` never receives mail). */
export const ANONYMISED_EMAIL_DOMAIN = 'anonymisiert.invalid';
/** Whether a registration's address is the placeholder of an anonymised one (its account was deleted): no mail goes there. */
export const isAnonymised = (email: string) => email.endsWith(`@${ANONYMISED_EMAIL_DOMAIN}`);
