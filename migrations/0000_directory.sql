CREATE TABLE "accessibility" (
	"id" uuid PRIMARY KEY NOT NULL,
	"location_id" uuid NOT NULL,
	"description" text,
	"details" text,
	"url" text
);
--> statement-breakpoint
CREATE TABLE "addresses" (
	"id" uuid PRIMARY KEY NOT NULL,
	"location_id" uuid NOT NULL,
	"attention" text,
	"address_1" text NOT NULL,
	"address_2" text,
	"city" text NOT NULL,
	"region" text,
	"state_province" text DEFAULT '' NOT NULL,
	"postal_code" text NOT NULL,
	"country" text DEFAULT 'DE' NOT NULL,
	"address_type" text DEFAULT 'physical' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "attributes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"link_id" uuid NOT NULL,
	"taxonomy_term_id" uuid NOT NULL,
	"link_type" text,
	"link_entity" text NOT NULL,
	"value" text
);
--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid,
	"service_id" uuid,
	"service_at_location_id" uuid,
	"location_id" uuid,
	"name" text,
	"title" text,
	"department" text,
	"email" text
);
--> statement-breakpoint
CREATE TABLE "cost_options" (
	"id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"valid_from" date,
	"valid_to" date,
	"option" text,
	"currency" text,
	"amount" numeric,
	"amount_description" text
);
--> statement-breakpoint
CREATE TABLE "districts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"boundary" jsonb NOT NULL,
	"min_lat" double precision NOT NULL,
	"max_lat" double precision NOT NULL,
	"min_lon" double precision NOT NULL,
	"max_lon" double precision NOT NULL,
	"population" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "languages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid,
	"location_id" uuid,
	"phone_id" uuid,
	"name" text,
	"code" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "locations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"location_type" text DEFAULT 'physical' NOT NULL,
	"url" text,
	"organization_id" uuid,
	"name" text,
	"alternate_name" text,
	"description" text,
	"transportation" text,
	"latitude" double precision,
	"longitude" double precision,
	"external_identifier" text,
	"external_identifier_type" text,
	"district_id" uuid,
	"last_modified" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"alternate_name" text,
	"description" text DEFAULT '' NOT NULL,
	"email" text,
	"website" text,
	"tax_status" text,
	"tax_id" text,
	"year_incorporated" integer,
	"legal_status" text,
	"logo" text,
	"uri" text,
	"parent_organization_id" uuid,
	"last_modified" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "phones" (
	"id" uuid PRIMARY KEY NOT NULL,
	"location_id" uuid,
	"service_id" uuid,
	"organization_id" uuid,
	"contact_id" uuid,
	"service_at_location_id" uuid,
	"number" text NOT NULL,
	"extension" double precision,
	"type" text,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "schedules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid,
	"location_id" uuid,
	"service_at_location_id" uuid,
	"valid_from" date,
	"valid_to" date,
	"dtstart" date,
	"timezone" double precision,
	"until" date,
	"count" integer,
	"wkst" text,
	"freq" text,
	"interval" integer,
	"byday" text,
	"byweekno" text,
	"bymonthday" text,
	"byyearday" text,
	"description" text,
	"opens_at" text,
	"closes_at" text,
	"schedule_link" text,
	"attending_type" text,
	"notes" text
);
--> statement-breakpoint
CREATE TABLE "search_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"query" text NOT NULL,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"result_count" integer NOT NULL,
	"district_id" uuid
);
--> statement-breakpoint
CREATE TABLE "search_synonyms" (
	"id" serial PRIMARY KEY NOT NULL,
	"terms" text[] NOT NULL,
	"note" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "search_vocabulary" (
	"word" text PRIMARY KEY NOT NULL,
	"document_count" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_areas" (
	"id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"name" text,
	"description" text,
	"extent" text,
	"extent_type" text,
	"uri" text
);
--> statement-breakpoint
CREATE TABLE "service_at_locations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"location_id" uuid NOT NULL,
	"description" text
);
--> statement-breakpoint
CREATE TABLE "service_search" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"document" "tsvector" NOT NULL,
	"name" text NOT NULL,
	"minimum_age" integer,
	"maximum_age" integer,
	"free" boolean DEFAULT false NOT NULL,
	"wheelchair" boolean DEFAULT false NOT NULL,
	"modes" text[] DEFAULT '{}' NOT NULL,
	"language_codes" text[] DEFAULT '{}' NOT NULL,
	"term_ids" uuid[] DEFAULT '{}' NOT NULL,
	"district_ids" uuid[] DEFAULT '{}' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "service_search_extra" (
	"service_id" uuid PRIMARY KEY NOT NULL,
	"name_parts" text DEFAULT '' NOT NULL,
	"text_parts" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"alternate_name" text,
	"description" text,
	"url" text,
	"email" text,
	"status" text DEFAULT 'active' NOT NULL,
	"interpretation_services" text,
	"application_process" text,
	"fees_description" text,
	"wait_time" text,
	"fees" text,
	"accreditations" text,
	"eligibility_description" text,
	"minimum_age" integer,
	"maximum_age" integer,
	"assured_date" date,
	"assurer_email" text,
	"licenses" text,
	"alert" text,
	"last_modified" timestamp with time zone DEFAULT now() NOT NULL,
	"import_hash" text
);
--> statement-breakpoint
CREATE TABLE "taxonomies" (
	"id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"uri" text,
	"version" text
);
--> statement-breakpoint
CREATE TABLE "taxonomy_terms" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"parent_id" uuid,
	"taxonomy" text,
	"taxonomy_id" uuid,
	"language" text,
	"term_uri" text
);
--> statement-breakpoint
CREATE TABLE "translations" (
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"field" text NOT NULL,
	"lang" text NOT NULL,
	"value" text NOT NULL,
	CONSTRAINT "translations_entity_type_entity_id_field_lang_pk" PRIMARY KEY("entity_type","entity_id","field","lang")
);
--> statement-breakpoint
ALTER TABLE "accessibility" ADD CONSTRAINT "accessibility_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "addresses" ADD CONSTRAINT "addresses_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "attributes" ADD CONSTRAINT "attributes_taxonomy_term_id_taxonomy_terms_id_fk" FOREIGN KEY ("taxonomy_term_id") REFERENCES "public"."taxonomy_terms"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_service_at_location_id_service_at_locations_id_fk" FOREIGN KEY ("service_at_location_id") REFERENCES "public"."service_at_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cost_options" ADD CONSTRAINT "cost_options_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "languages" ADD CONSTRAINT "languages_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "languages" ADD CONSTRAINT "languages_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "languages" ADD CONSTRAINT "languages_phone_id_phones_id_fk" FOREIGN KEY ("phone_id") REFERENCES "public"."phones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "locations" ADD CONSTRAINT "locations_district_id_districts_id_fk" FOREIGN KEY ("district_id") REFERENCES "public"."districts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phones" ADD CONSTRAINT "phones_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phones" ADD CONSTRAINT "phones_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phones" ADD CONSTRAINT "phones_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phones" ADD CONSTRAINT "phones_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "phones" ADD CONSTRAINT "phones_service_at_location_id_service_at_locations_id_fk" FOREIGN KEY ("service_at_location_id") REFERENCES "public"."service_at_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedules" ADD CONSTRAINT "schedules_service_at_location_id_service_at_locations_id_fk" FOREIGN KEY ("service_at_location_id") REFERENCES "public"."service_at_locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_areas" ADD CONSTRAINT "service_areas_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_at_locations" ADD CONSTRAINT "service_at_locations_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_at_locations" ADD CONSTRAINT "service_at_locations_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "public"."locations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_search" ADD CONSTRAINT "service_search_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_search_extra" ADD CONSTRAINT "service_search_extra_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "taxonomy_terms" ADD CONSTRAINT "taxonomy_terms_taxonomy_id_taxonomies_id_fk" FOREIGN KEY ("taxonomy_id") REFERENCES "public"."taxonomies"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accessibility_location_idx" ON "accessibility" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "addresses_location_idx" ON "addresses" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "attributes_link_idx" ON "attributes" USING btree ("link_id");--> statement-breakpoint
CREATE INDEX "attributes_term_idx" ON "attributes" USING btree ("taxonomy_term_id");--> statement-breakpoint
CREATE INDEX "contacts_service_idx" ON "contacts" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "contacts_organization_idx" ON "contacts" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "cost_options_service_idx" ON "cost_options" USING btree ("service_id");--> statement-breakpoint
CREATE UNIQUE INDEX "districts_code_key" ON "districts" USING btree ("code");--> statement-breakpoint
CREATE INDEX "languages_service_idx" ON "languages" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "locations_organization_idx" ON "locations" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "locations_district_idx" ON "locations" USING btree ("district_id");--> statement-breakpoint
CREATE INDEX "phones_service_idx" ON "phones" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "phones_organization_idx" ON "phones" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "phones_location_idx" ON "phones" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "schedules_service_idx" ON "schedules" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "schedules_location_idx" ON "schedules" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "search_log_at_idx" ON "search_log" USING btree ("at");--> statement-breakpoint
CREATE INDEX "service_areas_service_idx" ON "service_areas" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "sal_service_idx" ON "service_at_locations" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "sal_location_idx" ON "service_at_locations" USING btree ("location_id");--> statement-breakpoint
CREATE INDEX "services_organization_idx" ON "services" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "taxonomy_terms_taxonomy_idx" ON "taxonomy_terms" USING btree ("taxonomy_id");--> statement-breakpoint
CREATE INDEX "taxonomy_terms_code_idx" ON "taxonomy_terms" USING btree ("code");--> statement-breakpoint
CREATE INDEX "translations_entity_idx" ON "translations" USING btree ("entity_id");