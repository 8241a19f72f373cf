package org.samparksetu.ceiling;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Same path and body size as intake's webhook, none of the work: what Quarkus alone can do here. */
@Path("/webhooks/whatsapp")
public class TrivialWebhook {
    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    public String receive(byte[] body) {
        return "{\"status\":\"accepted\",\"bytes\":" + body.length + "}";
    }
}
