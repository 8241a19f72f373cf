package org.samparksetu.contract;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.samparksetu.contract.events.ActionPhoto;
import org.samparksetu.contract.events.DepartmentSuggestion;
import org.samparksetu.contract.events.DisposalOutcome;
import org.samparksetu.contract.events.GeoPoint;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The JSON Schemas in {@code schemas/} against what the services really put on the wire: for every
 * {@link EventType} a realistic record is serialised inside an {@link EventEnvelope} by a mapper set up
 * exactly like messaging-kit's EventCodec and validated. Broken copies must fail, and a reflection check
 * keeps each schema's {@code data} in line with its record, so neither can drift silently.
 *
 * <p>Samples are built reflectively from a component-name → value map: a component added to a record
 * without a sample value gets {@code null}, so an additive (nullable) field makes the drift check fail with
 * its name rather than breaking compilation.
 */
class EventSchemaTest {

    /** Configured like org.samparksetu.messaging.codec.EventCodec (messaging-kit); keep the two in step. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final String META_SCHEMA = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    /** format (date-time, uuid) is only an annotation in 2020-12 unless asserted; we want it checked. */
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .build();

    private static final Instant T0 = Instant.parse("2026-03-14T09:21:07.123456Z");
    private static final String COMPLAINT = "JAL-2026-004217";
    private static final String GRIEVANCE = "20260314000187";
    private static final GeoPoint PIN = new GeoPoint(25.345678, 72.617432, "Sayla bus stand", null);
    private static final String CHECK_ID = "5b0d3c1e-8a43-4c2f-9f6e-2d7a9b1c4e10";
    private static final String CAUSE_ID = "c3a1e2f4-6b7d-4e8f-9a0b-1c2d3e4f5a6b";

    private static final Map<EventType, Map<String, Object>> SAMPLES = samples();

