-- Room for later work: analyses and their points (immutable), problem reports, curator
-- corrections and the audit log.

CREATE TABLE analyses (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id       bigint NOT NULL REFERENCES services (id),
    analyzer         text NOT NULL,            -- e.g. local, llm
    analyzer_version text NOT NULL,
    model            text,
    input_version_ids bigint[] NOT NULL,
    input_sha256     text[] NOT NULL,          -- hashes of the analysed texts, in the same order
    report           jsonb,                    -- fineprint.report/1
    status           text NOT NULL CHECK (status IN ('succeeded', 'failed')),
    error            text,
    created_at       timestamptz NOT NULL DEFAULT now(),
    CHECK (status <> 'succeeded' OR report IS NOT NULL)
);
CREATE INDEX analyses_service_idx ON analyses (service_id, created_at DESC);
CREATE TRIGGER analyses_append_only BEFORE UPDATE OR DELETE ON analyses
    FOR EACH ROW EXECUTE FUNCTION forbid_update_or_delete();

CREATE TABLE points (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    analysis_id bigint NOT NULL REFERENCES analyses (id),
    position    integer NOT NULL CHECK (position >= 0),   -- index in the report's points
    case_id     text NOT NULL,
    sentiment   text NOT NULL CHECK (sentiment IN ('positive', 'negative', 'neutral')),
    severity    smallint NOT NULL CHECK (severity BETWEEN 1 AND 5),
    document_id bigint REFERENCES documents (id),
    version_id  bigint REFERENCES versions (id),
    title       text NOT NULL,
    explanation text,
    quotes      jsonb NOT NULL DEFAULT '[]',              -- [{"text", "start", "end"}]
    UNIQUE (analysis_id, position)
);
CREATE INDEX points_case_idx ON points (case_id);
CREATE TRIGGER points_append_only BEFORE UPDATE OR DELETE ON points
    FOR EACH ROW EXECUTE FUNCTION forbid_update_or_delete();

CREATE TABLE problem_reports (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id bigint NOT NULL REFERENCES services (id),
    point_id   bigint REFERENCES points (id),
    message    text NOT NULL CHECK (length(message) > 0),
    email      text,
    status     text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'resolved', 'dismissed')),
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX problem_reports_open_idx ON problem_reports (created_at) WHERE status = 'open';

-- Curator decisions about machine output, re-applied after every re-analysis.
CREATE TABLE corrections (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id bigint NOT NULL REFERENCES services (id),
    case_id    text NOT NULL,
    action     text NOT NULL CHECK (action IN ('dismiss', 'pin', 'edit')),
    payload    jsonb NOT NULL DEFAULT '{}',
    reason     text,
    author     text NOT NULL,
    active     boolean NOT NULL DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX corrections_service_idx ON corrections (service_id) WHERE active;

CREATE TABLE audit_log (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text NOT NULL,
    action       text NOT NULL,
    subject_type text NOT NULL,
    subject_id   text NOT NULL,
    details      jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, at DESC);
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION forbid_update_or_delete();
