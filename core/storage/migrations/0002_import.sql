-- Guanxi schema 2: import batches, so that an import can be undone as a whole, and saved
-- column mappings. These tables are this device's own bookkeeping: they are not synced (the rows
-- an import wrote are, like any other write).

-- One row per import that was committed (a dry run or a failed import leaves none).
-- hlc_end is the workspace clock when the import finished: a row the import wrote whose hlc is
-- later than that (or whose origin is another device) was changed after the import.
CREATE TABLE import_batches (
    id               TEXT PRIMARY KEY,       -- UUID v7, as every id
    entity           TEXT NOT NULL,          -- customers | contacts | orders | interactions
    file_name        TEXT NOT NULL,          -- the file's name as given, for people
    duplicate_policy TEXT NOT NULL,          -- skip | update | create
    started_at       TEXT NOT NULL,          -- ISO-8601 UTC
    finished_at      TEXT NOT NULL,
    read_count       INTEGER NOT NULL DEFAULT 0,
    created_count    INTEGER NOT NULL DEFAULT 0,
    updated_count    INTEGER NOT NULL DEFAULT 0,
    skipped_count    INTEGER NOT NULL DEFAULT 0,
    rejected_count   INTEGER NOT NULL DEFAULT 0,
    hlc_end          INTEGER NOT NULL,
    origin           TEXT NOT NULL,          -- the replica that imported
    undone_at        TEXT                    -- NULL while the import is in effect
) WITHOUT ROWID;

-- The rows an import created, as ranges of seq: an import runs in one write transaction, so the
-- rows it inserts into a table take consecutive seq values (a new range starts if they do not).
-- A million created customers are one row here instead of a million.
CREATE TABLE import_created (
    batch_id   TEXT NOT NULL REFERENCES import_batches(id),
    table_name TEXT NOT NULL,
    first_seq  INTEGER NOT NULL,
    last_seq   INTEGER NOT NULL,
    PRIMARY KEY (batch_id, table_name, first_seq)
) WITHOUT ROWID;

-- The rows an import updated (duplicate policy "update"): the columns it changed, with the
-- values they had before, as a JSON object {"column": value}, and the hlc the import stamped.
CREATE TABLE import_updated (
    batch_id   TEXT NOT NULL REFERENCES import_batches(id),
    table_name TEXT NOT NULL,
    record_id  TEXT NOT NULL,
    previous   TEXT NOT NULL,
    hlc        INTEGER NOT NULL,
    PRIMARY KEY (batch_id, table_name, record_id)
) WITHOUT ROWID;

-- Named column mappings ("presets"), as the JSON a mapping file holds (see
-- core/exchange/import/ColumnMapping.h).
CREATE TABLE import_mappings (
    name       TEXT PRIMARY KEY COLLATE NOCASE,
    entity     TEXT NOT NULL,
    mapping    TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;
