-- Archive: raw snapshots (content-addressed), append-only versions of normalised text, and every
-- fetch attempt with its outcome.

-- Rows of append-only tables are never changed or removed.
CREATE FUNCTION forbid_update_or_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% rows are append-only: % is not allowed', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
END
$$;

CREATE TABLE snapshots (
    sha256           char(64) PRIMARY KEY,   -- of the raw bytes
    media_type       text NOT NULL,
    size             bigint NOT NULL CHECK (size >= 0),
    content          bytea NOT NULL,         -- gzip-compressed raw bytes
    url              text,
    first_fetched_at timestamptz NOT NULL
);
CREATE TRIGGER snapshots_append_only BEFORE UPDATE OR DELETE ON snapshots
    FOR EACH ROW EXECUTE FUNCTION forbid_update_or_delete();

CREATE TABLE versions (
    id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id       bigint NOT NULL REFERENCES documents (id),
    text              text NOT NULL,
    sha256            char(64) NOT NULL,     -- of the text, UTF-8
    change_key        char(64) NOT NULL,     -- decides whether a text is a new version
    fetched_at        timestamptz NOT NULL,
    recorded_at       timestamptz NOT NULL DEFAULT now(),
    origin            text NOT NULL CHECK (origin IN ('fetch', 'import', 'sample')),
    -- Re-extraction of unchanged snapshots: kept out of change feeds.
    technical_upgrade boolean NOT NULL DEFAULT false
);
CREATE INDEX versions_document_idx ON versions (document_id, id DESC);
CREATE INDEX versions_sha256_idx ON versions (sha256);
CREATE TRIGGER versions_append_only BEFORE UPDATE OR DELETE ON versions
    FOR EACH ROW EXECUTE FUNCTION forbid_update_or_delete();

-- The snapshots a version was extracted from, in declaration order (several for "combine").
CREATE TABLE version_snapshots (
    version_id      bigint NOT NULL REFERENCES versions (id),
    position        integer NOT NULL CHECK (position >= 0),
    snapshot_sha256 char(64) NOT NULL REFERENCES snapshots (sha256),
    PRIMARY KEY (version_id, position)
);
CREATE INDEX version_snapshots_snapshot_idx ON version_snapshots (snapshot_sha256);
CREATE TRIGGER version_snapshots_append_only BEFORE UPDATE OR DELETE ON version_snapshots
    FOR EACH ROW EXECUTE FUNCTION forbid_update_or_delete();

CREATE TABLE fetch_attempts (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    document_id  bigint NOT NULL REFERENCES documents (id),
    attempted_at timestamptz NOT NULL,
    outcome      text NOT NULL CHECK (outcome IN ('new-version', 'unchanged', 'failed')),
    http_status  integer,
    error_kind   text,                     -- FetchException/ExtractException Reason.kind()
    message      text,
    duration_ms  bigint NOT NULL CHECK (duration_ms >= 0),
    version_id   bigint REFERENCES versions (id),
    CHECK ((outcome = 'failed') = (error_kind IS NOT NULL)),
    CHECK (outcome <> 'new-version' OR version_id IS NOT NULL)
);
CREATE INDEX fetch_attempts_document_idx ON fetch_attempts (document_id, attempted_at DESC);
CREATE INDEX fetch_attempts_failed_idx ON fetch_attempts (attempted_at DESC) WHERE outcome = 'failed';
