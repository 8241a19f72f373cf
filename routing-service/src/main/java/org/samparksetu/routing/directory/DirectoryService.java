package org.samparksetu.routing.directory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.samparksetu.contract.Departments;
import org.samparksetu.contract.WhatsAppAddress;
import org.samparksetu.web.ApiException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The department x jurisdiction directory of named officers L1..L4 with their WhatsApp numbers. Seeded from
 * {@code directory/jalore-officers.csv}, the file the district maintains: a new post is added, a post still as seeded
 * follows the file, a post an administrator edited is left as edited. Another district is another file and rows with
 * its name.
 */
@ApplicationScoped
public class DirectoryService {
    private static final Logger LOG = Logger.getLogger(DirectoryService.class);
    static final Set<String> TYPES = Set.of("DISTRICT", "TEHSIL", "BLOCK", "MUNICIPALITY");
    static final Set<String> LEVELS = Set.of("L1", "L2", "L3", "L4");
    static final String SEED = "seed";
    /** Limits of the free-text fields, so one post cannot fill a page or a WhatsApp template. */
    static final int MAX_NAME = 100;
    static final int MAX_DESIGNATION = 150;
    static final int MAX_JURISDICTION = 100;
    static final int MAX_EMAIL = 254;

    @Inject
    OfficerRepository officers;
    @Inject
    Clock clock;

    /** The district this routing service serves (its directory rows carry the name). */
    @ConfigProperty(name = "routing.district", defaultValue = "Jalore")
    String district;

    @Transactional
    void seed(@Observes StartupEvent start) {
        int added = 0;
        int refreshed = 0;
        for (Officer o : readSeed(Instant.now(clock))) {
            Officer existing = find(o.district, o.departmentCode, o.jurisdictionType, o.jurisdiction, o.level);
            if (existing == null) {
                officers.persist(o);
                added++;
            } else if (SEED.equals(existing.updatedBy) && !sameHolder(existing, o)) {
                // the district's file changed who holds a post nobody edited by hand: the file wins; an
                // administrator's edit (updatedBy = the administrator) is left as edited
                existing.designation = o.designation;
                existing.name = o.name;
                existing.phone = o.phone;
                existing.email = o.email;
                existing.whatsapp = o.whatsapp;
                existing.updatedAt = o.updatedAt;
                refreshed++;
            }
        }
        if (added + refreshed > 0) {
            LOG.infof("directory: %d officer posts seeded and %d refreshed from directory/jalore-officers.csv", added, refreshed);
        }
    }

    private static boolean sameHolder(Officer a, Officer b) {
        return java.util.Objects.equals(a.designation, b.designation) && java.util.Objects.equals(a.name, b.name)
                && java.util.Objects.equals(a.phone, b.phone) && java.util.Objects.equals(a.email, b.email)
                && java.util.Objects.equals(a.whatsapp, b.whatsapp);
    }

    /**
     * The officer to tell about a department's complaint at a level and place ({@link OfficerLookupRule}): the post of
     * its town, block or tehsil, else the district-wide one, else nobody.
     */
    public OfficerLookupRule.Result lookup(String department, int level, OfficerLookupRule.Place place) {
        List<OfficerLookupRule.Post> posts = officers.list("lower(district) = lower(?1) and departmentCode = ?2 and level = ?3",
                        district, department.toUpperCase(Locale.ROOT), "L" + level).stream()
                .map(o -> new OfficerLookupRule.Post(o.id, o.departmentCode, o.level, o.jurisdictionType, o.jurisdiction,
                        o.name, o.designation, o.whatsapp))
                .toList();
        return OfficerLookupRule.find(posts, department, level, place);
    }

