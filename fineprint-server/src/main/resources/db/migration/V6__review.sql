-- Review: problem reports from readers, curator users, corrections on points and the audit log.
-- Points are re-created by every analysis, so reports and corrections name a point by its
-- identity (service, document type, case id): one point per case per document.

-- Problem reports ---------------------------------------------------------------------------
-- The point as the reader saw it is copied (title, quote), since the point itself will be
-- replaced by the next analysis. Reports are never deleted; a curator resolves or rejects them.
ALTER TABLE problem_reports DROP COLUMN point_id;
ALTER TABLE problem_reports DROP CONSTRAINT problem_reports_status_check;
ALTER TABLE problem_reports DROP CONSTRAINT problem_reports_message_check;
ALTER TABLE problem_reports
    ADD COLUMN kind          text NOT NULL DEFAULT 'other'
        CHECK (kind IN ('quote-mismatch', 'wrong-severity', 'outdated', 'missing', 'other')),
    ADD COLUMN document_type text CHECK (document_type IN ('terms', 'privacy', 'cookies', 'community',
                                                            'acceptable-use', 'copyright', 'sale', 'other')),
    ADD COLUMN case_id       text,
    ADD COLUMN point_title   text,
    ADD COLUMN point_quote   text,
    ADD COLUMN client_hash   text,              -- keyed hash of the client address, never the address
    ADD COLUMN curator_note  text,
    ADD COLUMN resolved_by   text,
    ADD COLUMN resolved_at   timestamptz,
    ADD CONSTRAINT problem_reports_status_check CHECK (status IN ('open', 'resolved', 'rejected')),
    ADD CONSTRAINT problem_reports_message_check CHECK (length(message) BETWEEN 1 AND 4000),
    ADD CONSTRAINT problem_reports_email_check CHECK (email IS NULL OR length(email) <= 254),
    -- A report on a point names the whole identity, or none of it (a report on the service).
    ADD CONSTRAINT problem_reports_point_check CHECK (
        (document_type IS NULL) = (case_id IS NULL) AND (case_id IS NULL) = (point_title IS NULL)),
    -- Open reports carry no decision; closed ones say who closed them and when.
    ADD CONSTRAINT problem_reports_decision_check CHECK (
        (status = 'open' AND resolved_by IS NULL AND resolved_at IS NULL)
        OR (status <> 'open' AND resolved_by IS NOT NULL AND resolved_at IS NOT NULL));
CREATE INDEX problem_reports_service_idx ON problem_reports (service_id, created_at DESC);

-- Curator users ------------------------------------------------------------------------------
CREATE TABLE users (
    id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    username      text NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,39}$'),
    password_hash text NOT NULL CHECK (password_hash LIKE '$2%'),   -- BCrypt, never plain text
    enabled       boolean NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    last_login_at timestamptz
);

-- Corrections -------------------------------------------------------------------------------
-- One row per (service, document type, case id, action), changed in place by `save`; every
-- change is also written to audit_log, which keeps the history.
ALTER TABLE corrections DROP COLUMN payload;
ALTER TABLE corrections
    ADD COLUMN document_type text NOT NULL CHECK (document_type IN ('terms', 'privacy', 'cookies', 'community',
                                                                     'acceptable-use', 'copyright', 'sale', 'other')),
    ADD COLUMN title         text CHECK (length(title) BETWEEN 1 AND 200),
    ADD COLUMN explanation   text CHECK (length(explanation) BETWEEN 1 AND 2000),
    ADD COLUMN severity      smallint CHECK (severity BETWEEN 1 AND 5),
    ALTER COLUMN reason SET NOT NULL,
    ADD CONSTRAINT corrections_reason_check CHECK (length(reason) BETWEEN 1 AND 1000),
    -- Only an edit carries new values, and it changes at least one of them.
    ADD CONSTRAINT corrections_edit_check CHECK (
        (action = 'edit' AND num_nonnulls(title, explanation, severity) > 0)
        OR (action <> 'edit' AND num_nulls(title, explanation, severity) = 3));
CREATE UNIQUE INDEX corrections_identity_idx ON corrections (service_id, document_type, case_id, action);
-- Every save takes a new revision, so "has anything changed?" is one index lookup (pages cache
-- corrected reports under the latest revision), whatever the clocks say.
CREATE SEQUENCE corrections_revision_seq;
ALTER TABLE corrections ADD COLUMN revision bigint NOT NULL DEFAULT nextval('corrections_revision_seq');
CREATE INDEX corrections_revision_idx ON corrections (revision);

-- Audit log: why a change was made, beside who, when and what.
ALTER TABLE audit_log ADD COLUMN reason text;
