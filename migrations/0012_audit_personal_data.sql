-- Every change to a table holding personal data writes an audit entry itself, in the same transaction:
-- no code path can change such a row without leaving a trace, whether or not its author remembered to
-- call recordAudit. Who acted comes from the transaction's settings (zugang.actor_user_id, …) that
-- auditedTransaction() sets; without them the entry is still written, with no actor and context "none".
-- The entry names the changed columns, never their values (no password hash or key ever enters the log).
CREATE OR REPLACE FUNCTION audit_row_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  row_new jsonb := CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE to_jsonb(NEW) END;
  row_old jsonb := CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE to_jsonb(OLD) END;
  subject_column text := TG_ARGV[0];
  id_column text := TG_ARGV[1];
  row_any jsonb := coalesce(row_new, row_old);
  changed text[];
  ignored text[] := ARRAY['updated_at', 'last_sign_in_at', 'totp_last_step', 'last_seen_at'];
  actor text := nullif(current_setting('zugang.actor_user_id', true), '');
BEGIN
  IF TG_OP = 'UPDATE' THEN
    SELECT array_agg(k ORDER BY k) INTO changed FROM jsonb_object_keys(row_new) k
      WHERE row_new -> k IS DISTINCT FROM row_old -> k AND NOT k = ANY(ignored);
    IF changed IS NULL THEN RETURN NULL; END IF;
  ELSE
    SELECT array_agg(k ORDER BY k) INTO changed FROM jsonb_object_keys(row_any) k;
  END IF;
  INSERT INTO audit_log (actor_user_id, actor_role, actor_organization_id, action, resource_type, resource_id, subject_user_id,
    outcome, ip, user_agent, correlation_id, details)
  VALUES (actor::uuid, nullif(current_setting('zugang.actor_role', true), ''), nullif(current_setting('zugang.actor_organization_id', true), '')::uuid,
    'row.' || lower(TG_OP), TG_TABLE_NAME, row_any ->> id_column, (row_any ->> subject_column)::uuid,
    'allowed', nullif(current_setting('zugang.ip', true), ''), nullif(current_setting('zugang.user_agent', true), ''),
    nullif(current_setting('zugang.correlation_id', true), ''),
    jsonb_build_object('columns', to_jsonb(changed), 'context', CASE WHEN current_setting('zugang.correlation_id', true) IS NULL OR current_setting('zugang.correlation_id', true) = '' THEN 'none' ELSE 'request' END));
  RETURN NULL;
END $fn$;--> statement-breakpoint
DROP TRIGGER IF EXISTS users_audit ON users;--> statement-breakpoint
CREATE TRIGGER users_audit AFTER INSERT OR UPDATE OR DELETE ON users FOR EACH ROW EXECUTE FUNCTION audit_row_change('id', 'id');--> statement-breakpoint
DROP TRIGGER IF EXISTS user_roles_audit ON user_roles;--> statement-breakpoint
CREATE TRIGGER user_roles_audit AFTER INSERT OR UPDATE OR DELETE ON user_roles FOR EACH ROW EXECUTE FUNCTION audit_row_change('user_id', 'role');--> statement-breakpoint
DROP TRIGGER IF EXISTS memberships_audit ON memberships;--> statement-breakpoint
CREATE TRIGGER memberships_audit AFTER INSERT OR UPDATE OR DELETE ON memberships FOR EACH ROW EXECUTE FUNCTION audit_row_change('user_id', 'organization_id');--> statement-breakpoint
DROP TRIGGER IF EXISTS oidc_identities_audit ON oidc_identities;--> statement-breakpoint
CREATE TRIGGER oidc_identities_audit AFTER INSERT OR UPDATE OR DELETE ON oidc_identities FOR EACH ROW EXECUTE FUNCTION audit_row_change('user_id', 'provider_id');
