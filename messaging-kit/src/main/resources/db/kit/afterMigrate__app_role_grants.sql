-- Flyway runs this after every migration, as the owner role (quarkus.flyway.username), so the app role the service
-- connects as (${app_role}, its datasource's username) has exactly the rights below however its tables were made.
-- The database's default privileges (deploy/tools/database-roles.sql) already give it rows on each new table; this
-- repeats that for the tables an older deploy made. One for every service (db/kit is in each one's Flyway locations);
-- a service whose table needs narrower rights than the rest revokes them in a callback of its own that sorts after this
-- one, db/migration/afterMigrate__narrower_grants.sql, e.g. for a table the service may only append to
--   REVOKE UPDATE, DELETE ON <table> FROM ${app_role};
DO $grants$
BEGIN
  IF current_user = '${app_role}' THEN
    -- one role migrates and connects (no owner password given, or a superuser): it owns everything already, and
    -- revoking from it would take the owner's own rights away
    RETURN;
  END IF;
  GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${app_role};
  GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${app_role};
  -- Flyway's own history is the owner's business alone
  REVOKE ALL ON flyway_schema_history FROM ${app_role};
END
$grants$;
