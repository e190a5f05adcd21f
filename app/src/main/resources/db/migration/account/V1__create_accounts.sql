-- SPDX-License-Identifier: EUPL-1.2
-- People, their roles, password resets, API tokens and the audit trail of account changes.

CREATE TABLE account_user
(
  id                      UUID PRIMARY KEY,
  version                 BIGINT NOT NULL,
  email                   TEXT NOT NULL,
  display_name            TEXT NOT NULL,
  password_hash           TEXT NOT NULL,
  municipality_code       TEXT,
  home_neighbourhood_code TEXT,
  enabled                 BOOLEAN NOT NULL DEFAULT TRUE,
  created_at              TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX account_user_email_idx ON account_user (lower(email));

CREATE TABLE account_role
(
  account_user UUID NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
  role         TEXT NOT NULL CHECK (role IN ('RESIDENT', 'OFFICIAL', 'INSTITUTION', 'COUNCIL', 'ADMIN')),
  PRIMARY KEY (account_user, role)
);

-- Only a hash of each single-use reset token is kept.
CREATE TABLE account_password_reset
(
  token_hash  TEXT PRIMARY KEY,
  account_id  UUID NOT NULL REFERENCES account_user (id) ON DELETE CASCADE,
  expires_at  TIMESTAMPTZ NOT NULL,
  used_at     TIMESTAMPTZ
);
CREATE INDEX account_password_reset_account_idx ON account_password_reset (account_id);

-- API tokens for clients; the token itself is shown once and only its hash is kept.
CREATE TABLE account_api_token
(
  id           UUID PRIMARY KEY,
  name         TEXT NOT NULL,
  token_hash   TEXT NOT NULL UNIQUE,
  token_prefix TEXT NOT NULL,
  role         TEXT NOT NULL CHECK (role IN ('RESIDENT', 'OFFICIAL', 'INSTITUTION', 'COUNCIL', 'ADMIN')),
  municipality_code TEXT,
  created_by   UUID,
  created_at   TIMESTAMPTZ NOT NULL,
  last_used_at TIMESTAMPTZ,
  revoked_at   TIMESTAMPTZ
);

-- Who changed what about which account, and when. Actor and subject are ids, never e-mail addresses.
CREATE TABLE account_audit
(
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at         TIMESTAMPTZ NOT NULL,
  actor_id   UUID,
  subject_id UUID,
  action     TEXT NOT NULL,
  details    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX account_audit_subject_idx ON account_audit (subject_id, at DESC);
CREATE INDEX account_audit_at_idx ON account_audit (at DESC);
