-- SPDX-License-Identifier: EUPL-1.2
-- Gemeenten, wijken and buurten as CBS publishes them per year, with their figures and boundaries.
-- Everything is keyed on (code, year): names are not unique, and a code can get new boundaries in a
-- later year. The country row of the CBS files (NL00) is not stored.

CREATE TABLE area_region
(
  code              TEXT        NOT NULL,
  year              INT         NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  level             TEXT        NOT NULL CHECK (level IN ('MUNICIPALITY', 'DISTRICT', 'NEIGHBOURHOOD')),
  name              TEXT        NOT NULL,
  parent_code       TEXT,
  municipality_code TEXT        NOT NULL,
  -- CBS "indelingswijziging": 1 unchanged, 2 code changed, 3 boundary changed; NULL when the file had none.
  change_code       TEXT,
  -- The last CBS file with codes that wrote this row (one id per import) and the row's number in it: a
  -- file without codes can only be joined to such a file, by position.
  source_file       UUID,
  source_position   INT,
  imported_at       TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (code, year),
  FOREIGN KEY (parent_code, year) REFERENCES area_region (code, year),
  CHECK ((level = 'MUNICIPALITY') = (parent_code IS NULL))
);
CREATE INDEX area_region_children_idx ON area_region (parent_code, year);
CREATE INDEX area_region_level_idx ON area_region (year, level);
CREATE INDEX area_region_position_idx ON area_region (year, source_file, source_position);

-- One row per figure column ever imported: the normalised label is the key, the heading as the file wrote it.
CREATE TABLE area_figure_label
(
  label   TEXT PRIMARY KEY,
  heading TEXT NOT NULL
);

-- A suppressed or missing value has no row: absent is never stored as 0. The label has no foreign key to
-- area_figure_label (the importer registers every label before its values): checking it for each of the
-- 146,000 values of the national file took two of the import's five seconds, for a table of headings.
CREATE TABLE area_figure
(
  code  TEXT    NOT NULL,
  year  INT     NOT NULL,
  label TEXT    NOT NULL,
  value NUMERIC NOT NULL,
  PRIMARY KEY (code, year, label),
  FOREIGN KEY (code, year) REFERENCES area_region (code, year)
);
CREATE INDEX area_figure_by_label_idx ON area_figure (year, label);

-- GeoJSON geometry (Polygon or MultiPolygon, WGS84 lon/lat); PostGIS is not needed for drawing maps.
CREATE TABLE area_boundary
(
  code        TEXT        NOT NULL,
  year        INT         NOT NULL,
  geometry    JSONB       NOT NULL,
  imported_at TIMESTAMPTZ NOT NULL,
  PRIMARY KEY (code, year),
  FOREIGN KEY (code, year) REFERENCES area_region (code, year)
);
