package org.samparksetu.notification.query;

import java.time.Clock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.samparksetu.contract.EventEnvelope;
import org.samparksetu.contract.events.CitizenReplied;
import org.samparksetu.notification.citizen.CitizenContact;
import org.samparksetu.notification.citizen.CitizenContactRepository;
import org.samparksetu.notification.citizen.CustomerServiceWindows;
import org.samparksetu.notification.delivery.MessageQueue;
import org.samparksetu.notification.message.CitizenMessage;
import org.samparksetu.notification.language.Language;
import org.samparksetu.notification.timeline.Timeline;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A citizen wrote to us (button, text or command): their 24-hour window refreshes, and a command is answered
 * from the timeline, once per event. A status answer only ever covers complaints filed from the same number.
 */
@ApplicationScoped
public class CitizenReplyService {
    @Inject
    Clock clock;
    private static final Logger LOG = Logger.getLogger(CitizenReplyService.class);
    static final String CONSUMER = "notification-service.citizen-replied";
    static final int LIST_LIMIT = 10;

    @Inject
    CustomerServiceWindows windows;
    @Inject
    CitizenContactRepository contacts;
    @Inject
    Timeline timeline;
    @Inject
    MessageQueue queue;

    @Transactional
    public void handle(EventEnvelope<CitizenReplied> event) {
        CitizenReplied r = event.data();
        String wa = windows.citizenWrote(event, r.citizenWaId(), r.repliedAt());
        if (!"COMMAND".equalsIgnoreCase(r.kind())) {
            return; // buttons and replies are verification's business; the window is ours
        }
        List<CitizenContact> mine = contacts.ofCitizen(wa);
        Language lang = r.language() != null ? Language.of(r.language())
                : mine.isEmpty() ? Language.HI : Language.of(mine.get(0).language);
        String command = r.command() == null ? "HELP" : r.command().trim().toUpperCase(Locale.ROOT);
        Instant now = clock.instant();
        String about = r.complaintId() != null && !r.complaintId().isBlank() ? r.complaintId().trim() : null;
        CitizenMessage reply;
        Optional<CitizenMessage.Template> template = Optional.empty();
        switch (command) {
            case "STATUS" -> {
                Optional<CitizenContact> target = about != null
                        ? mine.stream().filter(c -> c.complaintId.equals(about)).findFirst()
                        : mine.stream().findFirst();
                if (about != null && target.isEmpty()) {
                    reply = CommandReplies.notYours(about, lang);
                } else if (target.isEmpty()) {
                    reply = CommandReplies.none(lang);
                } else {
                    StatusReport report = StatusReport.of(target.get().complaintId, timeline.of(target.get().complaintId));
                    reply = CommandReplies.status(report, lang, now);
                    template = CommandReplies.statusTemplate(report, lang, now);
                }
            }
            case "LIST" -> reply = mine.isEmpty() ? CommandReplies.none(lang) : CommandReplies.list(mine.stream().limit(LIST_LIMIT)
                    .map(c -> StatusReport.of(c.complaintId, timeline.of(c.complaintId))).toList(), lang);
            case "WITHDRAW" -> reply = CommandReplies.withdrawNoted(about != null && mine.stream().anyMatch(c -> c.complaintId.equals(about))
                    ? about : null, lang);
            default -> reply = CommandReplies.help(lang);
        }
        // filed under the citizen's own complaint (never under someone else's number they typed)
        String subject = about != null && mine.stream().anyMatch(c -> c.complaintId.equals(about)) ? about
                : mine.isEmpty() ? MessageQueue.NO_COMPLAINT : mine.get(0).complaintId;
        queue.queueReply(subject, event, wa, lang, reply, template, r.messageId());
        LOG.infof("command %s answered (event %s)", command, event.id());
    }
}
