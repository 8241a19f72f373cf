import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Creates each named PostgreSQL database if it does not exist yet. Run as a single-file program with the
 * PostgreSQL JDBC driver on the classpath, so that a machine with only a JDK and Maven needs no psql.
 *   java -cp postgresql.jar CreateDatabases.java jdbc:postgresql://127.0.0.1:5432/postgres postgres db1 db2 ...
 *   (a name prefixed with '!' is dropped first: a fresh database for a test run)
 */
public class CreateDatabases {
    public static void main(String[] args) throws SQLException {
        try (var c = DriverManager.getConnection(args[0], args[1], "")) {
            for (int i = 2; i < args.length; i++) {
                String name = args[i];
                boolean fresh = name.startsWith("!");
                if (fresh) {
                    name = name.substring(1);
                }
                if (!name.matches("[a-z_][a-z0-9_]*")) {
                    throw new IllegalArgumentException("not a plain database name: " + name);
                }
                try (var st = c.createStatement()) {
                    if (fresh) {
                        st.execute("drop database if exists " + name + " with (force)");
                    }
                    var rs = st.executeQuery("select 1 from pg_database where datname = '" + name + "'");
                    if (!rs.next()) {
                        st.execute("create database " + name + " encoding 'UTF8'");
                        System.err.println("created database " + name);
                    }
                }
            }
        }
    }
}
