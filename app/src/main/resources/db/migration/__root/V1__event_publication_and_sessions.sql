-- SPDX-License-Identifier: EUPL-1.2
-- Shared infrastructure: Spring Modulith's event publication registry and Spring Session's tables.

CREATE TABLE event_publication
(
  id                     UUID NOT NULL PRIMARY KEY,
  listener_id            TEXT NOT NULL,
  event_type             TEXT NOT NULL,
  serialized_event       TEXT NOT NULL,
  publication_date       TIMESTAMPTZ NOT NULL,
  completion_date        TIMESTAMPTZ,
  status                 TEXT,
  completion_attempts    INT,
  last_resubmission_date TIMESTAMPTZ
);
CREATE INDEX event_publication_serialized_event_hash_idx ON event_publication USING hash (serialized_event);
CREATE INDEX event_publication_by_completion_date_idx ON event_publication (completion_date);

CREATE TABLE spring_session
(
  primary_id            CHAR(36) NOT NULL PRIMARY KEY,
  session_id            CHAR(36) NOT NULL,
  creation_time         BIGINT NOT NULL,
  last_access_time      BIGINT NOT NULL,
  max_inactive_interval INT NOT NULL,
  expiry_time           BIGINT NOT NULL,
  principal_name        VARCHAR(100)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes
(
  session_primary_id CHAR(36) NOT NULL REFERENCES spring_session (primary_id) ON DELETE CASCADE,
  attribute_name     VARCHAR(200) NOT NULL,
  attribute_bytes    BYTEA NOT NULL,
  PRIMARY KEY (session_primary_id, attribute_name)
);
