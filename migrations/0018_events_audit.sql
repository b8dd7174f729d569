-- Registrations are personal data: every change writes an audit entry from the trigger of 0012 (the
-- person concerned is the account, where the registration has one). The places never exceed the
-- capacity: the service changes them only under a row lock, and the database refuses it anyway.
DROP TRIGGER IF EXISTS event_registrations_audit ON event_registrations;--> statement-breakpoint
CREATE TRIGGER event_registrations_audit AFTER INSERT OR UPDATE OR DELETE ON event_registrations FOR EACH ROW EXECUTE FUNCTION audit_row_change('user_id', 'id');--> statement-breakpoint
ALTER TABLE events ADD CONSTRAINT events_places_within_capacity CHECK (confirmed_places >= 0 AND confirmed_places <= capacity);--> statement-breakpoint
ALTER TABLE events ADD CONSTRAINT events_places_per_registration CHECK (max_places_per_registration >= 1 AND capacity >= 0);--> statement-breakpoint
ALTER TABLE event_registrations ADD CONSTRAINT event_registrations_places CHECK (places >= 1);