    private static Map<EventType, Map<String, Object>> samples() {
        Map<EventType, Map<String, Object>> s = new EnumMap<>(EventType.class);
        s.put(EventType.COMPLAINT_RECEIVED, values(
                "complaintId", COMPLAINT, "citizenWaId", "919829012345", "channel", "WHATSAPP", "language", "hi",
                "text", "गांव में 5 दिन से पानी नहीं आ रहा, हैंडपंप खराब है", "location", PIN,
                "mediaIds", List.of("9f2c1d7e0a5b4c3d2e1f00112233445566778899aabbccddeeff001122334455"),
                "contactNumber", "+919829012345", "receivedAt", T0, "firstContact", true, "acknowledged", true));
        s.put(EventType.COMPLAINT_QUARANTINED, values(
                "complaintId", COMPLAINT, "reason", "EMPTY_MESSAGE", "quarantinedAt", T0));
        s.put(EventType.CITIZEN_REPLIED, values(
                "complaintId", COMPLAINT, "citizenWaId", "919829012345",
                "messageId", "wamid.HBgMOTE5ODI5MDEyMzQ1FQIAEhgUM0FCQ0RFRjAxMjM0NTY3ODkwAA==", "kind", "BUTTON",
                "replyId", ReplyIds.verification(ReplyIds.VerificationAnswer.NOT_FIXED, COMPLAINT),
                "text", "अभी ठीक नहीं हुआ", "repliedAt", T0, "command", null, "language", "hi", "mediaIds", null, "rating", null));
        s.put(EventType.WHATSAPP_STATUS, values(
                "messageId", "wamid.HBgMOTE5ODI5MDEyMzQ1FQIAERgSQjg3RjA5QjE2QjZCRkE0NzU0AA==",
                "recipientWaId", "919829012345", "status", "failed", "timestamp", T0,
                "bizOpaqueCallbackData", COMPLAINT, "errorCode", 131047, "errorTitle", "Re-engagement message"));
        s.put(EventType.COMPLAINT_ROUTED, values(
                "complaintId", COMPLAINT, "departmentCode", "PHED", "confidence", 0.82,
                "alternatives", List.of(new DepartmentSuggestion("PANCHAYATI_RAJ", 0.12), new DepartmentSuggestion("MGNREGA", 0.06)),
                "matchedTerms", List.of("पानी", "हैंडपंप"), "decidedBy", "CLASSIFIER",
                "text", "गांव में 5 दिन से पानी नहीं आ रहा, हैंडपंप खराब है", "language", "hi",
                "contactNumber", "+919829012345", "location", PIN, "tehsil", "Sayla", "block", "Sayla",
                "village", "Posana", "routedAt", T0, "gramPanchayat", "Posana",
                "placeLocation", new GeoPoint(25.178912, 72.401234, null, null), "placeKind", "village"));
        s.put(EventType.COMPLAINT_NEEDS_TRIAGE, values(
                "complaintId", COMPLAINT,
                "suggestions", List.of(new DepartmentSuggestion("PWD", 0.41), new DepartmentSuggestion("LSG", 0.38)),
                "reason", "confidence below 0.6", "queuedAt", T0));
        s.put(EventType.DEPARTMENT_COMPLAINT, values(
                "complaintId", COMPLAINT, "departmentCode", "PHED", "text", "गांव में 5 दिन से पानी नहीं आ रहा",
                "location", PIN, "tehsil", "Sayla", "block", "Sayla", "village", "Posana", "routedAt", T0));
        s.put(EventType.COMPLAINT_REGISTERED, values(
                "complaintId", COMPLAINT, "departmentCode", "PHED", "grievanceId", GRIEVANCE, "mode", "API",
                "registeredAt", T0));
        s.put(EventType.COMPLAINT_ACTION_REPORTED, values(
                "complaintId", COMPLAINT, "reportId", "ATR-PHED-2026-0091", "departmentCode", "PHED",
                "grievanceId", GRIEVANCE, "outcome", DisposalOutcome.RELIEF,
                "remarks", "Hand pump repaired, supply restored", "officer", "JEN PHED Sayla", "source", "REST",
                "photos", List.of(new ActionPhoto("https://media.samparksetu.example/atr/91.jpg",
                        "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
                        new GeoPoint(25.3457, 72.6175, null, null))),
                "reportedAt", T0));
        s.put(EventType.COMPLAINT_VERIFICATION_REQUESTED, values(
                "complaintId", COMPLAINT, "verificationId", CHECK_ID, "departmentCode", "PHED",
                "outcome", DisposalOutcome.RELIEF, "remarks", "Hand pump repaired, supply restored", "requestedAt", T0,
                "kind", "REMINDER"));
        s.put(EventType.COMPLAINT_REASON_REQUESTED, values(
                "complaintId", COMPLAINT, "verificationId", CHECK_ID, "departmentCode", "PHED", "requestedAt", T0));
        s.put(EventType.COMPLAINT_INTERIM_REPLIED, values(
                "complaintId", COMPLAINT, "departmentCode", "PHED", "officer", "phed-officer",
                "reason", "Pump motor ordered from Jodhpur", "expectedBy", "2026-04-15", "escalationLevel", 1,
                "repliedAt", T0));
        s.put(EventType.COMPLAINT_DEADLINE_APPROACHING, values(
                "complaintId", COMPLAINT, "departmentCode", "PHED", "escalationLevel", 2,
                "dueAt", T0.plusSeconds(259200), "remindedAt", T0));
        s.put(EventType.CITIZEN_NOTICE, values(
                "citizenWaId", "919829012345", "complaintId", "JAL-2026-004218", "kind", "LINKED",
                "relatedComplaintId", COMPLAINT, "reason", null, "language", "hi", "noticeAt", T0, "firstContact", null,
                "messageType", "text", "choiceToken", null));
        s.put(EventType.COMPLAINT_RATED, values(
                "complaintId", COMPLAINT, "departmentCode", "PHED", "rating", 1, "reopened", true, "refusal", null,
                "ratedAt", T0));
        s.put(EventType.COMPLAINT_MARKED_FALSE, values(
                "complaintId", COMPLAINT, "departmentCode", "PHED", "fieldCheckId", CHECK_ID,
                "verifier", "patwari-sayla", "remarks", "No hand pump exists in this village",
                "photo", new ActionPhoto("/api/field-checks/" + CHECK_ID + "/photo",
                        "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0",
                        new GeoPoint(25.3457, 72.6175, null, null)),
                "distanceMetres", 42.5, "markedAt", T0));
        s.put(EventType.COMPLAINT_WITHDRAWN, values(
                "complaintId", COMPLAINT, "withdrawnBy", "CITIZEN", "reason", "पानी आ गया, अब जरूरत नहीं",
                "withdrawnAt", T0));
        s.put(EventType.COMPLAINT_VERIFIED, values(
                "complaintId", COMPLAINT, "verificationId", CHECK_ID, "fixed", false, "method", "CITIZEN",
                "verifiedAt", T0));
        s.put(EventType.COMPLAINT_REOPENED, values(
                "complaintId", COMPLAINT, "departmentCode", "PHED", "reason", "CITIZEN_DISPUTED_FIX",
                "escalationLevel", 2, "reopenedAt", T0));
        s.put(EventType.COMPLAINT_ESCALATED, values(
                "complaintId", COMPLAINT, "departmentCode", "PHED", "fromLevel", 1, "toLevel", 2,
                "reason", "no action within 7 days", "escalatedAt", T0));
        s.put(EventType.COMPLAINT_CLOSED, values(
                "complaintId", COMPLAINT, "departmentCode", "PHED", "resolution", "VERIFIED_FIXED", "closedAt", T0));
        s.put(EventType.NOTIFICATION_SENT, values(
                "complaintId", COMPLAINT, "causeEventId", CAUSE_ID,
                "whatsappMessageId", "wamid.HBgMOTE5ODI5MDEyMzQ1FQIAERgSQjg3RjA5QjE2QjZCRkE0NzU0AA==",
                "kind", "VERIFY_FIX", "sentAt", T0));
        s.put(EventType.NOTIFICATION_FAILED, values(
                "complaintId", COMPLAINT, "causeEventId", CAUSE_ID, "errorCode", 131026,
                "reason", "Message undeliverable", "failedAt", T0));
        return s;
    }

