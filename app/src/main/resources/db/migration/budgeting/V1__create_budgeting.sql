-- SPDX-License-Identifier: EUPL-1.2
-- Buurtbudget: rounds, ideas (projects), residence verification, voter roll, ballots and outcomes.
-- Ballot secrecy: budgeting_voter says WHO voted, budgeting_ballot WHAT was voted. Nothing links the
-- two: no account id, no IP address, no timestamp, no sequence number on a ballot (see docs/ballot-secrecy.md).

CREATE TABLE budgeting_round
(
  id                UUID PRIMARY KEY,
  version           BIGINT NOT NULL,
  municipality_code TEXT NOT NULL,
  area_code         TEXT NOT NULL,
  title             TEXT NOT NULL,
  description       TEXT NOT NULL,
  amount_cents      BIGINT NOT NULL CHECK (amount_cents > 0),
  phase             TEXT NOT NULL CHECK (phase IN ('PLANNED', 'IDEAS', 'REVIEW', 'VOTING', 'RESULTS', 'EXECUTION')),
  ideas_from        TIMESTAMPTZ NOT NULL,
  review_from       TIMESTAMPTZ NOT NULL,
  voting_from       TIMESTAMPTZ NOT NULL,
  results_from      TIMESTAMPTZ NOT NULL,
  execution_from    TIMESTAMPTZ NOT NULL,
  minimum_age       INT NOT NULL CHECK (minimum_age BETWEEN 0 AND 120),
  vote_type         TEXT NOT NULL CHECK (vote_type IN ('APPROVAL', 'KNAPSACK', 'CUMULATIVE')),
  min_projects      INT NOT NULL,
  max_projects      INT NOT NULL,
  points            INT NOT NULL,
  rule              TEXT NOT NULL,
  goals             TEXT NOT NULL DEFAULT '',
  project_count     INT NOT NULL DEFAULT 0,
  created_by        UUID,
  created_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX budgeting_round_municipality_idx ON budgeting_round (municipality_code, ideas_from DESC);
CREATE INDEX budgeting_round_area_idx ON budgeting_round (area_code);
CREATE INDEX budgeting_round_phase_idx ON budgeting_round (phase);

-- Every change to a round, by whom and when.
CREATE TABLE budgeting_audit
(
  id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  round_id UUID NOT NULL REFERENCES budgeting_round (id) ON DELETE CASCADE,
  at       TIMESTAMPTZ NOT NULL,
  actor_id UUID,
  action   TEXT NOT NULL,
  details  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX budgeting_audit_round_idx ON budgeting_audit (round_id, at DESC);

-- Photos of ideas and progress updates, checked for type and size before they get here.
CREATE TABLE budgeting_photo
(
  id           UUID PRIMARY KEY,
  content_type TEXT NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png')),
  content      BYTEA NOT NULL,
  width        INT NOT NULL,
  height       INT NOT NULL,
  uploaded_by  UUID,
  uploaded_at  TIMESTAMPTZ NOT NULL
);

-- An idea of a resident; once found feasible it is a project on the ballot. "number" is its id in the
-- Pabulib export and its tie-break key.
CREATE TABLE budgeting_project
(
  id                   UUID PRIMARY KEY,
  version              BIGINT NOT NULL,
  round_id             UUID NOT NULL REFERENCES budgeting_round (id),
  number               INT NOT NULL,
  title                TEXT NOT NULL,
  description          TEXT NOT NULL,
  location             TEXT NOT NULL DEFAULT '',
  latitude             DOUBLE PRECISION,
  longitude            DOUBLE PRECISION,
  estimated_cost_cents BIGINT NOT NULL CHECK (estimated_cost_cents > 0),
  cost_cents           BIGINT,
  status               TEXT NOT NULL CHECK (status IN ('PROPOSED', 'FEASIBLE', 'NOT_FEASIBLE')),
  review_reason        TEXT,
  reviewed_by          UUID,
  reviewed_at          TIMESTAMPTZ,
  execution_status     TEXT CHECK (execution_status IN ('PLANNED', 'STARTED', 'DELAYED', 'DONE')),
  photo_id             UUID REFERENCES budgeting_photo (id),
  proposed_by          UUID,
  proposer_name        TEXT,
  proposed_at          TIMESTAMPTZ NOT NULL,
  UNIQUE (round_id, number)
);
CREATE INDEX budgeting_project_proposer_idx ON budgeting_project (proposed_by);

CREATE TABLE budgeting_comment
(
  id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id    UUID NOT NULL REFERENCES budgeting_project (id) ON DELETE CASCADE,
  author_id     UUID,
  author_name   TEXT,
  text          TEXT NOT NULL,
  posted_at     TIMESTAMPTZ NOT NULL,
  hidden_at     TIMESTAMPTZ,
  hidden_by     UUID,
  hidden_reason TEXT
);
CREATE INDEX budgeting_comment_project_idx ON budgeting_comment (project_id, posted_at);
CREATE INDEX budgeting_comment_author_idx ON budgeting_comment (author_id);

-- Progress of a winning project during the execution phase.
CREATE TABLE budgeting_progress
(
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  project_id UUID NOT NULL REFERENCES budgeting_project (id) ON DELETE CASCADE,
  status     TEXT NOT NULL CHECK (status IN ('PLANNED', 'STARTED', 'DELAYED', 'DONE')),
  text       TEXT NOT NULL,
  photo_id   UUID REFERENCES budgeting_photo (id),
  posted_by  UUID,
  posted_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX budgeting_progress_project_idx ON budgeting_progress (project_id, posted_at DESC);

CREATE TABLE budgeting_follow
(
  project_id UUID NOT NULL REFERENCES budgeting_project (id) ON DELETE CASCADE,
  account_id UUID NOT NULL,
  PRIMARY KEY (project_id, account_id)
);
CREATE INDEX budgeting_follow_account_idx ON budgeting_follow (account_id);

-- Letters with one-time codes, one per address. Only hashes of the codes are kept; the letters
-- (with the plain codes) exist only in the PDF the official downloaded.
CREATE TABLE budgeting_letter_batch
(
  id                 UUID PRIMARY KEY,
  municipality_code  TEXT NOT NULL,
  neighbourhood_code TEXT NOT NULL,
  letter_count       INT NOT NULL,
  expires_at         TIMESTAMPTZ NOT NULL,
  created_by         UUID,
  created_at         TIMESTAMPTZ NOT NULL
);

CREATE TABLE budgeting_letter_code
(
  id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  batch_id  UUID NOT NULL REFERENCES budgeting_letter_batch (id),
  code_hash TEXT NOT NULL UNIQUE,
  used_at   TIMESTAMPTZ
);

-- A verified resident of a buurt: by letter code (online or on a paper ballot) or in person at a
-- spreekuur. A resident who voted on paper with a letter code may have no account.
CREATE TABLE budgeting_residence
(
  id                 UUID PRIMARY KEY,
  account_id         UUID UNIQUE,
  neighbourhood_code TEXT NOT NULL,
  method             TEXT NOT NULL CHECK (method IN ('LETTER_CODE', 'IN_PERSON')),
  birth_date         DATE NOT NULL,
  letter_code_id     BIGINT UNIQUE REFERENCES budgeting_letter_code (id),
  verified_by        UUID,
  verified_at        TIMESTAMPTZ NOT NULL
);

-- A short-lived code a resident shows at the spreekuur so that an official can find the account
-- without asking for an e-mail address.
CREATE TABLE budgeting_desk_code
(
  code_hash  TEXT PRIMARY KEY,
  account_id UUID NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX budgeting_desk_code_account_idx ON budgeting_desk_code (account_id);

-- WHO has voted in a round, and through which channel. One row per voter: the primary key makes a
-- second counted ballot impossible, however many submissions race.
CREATE TABLE budgeting_voter
(
  round_id     UUID NOT NULL REFERENCES budgeting_round (id),
  residence_id UUID NOT NULL,
  channel      TEXT NOT NULL CHECK (channel IN ('ONLINE', 'PAPER')),
  PRIMARY KEY (round_id, residence_id)
);
CREATE INDEX budgeting_voter_residence_idx ON budgeting_voter (residence_id);

-- WHAT was voted. No voter, no time, no channel, no sequence: a random id and the hash of the secret
-- receipt that lets the voter change it. Rows are rewritten in random order regularly (BallotShuffle).
CREATE TABLE budgeting_ballot
(
  id              UUID PRIMARY KEY,
  round_id        UUID NOT NULL REFERENCES budgeting_round (id),
  receipt_hash    TEXT NOT NULL UNIQUE,
  project_numbers INT[] NOT NULL,
  points          INT[]
);
CREATE INDEX budgeting_ballot_round_idx ON budgeting_ballot (round_id);

-- The computed result of a round, with the open-data file it was computed from.
CREATE TABLE budgeting_outcome
(
  round_id       UUID PRIMARY KEY REFERENCES budgeting_round (id),
  rule           TEXT NOT NULL,
  ballot_count   INT NOT NULL,
  total_cost     BIGINT NOT NULL,
  selected       INT[] NOT NULL,
  tally          JSONB NOT NULL,
  explanation    JSONB NOT NULL,
  pb_file        BYTEA NOT NULL,
  pb_sha256      TEXT NOT NULL,
  compute_millis BIGINT NOT NULL,
  computed_at    TIMESTAMPTZ NOT NULL
);

-- The background job that computes (or recomputes) a round's outcome, for its progress bar.
CREATE TABLE budgeting_count_job
(
  round_id UUID PRIMARY KEY REFERENCES budgeting_round (id),
  job_id   UUID NOT NULL
);
