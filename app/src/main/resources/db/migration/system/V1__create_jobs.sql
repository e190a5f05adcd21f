-- SPDX-License-Identifier: EUPL-1.2
-- Background jobs: state, progress and locks live here so that any instance can run or report them.

CREATE TABLE system_job
(
  id            UUID PRIMARY KEY,
  kind          TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  title         TEXT NOT NULL,
  parameters    JSONB NOT NULL DEFAULT '{}'::jsonb,
  progress_done BIGINT NOT NULL DEFAULT 0,
  progress_total BIGINT NOT NULL DEFAULT 0,
  progress_step TEXT,
  summary       JSONB,
  errors        JSONB,
  submitted_by  TEXT,
  worker        TEXT,
  created_at    TIMESTAMPTZ NOT NULL,
  started_at    TIMESTAMPTZ,
  finished_at   TIMESTAMPTZ,
  heartbeat_at  TIMESTAMPTZ
);
CREATE INDEX system_job_queue_idx ON system_job (created_at) WHERE state = 'QUEUED';
CREATE INDEX system_job_kind_idx ON system_job (kind, created_at DESC);

-- Uploaded files travel with the job, so the instance that runs it need not be the one that received it.
CREATE TABLE system_job_payload
(
  job_id    UUID PRIMARY KEY REFERENCES system_job (id) ON DELETE CASCADE,
  file_name TEXT NOT NULL,
  content   BYTEA NOT NULL
);
