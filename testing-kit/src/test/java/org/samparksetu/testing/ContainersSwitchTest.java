package org.samparksetu.testing;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The Testcontainers switch: off (the default), {@link Infrastructure} starts up without asking for one class of
 * Testcontainers or of the project's class that starts the containers; on without the profile that compiles that
 * class, it says which profile is missing. Each case loads {@code Infrastructure} afresh in a class loader of its own
 * that records every class asked of it, so its static initialiser runs under the switch the case sets.
 */
class ContainersSwitchTest {

    /** The test class path, loaded by this loader itself (not delegated), remembering every class name asked for. */
    private static final class Recording extends URLClassLoader {
        final Set<String> asked = ConcurrentHashMap.newKeySet();
        private final String refused;

        Recording(String refused) {
            super(classPath(), ClassLoader.getPlatformClassLoader());
            this.refused = refused;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            asked.add(name);
            if (refused != null && name.startsWith(refused)) {
                throw new ClassNotFoundException(name); // as in a build without the testcontainers profile
            }
            return super.loadClass(name, resolve);
        }

        private static URL[] classPath() {
            return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator)).map(p -> {
                try {
                    return Path.of(p).toUri().toURL();
                } catch (MalformedURLException e) {
                    throw new IllegalStateException(e);
                }
            }).toArray(URL[]::new);
        }
    }

    /** Runs {@code body} with the switch set to {@code value} (null: unset), restoring it afterwards. */
    private static void withSwitch(String value, ThrowingRunnable body) throws Exception {
        String saved = System.getProperty(Infrastructure.CONTAINERS_SWITCH);
        try {
            if (value == null) {
                System.clearProperty(Infrastructure.CONTAINERS_SWITCH);
            } else {
                System.setProperty(Infrastructure.CONTAINERS_SWITCH, value);
            }
            body.run();
        } finally {
            if (saved == null) {
                System.clearProperty(Infrastructure.CONTAINERS_SWITCH);
            } else {
                System.setProperty(Infrastructure.CONTAINERS_SWITCH, saved);
            }
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void withTheSwitchOffNothingOfTestcontainersIsLoaded() throws Exception {
        withSwitch(null, () -> {
            try (Recording loader = new Recording(null)) {
                Class<?> infrastructure = Class.forName(Infrastructure.class.getName(), true, loader);
                assertThat(infrastructure.getClassLoader()).as("loaded afresh, so its initialiser ran here").isSameAs(loader);
                assertThat(infrastructure.getField("KAFKA").get(null))
                        .isEqualTo(System.getProperty("test.kafka", "127.0.0.1:9092"));
                // (not Infrastructure.jdbcUrl here: this test's own Infrastructure would start containers in the profile)
                assertThat(infrastructure.getMethod("jdbcUrl", String.class).invoke(null, "intake_test"))
                        .isEqualTo("jdbc:postgresql://" + System.getProperty("test.pg.host", "127.0.0.1") + ":"
                                + Integer.getInteger("test.pg.port", 5432) + "/intake_test");
                assertThat(loader.asked).as("the recorder sees what is loaded").contains(Infrastructure.class.getName());
                assertThat(loader.asked).noneMatch(n -> n.startsWith("org.testcontainers.")
                        || n.startsWith("org.samparksetu.testing.containers."));
            }
        });
    }

    @Test
    void switchedOnWithoutTheProfileItNamesTheProfile() throws Exception {
        withSwitch("true", () -> {
            try (Recording loader = new Recording("org.samparksetu.testing.containers.")) {
                assertThatThrownBy(() -> Class.forName(Infrastructure.class.getName(), true, loader))
                        .isInstanceOf(ExceptionInInitializerError.class)
                        .cause().hasMessageContaining("-Ptestcontainers");
                assertThat(loader.asked).contains(Infrastructure.CONTAINERS_CLASS);
            }
        });
    }
}
