CREATE TABLE "audit_anchor" (
	"id" integer PRIMARY KEY DEFAULT 1 NOT NULL,
	"seq" bigint NOT NULL,
	"hash" text NOT NULL,
	"removed_through" timestamp with time zone NOT NULL,
	"removed" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- Removing audit entries after the municipality's retention period (AUDIT_RETENTION_DAYS), with the chain
-- re-anchored: audit_prune() records the place and hash of the last entry it removes in audit_anchor, then
-- removes the oldest part of the chain up to it. The chain verifies from the anchor; a gap after it, or an
-- entry removed any other way, is still found. docs/security.md, "Audit log".
CREATE OR REPLACE FUNCTION audit_anchor_guard() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  IF TG_OP <> 'DELETE' AND current_setting('zugang.audit_pruning', true) = 'on'
     AND (TG_OP = 'INSERT' OR NEW.seq > OLD.seq) THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_anchor moves only forward, inside audit_prune(): % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $fn$;--> statement-breakpoint
CREATE TRIGGER audit_anchor_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_anchor FOR EACH ROW EXECUTE FUNCTION audit_anchor_guard();--> statement-breakpoint
CREATE TRIGGER audit_anchor_no_truncate BEFORE TRUNCATE ON audit_anchor FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  -- Allowed: audit_seal() giving an unsealed entry its place and hash, content unchanged …
  IF TG_OP = 'UPDATE' AND current_setting('zugang.audit_sealing', true) = 'on' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
     AND audit_entry_text(OLD) = audit_entry_text(NEW) THEN
    RETURN NEW;
  END IF;
  -- … and audit_prune() removing sealed entries up to the anchor it has just recorded.
  IF TG_OP = 'DELETE' AND current_setting('zugang.audit_pruning', true) = 'on' AND OLD.seq IS NOT NULL
     AND OLD.seq <= (SELECT seq FROM audit_anchor WHERE id = 1) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION 'audit_log is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $fn$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_seal(max_entries integer DEFAULT 10000) RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
  last_seq bigint;
  last_hash text;
  next_hash text;
  e audit_log;
  n integer := 0;
BEGIN
  -- One sealer at a time (every instance runs one); the lock ends with the sealer's transaction.
  PERFORM pg_advisory_xact_lock(727275);
  SELECT seq, hash INTO last_seq, last_hash FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
  -- Every sealed entry removed after the retention period: the chain goes on from the anchor.
  IF last_seq IS NULL THEN
    SELECT seq, hash INTO last_seq, last_hash FROM audit_anchor WHERE id = 1;
  END IF;
  PERFORM set_config('zugang.audit_sealing', 'on', true);
  FOR e IN SELECT * FROM audit_log WHERE seq IS NULL ORDER BY id LIMIT max_entries LOOP
    next_hash := encode(sha256(convert_to(coalesce(last_hash, '') || '#' || audit_entry_text(e), 'UTF8')), 'hex');
    last_seq := coalesce(last_seq, 0) + 1;
    UPDATE audit_log SET seq = last_seq, prev_hash = last_hash, hash = next_hash WHERE id = e.id;
    last_hash := next_hash;
    n := n + 1;
  END LOOP;
  PERFORM set_config('zugang.audit_sealing', 'off', true);
  RETURN n;
END $fn$;--> statement-breakpoint
-- Removes the oldest sealed entries written before `before`, at most max_entries at a time: the chain's
-- prefix up to the first entry still to be kept. Returns how many were removed.
CREATE OR REPLACE FUNCTION audit_prune(before timestamptz, max_entries integer DEFAULT 50000) RETURNS integer LANGUAGE plpgsql AS $fn$
DECLARE
  first_seq bigint;
  cut bigint;
  cut_hash text;
  cut_at timestamptz;
  n integer;
BEGIN
  -- The sealer's lock: the chain does not grow meanwhile.
  PERFORM pg_advisory_xact_lock(727275);
  SELECT min(seq) INTO first_seq FROM audit_log WHERE seq IS NOT NULL;
  IF first_seq IS NULL THEN RETURN 0; END IF;
  SELECT coalesce(min(seq) - 1, (SELECT max(seq) FROM audit_log)) INTO cut FROM audit_log WHERE seq IS NOT NULL AND at >= before;
  cut := least(cut, first_seq + max_entries - 1);
  IF cut < first_seq THEN RETURN 0; END IF;
  SELECT hash, at INTO cut_hash, cut_at FROM audit_log WHERE seq = cut;
  SELECT count(*) INTO n FROM audit_log WHERE seq <= cut;
  PERFORM set_config('zugang.audit_pruning', 'on', true);
  INSERT INTO audit_anchor (id, seq, hash, removed_through, removed, updated_at) VALUES (1, cut, cut_hash, cut_at, n, now())
    ON CONFLICT (id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, removed_through = excluded.removed_through,
      removed = audit_anchor.removed + excluded.removed, updated_at = now();
  DELETE FROM audit_log WHERE seq <= cut;
  PERFORM set_config('zugang.audit_pruning', 'off', true);
  RETURN n;
END $fn$;
