-- Fallback to the built-in analyser: when the configured analyser (an LLM) fails for a service
-- with nothing better published, the built-in analyser's result is stored and published. It
-- names the failed analysis it stands in for, so the reconciler does not take it for an analysis
-- by another analyser and retry the failed one on the same texts.
ALTER TABLE analyses ADD COLUMN fallback_for bigint REFERENCES analyses (id);

-- The curator area lists the latest analyses of all services and totals of the last 30 days.
CREATE INDEX analyses_created_idx ON analyses (created_at);
