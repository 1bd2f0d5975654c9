-- Guanxi schema 1: the foundation.
--
-- Every synced table has the same bookkeeping columns (DESIGN.md, "Data rules"):
--   seq         local row number; only for paging and the search index, never leaves this file
--   id          UUID, identical on every device; all references use it
--   created_at, updated_at   ISO-8601 UTC text ("2026-11-23T09:07:00.000Z")
--   hlc         hybrid-logical-clock stamp of the last write (48 bits ms, 16 bits counter)
--   origin      replica id of the device that made the last write
--   deleted     tombstone: rows are never hard-deleted, so deletions sync too
-- Enum columns hold the stable codes from DOMAIN.md, never translated text.
-- Money is an integer count of minor units (fen) plus an ISO 4217 currency code.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE staff (
    seq        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    email      TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    hlc        INTEGER NOT NULL,
    origin     TEXT NOT NULL,
    deleted    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX staff_by_name ON staff(name) WHERE deleted = 0;

CREATE TABLE customers (
    seq              INTEGER PRIMARY KEY,
    id               TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    sort_key         TEXT NOT NULL,          -- pinyin / folded Latin of the name, for ORDER BY
    kind             TEXT NOT NULL DEFAULT 'company',
    tier             TEXT NOT NULL DEFAULT 'transactional',
    lifecycle        TEXT NOT NULL DEFAULT 'prospect',
    lifecycle_manual INTEGER NOT NULL DEFAULT 0,
    segment          TEXT,
    owner_id         TEXT REFERENCES staff(id),
    source           TEXT,
    industry         TEXT NOT NULL DEFAULT '',
    city             TEXT NOT NULL DEFAULT '',
    region           TEXT NOT NULL DEFAULT '',
    address          TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    email            TEXT NOT NULL DEFAULT '',
    website          TEXT NOT NULL DEFAULT '',
    credit_code      TEXT NOT NULL DEFAULT '',
    tags             TEXT NOT NULL DEFAULT '',  -- comma-separated, normalised
    notes            TEXT NOT NULL DEFAULT '',
    do_not_contact   INTEGER NOT NULL DEFAULT 0,
    satisfaction     INTEGER CHECK (satisfaction IS NULL OR satisfaction BETWEEN 1 AND 5),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    hlc              INTEGER NOT NULL,
    origin           TEXT NOT NULL,
    deleted          INTEGER NOT NULL DEFAULT 0
);
-- One index per sortable column, each ending in sort_key so that keyset paging
-- (ORDER BY column, sort_key, seq) walks an index instead of sorting a million rows.
-- Tier and lifecycle sort by their rank, not their code, through the same CASE expression
-- the repository emits.
CREATE INDEX customers_by_name ON customers(sort_key) WHERE deleted = 0;
CREATE INDEX customers_by_city ON customers(city, sort_key) WHERE deleted = 0;
CREATE INDEX customers_by_tier ON customers(
    (CASE tier WHEN 'transactional' THEN 0 WHEN 'preferred_supplier' THEN 1 WHEN 'partner' THEN 2
               WHEN 'strategic_alliance' THEN 3 ELSE 9 END), sort_key) WHERE deleted = 0;
CREATE INDEX customers_by_lifecycle ON customers(
    (CASE lifecycle WHEN 'prospect' THEN 0 WHEN 'new' THEN 1 WHEN 'regular' THEN 2
                    WHEN 'established' THEN 3 WHEN 'loyal' THEN 4 ELSE 9 END), sort_key) WHERE deleted = 0;
CREATE INDEX customers_by_owner ON customers(owner_id, sort_key) WHERE deleted = 0;
CREATE INDEX customers_by_updated ON customers(updated_at) WHERE deleted = 0;
CREATE INDEX customers_by_phone ON customers(phone) WHERE phone <> '';
CREATE INDEX customers_by_email ON customers(email) WHERE email <> '';
CREATE INDEX customers_by_credit_code ON customers(credit_code) WHERE credit_code <> '';

CREATE TABLE contacts (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    customer_id TEXT NOT NULL REFERENCES customers(id),
    name        TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    role        TEXT,
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    wechat      TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    is_primary  INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    hlc         INTEGER NOT NULL,
    origin      TEXT NOT NULL,
    deleted     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contacts_by_customer ON contacts(customer_id);
CREATE INDEX contacts_by_phone ON contacts(phone) WHERE phone <> '';
CREATE INDEX contacts_by_email ON contacts(email) WHERE email <> '';

CREATE TABLE interactions (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    contact_id   TEXT REFERENCES contacts(id),
    staff_id     TEXT REFERENCES staff(id),
    channel      TEXT NOT NULL,
    occurred_at  TEXT NOT NULL,
    summary      TEXT NOT NULL DEFAULT '',
    commitments  TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    hlc          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX interactions_by_customer ON interactions(customer_id, occurred_at);
CREATE INDEX interactions_by_staff ON interactions(staff_id, occurred_at);

CREATE TABLE follow_ups (
    seq            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    customer_id    TEXT NOT NULL REFERENCES customers(id),
    interaction_id TEXT REFERENCES interactions(id),
    owner_id       TEXT REFERENCES staff(id),
    title          TEXT NOT NULL,
    due_on         TEXT NOT NULL,            -- YYYY-MM-DD
    snoozed_until  TEXT,                     -- YYYY-MM-DD, later than due_on, or NULL
    status         TEXT NOT NULL DEFAULT 'open',
    done_at        TEXT,
    notes          TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    hlc            INTEGER NOT NULL,
    origin         TEXT NOT NULL,
    deleted        INTEGER NOT NULL DEFAULT 0
);
-- The follow-ups view asks "open and due before X": index the effective due date.
CREATE INDEX follow_ups_open_by_due ON follow_ups(coalesce(snoozed_until, due_on))
    WHERE status = 'open' AND deleted = 0;
CREATE INDEX follow_ups_by_customer ON follow_ups(customer_id, due_on);
CREATE INDEX follow_ups_by_owner ON follow_ups(owner_id, status);

CREATE TABLE orders (
    seq          INTEGER PRIMARY KEY,
    id           TEXT NOT NULL UNIQUE,
    customer_id  TEXT NOT NULL REFERENCES customers(id),
    order_number TEXT NOT NULL DEFAULT '',
    ordered_on   TEXT NOT NULL,              -- YYYY-MM-DD
    amount_minor INTEGER NOT NULL,           -- fen
    cost_minor   INTEGER,                    -- fen, NULL when unknown
    currency     TEXT NOT NULL DEFAULT 'CNY',
    product      TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    hlc          INTEGER NOT NULL,
    origin       TEXT NOT NULL,
    deleted      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX orders_by_customer ON orders(customer_id, ordered_on);
CREATE INDEX orders_by_number ON orders(order_number) WHERE order_number <> '';

-- Search: one FTS5 document per live customer (rowid = customers.seq), tokenised by the
-- "guanxi" tokenizer (search::SearchTokenizer): every Han character with all its pinyin readings
-- and initials at one position, folded Latin words, phone numbers as overlapping four-digit runs,
-- e-mail addresses whole and in parts. The index stores no copy of the text: its content is the
-- view customer_search_source (content=), so FTS5 re-reads a document from there when it needs
-- it ('rebuild', 'integrity-check'). Job titles are left out: 经理 or "Manager" would match most
-- customers and help find none. columnsize=0: nothing ranks by bm25, so no per-document sizes.
-- No prefix= index: the queries (search::QueryBuilder) use prefixes only where few terms share
-- them (an unfinished syllable, a word of two or more letters, an address), and initials are
-- terms of their own.
--
-- External content means deletions must hand FTS5 the text exactly as it was indexed, so the
-- triggers delete BEFORE a change (when the view still shows the old document) and insert AFTER.
-- Bulk writers suspend the triggers (guanxi_search_autoindex() returns 0) and re-index in one
-- statement ('rebuild').
CREATE VIEW customer_search_source AS
SELECT c.seq AS seq,
       c.name AS name,
       coalesce((SELECT group_concat(p.name, ' ') FROM contacts p
                 WHERE p.customer_id = c.id AND p.deleted = 0), '') AS people,
       trim(c.phone || ' ' || coalesce((SELECT group_concat(p.phone, ' ') FROM contacts p
                 WHERE p.customer_id = c.id AND p.deleted = 0 AND p.phone <> ''), '')) AS phones,
       trim(c.email || ' ' || coalesce((SELECT group_concat(p.email, ' ') FROM contacts p
                 WHERE p.customer_id = c.id AND p.deleted = 0 AND p.email <> ''), '')) AS emails,
       trim(c.city || ' ' || c.region) AS places
FROM customers c
WHERE c.deleted = 0;

CREATE VIRTUAL TABLE customer_search USING fts5(
    name, people, phones, emails, places,
    tokenize = 'guanxi',
    content = 'customer_search_source', content_rowid = 'seq',
    columnsize = 0);

-- meta.search_index_version holds the tokenizer version the index was built with
-- (search::SearchTokenizer::Version; written by Workspace), so that a Guanxi whose tokenizer or
-- pinyin tables changed re-indexes on open.

CREATE TRIGGER customers_search_insert AFTER INSERT ON customers
WHEN guanxi_search_autoindex()
BEGIN
    INSERT INTO customer_search(rowid, name, people, phones, emails, places)
        SELECT seq, name, people, phones, emails, places FROM customer_search_source WHERE seq = NEW.seq;
END;

CREATE TRIGGER customers_search_unindex
BEFORE UPDATE OF name, phone, email, city, region, deleted ON customers
WHEN guanxi_search_autoindex()
BEGIN
    INSERT INTO customer_search(customer_search, rowid, name, people, phones, emails, places)
        SELECT 'delete', seq, name, people, phones, emails, places FROM customer_search_source WHERE seq = OLD.seq;
END;

CREATE TRIGGER customers_search_reindex
AFTER UPDATE OF name, phone, email, city, region, deleted ON customers
WHEN guanxi_search_autoindex()
BEGIN
    INSERT INTO customer_search(rowid, name, people, phones, emails, places)
        SELECT seq, name, people, phones, emails, places FROM customer_search_source WHERE seq = NEW.seq;
END;

CREATE TRIGGER customers_search_delete BEFORE DELETE ON customers
WHEN guanxi_search_autoindex()
BEGIN
    INSERT INTO customer_search(customer_search, rowid, name, people, phones, emails, places)
        SELECT 'delete', seq, name, people, phones, emails, places FROM customer_search_source WHERE seq = OLD.seq;
END;

CREATE TRIGGER contacts_search_unindex_insert BEFORE INSERT ON contacts
WHEN guanxi_search_autoindex()
BEGIN
    INSERT INTO customer_search(customer_search, rowid, name, people, phones, emails, places)
        SELECT 'delete', s.seq, s.name, s.people, s.phones, s.emails, s.places FROM customer_search_source s
        WHERE s.seq = (SELECT seq FROM customers WHERE id = NEW.customer_id);
END;

CREATE TRIGGER contacts_search_reindex_insert AFTER INSERT ON contacts
WHEN guanxi_search_autoindex()
BEGIN
    INSERT INTO customer_search(rowid, name, people, phones, emails, places)
        SELECT s.seq, s.name, s.people, s.phones, s.emails, s.places FROM customer_search_source s
        WHERE s.seq = (SELECT seq FROM customers WHERE id = NEW.customer_id);
END;

CREATE TRIGGER contacts_search_unindex_update
BEFORE UPDATE OF customer_id, name, phone, email, deleted ON contacts
WHEN guanxi_search_autoindex()
BEGIN
    INSERT INTO customer_search(customer_search, rowid, name, people, phones, emails, places)
        SELECT 'delete', s.seq, s.name, s.people, s.phones, s.emails, s.places FROM customer_search_source s
        WHERE s.seq IN (SELECT seq FROM customers WHERE id IN (OLD.customer_id, NEW.customer_id));
END;

CREATE TRIGGER contacts_search_reindex_update
AFTER UPDATE OF customer_id, name, phone, email, deleted ON contacts
WHEN guanxi_search_autoindex()
BEGIN
    INSERT INTO customer_search(rowid, name, people, phones, emails, places)
        SELECT s.seq, s.name, s.people, s.phones, s.emails, s.places FROM customer_search_source s
        WHERE s.seq IN (SELECT seq FROM customers WHERE id IN (OLD.customer_id, NEW.customer_id));
END;

CREATE TRIGGER contacts_search_unindex_delete BEFORE DELETE ON contacts
WHEN guanxi_search_autoindex()
BEGIN
    INSERT INTO customer_search(customer_search, rowid, name, people, phones, emails, places)
        SELECT 'delete', s.seq, s.name, s.people, s.phones, s.emails, s.places FROM customer_search_source s
        WHERE s.seq = (SELECT seq FROM customers WHERE id = OLD.customer_id);
END;

CREATE TRIGGER contacts_search_reindex_delete AFTER DELETE ON contacts
WHEN guanxi_search_autoindex()
BEGIN
    INSERT INTO customer_search(rowid, name, people, phones, emails, places)
        SELECT s.seq, s.name, s.people, s.phones, s.emails, s.places FROM customer_search_source s
        WHERE s.seq = (SELECT seq FROM customers WHERE id = OLD.customer_id);
END;
