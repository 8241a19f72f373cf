-- The two roles of one service's database, and what each may do. Run by a superuser connected to that database,
-- after it was created: by deploy/up (tools/CreateDatabases.java) and by the tests (testing-kit Infrastructure), both
-- with {{database}}, {{owner}}, {{app}}, {{owner_password}} and {{app_password}} filled in. Idempotent: a second run
-- changes nothing, and a database an older deploy/up migrated as the superuser is handed to the owner role.
--   {{owner}}  owns the schema and every table: Flyway migrates as it (quarkus.flyway.username)
--   {{app}}    the service's datasource: reads and writes rows, nothing else (no DDL, no superuser, no new roles)
-- The grants a service narrows for itself (a table it may only append to, say) are in its own Flyway callback,
-- db/migration/afterMigrate__app_role_grants.sql, which runs as the owner after every migration.

DO $roles$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{owner}}') THEN
    BEGIN
      CREATE ROLE {{owner}};
    EXCEPTION WHEN duplicate_object THEN NULL; -- made meanwhile by another run
    END;
  END IF;
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{app}}') THEN
    BEGIN
      CREATE ROLE {{app}};
    EXCEPTION WHEN duplicate_object THEN NULL;
    END;
  END IF;
END
$roles$;
ALTER ROLE {{owner}} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '{{owner_password}}';
ALTER ROLE {{app}} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '{{app_password}}';

-- Who owns the database. The owner role, except where the server's autovacuum is off (the CI and benchmark
-- machines): there messaging-kit's TableMaintenance vacuums from the service's own connection, and before
-- PostgreSQL 17 (the MAINTAIN privilege) only a table's or the database's owner may VACUUM. Owning the database
-- gives the app role no table and no schema (both stay the owner role's, below) and it loses CREATE and TEMPORARY.
DO $database$
BEGIN
  IF current_setting('autovacuum') = 'off' THEN
    ALTER DATABASE {{database}} OWNER TO {{app}};
  ELSE
    ALTER DATABASE {{database}} OWNER TO {{owner}};
  END IF;
END
$database$;
REVOKE ALL ON DATABASE {{database}} FROM PUBLIC;
REVOKE CREATE, TEMPORARY ON DATABASE {{database}} FROM {{app}};
GRANT CONNECT ON DATABASE {{database}} TO {{owner}}, {{app}};

-- The schema is the owner role's (in PostgreSQL 15 public belongs to the database's owner, who may be the app role)
ALTER SCHEMA public OWNER TO {{owner}};
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO {{app}};

-- Objects an earlier run made as another role (deploy/up before these roles existed) become the owner role's.
DO $adopt$
DECLARE
  o record;
BEGIN
  FOR o IN SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
           WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
             AND c.relowner <> (SELECT oid FROM pg_roles WHERE rolname = '{{owner}}')
             -- a sequence owned by a column follows its table
             AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
  LOOP
    EXECUTE format('ALTER %s public.%I OWNER TO {{owner}}',
                   CASE o.relkind WHEN 'S' THEN 'SEQUENCE' WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                  WHEN 'f' THEN 'FOREIGN TABLE' ELSE 'TABLE' END, o.relname);
  END LOOP;
  FOR o IN SELECT p.oid::regprocedure AS signature, p.prokind FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
           WHERE n.nspname = 'public' AND p.proowner <> (SELECT oid FROM pg_roles WHERE rolname = '{{owner}}')
  LOOP
    EXECUTE format('ALTER %s %s OWNER TO {{owner}}', CASE o.prokind WHEN 'p' THEN 'PROCEDURE' ELSE 'FUNCTION' END, o.signature);
  END LOOP;
END
$adopt$;

-- Rows, not structure, on whatever the owner role makes. The tables that exist already get theirs (and any narrower
-- ones) from the service's afterMigrate callback at its next start, which runs after every migration.
ALTER DEFAULT PRIVILEGES FOR ROLE {{owner}} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {{app}};
ALTER DEFAULT PRIVILEGES FOR ROLE {{owner}} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {{app}};
