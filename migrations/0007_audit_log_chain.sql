-- The audit log is append-only and hash-chained.
-- Each entry's hash covers its content and the previous entry's hash; entries are numbered under a lock,
-- in the order they are written, so the chain follows the id. UPDATE, DELETE and TRUNCATE are refused.
CREATE OR REPLACE FUNCTION audit_entry_text(e audit_log) RETURNS text LANGUAGE sql IMMUTABLE AS $fn$
  SELECT concat_ws('|', e.id::text, to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'), coalesce(e.actor_user_id::text, ''),
    coalesce(e.actor_role, ''), coalesce(e.actor_organization_id::text, ''), e.action, coalesce(e.resource_type, ''),
    coalesce(e.resource_id, ''), coalesce(e.subject_user_id::text, ''), coalesce(e.purpose, ''), e.outcome,
    coalesce(e.ip, ''), coalesce(e.user_agent, ''), coalesce(e.correlation_id, ''), e.details::text)
$fn$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE previous text;
BEGIN
  -- One writer at a time, until commit: the chain never forks.
  PERFORM pg_advisory_xact_lock(727275);
  NEW.id := nextval(pg_get_serial_sequence('audit_log', 'id'));
  SELECT hash INTO previous FROM audit_log ORDER BY id DESC LIMIT 1;
  NEW.prev_hash := previous;
  NEW.hash := encode(sha256(convert_to(coalesce(previous, '') || '#' || audit_entry_text(NEW), 'UTF8')), 'hex');
  RETURN NEW;
END $fn$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $fn$;--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_log_chain ON audit_log;--> statement-breakpoint
CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_chain();--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_log_no_change ON audit_log;--> statement-breakpoint
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();--> statement-breakpoint
DROP TRIGGER IF EXISTS audit_log_no_truncate ON audit_log;--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
