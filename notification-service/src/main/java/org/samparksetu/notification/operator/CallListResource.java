package org.samparksetu.notification.operator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.samparksetu.notification.operator.DeliveryRecords.CallListEntry;
import org.samparksetu.notification.operator.DeliveryRecords.MessageRecord;

import java.util.List;

/**
 * For the district grievance cell: citizens WhatsApp cannot reach (their complaint's messages keep failing), to
 * be phoned instead; and the delivery record of one complaint's messages. The full number is shown here on
 * purpose (the operator must dial it): the endpoint needs the operator role.
 */
@Path("/api/operator")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("operator")
public class CallListResource {
    @Inject
    DeliveryRecords records;

    @GET
    @Path("/call-list")
    public List<CallListEntry> callList() {
        return records.callList();
    }

    @GET
    @Path("/complaints/{complaintId}/messages")
    public List<MessageRecord> messages(@PathParam("complaintId") String complaintId) {
        List<MessageRecord> messages = records.messages(complaintId);
        if (messages.isEmpty()) {
            throw new NotFoundException("no messages for complaint " + complaintId);
        }
        return messages;
    }
}
