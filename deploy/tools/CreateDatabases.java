import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Creates each named PostgreSQL database if it does not exist yet, with its two roles: {@code <db>_owner}, which owns
 * the schema and that Flyway migrates as, and {@code <db>_app}, which the service connects as (database-roles.sql,
 * beside this file, says what each may do). Each role's password is made once and kept in the passwords folder
 * ({@code <role>.password}, readable by this user only), where deploy/services.sh's use_database_roles reads them.
 * Run as a single-file program with the PostgreSQL JDBC driver on the classpath, so that a machine with only a JDK
 * and Maven needs no psql.
 *   java -cp postgresql.jar CreateDatabases.java jdbc:postgresql://127.0.0.1:5432/postgres postgres \
 *     deploy/tools/database-roles.sql .local/db-roles db1 db2 ...
 *   (a name prefixed with '!' is dropped first: a fresh database for a test run)
 */
public class CreateDatabases {
    private static final SecureRandom RANDOM = new SecureRandom();

    public static void main(String[] args) throws SQLException, IOException {
        String url = args[0];
        String superuser = args[1];
        String rolesSql = Files.readString(Path.of(args[2]));
        Path passwords = Path.of(args[3]);
        for (int i = 4; i < args.length; i++) {
            String name = args[i];
            boolean fresh = name.startsWith("!");
            if (fresh) {
                name = name.substring(1);
            }
            if (!name.matches("[a-z_][a-z0-9_]*") || name.length() > 57) {
                throw new IllegalArgumentException("not a plain database name of at most 57 characters: " + name);
            }
            try (var c = DriverManager.getConnection(url, superuser, ""); var st = c.createStatement()) {
                if (fresh) {
                    st.execute("drop database if exists " + name + " with (force)");
                }
                var rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'");
                if (!rs.next()) {
                    st.execute("create database " + name + " encoding 'UTF8'");
                    System.err.println("created database " + name);
                }
            }
            String owner = name + "_owner";
            String app = name + "_app";
            String sql = rolesSql.replace("{{database}}", name).replace("{{owner}}", owner).replace("{{app}}", app)
                    .replace("{{owner_password}}", password(passwords, owner))
                    .replace("{{app_password}}", password(passwords, app));
            // the grants of a database are made connected to it
            try (var c = DriverManager.getConnection(url.replaceFirst("/[^/?]*(\\?.*)?$", "/" + name + "$1"), superuser, "");
                 var st = c.createStatement()) {
                st.execute(sql);
            }
        }
    }

    /** The role's password: made once, then kept. */
    private static String password(Path folder, String role) throws IOException {
        Path file = folder.resolve(role + ".password");
        if (Files.isRegularFile(file)) {
            String kept = Files.readString(file).strip();
            if (kept.matches("[A-Za-z0-9]{32}")) {
                return kept;
            }
        }
        Files.createDirectories(folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder made = new StringBuilder();
        for (int i = 0; i < 32; i++) {
            made.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        Path tmp = Files.createTempFile(folder, role, ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(tmp, made + "\n");
        Files.move(tmp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return made.toString();
    }
}
