package org.samparksetu.intake.media;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.samparksetu.testing.ServiceInfrastructure;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Random;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.samparksetu.intake.testsupport.StoredComplaints.operator;

/**
 * Media are in intake's database, so every instance reads what any instance stored. "Another instance" here is a
 * second {@link MediaStore} on a plain JDBC data source of its own (not the service's pool), connected as the
 * service's role to the same database: what the service's bean stores, it reads, and what it stores, the service's
 * operator endpoint serves.
 */
@QuarkusTest
@QuarkusTestResource(value = ServiceInfrastructure.class, initArgs = @ResourceArg(name = "service", value = "intake-service"))
class MediaStoreComponentTest {
    private static final int MB = 1024 * 1024;

    @Inject
    MediaStore store;
    @Inject
    MediaImport mediaImport;
    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;
    @ConfigProperty(name = "quarkus.datasource.username")
    String user;
    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    /** The same database through a connection of its own, as a second instance has. */
    private MediaStore otherInstance() {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        return new MediaStore(ds);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(size * 31L + System.nanoTime()).nextBytes(bytes);
        return bytes;
    }

    @Test
    void aDocumentStagedByOneInstanceIsReadWholeBySliceByAnother() throws Exception {
        byte[] document = random(3 * MB + 12345); // more than three slices, the last a short one
        MediaStore.Staged staged = store.stage(new ByteArrayInputStream(document), 100L * MB);
        staged.keep("application/pdf");
        assertThat(Files.exists(staged.file())).as("the staged file is gone once stored").isFalse();

        MediaStore other = otherInstance();
        assertThat(other.find(staged.sha256())).hasValueSatisfying(s -> {
            assertThat(s.size()).isEqualTo(document.length);
            assertThat(s.contentType()).isEqualTo("application/pdf");
        });
        ByteArrayOutputStream read = new ByteArrayOutputStream();
        other.copyTo(staged.sha256(), read);
        assertThat(read.toByteArray()).isEqualTo(document);
        assertThat(other.get(staged.sha256())).hasValue(document);
    }

    @Test
    void aPhotoStoredByAnotherInstanceIsServedToTheOperatorHere() throws Exception {
        byte[] photo = random(200_000);
        String sha = otherInstance().put(photo, "image/jpeg");

        byte[] served = operator().when().get("/operator/media/" + sha).then().statusCode(200)
                .header("Content-Length", String.valueOf(photo.length))
                .extract().asByteArray();
        assertThat(served).isEqualTo(photo);
        operator().when().get("/operator/media/" + "0".repeat(64)).then().statusCode(404);
        operator().when().get("/operator/media/not-a-hash").then().statusCode(404);
    }

    @Test
    void aDepartmentOfficerReadsTheCitizensPhotoByItsHashAndNobodyElseWithoutARole() throws Exception {
        byte[] photo = random(50_000);
        String sha = store.put(photo, "image/jpeg");

        byte[] served = given().auth().preemptive().basic("phed-officer", "phed-secret")
                .when().get("/officer/media/" + sha).then().statusCode(200)
                .contentType("application/octet-stream") // never the type the phone declared
                .extract().asByteArray();
        assertThat(served).isEqualTo(photo);
        given().auth().preemptive().basic("phed-officer", "phed-secret")
                .when().get("/officer/media/" + "0".repeat(64)).then().statusCode(404);
        // an account without the officer role (the evidence officer), and nobody signed in
        given().auth().preemptive().basic("evidence-officer", "evidence-secret")
                .when().get("/officer/media/" + sha).then().statusCode(403);
        given().when().get("/officer/media/" + sha).then().statusCode(401);
    }

    @Test
    void theSameBytesStoredTwiceByTwoInstancesAreOneRow() throws Exception {
        byte[] photo = ("forwarded photo " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        String first = store.put(photo, "image/jpeg");
        String second = otherInstance().put(photo, "image/png");
        MediaStore.Staged again = store.stage(new ByteArrayInputStream(photo), 1000);
        again.keep(null);

        assertThat(second).isEqualTo(first);
        assertThat(again.sha256()).isEqualTo(first);
        assertThat(rows(first)).isEqualTo(1);
        assertThat(store.find(first)).hasValueSatisfying(s -> assertThat(s.contentType())
                .as("the first store's type stays").isEqualTo("image/jpeg"));
    }

    @Test
    void anOldMediaFolderIsImportedOnceAndAFileThatIsNotItsHashIsLeftOut() throws Exception {
        Path dir = Path.of("target", "media-import-test-" + UUID.randomUUID());
        byte[] photo = random(70_000);
        String sha = MediaStore.sha256Hex(photo);
        Files.createDirectories(dir.resolve(sha.substring(0, 2)));
        Files.write(dir.resolve(sha.substring(0, 2)).resolve(sha), photo);
        byte[] other = random(1_000);
        String claimed = MediaStore.sha256Hex(("not these bytes " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8));
        Files.createDirectories(dir.resolve(claimed.substring(0, 2)));
        Path corrupt = dir.resolve(claimed.substring(0, 2)).resolve(claimed);
        Files.write(corrupt, other);
        Files.createDirectories(dir.resolve("incoming"));
        Files.write(dir.resolve("incoming").resolve("media123.part"), other); // a half download of the old store

        MediaImport.Result first = mediaImport.importFolder(dir);
        assertThat(first.imported()).isEqualTo(1);
        assertThat(first.refused()).containsExactly(claimed);
        assertThat(otherInstance().get(sha)).hasValue(photo);
        assertThat(store.find(claimed)).as("bytes that are not their hash are not stored").isEmpty();
        assertThat(Files.exists(dir.resolve(MediaImport.MARKER))).as("incomplete: no marker").isFalse();

        Files.delete(corrupt);
        MediaImport.Result second = mediaImport.importFolder(dir);
        assertThat(second.imported()).isZero();
        assertThat(second.alreadyThere()).isEqualTo(1);
        assertThat(rows(sha)).isEqualTo(1);
        assertThat(Files.exists(dir.resolve(MediaImport.MARKER))).isTrue();
    }

    private long rows(String sha) throws Exception {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(url);
        ds.setUser(user);
        ds.setPassword(password);
        try (Connection c = ds.getConnection();
             PreparedStatement q = c.prepareStatement("select count(*) from media_object where sha256 = ?")) {
            q.setString(1, sha);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
