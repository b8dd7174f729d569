DROP INDEX "contacts_service_idx";--> statement-breakpoint
DROP INDEX "contacts_organization_idx";--> statement-breakpoint
DROP INDEX "languages_service_idx";--> statement-breakpoint
DROP INDEX "languages_location_idx";--> statement-breakpoint
DROP INDEX "languages_phone_idx";--> statement-breakpoint
DROP INDEX "phones_service_idx";--> statement-breakpoint
DROP INDEX "phones_organization_idx";--> statement-breakpoint
DROP INDEX "phones_location_idx";--> statement-breakpoint
DROP INDEX "phones_sal_idx";--> statement-breakpoint
DROP INDEX "phones_contact_idx";--> statement-breakpoint
DROP INDEX "schedules_service_idx";--> statement-breakpoint
DROP INDEX "schedules_location_idx";--> statement-breakpoint
DROP INDEX "schedules_sal_idx";--> statement-breakpoint
CREATE INDEX "contacts_location_idx" ON "contacts" USING btree ("location_id") WHERE location_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "contacts_sal_idx" ON "contacts" USING btree ("service_at_location_id") WHERE service_at_location_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "oidc_sign_in_states_provider_idx" ON "oidc_sign_in_states" USING btree ("provider_id");--> statement-breakpoint
CREATE INDEX "service_changes_submitted_by_idx" ON "service_changes" USING btree ("submitted_by") WHERE submitted_by IS NOT NULL;--> statement-breakpoint
CREATE INDEX "service_changes_decided_by_idx" ON "service_changes" USING btree ("decided_by") WHERE decided_by IS NOT NULL;--> statement-breakpoint
CREATE INDEX "service_versions_published_by_idx" ON "service_versions" USING btree ("published_by") WHERE published_by IS NOT NULL;--> statement-breakpoint
CREATE INDEX "service_versions_change_idx" ON "service_versions" USING btree ("change_id") WHERE change_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "contacts_service_idx" ON "contacts" USING btree ("service_id") WHERE service_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "contacts_organization_idx" ON "contacts" USING btree ("organization_id") WHERE organization_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "languages_service_idx" ON "languages" USING btree ("service_id") WHERE service_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "languages_location_idx" ON "languages" USING btree ("location_id") WHERE location_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "languages_phone_idx" ON "languages" USING btree ("phone_id") WHERE phone_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "phones_service_idx" ON "phones" USING btree ("service_id") WHERE service_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "phones_organization_idx" ON "phones" USING btree ("organization_id") WHERE organization_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "phones_location_idx" ON "phones" USING btree ("location_id") WHERE location_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "phones_sal_idx" ON "phones" USING btree ("service_at_location_id") WHERE service_at_location_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "phones_contact_idx" ON "phones" USING btree ("contact_id") WHERE contact_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "schedules_service_idx" ON "schedules" USING btree ("service_id") WHERE service_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "schedules_location_idx" ON "schedules" USING btree ("location_id") WHERE location_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX "schedules_sal_idx" ON "schedules" USING btree ("service_at_location_id") WHERE service_at_location_id IS NOT NULL;