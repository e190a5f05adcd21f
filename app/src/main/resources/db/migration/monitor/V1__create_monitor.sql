-- SPDX-License-Identifier: EUPL-1.2
-- The neighbourhood monitor: a read model of indicators per area and year, the stacking index computed
-- from them, the admin-defined catalogue of local indicators, and the field notes of council members and
-- officials. The monitor only listens to the area module: it keeps its own copy of what it needs (names,
-- levels) and has no foreign keys into other modules' tables.

-- The areas the monitor knows, per year, copied from the area module when figures arrive.
CREATE TABLE monitor_area
(
  code              TEXT    NOT NULL,
  year              INT     NOT NULL,
  level             TEXT    NOT NULL CHECK (level IN ('MUNICIPALITY', 'DISTRICT', 'NEIGHBOURHOOD')),
  name              TEXT    NOT NULL,
  municipality_code TEXT    NOT NULL,
  municipality_name TEXT    NOT NULL,
  parent_code       TEXT,
  inhabitants       NUMERIC,
  PRIMARY KEY (code, year)
);
CREATE INDEX monitor_area_municipality_idx ON monitor_area (year, municipality_code, level);
CREATE INDEX monitor_area_level_idx ON monitor_area (year, level);

-- Local indicators defined by an administrator (loneliness, problematic debts, waiting lists, ...). The
-- indicators derived from CBS figures are defined in code; their keys are reserved.
CREATE TABLE monitor_local_indicator
(
  key        TEXT PRIMARY KEY,
  name_nl    TEXT        NOT NULL,
  name_en    TEXT        NOT NULL,
  unit       TEXT        NOT NULL,
  direction  TEXT        NOT NULL CHECK (direction IN ('HIGHER_IS_WORSE', 'HIGHER_IS_BETTER')),
  source     TEXT        NOT NULL,
  created_at TIMESTAMPTZ NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);

-- One value of an indicator for an area in a monitor year. A suppressed or unknown value has no row:
-- absent is never stored as 0. reference_year is the year the value is about (income: two years earlier).
CREATE TABLE monitor_indicator_value
(
  year              INT     NOT NULL,
  code              TEXT    NOT NULL,
  indicator         TEXT    NOT NULL,
  level             TEXT    NOT NULL,
  municipality_code TEXT    NOT NULL,
  value             NUMERIC NOT NULL,
  reference_year    INT     NOT NULL,
  origin            TEXT    NOT NULL CHECK (origin IN ('CBS', 'LOCAL')),
  PRIMARY KEY (year, code, indicator)
);
CREATE INDEX monitor_indicator_value_level_idx ON monitor_indicator_value (year, level, indicator);
CREATE INDEX monitor_indicator_value_trend_idx ON monitor_indicator_value (code, indicator, year);
CREATE INDEX monitor_indicator_value_municipality_idx ON monitor_indicator_value (year, municipality_code, indicator);

-- The index configuration: the weight of each domain, and which indicators belong to which domain with
-- which weight. An indicator without a row is not part of the index.
CREATE TABLE monitor_index_domain
(
  domain TEXT PRIMARY KEY CHECK (domain IN ('INCOME', 'WORK', 'DEBTS', 'HEALTH', 'HOUSING')),
  weight NUMERIC NOT NULL CHECK (weight >= 0)
);

CREATE TABLE monitor_index_member
(
  indicator TEXT PRIMARY KEY,
  domain    TEXT    NOT NULL REFERENCES monitor_index_domain (domain),
  weight    NUMERIC NOT NULL CHECK (weight > 0)
);

-- One row: the share of the domain weight an area needs for a composite score, and the version of the
-- configuration (raised by every change, stored with every computed index).
CREATE TABLE monitor_index_setting
(
  id               INT PRIMARY KEY CHECK (id = 1),
  minimum_coverage NUMERIC     NOT NULL CHECK (minimum_coverage >= 0 AND minimum_coverage <= 1),
  version          INT         NOT NULL,
  changed_at       TIMESTAMPTZ NOT NULL
);

-- Audit trail of the catalogue and the index configuration: who changed what, when. Actor is an account
-- id, never an e-mail address; changes is a JSON list of {subject, field, before, after}.
CREATE TABLE monitor_audit
(
  id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at       TIMESTAMPTZ NOT NULL,
  actor_id UUID,
  action   TEXT        NOT NULL,
  changes  JSONB       NOT NULL
);
CREATE INDEX monitor_audit_at_idx ON monitor_audit (at DESC);