    public List<Officer> list(String district, String department, String jurisdiction) {
        StringBuilder q = new StringBuilder("1 = 1");
        List<Object> args = new ArrayList<>();
        if (district != null) {
            args.add(district);
            q.append(" and lower(district) = lower(?").append(args.size()).append(")");
        }
        if (department != null) {
            args.add(department.toUpperCase(Locale.ROOT));
            q.append(" and departmentCode = ?").append(args.size());
        }
        if (jurisdiction != null) {
            args.add(jurisdiction);
            q.append(" and lower(jurisdiction) = lower(?").append(args.size()).append(")");
        }
        return officers.list(q + " order by district, departmentCode, level, jurisdictionType, jurisdiction", args.toArray());
    }

    /**
     * Who handles a department's complaint at a place: for each level the most specific post (municipal body,
     * block, tehsil), else the district's.
     */
    public List<Officer> chain(String district, String department, String tehsil, String block, String municipality) {
        List<Officer> all = list(district, department, null);
        List<Officer> chain = new ArrayList<>();
        for (String level : List.of("L1", "L2", "L3", "L4")) {
            all.stream().filter(o -> o.level.equals(level))
                    .filter(o -> o.jurisdictionType.equals("DISTRICT")
                            || (o.jurisdictionType.equals("MUNICIPALITY") && o.jurisdiction.equalsIgnoreCase(String.valueOf(municipality)))
                            || (o.jurisdictionType.equals("BLOCK") && o.jurisdiction.equalsIgnoreCase(String.valueOf(block)))
                            || (o.jurisdictionType.equals("TEHSIL") && o.jurisdiction.equalsIgnoreCase(String.valueOf(tehsil))))
                    .min(Comparator.comparingInt(o -> specificity(o.jurisdictionType)))
                    .ifPresent(chain::add);
        }
        return chain;
    }

    private static int specificity(String type) {
        return switch (type) {
            case "MUNICIPALITY" -> 0;
            case "BLOCK" -> 1;
            case "TEHSIL" -> 2;
            default -> 3;
        };
    }

    @Transactional
    public Officer create(Officer o, String by) {
        validate(o);
        if (find(o.district, o.departmentCode, o.jurisdictionType, o.jurisdiction, o.level) != null) {
            throw ApiException.conflict("that post already exists; change it with PUT /directory/officers/{id}");
        }
        o.id = null;
        o.updatedBy = by;
        o.updatedAt = Instant.now(clock);
        officers.persist(o);
        return o;
    }

    @Transactional
    public Officer update(long id, Officer changes, String by) {
        Officer o = officers.findById(id);
        if (o == null) {
            throw ApiException.notFound("no officer post " + id);
        }
        validate(changes);
        Officer clash = find(changes.district, changes.departmentCode, changes.jurisdictionType, changes.jurisdiction, changes.level);
        if (clash != null && !clash.id.equals(o.id)) {
            throw ApiException.conflict("another post (" + clash.id + ") already covers that department, place and level");
        }
        o.district = changes.district;
        o.departmentCode = changes.departmentCode;
        o.jurisdictionType = changes.jurisdictionType;
        o.jurisdiction = changes.jurisdiction;
        o.level = changes.level;
        o.designation = changes.designation;
        o.name = changes.name;
        o.phone = changes.phone;
        o.email = changes.email;
        o.whatsapp = changes.whatsapp;
        o.updatedBy = by;
        o.updatedAt = Instant.now(clock);
        return o;
    }

    @Transactional
    public void delete(long id) {
        if (!officers.deleteById(id)) {
            throw ApiException.notFound("no officer post " + id);
        }
    }

    private Officer find(String district, String dept, String type, String jurisdiction, String level) {
        return officers.find("district = ?1 and departmentCode = ?2 and jurisdictionType = ?3 and jurisdiction = ?4 and level = ?5",
                district, dept, type, jurisdiction, level).firstResult();
    }

