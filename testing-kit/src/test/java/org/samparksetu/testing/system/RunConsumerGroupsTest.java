package org.samparksetu.testing.system;

import org.junit.jupiter.api.Test;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ServiceTable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A system under test gives every consumer group of every service its run's own name. */
class RunConsumerGroupsTest {

    @Test
    void everyChannelsGroupOfEveryServiceGetsTheRunsPrefix() throws Exception {
        Path root = Infrastructure.repositoryRoot();
        for (ServiceTable.Service s : ServiceTable.ofRepository().services()) {
            Map<String, String> groups = SystemUnderTest.runConsumerGroups(root, s.name(), "test-x-1.");
            long declared = Files.readAllLines(root.resolve(s.name()).resolve("src/main/resources/application.properties"))
                    .stream().filter(l -> l.strip().matches("mp\\.messaging\\.incoming\\.[^=]+\\.group\\.id\\s*=.*")).count();
            assertThat(groups).as("%s's groups", s.name()).hasSize((int) declared);
            assertThat(groups.values()).as("%s's groups", s.name()).allMatch(g -> g.equals("test-x-1." + s.name()));
        }
        assertThat(SystemUnderTest.runConsumerGroups(root, "routing-service", "p."))
                .containsEntry("mp.messaging.incoming.complaint-received.group.id", "p.routing-service");
    }

    @Test
    void aServiceWithoutPropertiesHasNone() throws Exception {
        assertThat(SystemUnderTest.runConsumerGroups(Infrastructure.repositoryRoot(), "no-such-service", "p.")).isEmpty();
    }
}
