-- Registry: categories, services and the legal documents Fineprint tracks for each.

-- Trigram indexes for search come later; the extension is optional (it may need rights we lack).
DO $$
BEGIN
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'pg_trgm is not available (%); search will fall back to plain matching', SQLERRM;
END
$$;

CREATE TABLE categories (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug     text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name     text NOT NULL,
    position integer NOT NULL DEFAULT 0
);

CREATE TABLE services (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug        text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text NOT NULL,
    tagline     text,
    homepage    text,
    domains     text[] NOT NULL DEFAULT '{}',
    category_id bigint REFERENCES categories (id),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX services_category_idx ON services (category_id);
CREATE INDEX services_domains_idx ON services USING gin (domains);
CREATE INDEX services_name_idx ON services (lower(name));

CREATE TABLE documents (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    service_id      bigint NOT NULL REFERENCES services (id),
    type            text NOT NULL CHECK (type IN ('terms', 'privacy', 'cookies', 'community',
                                                  'acceptable-use', 'copyright', 'sale', 'other')),
    title           text NOT NULL,
    source_url      text,
    jurisdiction    text,
    language        text,
    -- The Open Terms Archive terms declaration ({"fetch", "select", "remove", ...}); NULL for
    -- documents known only from imported text.
    declaration     jsonb,
    created_at      timestamptz NOT NULL DEFAULT now(),
    last_checked_at timestamptz,
    last_changed_at timestamptz,
    UNIQUE (service_id, type)
);
CREATE INDEX documents_last_changed_idx ON documents (last_changed_at DESC);
