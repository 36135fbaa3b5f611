-- Publishing: analyses as the pages read them, and the search indexes.

-- A point names its document's type, so that a point is known across re-analyses by
-- (service, document type, case id), and its text is searchable.
ALTER TABLE points ADD COLUMN document_type text
    CHECK (document_type IN ('terms', 'privacy', 'cookies', 'community', 'acceptable-use', 'copyright', 'sale',
                             'other'));
ALTER TABLE points ADD COLUMN search tsvector GENERATED ALWAYS AS
    (setweight(to_tsvector('english', title), 'A') || setweight(to_tsvector('english', coalesce(explanation, '')), 'B'))
    STORED;
CREATE INDEX points_search_idx ON points USING gin (search);
CREATE INDEX points_analysis_idx ON points (analysis_id, position);

-- The published analysis of a service is its latest succeeded one.
CREATE INDEX analyses_succeeded_idx ON analyses (service_id, id DESC) WHERE status = 'succeeded';
CREATE INDEX analyses_latest_idx ON analyses (service_id, id DESC);

-- A name as people type it without spaces or punctuation: "Ali Express", "aliexpress" → "aliexpress".
CREATE FUNCTION search_key(name text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT regexp_replace(lower(name), '[^[:alnum:]]+', '', 'g') $$;

-- Full text of what a service is: its name, tagline and domains.
CREATE FUNCTION service_document(name text, tagline text, domains text[]) RETURNS tsvector
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT setweight(to_tsvector('simple', coalesce(name, '')), 'A')
              || setweight(to_tsvector('english', coalesce(tagline, '')), 'B')
              || setweight(to_tsvector('simple', coalesce(array_to_string(domains, ' '), '')), 'A') $$;

CREATE INDEX services_search_idx ON services USING gin (service_document(name, tagline, domains));

-- Typo-tolerant matching by trigrams, when pg_trgm could be installed (V1 tried).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
        EXECUTE 'CREATE INDEX services_key_trgm_idx ON services USING gin (search_key(name) gin_trgm_ops)';
        EXECUTE 'CREATE INDEX points_title_trgm_idx ON points USING gin (lower(title) gin_trgm_ops)';
    ELSE
        RAISE NOTICE 'pg_trgm is not installed: search matches names exactly and by full text only';
    END IF;
END
$$;