-- The index as last computed for a year: the configuration it used (so that a page can say which
-- indicators and weights were used even while an admin is changing them) and per level what was measured.
CREATE TABLE monitor_index_run
(
  year          INT PRIMARY KEY,
  version       INT         NOT NULL,
  configuration JSONB       NOT NULL,
  levels        JSONB       NOT NULL,
  computed_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE monitor_index_score
(
  year               INT     NOT NULL,
  code               TEXT    NOT NULL,
  level              TEXT    NOT NULL,
  municipality_code  TEXT    NOT NULL,
  composite          NUMERIC,
  composite_class    INT     CHECK (composite_class BETWEEN 1 AND 5),
  composite_rank     INT,
  stacking_count     INT     NOT NULL,
  domains_scored     INT     NOT NULL,
  domains_measured   INT     NOT NULL,
  coverage           NUMERIC NOT NULL,
  indicators_used    INT     NOT NULL,
  indicators_missing INT     NOT NULL,
  -- the position (0 to 100, higher is more vulnerable) of every indicator of the index the area has a value for
  percentiles        JSONB   NOT NULL,
  PRIMARY KEY (year, code)
);
CREATE INDEX monitor_index_score_municipality_idx ON monitor_index_score (year, municipality_code, level);

CREATE TABLE monitor_domain_score
(
  year               INT     NOT NULL,
  code               TEXT    NOT NULL,
  domain             TEXT    NOT NULL,
  score              NUMERIC NOT NULL,
  percentile         NUMERIC NOT NULL,
  worst_fifth        BOOLEAN NOT NULL,
  indicators_used    INT     NOT NULL,
  indicators_missing INT     NOT NULL,
  PRIMARY KEY (year, code, domain)
);

-- Per level and year, the median of every indicator over all areas with a value: the reference an area
-- profile compares with (national once every gemeente is imported).
CREATE TABLE monitor_reference_value
(
  year           INT     NOT NULL,
  level          TEXT    NOT NULL,
  indicator      TEXT    NOT NULL,
  median         NUMERIC NOT NULL,
  areas          INT     NOT NULL,
  municipalities INT     NOT NULL,
  PRIMARY KEY (year, level, indicator)
);

-- Field notes ("tellen en vertellen"): what council members and officials heard and saw in an area.
-- Never names of residents; author_id becomes NULL when the author deletes their account.
CREATE TABLE monitor_field_note
(
  id                UUID PRIMARY KEY,
  municipality_code TEXT        NOT NULL,
  area_code         TEXT        NOT NULL,
  area_name         TEXT        NOT NULL,
  kind              TEXT        NOT NULL CHECK (kind IN ('CONSULTATION_HOUR', 'WORK_VISIT', 'KEY_FIGURE', 'RESIDENT')),
  noted_on          DATE        NOT NULL,
  themes            TEXT[]      NOT NULL CHECK (cardinality(themes) > 0),
  summary           TEXT        NOT NULL,
  follow_up         TEXT,
  author_id         UUID,
  author_role       TEXT        NOT NULL,
  created_at        TIMESTAMPTZ NOT NULL,
  updated_at        TIMESTAMPTZ NOT NULL
);
CREATE INDEX monitor_field_note_area_idx ON monitor_field_note (area_code, noted_on DESC);
CREATE INDEX monitor_field_note_municipality_idx ON monitor_field_note (municipality_code, noted_on DESC);
CREATE INDEX monitor_field_note_author_idx ON monitor_field_note (author_id);

-- The default configuration: five domains of equal weight, the CBS indicators the method names, and three
-- suggested local indicators that count once a gemeente uploads their values.
INSERT INTO monitor_index_domain (domain, weight)
VALUES ('INCOME', 1), ('WORK', 1), ('DEBTS', 1), ('HEALTH', 1), ('HOUSING', 1);

INSERT INTO monitor_local_indicator (key, name_nl, name_en, unit, direction, source, created_at, updated_at)
VALUES ('eenzaamheid', 'Volwassenen die zich eenzaam voelen', 'Adults who feel lonely', 'PERCENT',
        'HIGHER_IS_WORSE', 'GGD Gezondheidsmonitor Volwassenen en Ouderen', now(), now()),
       ('problematische-schulden', 'Huishoudens met problematische schulden', 'Households with problem debts',
        'PERCENT', 'HIGHER_IS_WORSE', 'Gemeente (schuldhulpverlening)', now(), now()),
       ('wachttijd-sociale-huur', 'Inschrijfduur bij toewijzing sociale huurwoning',
        'Waiting time for social rented housing', 'YEARS', 'HIGHER_IS_WORSE', 'Woningcorporaties', now(), now());

INSERT INTO monitor_index_member (indicator, domain, weight)
VALUES ('laag-inkomen', 'INCOME', 1),
       ('sociaal-minimum', 'INCOME', 1),
       ('bijstand', 'WORK', 1),
       ('ww', 'WORK', 1),
       ('ao', 'WORK', 1),
       ('problematische-schulden', 'DEBTS', 1),
       ('eenzaamheid', 'HEALTH', 1),
       ('corporatiewoningen', 'HOUSING', 1),
       ('woz-waarde', 'HOUSING', 1),
       ('wachttijd-sociale-huur', 'HOUSING', 1);

INSERT INTO monitor_index_setting (id, minimum_coverage, version, changed_at) VALUES (1, 0.6, 1, now());
