package org.samparksetu.e2e;

import org.junit.jupiter.api.Test;
import org.samparksetu.testing.Infrastructure;
import org.samparksetu.testing.ops.PrometheusQueries;
import org.samparksetu.testing.ops.PrometheusQueries.Query;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ops see the pipeline on the Grafana dashboards under deploy/grafana: after a complaint's journey (received,
 * routed, registered and its officer told, reported fixed, looked up by the collector, confirmed by its citizen,
 * closed), a Prometheus scraping the five services as
 * deploy/up configures it answers every panel's query with data, except the panels that only fill after a failure
 * (marked so in the dashboard). A panel left empty reads a metric or label the services do not expose.
 */
class OpsDashboardsIT {

    @Test
    void everyDashboardPanelShowsDataAfterAComplaintsJourney() throws Exception {
        // in a village, so that its officer is told too; the collector looks it up on the way
        Citizen citizen = Citizen.next("Kamla Devi");
        VillageComplaints.Village village = VillageComplaints.PUNAWAS;
        String id = VillageComplaints.registeredIn(citizen, village, VillageComplaints.waterComplaintIn(village))
                .complaintId();
        Steps.askedIfFixed(citizen, id, 3);
        given().auth().preemptive().basic("collector", "collector-secret")
                .get(TheSystem.baseUrl("verification-service") + "/api/complaints/" + id).then().statusCode(200);
        citizen.taps(Steps.fixed(id), "हाँ, ठीक हो गया");
        VillageComplaints.awaitTold(citizen, "complaint.closed");

        Map<String, String> targets = new LinkedHashMap<>();
        TheSystem.get().services.forEach((name, process) -> targets.put(name, "127.0.0.1:" + process.port));
        Path root = Infrastructure.repositoryRoot();
        try (PrometheusQueries prometheus = PrometheusQueries.start(root, targets,
                Path.of("target", "ops-prometheus").toAbsolutePath())) {
            prometheus.awaitScrapes(3, Duration.ofSeconds(90));
            List<Query> queries = PrometheusQueries.dashboardQueries(root);
            assertThat(queries).as("the dashboards' queries").hasSizeGreaterThan(40);
            // a rate needs two samples of a series in its window: on a busy box the first scrapes can be far apart
            org.awaitility.Awaitility.await("every panel has data").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(2))
                    .untilAsserted(() -> assertThat(PrometheusQueries.expectedNonEmpty(prometheus.empty(queries)))
                            .as("panels with no data after a journey").isEmpty());
        }
    }
}
