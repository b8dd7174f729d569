ALTER TABLE "audit_log" ADD COLUMN "seq" bigint;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_seq_key" ON "audit_log" USING btree ("seq");--> statement-breakpoint
CREATE INDEX "audit_log_unsealed_idx" ON "audit_log" USING btree ("id") WHERE seq IS NULL;--> statement-breakpoint
-- The hash chain is no longer built by the writer (which held one lock over every audited transaction
-- until its commit, so all of them queued on each other) but by audit_seal(), after the commit: entries
-- are written with seq, prev_hash and hash empty, and audit_seal() chains the committed ones in id order,
-- under its own lock. An entry whose transaction commits after a later id was sealed is chained after it:
-- the chain's order is seq, not id. docs/decisions/0007-audit-chain-sealed-after-commit.md.
ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_change;--> statement-breakpoint
UPDATE audit_log SET seq = id WHERE hash IS NOT NULL;--> statement-breakpoint
ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_change;--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  -- Nobody writes a place in the chain or a hash of their own: audit_seal() does.
  NEW.seq := NULL;
  NEW.prev_hash := NULL;
  NEW.hash := NULL;
  RETURN NEW;
END $fn$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
  -- The one change allowed: audit_seal() giving an unsealed entry its place and hash, content unchanged.
  IF TG_OP = 'UPDATE' AND current_setting('zugang.audit_sealing', true) = 'on' AND OLD.seq IS NULL AND NEW.seq IS NOT NULL
     AND audit_entry_text(OLD) = audit_entry_text(NEW) THEN
    RETURN NEW;
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
END $fn$;
