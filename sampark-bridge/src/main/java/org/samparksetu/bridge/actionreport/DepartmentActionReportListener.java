package org.samparksetu.bridge.actionreport;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;
import org.samparksetu.contract.Departments;
import org.samparksetu.contract.Topics;
import org.samparksetu.contract.events.ActionPhoto;
import org.samparksetu.messaging.codec.EventCodec;
import org.samparksetu.messaging.codec.MalformedEventException;
import org.samparksetu.messaging.consumer.EventConsumer;
import org.samparksetu.web.ApiException;

import java.util.List;
import java.util.Optional;

/**
 * Action-taken reports from departments' own systems (plain JSON, keyed by complaint ID):
 * {@code {"reportId","complaintId","departmentCode"?,"outcome","remarks","officer","photos"?}}.
 * <ul>
 *   <li>On a department's own topic {@code department.<code>.action-reports} the topic names the department
 *   (its write ACL is that department's principal in production); a {@code departmentCode} in the report, if
 *   given, must agree.</li>
 *   <li>On the older shared topic {@code department.action-reports} the report names its department (kept for
 *   systems not yet moved; anyone who may write it can claim any department, so production grants it to no one
 *   new).</li>
 * </ul>
 * Either way the complaint must be routed to that department. A report that cannot be taken (bad field, another
 * department's complaint, unknown complaint) is parked on the dead-letter topic with the reason, where it can be
 * replayed; one for a complaint not yet registered is held until it is.
 */
@ApplicationScoped
public class DepartmentActionReportListener {
    private static final Logger LOG = Logger.getLogger(DepartmentActionReportListener.class);

    /** The wire format on the topics. */
    public record DepartmentActionReport(String reportId, String complaintId, String departmentCode, String outcome,
                                         String remarks, String officer, List<ActionPhoto> photos, String expectedBy) {
    }

    static final String CONSUMER = "sampark-bridge.department-action-reports";

    @Inject
    EventConsumer consumer;
    @Inject
    ActionReportService service;
    @Inject
    io.micrometer.core.instrument.MeterRegistry metrics;

    @ConfigProperty(name = "sampark.topic-prefix", defaultValue = "")
    Optional<String> topicPrefix;

    @Incoming("department-action-reports")
    @Blocking
    public void onReport(ConsumerRecord<String, String> record) {
        consumer.consumeForeign(CONSUMER, () -> file(record));
    }

    private void file(ConsumerRecord<String, String> record) {
        DepartmentActionReport r;
        try {
            r = record.value() == null ? null : EventCodec.mapper().readValue(record.value(), DepartmentActionReport.class);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("department action report is not the expected JSON: " + e.getOriginalMessage(), e);
        }
        if (r == null) {
            throw new MalformedEventException("department action report is empty");
        }
        String department = departmentOf(record.topic(), r);
        try {
            ActionReportReceipt receipt = service.fileFromDepartmentSystem(
                    new ActionReportRequest(r.complaintId(), r.outcome(), r.remarks(), r.officer(), r.reportId(), r.photos(),
                            r.expectedBy()),
                    department);
            if (receipt.replay()) {
                LOG.debugf("department report %s seen before; no second event", receipt.reportId());
            }
        } catch (ApiException e) {
            throw new MalformedEventException("department action report " + r.reportId() + " on " + record.topic()
                    + " refused (" + e.status() + "): " + e.getMessage(), e);
        }
    }

    /** The department a report speaks for: its topic's, or (shared topic only) the one it names. */
    String departmentOf(String topic, DepartmentActionReport r) {
        String name = topic.startsWith(prefix()) ? topic.substring(prefix().length()) : topic;
        if (name.equals(Topics.DEPARTMENT_ACTION_REPORTS)) {
            return r.departmentCode();
        }
        String fromTopic = Departments.all().stream().map(Departments.Department::code)
                .filter(code -> Topics.departmentActionReports(code).equals(name)).findFirst()
                .orElseThrow(() -> new MalformedEventException("topic " + topic + " is no department's report topic"));
        if (r.departmentCode() != null && !r.departmentCode().isBlank() && !r.departmentCode().strip().equals(fromTopic)) {
            metrics.counter("sampark.action-reports.refused", "source", ActionReportService.SOURCE_KAFKA,
                    "reason", "topic-mismatch").increment();
            throw new MalformedEventException("department action report " + r.reportId() + " on " + topic + " names "
                    + r.departmentCode() + ": a department's topic carries only its own reports (" + fromTopic + ")");
        }
        return fromTopic;
    }

    private String prefix() {
        return topicPrefix.orElse("");
    }
}
