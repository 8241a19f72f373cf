package org.samparksetu.console.collector;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.samparksetu.console.shell.ServiceApi;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The collector's figures from verification's complaint list and accountability report, as the page and downloads show them. */
class DistrictPictureTest {
    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    private static JsonNode json(String text) throws Exception {
        return ServiceApi.JSON.readTree(text.replace('\'', '"'));
    }

    @Test
    void pendencyBreachesAndTheMonthsRankingFromVerificationsFigures() throws Exception {
        JsonNode complaints = json("""
                [
                 {'complaintId':'JAL-2026-000001','departmentCode':'PHED','state':'REGISTERED','escalationLevel':3,
                  'registeredAt':'2026-10-01T05:00:00Z','dueAt':'2026-11-20T05:00:00Z','tehsil':'Sayla'},
                 {'complaintId':'JAL-2026-000002','departmentCode':'PHED','state':'VERIFYING','escalationLevel':1,
                  'registeredAt':'2026-12-02T05:00:00Z','dueAt':'2026-11-30T05:00:00Z','tehsil':'Sayla'},
                 {'complaintId':'JAL-2026-000003','departmentCode':'PWD','state':'REOPENED','escalationLevel':2,
                  'registeredAt':'2026-12-01T05:00:00Z','dueAt':'2026-12-05T10:00:00Z','tehsil':null},
                 {'complaintId':'JAL-2026-000004','departmentCode':'PWD','state':'CLOSED','escalationLevel':1,
                  'registeredAt':'2026-12-03T05:00:00Z','dueAt':null,'tehsil':'Bhinmal'},
                 {'complaintId':'JAL-2026-000005','departmentCode':'PHED','state':'WITHDRAWN','escalationLevel':1,
                  'registeredAt':'2026-12-04T05:00:00Z','dueAt':null,'tehsil':'Sayla'}
                ]""");
        JsonNode report = json("""
                {'departments':[
                  {'department':'PWD','received':2,'disposed':2,'verified':2,'falseClosures':1,'falseClosureRate':0.5,
                   'overdue':1,'rated':2,'ratedSatisfied':1,'satisfactionRate':0.5,'reopenedByCitizen':1,'withdrawn':0},
                  {'department':'PHED','received':3,'disposed':1,'verified':0,'falseClosures':0,'falseClosureRate':0.0,
                   'overdue':1,'rated':0,'ratedSatisfied':0,'satisfactionRate':null,'reopenedByCitizen':0,'withdrawn':1}
                ],'officers':[],'worstOverdue':[]}""");

        DistrictPicture p = DistrictPicture.of(complaints, report, NOW, YearMonth.of(2026, 12));

        assertThat(p.pending()).isEqualTo(3);
        // VERIFYING is past its old deadline, but the department has reported: no breach
        assertThat(p.breaches()).isEqualTo(2);
        assertThat(p.breachList()).extracting(DistrictPicture.Complaint::complaintId)
                .containsExactly("JAL-2026-000001", "JAL-2026-000003");
        assertThat(p.breachList().get(0).mayEscalate()).isTrue();
        assertThat(p.breachList().get(1).mayEscalate()).isFalse();
        assertThat(p.byDepartment()).extracting(r -> r.name() + " " + r.buckets() + " " + r.total() + " " + r.breaches())
                .containsExactly("PHED [1, 0, 0, 1] 2 1", "PWD [1, 0, 0, 0] 1 1");
        assertThat(p.byTehsil()).extracting(r -> r.name() + " " + r.total())
                .containsExactly("Sayla 2", "– 1");
        assertThat(p.total().buckets()).containsExactly(2L, 0L, 0L, 1L);
        // oldest first in the download
        assertThat(p.pendingList()).extracting(DistrictPicture.Complaint::complaintId)
                .containsExactly("JAL-2026-000001", "JAL-2026-000003", "JAL-2026-000002");
        // district rates: 1 false closure of 2 verified; 1 satisfied of 2 rated
        assertThat(p.falseClosurePercent()).isEqualTo("50%");
        assertThat(p.satisfactionPercent()).isEqualTo("50%");
        assertThat(p.departments()).extracting(DistrictPicture.Accountability::falseClosurePercent)
                .containsExactly("50%", "–");
        // December: PWD 2 received (1 closed, 1 overdue), PHED 2 received (1 pending, none overdue; 1 withdrawn)
        assertThat(p.ranking()).extracting(r -> r.rank() + ":" + r.month().department() + ":" + r.month().received()
                + "/" + r.month().closed() + "/" + r.month().pending() + "/" + r.month().overdue())
                .containsExactly("1:PHED:2/0/1/0", "2:PWD:2/1/1/1");
        assertThat(List.of(p.month(), p.previousMonth(), p.nextMonth())).containsExactly("2026-12", "2026-11", "2027-01");
    }
}
