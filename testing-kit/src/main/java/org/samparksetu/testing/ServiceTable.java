package org.samparksetu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The services as {@code deploy/services.txt} lists them: the one list that deploy/up, the bench scripts and the tests
 * share, so a service added, moved or renamed there is started, tested and benchmarked everywhere alike. The file
 * is read by the same rules as {@code deploy/services.sh}: {@code #} comment lines, one {@code jvm} line with the
 * options every service's JVM starts with, then {@code name port database package} per service, separated by spaces.
 *
 * @param jvmOptions the options every service's JVM starts with (deploy/up, the end-to-end system, benchmarks)
 * @param services   in the file's order, which is the order the services are started in
 */
public record ServiceTable(List<String> jvmOptions, List<Service> services) {
    /** Where the table lives, relative to the repository root. */
    public static final String FILE = "deploy/services.txt";

    private static final Pattern DATABASE = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Pattern PACKAGE = Pattern.compile("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)*");
    private static final Pattern PORT = Pattern.compile("[0-9]{1,5}");
    private static volatile ServiceTable repositoryTable;

    /**
     * One service.
     *
     * @param name        its Maven module, and its name in events ({@code dead-letter.<name>}) and logs
     * @param port        deploy/up's HTTP port (tests and benchmarks take free ports instead)
     * @param database    deploy/up's database (tests and benchmarks name theirs {@code <purpose>_<database>})
     * @param basePackage its base Java package
     */
    public record Service(String name, int port, String database, String basePackage) {
    }

    public ServiceTable {
        jvmOptions = List.copyOf(jvmOptions);
        services = List.copyOf(services);
    }

    /** The table of the repository this code runs in (found as {@link Infrastructure#repositoryRoot()} finds it). */
    public static ServiceTable ofRepository() {
        ServiceTable table = repositoryTable;
        if (table == null) {
            table = read(Infrastructure.repositoryRoot());
            repositoryTable = table;
        }
        return table;
    }

    /** The table under a repository root (the end-to-end system and benchmarks are told their root). */
    public static ServiceTable read(Path root) {
        Path file = root.resolve(FILE);
        try {
            return parse(Files.readAllLines(file), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service table " + file, e);
        }
    }

    /** Reads the table's lines; {@code source} names the file in error messages. */
    public static ServiceTable parse(List<String> lines, String source) {
        List<String> jvm = null;
        List<Service> services = new ArrayList<>();
        Set<String> names = new HashSet<>();
        Set<Integer> ports = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\\s+");
            String where = source + " line " + (i + 1) + ": ";
            if (cols[0].equals("jvm")) {
                if (jvm != null) {
                    throw new IllegalArgumentException(where + "a second 'jvm' line; the services share one");
                }
                jvm = List.of(cols).subList(1, cols.length);
                continue;
            }
            if (cols.length != 4 || !PORT.matcher(cols[1]).matches() || !DATABASE.matcher(cols[2]).matches()
                    || !PACKAGE.matcher(cols[3]).matches()) {
                throw new IllegalArgumentException(where + "expected 'name port database package', got: " + line);
            }
            int port = Integer.parseInt(cols[1]);
            if (port < 1 || port > 65_535) {
                throw new IllegalArgumentException(where + "port " + port + " is not between 1 and 65535");
            }
            if (!names.add(cols[0])) {
                throw new IllegalArgumentException(where + "service " + cols[0] + " is listed twice");
            }
            if (!ports.add(port)) {
                throw new IllegalArgumentException(where + "port " + port + " is given to two services");
            }
            services.add(new Service(cols[0], port, cols[2], cols[3]));
        }
        if (jvm == null || jvm.isEmpty() || services.isEmpty()) {
            throw new IllegalArgumentException(source + " needs a 'jvm' line with options and at least one service");
        }
        return new ServiceTable(jvm, services);
    }

    /** The services' names, in the table's order. */
    public List<String> names() {
        return services.stream().map(Service::name).toList();
    }

    public Service service(String name) {
        return services.stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name + " in " + FILE + "; it has " + names()));
    }
}