    // ---------------------------------------------------------------- schema files

    @Test
    void everyEventTypeHasASampleAndASchemaNamedAfterIt() throws IOException {
        assertThat(SAMPLES).containsOnlyKeys(EventType.values());
        for (EventType type : EventType.values()) {
            JsonNode schema = schemaNode(type.schemaResource());
            assertThat(schema.path("$id").asText()).as(type + " $id").isEqualTo(type.schema());
            assertThat(schema.path("$schema").asText()).as(type + " $schema").isEqualTo(META_SCHEMA);
            assertThat(schema.at("/properties/type/const").asText()).as(type + " type const").isEqualTo(type.type());
            assertThat(schema.at("/properties/data/additionalProperties").asBoolean(false))
                    .as(type + ": data must accept unknown fields (additive changes)").isTrue();
        }
        assertThat(schemaNode("schemas/envelope.v1.json").path("$id").asText())
                .isEqualTo("urn:samparksetu:schema:envelope:v1");
    }

    @Test
    void schemasAreValidDraft2020_12() throws IOException {
        JsonSchema meta = FACTORY.getSchema(SchemaLocation.of(META_SCHEMA), CONFIG);
        List<String> resources = new ArrayList<>();
        resources.add("schemas/envelope.v1.json");
        Arrays.stream(EventType.values()).map(EventType::schemaResource).forEach(resources::add);
        for (String resource : resources) {
            assertThat(meta.validate(schemaNode(resource))).as(resource).isEmpty();
        }
    }

    @Test
    void envelopeSchemaMatchesTheEnvelopeRecord() throws IOException {
        JsonNode envelope = schemaNode("schemas/envelope.v1.json");
        Set<String> components = componentNames(EventEnvelope.class);
        assertThat(fieldNames(envelope.path("properties"))).containsExactlyInAnyOrderElementsOf(components);
        for (EventType type : EventType.values()) {
            assertThat(fieldNames(schemaNode(type.schemaResource()).path("properties")))
                    .as(type.type()).containsExactlyInAnyOrderElementsOf(components);
        }
    }

