package org.samparksetu.intake.testsupport;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.specification.RequestSpecification;
import org.samparksetu.intake.complaint.Complaint;
import org.samparksetu.intake.complaint.ComplaintRepository;

import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/** Complaints as intake's database holds them, and the operator's door to them. */
public final class StoredComplaints {
    private StoredComplaints() {
    }

    /** The complaint as committed now (its own transaction), or null. */
    public static Complaint complaint(String id) {
        ComplaintRepository complaints = Arc.container().instance(ComplaintRepository.class).get();
        return QuarkusTransaction.requiringNew().call(() -> complaints.findById(id));
    }

    /** Waits until the complaint is no longer a DRAFT (its window closed and it was screened); returns it. */
    public static Complaint awaitDecided(String id) {
        await().atMost(Duration.ofSeconds(60)).until(() -> complaint(id).status != Complaint.Status.DRAFT);
        return complaint(id);
    }

    /** A JSON request as the local operator account. */
    public static RequestSpecification operator() {
        return given().auth().preemptive().basic("operator", "operator-secret").contentType("application/json");
    }
}
