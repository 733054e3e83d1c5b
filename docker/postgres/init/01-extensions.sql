-- Extensions used by KNTC:
--   unaccent  accent-insensitive search over Vietnamese names and text
--   pg_trgm   trigram indexes for fuzzy and substring search
--   pgcrypto  gen_random_uuid(), digest() and related functions
--
-- The official postgres image runs this file once, as the superuser
-- POSTGRES_USER against POSTGRES_DB, and only when the data volume is empty.
-- The app's migrations also run CREATE EXTENSION IF NOT EXISTS when the
-- database role may do so. These three extensions are "trusted" since
-- PostgreSQL 13, so a role with CREATE on the database is enough. With a
-- managed database where the app role may not create extensions, have a
-- DBA run this file once before the first migration.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS pgcrypto;