    // ---------------------------------------------------------------- real events validate

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleEventValidatesAgainstItsSchema(EventType type) throws Exception {
        JsonNode event = sampleJson(type);
        assertValid(schema(type), event);
        assertValid(schema("schemas/envelope.v1.json"), event);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void sampleRoundTripsThroughTheCodecMapper(EventType type) throws Exception {
        Object data = sampleData(type);
        JsonNode event = sampleJson(type);
        assertThat(MAPPER.treeToValue(event.get("data"), type.dataClass())).isEqualTo(data);
    }

    /** Jackson writes every null component as {@code null}; the schema must allow each nullable one to be. */
    @ParameterizedTest
    @EnumSource(EventType.class)
    void eventWithEveryOptionalFieldNullValidates(EventType type) throws Exception {
        JsonNode schemaNode = schemaNode(type.schemaResource());
        Set<String> required = required(schemaNode.at("/properties/data"));
        Map<String, Object> minimal = new HashMap<>(SAMPLES.get(type));
        minimal.keySet().removeIf(name -> !required.contains(name));
        Object data = instantiate(type.dataClass(), minimal);
        ObjectNode event = (ObjectNode) MAPPER.valueToTree(envelope(type, data));
        event.putNull("subject");
        event.putNull("dataschema");
        assertValid(schema(type), event);
    }

    @ParameterizedTest
    @EnumSource(EventType.class)
    void unknownFieldsAreAccepted(EventType type) throws Exception {
        ObjectNode event = sampleJson(type);
        event.put("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        ((ObjectNode) event.get("data")).put("someFutureField", "added in a later, compatible version");
        assertValid(schema(type), event);
    }

    // ---------------------------------------------------------------- broken copies fail

    @ParameterizedTest
    @EnumSource(EventType.class)
    void brokenCopiesAreRejected(EventType type) throws Exception {
        JsonSchema schema = schema(type);
        JsonNode schemaNode = schemaNode(type.schemaResource());
        Set<String> required = required(schemaNode.at("/properties/data"));
        assertThat(required).as(type + " has required data fields").isNotEmpty();

        for (String field : required) {
            ObjectNode missing = sampleJson(type);
            ((ObjectNode) missing.get("data")).remove(field);
            assertInvalid(schema, missing, "data." + field + " removed");

            ObjectNode nulled = sampleJson(type);
            ((ObjectNode) nulled.get("data")).putNull(field);
            assertInvalid(schema, nulled, "data." + field + " null");

            ObjectNode wrongType = sampleJson(type);
            JsonNode value = wrongType.get("data").get(field);
            if (value.isTextual()) {
                ((ObjectNode) wrongType.get("data")).put(field, 42);
            } else {
                ((ObjectNode) wrongType.get("data")).put(field, "forty-two");
            }
            assertInvalid(schema, wrongType, "data." + field + " of the wrong type");
        }
        for (String field : List.of("id", "type", "source", "time", "data")) {
            ObjectNode missing = sampleJson(type);
            missing.remove(field);
            assertInvalid(schema, missing, field + " removed");
        }
        ObjectNode badId = sampleJson(type);
        badId.put("id", "not-a-uuid");
        assertInvalid(schema, badId, "id not a UUID");
        ObjectNode badTime = sampleJson(type);
        badTime.put("time", 1773480067);
        assertInvalid(schema, badTime, "time as epoch seconds");
        ObjectNode badTimeText = sampleJson(type);
        badTimeText.put("time", "14/03/2026 09:21");
        assertInvalid(schema, badTimeText, "time not ISO-8601");
        ObjectNode otherType = sampleJson(type);
        otherType.put("type", type == EventType.COMPLAINT_CLOSED ? "complaint.reopened" : "complaint.closed");
        assertInvalid(schema, otherType, "type of another event");
        ObjectNode dataNotObject = sampleJson(type);
        dataNotObject.put("data", "{}");
        assertInvalid(schema, dataNotObject, "data as a string");
    }

    @Test
    void fieldFormatsAreChecked() throws Exception {
        ObjectNode badComplaintId = sampleJson(EventType.COMPLAINT_CLOSED);
        ((ObjectNode) badComplaintId.get("data")).put("complaintId", "jal/2026/4217");
        assertInvalid(schema(EventType.COMPLAINT_CLOSED), badComplaintId, "malformed complaint ID");

        ObjectNode numericGrievance = sampleJson(EventType.COMPLAINT_REGISTERED);
        ((ObjectNode) numericGrievance.get("data")).put("grievanceId", 20260314000187L);
        assertInvalid(schema(EventType.COMPLAINT_REGISTERED), numericGrievance, "grievance ID as a number");

        ObjectNode badOutcome = sampleJson(EventType.COMPLAINT_ACTION_REPORTED);
        ((ObjectNode) badOutcome.get("data")).put("outcome", "DONE");
        assertInvalid(schema(EventType.COMPLAINT_ACTION_REPORTED), badOutcome, "unknown disposal outcome");

        ObjectNode badPhoto = sampleJson(EventType.COMPLAINT_ACTION_REPORTED);
        ((ObjectNode) badPhoto.at("/data/photos/0")).remove("url");
        assertInvalid(schema(EventType.COMPLAINT_ACTION_REPORTED), badPhoto, "photo without url");

        ObjectNode badPoint = sampleJson(EventType.COMPLAINT_RECEIVED);
        ((ObjectNode) badPoint.at("/data/location")).put("latitude", "25.34");
        assertInvalid(schema(EventType.COMPLAINT_RECEIVED), badPoint, "latitude as a string");

        ObjectNode badSuggestion = sampleJson(EventType.COMPLAINT_ROUTED);
        ((ObjectNode) badSuggestion.at("/data/alternatives/0")).put("confidence", 1.5);
        assertInvalid(schema(EventType.COMPLAINT_ROUTED), badSuggestion, "confidence above 1");

        ObjectNode badPlaceKind = sampleJson(EventType.COMPLAINT_ROUTED);
        ((ObjectNode) badPlaceKind.get("data")).put("placeKind", "hamlet");
        assertInvalid(schema(EventType.COMPLAINT_ROUTED), badPlaceKind, "unknown place kind");
    }

    @Test
    void everyDepartmentCodeFitsTheSchemaPattern() throws Exception {
        JsonSchema schema = schema(EventType.COMPLAINT_CLOSED);
        for (Departments.Department d : Departments.all()) {
            ObjectNode event = sampleJson(EventType.COMPLAINT_CLOSED);
            ((ObjectNode) event.get("data")).put("departmentCode", d.code());
            assertValid(schema, event);
        }
    }

    // ---------------------------------------------------------------- schemas cannot drift from records

    @ParameterizedTest
    @EnumSource(EventType.class)
    void schemaDataMatchesTheRecord(EventType type) throws IOException {
        JsonNode root = schemaNode(type.schemaResource());
        List<String> problems = new ArrayList<>();
        checkRecord(type.dataClass(), root.at("/properties/data"), root, "data", problems);
        assertThat(problems).as(type.schemaResource() + " vs " + type.dataClass().getSimpleName()).isEmpty();
    }

    /**
     * Every component of {@code record} must be a property with a matching JSON type, and the other way
     * round. A component is required exactly when it is never null: primitives always, references when
     * the schema says so; a property not in {@code required} must admit {@code null}, since Jackson writes it.
     */
    private static void checkRecord(Class<?> record, JsonNode schema, JsonNode root, String path, List<String> problems) {
        schema = resolve(schema, root);
        if (!types(schema, root).contains("object")) {
            problems.add(path + ": " + record.getSimpleName() + " must be an object");
            return;
        }
        JsonNode properties = schema.path("properties");
        Set<String> required = required(schema);
        Set<String> components = componentNames(record);
        for (String property : fieldNames(properties)) {
            if (!components.contains(property)) {
                problems.add(path + "." + property + ": in the schema but not a component of " + record.getSimpleName());
            }
        }
        for (String name : required) {
            if (!components.contains(name)) {
                problems.add(path + ": requires " + name + ", which " + record.getSimpleName() + " does not have");
            }
        }
        for (RecordComponent c : record.getRecordComponents()) {
            String where = path + "." + c.getName();
            JsonNode property = properties.get(c.getName());
            if (property == null) {
                problems.add(where + ": component of " + record.getSimpleName() + " missing from the schema");
                continue;
            }
            Set<String> types = types(property, root);
            boolean nullable = types.contains("null");
            boolean isRequired = required.contains(c.getName());
            if (c.getType().isPrimitive() && !isRequired) {
                problems.add(where + ": primitive " + c.getType() + " is never null, so it must be required");
            }
            if (isRequired && nullable) {
                problems.add(where + ": required fields are the never-null ones; it must not admit null");
            }
            if (!isRequired && !nullable) {
                problems.add(where + ": optional, so it must admit null (Jackson writes nulls)");
            }
            checkType(c.getGenericType(), property, root, where, problems);
        }
    }

    private static void checkType(Type javaType, JsonNode property, JsonNode root, String where, List<String> problems) {
        Set<String> types = types(property, root);
        Class<?> raw = rawClass(javaType);
        String expected = jsonType(raw);
        if (!types.contains(expected)) {
            problems.add(where + ": " + raw.getSimpleName() + " is a JSON " + expected + ", schema says " + types);
            return;
        }
        Set<String> nonNull = new TreeSet<>(types);
        nonNull.remove("null");
        if (nonNull.size() != 1) {
            problems.add(where + ": exactly one non-null JSON type expected, schema says " + types);
        }
        JsonNode resolved = branch(property, root, expected);
        if (raw == Instant.class && !"date-time".equals(resolved.path("format").asText())) {
            problems.add(where + ": an Instant must have format date-time");
        }
        if (raw.isEnum()) {
            Set<String> constants = new TreeSet<>();
            for (Object constant : raw.getEnumConstants()) {
                constants.add(((Enum<?>) constant).name());
            }
            Set<String> listed = new TreeSet<>();
            resolved.path("enum").forEach(v -> {
                if (!v.isNull()) {
                    listed.add(v.asText());
                }
            });
            if (!listed.equals(constants)) {
                problems.add(where + ": enum " + listed + " must list exactly " + raw.getSimpleName() + " " + constants);
            }
        }
        if (raw.isRecord()) {
            checkRecord(raw, resolved, root, where, problems);
        }
        if (Collection.class.isAssignableFrom(raw)) {
            JsonNode items = resolved.path("items");
            if (items.isMissingNode()) {
                problems.add(where + ": an array schema must describe its items");
            } else if (javaType instanceof ParameterizedType p) {
                checkType(p.getActualTypeArguments()[0], items, root, where + "[]", problems);
            }
        }
    }

    private static String jsonType(Class<?> raw) {
        if (raw == String.class || raw == UUID.class || raw == Instant.class || raw.isEnum()) {
            return "string";
        }
        if (raw == int.class || raw == long.class || raw == short.class || raw == Integer.class
                || raw == Long.class || raw == Short.class) {
            return "integer";
        }
        if (raw == double.class || raw == float.class || raw == Double.class || raw == Float.class
                || raw == BigDecimal.class) {
            return "number";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "boolean";
        }
        if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            return "array";
        }
        return "object";
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported component type " + type);
    }

    /** The JSON types a property admits, following $ref, anyOf/oneOf and const. */
    private static Set<String> types(JsonNode property, JsonNode root) {
        JsonNode node = resolve(property, root);
        Set<String> types = new LinkedHashSet<>();
        JsonNode type = node.get("type");
        if (type != null && type.isTextual()) {
            types.add(type.asText());
        } else if (type != null && type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        }
        for (String combinator : List.of("anyOf", "oneOf")) {
            node.path(combinator).forEach(alternative -> types.addAll(types(alternative, root)));
        }
        if (node.has("const")) {
            types.add(node.get("const").isNull() ? "null" : node.get("const").getNodeType().name().toLowerCase());
        }
        return types;
    }

    /** The (resolved) schema, or its anyOf/oneOf alternative, that admits the given JSON type. */
    private static JsonNode branch(JsonNode property, JsonNode root, String jsonType) {
        JsonNode node = resolve(property, root);
        for (String combinator : List.of("anyOf", "oneOf")) {
            for (JsonNode alternative : node.path(combinator)) {
                if (types(alternative, root).contains(jsonType)) {
                    return branch(alternative, root, jsonType);
                }
            }
        }
        return node;
    }

    /** Follows a local {@code #/$defs/...} reference; the schemas use no other kind. */
    private static JsonNode resolve(JsonNode node, JsonNode root) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalStateException("only local references are used, not " + ref);
            }
            node = root.at(ref.substring(1));
            if (node.isMissingNode()) {
                throw new IllegalStateException("dangling reference " + ref);
            }
        }
        return node;
    }

    // ---------------------------------------------------------------- helpers

    private static Map<String, Object> values(Object... nameValue) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < nameValue.length; i += 2) {
            m.put((String) nameValue[i], nameValue[i + 1]);
        }
        return m;
    }

    private static Object sampleData(EventType type) throws Exception {
        return instantiate(type.dataClass(), SAMPLES.get(type));
    }

    /** Calls the canonical constructor; components without a value get null (or fail if primitive). */
    private static Object instantiate(Class<?> record, Map<String, Object> values) throws Exception {
        Set<String> unknown = new TreeSet<>(values.keySet());
        unknown.removeAll(componentNames(record));
        assertThat(unknown).as("sample values for components " + record.getSimpleName() + " does not have").isEmpty();
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Object[] args = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            Object value = values.get(components[i].getName());
            if (value == null && types[i].isPrimitive()) {
                fail("sample for " + record.getSimpleName() + " needs a value for primitive " + components[i].getName());
            }
            args[i] = value;
        }
        Constructor<?> canonical = record.getDeclaredConstructor(types);
        return canonical.newInstance(args);
    }

    private static EventEnvelope<Object> envelope(EventType type, Object data) {
        return EventEnvelope.of(type, "test-service", COMPLAINT, data, T0);
    }

    private static ObjectNode sampleJson(EventType type) throws Exception {
        String wire = MAPPER.writeValueAsString(envelope(type, sampleData(type)));
        return (ObjectNode) MAPPER.readTree(wire);
    }

    private static Set<String> componentNames(Class<?> record) {
        Set<String> names = new LinkedHashSet<>();
        for (RecordComponent c : record.getRecordComponents()) {
            names.add(c.getName());
        }
        return names;
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new LinkedHashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static Set<String> required(JsonNode objectSchema) {
        Set<String> names = new LinkedHashSet<>();
        objectSchema.path("required").forEach(n -> names.add(n.asText()));
        return names;
    }

    private static JsonNode schemaNode(String resource) throws IOException {
        try (InputStream in = EventSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as("classpath resource " + resource).isNotNull();
            return MAPPER.readTree(in);
        }
    }

    private static JsonSchema schema(EventType type) throws IOException {
        return schema(type.schemaResource());
    }

    private static JsonSchema schema(String resource) throws IOException {
        return FACTORY.getSchema(schemaNode(resource), CONFIG);
    }

    private static void assertValid(JsonSchema schema, JsonNode event) {
        Set<ValidationMessage> errors = schema.validate(event);
        assertThat(errors).as("validation errors for " + event).isEmpty();
    }

    private static void assertInvalid(JsonSchema schema, JsonNode event, String what) {
        assertThat(schema.validate(event)).as(what + " must be rejected: " + event).isNotEmpty();
    }
}