    static void validate(Officer o) {
        if (o == null) {
            throw ApiException.badRequest("send an officer post as JSON");
        }
        if (blank(o.district) || blank(o.jurisdiction) || blank(o.designation)) {
            throw ApiException.badRequest("district, jurisdiction and designation are required");
        }
        if (o.departmentCode == null || !Departments.isKnown(o.departmentCode.toUpperCase(Locale.ROOT))) {
            throw ApiException.badRequest("departmentCode must be a code from departments.csv, e.g. PHED");
        }
        o.departmentCode = o.departmentCode.toUpperCase(Locale.ROOT);
        if (o.jurisdictionType == null || !TYPES.contains(o.jurisdictionType.toUpperCase(Locale.ROOT))) {
            throw ApiException.badRequest("jurisdictionType must be one of DISTRICT, TEHSIL, BLOCK, MUNICIPALITY");
        }
        o.jurisdictionType = o.jurisdictionType.toUpperCase(Locale.ROOT);
        if (o.level == null || !LEVELS.contains(o.level.toUpperCase(Locale.ROOT))) {
            throw ApiException.badRequest("level must be one of L1, L2, L3, L4");
        }
        o.level = o.level.toUpperCase(Locale.ROOT);
        if (o.phone != null && !o.phone.isBlank() && !o.phone.matches("\\+?[0-9 -]{6,16}")) {
            throw ApiException.badRequest("phone must be digits, e.g. +912973222222");
        }
        limit("district", o.district, MAX_JURISDICTION);
        limit("jurisdiction", o.jurisdiction, MAX_JURISDICTION);
        limit("designation", o.designation, MAX_DESIGNATION);
        limit("name", o.name, MAX_NAME);
        limit("email", o.email, MAX_EMAIL);
        o.whatsapp = whatsapp(o.whatsapp);
    }

    /** An Indian mobile number as WhatsApp addresses it: 91 and ten digits (written with +, spaces or dashes too). */
    static String whatsapp(String number) {
        if (number == null || number.isBlank()) {
            return null;
        }
        if (!number.matches("\\+?[0-9 -]{10,20}")) {
            throw ApiException.badRequest("whatsapp must be the officer's WhatsApp number as 91 and ten digits, e.g. 919414012345");
        }
        String digits = WhatsAppAddress.normalise(number);
        if (digits.length() == 10) {
            digits = "91" + digits;
        }
        if (!digits.matches("91[6-9][0-9]{9}")) {
            throw ApiException.badRequest("whatsapp must be the officer's WhatsApp number as 91 and ten digits, e.g. 919414012345");
        }
        return digits;
    }

    private static void limit(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw ApiException.badRequest(field + " is too long: at most " + max + " characters");
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static List<Officer> readSeed(Instant seededAt) {
        var in = DirectoryService.class.getResourceAsStream("/directory/jalore-officers.csv");
        if (in == null) {
            throw new IllegalStateException("directory/jalore-officers.csv missing from the routing service");
        }
        List<Officer> out = new ArrayList<>();
        try (var r = new InputStreamReader(in, StandardCharsets.UTF_8);
             var rows = CSVFormat.RFC4180.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).get().parse(r)) {
            for (CSVRecord f : rows) {
                Officer o = new Officer();
                o.district = f.get(0);
                o.departmentCode = f.get(1);
                o.jurisdictionType = f.get(2);
                o.jurisdiction = f.get(3);
                o.level = f.get(4);
                o.designation = f.get(5);
                o.name = emptyToNull(field(f, 6));
                o.phone = emptyToNull(field(f, 7));
                o.email = emptyToNull(field(f, 8));
                o.whatsapp = emptyToNull(field(f, 9));
                try {
                    validate(o);
                } catch (ApiException e) {
                    // a bad row in the district's file stops start-up with the reason, never a silent skip
                    throw new IllegalStateException("directory/jalore-officers.csv line " + f.getRecordNumber() + ": "
                            + e.getMessage(), e);
                }
                o.updatedBy = SEED;
                o.updatedAt = seededAt;
                out.add(o);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** A trailing column the file may leave out. */
    private static String field(CSVRecord f, int i) {
        return i < f.size() ? f.get(i) : "";
    }
}
