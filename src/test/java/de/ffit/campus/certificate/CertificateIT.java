package de.ffit.campus.certificate;

import static de.ffit.campus.support.Problems.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.ffit.campus.TestDeployments;
import de.ffit.campus.support.Browser;
import de.ffit.campus.support.Fixture;
import de.ffit.campus.support.Http;
import de.ffit.campus.support.Http.As;
import de.ffit.campus.support.Http.Response;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Certificates over the API (issue, download, verify by anyone, revoke, the short code, the lookup limit) and on
 * the pages (a cohort’s certificates printed, issued with a visible reason, verified by typing).
 *
 * <p>Lookups of a certificate are limited per address, and the API tests use up a minute’s lookups on purpose:
 * the page test that verifies by typing runs first.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CertificateIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestDeployments.application();
    }

    @ArquillianResource
    URL deployed;

    private String base;
    private Http http;
    private Fixture a;
    private Fixture b;

    @BeforeEach
    void twoOrganisations() {
        // the adapter reports the machine's address; the app listens on loopback too
        base = "http://127.0.0.1:" + deployed.getPort() + "/ffit-campus";
        http = new Http(base);
        a = new Fixture(http, "A");
        b = new Fixture(http, "B");
    }

    @Test
    void aCertificateIsIssuedDownloadedVerifiedByAnyoneAndRevoked() throws Exception {
        long cohort = a.cohortStartedWeeksAgo("Zertifikatskurs " + a.run, 2, 6);
        long learner = a.learner("Amina Haddad " + a.run, "أمينة حداد", "ar");
        long enrollment = a.enrol(cohort, learner);
        String issuePath = "/api/enrollments/" + enrollment + "/certificate";
        // enrolled today, after the lessons held so far: no lesson attended yet, so not eligible

        // not eligible (nothing attended or done yet): 409 saying what is missing, in the caller's language
        Response refused = http.post(a.coordinator.in("de"), issuePath, "{}");
        assertProblem(refused, 409);
        assertTrue(refused.json().getString("detail").contains("Noch kein Anspruch"), refused.body());
        assertProblem(http.post(a.trainer, issuePath, "{}"), 404);
        assertProblem(http.post(b.coordinator, issuePath, "{\"overrideReason\":\"x\"}"), 404);

        Response issued = http.post(a.coordinator, issuePath, "{\"overrideReason\":\"Krankheit, nachgeholt\"}");
        assertEquals(201, issued.status(), issued::toString);
        JsonObject certificate = issued.json();
        String serial = certificate.getString("serial");
        String code = certificate.getString("verificationCode");
        assertTrue(serial.matches("FFIT-\\d{4}-000001"), serial);
        assertTrue(code.matches("[A-Za-z0-9_-]{24}"), code);
        assertTrue(certificate.getString("verifyUrl").endsWith("/verify/" + code));
        assertEquals("Krankheit, nachgeholt", certificate.getString("overrideReason"));
        assertProblem(http.post(a.coordinator, issuePath, "{\"overrideReason\":\"nochmal\"}"), 409);

        HttpClient raw = HttpClient.newHttpClient();
        HttpResponse<byte[]> pdf = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/certificates/"
                + serial + ".pdf")).header("Authorization", basic(a.coordinatorName)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertTrue(pdf.headers().firstValue("Content-Type").orElse("").startsWith("application/pdf"));
        assertEquals("%PDF", new String(pdf.body(), 0, 4, StandardCharsets.ISO_8859_1));
        assertEquals(404, raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/certificates/" + serial
                + ".pdf")).header("Authorization", basic(b.coordinatorName)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "another organisation's serial");

        // anyone, without signing in: what the certificate shows and nothing more
        Response verified = http.get(As.NOBODY, "/api/verify/" + code);
        assertEquals(200, verified.status(), verified::toString);
        assertEquals(Set.of("status", "name", "course", "issuedOn", "organisation"), verified.json().keySet());
        assertEquals("VALID", verified.json().getString("status"));
        assertEquals("Amina Haddad " + a.run, verified.json().getString("name"));
        Response unknown = http.get(As.NOBODY, "/api/verify/" + "A".repeat(24));
        assertProblem(unknown, 404);
        assertProblem(http.get(As.NOBODY, "/api/verify/1"), 404);

        HttpResponse<String> upload = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/verify"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(pdf.body()))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, upload.statusCode(), upload.body());
        assertTrue(upload.body().contains("\"VALID\""), upload.body());
        byte[] forged = pdf.body().clone();
        forged[forged.length / 3] ^= 1;
        assertEquals(404, raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/verify"))
                .header("Content-Type", "application/pdf").POST(HttpRequest.BodyPublishers.ofByteArray(forged))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode());

        // the public page, as a phone opens the QR code's address
        HttpResponse<String> page = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/verify/" + code))
                .header("Accept-Language", "de").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Echtes und gültiges Zertifikat"), page.body());
        assertTrue(page.body().contains("Amina Haddad " + a.run));

        assertProblem(http.post(a.coordinator, "/api/certificates/" + serial + "/revoke", "{\"reason\":\"\"}"), 400);
        Response revoked = http.post(a.coordinator, "/api/certificates/" + serial + "/revoke",
                "{\"reason\":\"irrtümlich ausgestellt\"}");
        assertEquals(200, revoked.status(), revoked::toString);
        assertEquals("REVOKED", http.get(As.NOBODY, "/api/verify/" + code).json().getString("status"));
        page = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/verify/" + code))
                .header("Accept-Language", "de").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("Dieses Zertifikat wurde widerrufen"), page.body());
        assertProblem(http.post(a.coordinator, "/api/certificates/" + serial + "/revoke",
                "{\"reason\":\"nochmal\"}"), 409);

        // lookups are limited per address: within the minute, one of the next 30 is refused
        int limited = 0;
        for (int i = 0; i < 30 && limited == 0; i++) {
            Response r = http.get(As.NOBODY, "/api/verify/" + code);
            if (r.status() == 429) {
                limited++;
                assertTrue(r.header("Retry-After") != null);
            }
        }
        assertEquals(1, limited, "30 lookups a minute per address");
    }

    /**
     * Issue 25: every issued certificate carries an Open Badges 3.0 credential signed by its organisation. Anyone with
     * the verification code downloads the JWT; it verifies with the key published in the organisation's did:web
     * document and fails after a one-byte change; its status list bit turns 1 when the certificate is revoked (the
     * other certificate's stays 0), the list answers 304 to its ETag until then; a reissue gets a new credential; an
     * admin's re-keying keeps the old public key, so the first credential still verifies.
     */
    @Test
    @Order(2)
    void everyCertificateCarriesASignedOpenBadgeWhoseStatusBitTurnsOnAtRevocation() throws Exception {
        long cohort = a.cohortStartedWeeksAgo("Badge-Kurs " + a.run, 2, 6);
        long first = a.enrol(cohort, a.learner("Amina Haddad " + a.run, "أمينة حداد", "ar"));
        long second = a.enrol(cohort, a.learner("Olena Koval " + a.run, "Олена Коваль", "uk"));
        JsonObject one = http.post(a.coordinator, "/api/enrollments/" + first + "/certificate",
                "{\"overrideReason\":\"Krankheit, nachgeholt\"}").json();
        JsonObject two = http.post(a.coordinator, "/api/enrollments/" + second + "/certificate",
                "{\"overrideReason\":\"Krankheit, nachgeholt\"}").json();

        HttpClient raw = HttpClient.newHttpClient();
        HttpResponse<String> download = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/verify/"
                + one.getString("verificationCode") + "/credential")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, download.statusCode(), download.body());
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("application/vc+jwt"),
                download.headers().toString());
        String jwt = download.body();
        // the PDF as issued carries the same JWT as an attached file
        HttpResponse<byte[]> pdf = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/certificates/"
                + one.getString("serial") + ".pdf")).header("Authorization", basic(a.coordinatorName)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, pdf.statusCode());
        assertEquals(java.util.Optional.of(jwt),
                de.ffit.campus.certificate.control.CredentialAttachment.read(pdf.body()), "credential.jwt in the PDF");
        assertProblem(http.get(As.NOBODY, "/api/verify/" + "B".repeat(24) + "/credential"), 404);

        com.nimbusds.jwt.SignedJWT signed = com.nimbusds.jwt.SignedJWT.parse(jwt);
        assertEquals(Set.of("alg", "kid", "typ"), signed.getHeader().toJSONObject().keySet());
        assertEquals("ES256", signed.getHeader().getAlgorithm().getName());
        String issuer = signed.getJWTClaimsSet().getIssuer();
        assertTrue(issuer.matches("did:web:campus\\.example\\.org:orgs:[a-z0-9-]+"), issuer);
        assertTrue(signed.getHeader().getKeyID().startsWith(issuer + "#"), signed.getHeader().getKeyID());
        java.util.Map<String, Object> vc = signed.getJWTClaimsSet().getJSONObjectClaim("vc");
        assertEquals(List.of("VerifiableCredential", "OpenBadgeCredential"), vc.get("type"));
        assertEquals(signed.getJWTClaimsSet().getJWTID(), vc.get("id"));
        // the course as the certificate names it
        String course = http.get(As.NOBODY, "/api/verify/" + one.getString("verificationCode")).json()
                .getString("course");
        assertEquals(course, vc.get("name"));
        assertEquals(course, ((java.util.Map<?, ?>) vc.get("credentialSubject")).get("achievement")
                instanceof java.util.Map<?, ?> ach ? ach.get("name") : null);
        assertFalse(signed.getPayload().toString().contains("Amina"), "only a hash of the name");

        // the issuer's DID document, served where did:web says: the key, public only
        String slug = issuer.substring(issuer.lastIndexOf(':') + 1);
        HttpResponse<String> didDoc = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/orgs/" + slug
                + "/did.json")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, didDoc.statusCode(), didDoc.body());
        assertFalse(didDoc.body().contains("\"d\""), "no private part: " + didDoc.body());
        assertTrue(verifiesWithDid(jwt, didDoc.body()), "the signature verifies with the published key");
        String[] parts = jwt.split("\\.");
        char c = parts[1].charAt(40);
        String tampered = parts[0] + "." + parts[1].substring(0, 40) + (c == 'A' ? 'B' : 'A')
                + parts[1].substring(41) + "." + parts[2];
        assertFalse(verifiesWithDid(tampered, didDoc.body()), "one byte changed in the payload");

        // the status list: both bits 0, then the revoked one 1; a cached copy is revalidated by its ETag
        java.util.Map<?, ?> status = (java.util.Map<?, ?>) vc.get("credentialStatus");
        String listUrl = ((String) status.get("statusListCredential")).replace("http://campus.example.org",
                http.base());
        int oneIndex = Integer.parseInt((String) status.get("statusListIndex"));
        int twoIndex = statusIndex(raw, two.getString("verificationCode"));
        assertTrue(oneIndex != twoIndex);
        HttpResponse<String> list = raw.send(HttpRequest.newBuilder(URI.create(listUrl)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode(), list.body());
        String etag = list.headers().firstValue("ETag").orElseThrow();
        assertTrue(list.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
        assertTrue(verifiesWithDid(list.body(), didDoc.body()), "the list is signed by the organisation");
        assertEquals(0, bit(list.body(), oneIndex));
        assertEquals(0, bit(list.body(), twoIndex));
        assertEquals(304, raw.send(HttpRequest.newBuilder(URI.create(listUrl)).header("If-None-Match", etag)
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode());
        independentCheck(one.getString("verificationCode"), 0);

        assertEquals(200, http.post(a.coordinator, "/api/certificates/" + one.getString("serial") + "/revoke",
                "{\"reason\":\"irrtümlich ausgestellt\"}").status());
        list = raw.send(HttpRequest.newBuilder(URI.create(listUrl)).header("If-None-Match", etag).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, list.statusCode(), "the revocation changes the list at once");
        assertEquals(1, bit(list.body(), oneIndex), "revoked");
        assertEquals(0, bit(list.body(), twoIndex), "still valid");
        independentCheck(one.getString("verificationCode"), 1);

        // a reissue: the old credential's bit 1, the new certificate has its own credential
        Response reissued = http.post(a.coordinator, "/api/certificates/" + two.getString("serial") + "/reissue",
                "{\"reason\":\"Name korrigiert\"}");
        assertEquals(201, reissued.status(), reissued::toString);
        int renewedIndex = statusIndex(raw, reissued.json().getString("verificationCode"));
        list = raw.send(HttpRequest.newBuilder(URI.create(listUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(1, bit(list.body(), twoIndex));
        assertEquals(0, bit(list.body(), renewedIndex));

        // re-keying: only an admin; the old key stays published and the first credential still verifies
        Response refused = http.post(a.coordinator, "/api/organisations/" + a.organisationId + "/signing-keys", "");
        assertTrue(refused.status() == 403 || refused.status() == 404, refused::toString);
        Response rekeyed = http.post(Fixture.ADMIN, "/api/organisations/" + a.organisationId + "/signing-keys", "");
        assertEquals(200, rekeyed.status(), rekeyed::toString);
        didDoc = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/orgs/" + slug + "/did.json")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(didDoc.body().contains(rekeyed.json().getString("kid")), didDoc.body());
        assertTrue(verifiesWithDid(jwt, didDoc.body()), "signed before the re-keying, still verifies");
        list = raw.send(HttpRequest.newBuilder(URI.create(listUrl)).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(com.nimbusds.jwt.SignedJWT.parse(list.body()).getHeader().getKeyID()
                .endsWith("#" + rekeyed.json().getString("kid")), "the list is signed with the new key now");
        assertTrue(verifiesWithDid(list.body(), didDoc.body()));
        assertEquals(404, raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/orgs/no-such-org/did.json"))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode());

        // a pasted credential, checked by the app: what it is, in the visitor's language, and never a 500
        String renewedJwt = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/verify/"
                + reissued.json().getString("verificationCode") + "/credential")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertEquals("VALID", pasted(raw, renewedJwt).getString("outcome"));
        JsonObject revokedFinding = pasted(raw, jwt);
        assertEquals("REVOKED", revokedFinding.getString("outcome"));
        assertEquals(course, revokedFinding.getString("course"));
        assertTrue(revokedFinding.getString("message").contains("zurückgezogen"), revokedFinding.toString());
        assertEquals("NOT_A_CREDENTIAL", pasted(raw, "Hallo, ich bin kein Zertifikat").getString("outcome"));
        char sc = parts[2].charAt(20);
        assertEquals("BAD_SIGNATURE", pasted(raw, parts[0] + "." + parts[1] + "." + parts[2].substring(0, 20)
                + (sc == 'A' ? 'B' : 'A') + parts[2].substring(21)).getString("outcome"));
        assertEquals("TOO_LARGE", pasted(raw, jwt + "A".repeat(70_000)).getString("outcome"));

        List<String> found = new java.util.ArrayList<>();
        for (String language : List.of("de", "ar")) {
            try (Browser browser = new Browser(language, 390, 844)) {
                WebDriver driver = browser.driver();
                driver.get(base + "/verify.xhtml");
                driver.findElement(By.id("credentialCheck:jwt")).sendKeys(renewedJwt);
                driver.findElement(By.id("credentialCheck:checkJwt")).click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("jwt-finding")));
                String finding = driver.findElement(By.id("jwt-finding")).getText();
                assertTrue(finding.contains(course), finding);
                assertTrue(language.equals("ar") ? finding.contains("حقيقية وسارية") : finding.contains("Echt und gültig"),
                        finding);
                found.addAll(violations(driver, "verify credential [" + language + "]"));
                ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                        "document.getElementById('jwt-finding').scrollIntoView({block: 'end'})");
                browser.screenshot("verify-credential-" + language);
            }
        }
        assertTrue(found.isEmpty(), found.size() + " WCAG violations:\n" + String.join("\n", found));
    }

    private JsonObject pasted(HttpClient raw, String token) throws Exception {
        HttpResponse<String> response = raw.send(HttpRequest.newBuilder(URI.create(http.base()
                + "/api/verify/credential")).header("Content-Type", "text/plain").header("Accept-Language", "de")
                .POST(HttpRequest.BodyPublishers.ofString(token)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
    }

    /**
     * npm jose 6 and did-jwt-vc 4 (src/test/js/credential-check.mjs, installed into target/credential-check by
     * src/test/sh/run-tests.sh) verify the credential with the served DID document, refuse it after a one-byte
     * change, and read its status bit. Without that installation (a bare mvn verify) the check is reported as not run.
     */
    private void independentCheck(String code, int expectedBit) throws Exception {
        java.nio.file.Path script = java.nio.file.Path.of("target/credential-check/credential-check.mjs");
        if (!java.nio.file.Files.exists(script.resolveSibling("node_modules/jose/package.json"))) {
            System.out.println("CertificateIT: the independent credential check (npm jose, did-jwt-vc) did not run: "
                    + "src/test/sh/run-tests.sh installs it");
            return;
        }
        Process node = new ProcessBuilder("node", script.getFileName().toString(), http.base(),
                "http://campus.example.org", code).directory(script.getParent().toFile()).redirectErrorStream(true)
                .start();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, node.waitFor(), output);
        JsonObject result = jakarta.json.Json.createReader(new java.io.StringReader(
                output.substring(output.lastIndexOf('\n') + 1))).readObject();
        for (String check : List.of("joseVerified", "tamperedPayloadRejected", "tamperedSignatureRejected",
                "didJwtVcVerified")) {
            assertTrue(result.getBoolean(check), check + ": " + output);
        }
        assertEquals("alg,kid,typ", result.getString("header"));
        assertTrue(result.getInt("listEntries") >= 131_072, output);
        assertEquals(expectedBit, result.getInt("statusBit"), output);
    }

    /** the JWT verifies with the verification method its kid names in the DID document */
    private static boolean verifiesWithDid(String jwt, String didJson) throws Exception {
        com.nimbusds.jose.JWSObject jws = com.nimbusds.jose.JWSObject.parse(jwt);
        java.util.Map<String, Object> doc = com.nimbusds.jose.util.JSONObjectUtils.parse(didJson);
        for (Object m : (List<?>) doc.get("verificationMethod")) {
            java.util.Map<?, ?> method = (java.util.Map<?, ?>) m;
            if (method.get("id").equals(jws.getHeader().getKeyID())) {
                @SuppressWarnings("unchecked")
                java.util.Map<String, Object> jwk = (java.util.Map<String, Object>) method.get("publicKeyJwk");
                assertFalse(jwk.containsKey("d"));
                assertTrue(((List<?>) doc.get("assertionMethod")).contains(method.get("id")));
                return jws.verify(new com.nimbusds.jose.crypto.ECDSAVerifier(com.nimbusds.jose.jwk.ECKey.parse(jwk)));
            }
        }
        return false;
    }

    private int statusIndex(HttpClient raw, String code) throws Exception {
        String jwt = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/verify/" + code
                + "/credential")).build(), HttpResponse.BodyHandlers.ofString()).body();
        java.util.Map<?, ?> vc = com.nimbusds.jwt.SignedJWT.parse(jwt).getJWTClaimsSet().getJSONObjectClaim("vc");
        return Integer.parseInt((String) ((java.util.Map<?, ?>) vc.get("credentialStatus")).get("statusListIndex"));
    }

    /** the bit of a status list credential (VC-JWT) at the index: base64url, gunzip, most significant bit first */
    private static int bit(String listJwt, int index) throws Exception {
        java.util.Map<?, ?> vc = com.nimbusds.jwt.SignedJWT.parse(listJwt).getJWTClaimsSet().getJSONObjectClaim("vc");
        assertEquals(List.of("VerifiableCredential", "BitstringStatusListCredential"), vc.get("type"));
        String encoded = (String) ((java.util.Map<?, ?>) vc.get("credentialSubject")).get("encodedList");
        byte[] bits = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
                java.util.Base64.getUrlDecoder().decode(encoded.substring(1)))).readAllBytes();
        assertTrue(bits.length * 8 >= 131_072);
        return (bits[index / 8] >> (7 - index % 8)) & 1;
    }

    /**
     * Issue 21: a certificate issued while lessons are still to come takes the written reason in the new "reason"
     * field and states the last lesson held as its end; the short code printed on it verifies, alone or after the
     * serial, in any case and spacing; the serial alone or a wrong code is refused, and counted by the rate limit.
     */
    @Test
    void aCertificateBeforeTheLastLessonTakesAReasonEndsAtTheLastLessonHeldAndVerifiesByItsShortCode()
            throws Exception {
        long cohort = a.cohortStartedWeeksAgo("Frühes Zertifikat " + a.run, 2, 6);
        long enrollment = a.enrol(cohort, a.learner("Amina Haddad " + a.run, "أمينة حداد", "ar"));
        jakarta.json.JsonArray lessons = http.get(a.coordinator, "/api/cohorts/" + cohort + "/lessons").array();
        JsonObject first = lessons.getJsonObject(0);
        assertEquals(200, http.send(a.trainer.withHeader("If-Match", "*"), "PUT", "/api/lessons/"
                + first.getJsonNumber("id") + "/attendance", "{\"records\":[{\"enrollmentId\":" + enrollment
                + ",\"status\":\"PRESENT\"}]}").status());
        String issuePath = "/api/enrollments/" + enrollment + "/certificate";
        assertProblem(http.post(a.coordinator, issuePath, "{}"), 409);
        assertProblem(http.post(a.coordinator, issuePath, "{\"reason\":\"  \"}"), 409);

        Response issued = http.post(a.coordinator, issuePath, "{\"reason\":\"Zieht vor Kursende um\"}");
        assertEquals(201, issued.status(), issued::toString);
        assertEquals("Zieht vor Kursende um", issued.json().getString("overrideReason"));
        String serial = issued.json().getString("serial");
        String shortCode = issued.json().getString("shortCode");
        assertTrue(shortCode.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}"), shortCode);

        Http.Download pdf = http.download(a.coordinator, "/api/certificates/" + serial + ".pdf");
        assertEquals(200, pdf.status());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        java.time.LocalDate held = java.time.LocalDate.parse(first.getString("date"));
        java.time.LocalDate planned = java.time.LocalDate.parse(lessons.getJsonObject(lessons.size() - 1)
                .getString("date"));
        assertTrue(text.contains("vom " + germanDate(held) + " bis " + germanDate(held)), text);
        assertFalse(text.contains(germanDate(planned)), "the planned end " + germanDate(planned) + ": " + text);
        assertTrue(text.contains(shortCode) && text.contains(serial), text);

        // typed: a fresh minute of lookups, so that the count below is this test's own
        waitForAFreshMinute();
        List<String> typed = List.of(shortCode, shortCode.toLowerCase(java.util.Locale.ROOT).replace("-", ""),
                serial + " " + shortCode, serial + "-" + shortCode.replace("-", " "));
        for (String code : typed) {
            Response verified = http.get(As.NOBODY, "/api/verify/" + encode(code));
            assertEquals(200, verified.status(), code + ": " + verified);
            assertEquals("Amina Haddad " + a.run, verified.json().getString("name"));
        }
        HttpClient raw = HttpClient.newHttpClient();
        HttpResponse<String> page = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/verify.xhtml?code="
                + encode(serial + " " + shortCode))).header("Accept-Language", "de").build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("Echtes und gültiges Zertifikat"), page.body());
        page = raw.send(HttpRequest.newBuilder(URI.create(http.base() + "/verify.xhtml?code=" + encode(serial)))
                .header("Accept-Language", "de").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(page.body().contains("Die Seriennummer allein genügt nicht"), page.body());
        assertProblem(http.get(As.NOBODY, "/api/verify/" + encode(serial)), 404);
        char last = shortCode.charAt(shortCode.length() - 1);
        String wrong = shortCode.substring(0, shortCode.length() - 1) + (last == 'Z' ? 'Y' : 'Z');
        assertProblem(http.get(As.NOBODY, "/api/verify/" + encode(wrong)), 404);
        assertProblem(http.get(As.NOBODY, "/api/verify/" + encode(serial.substring(0, 10) + "999999 " + shortCode)),
                404);
        // 4 + 2 + 3 lookups so far in this minute; 21 more wrong ones reach the 30, then even the right code waits
        for (int i = 0; i < 21; i++) {
            assertProblem(http.get(As.NOBODY, "/api/verify/" + encode(wrong)), 404);
        }
        Response limited = http.get(As.NOBODY, "/api/verify/" + encode(shortCode));
        assertProblem(limited, 429);
        assertNotNull(limited.header("Retry-After"));
    }

    private static String germanDate(java.time.LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d. MMMM yyyy", java.util.Locale.GERMAN));
    }

    private static String encode(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** waits until the rate limit has forgotten earlier lookups from this machine (other tests verify too) */
    private static void waitForAFreshMinute() throws InterruptedException {
        Thread.sleep(61_000L);
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + Fixture.PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private HtmlPage signIn(WebClient client, String path, Http.As who) throws Exception {
        HtmlPage login = client.getPage(base + path);
        login.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:username").setValue(who.user());
        login.<org.htmlunit.html.HtmlInput>getHtmlElementById("signIn:password").setValue(who.password());
        return login.<org.htmlunit.html.HtmlSubmitInput>getHtmlElementById("signIn:submit").click();
    }

    /** the text of each page, as OpenPDF reads it */
    private static List<String> pages(byte[] pdf) throws java.io.IOException {
        com.lowagie.text.pdf.PdfReader reader = new com.lowagie.text.pdf.PdfReader(pdf);
        try {
            com.lowagie.text.pdf.parser.PdfTextExtractor extractor =
                    new com.lowagie.text.pdf.parser.PdfTextExtractor(reader);
            List<String> pages = new java.util.ArrayList<>();
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
            return pages;
        } finally {
            reader.close();
        }
    }

    private void signIn(Browser browser, Http.As who) {
        browser.signIn(base, who);
    }

    @Test
    void aCoordinatorPrintsACohortAndGetsOnePdfWithOnePagePerGraduate() throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Zeugnisse " + a.run, 2, 4);
        List<String> names = List.of("Amina Haddad", "Olena Kovalenko", "Tesfay Gebremedhin");
        List<String> originals = List.of("أمينة حداد", "Олена Коваленко", "ተስፋይ ገብረመድህን");
        List<String> languages = List.of("ar", "uk", "ti");
        java.util.Map<String, byte[]> issued = new java.util.LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            long enrollment = a.enrol(cohortId, a.learner(names.get(i), originals.get(i), languages.get(i)));
            Response certificate = http.post(a.coordinator, "/api/enrollments/" + enrollment + "/certificate",
                    "{\"overrideReason\":\"Test\"}");
            assertEquals(201, certificate.status());
            String serial = certificate.json().getString("serial");
            Http.Download single = http.download(a.coordinator, "/api/certificates/" + serial + ".pdf");
            assertEquals(200, single.status());
            issued.put(serial, single.body());
        }
        a.enrol(cohortId, a.learner("Noch Nicht", null, "de"));
        byte[] pdf;
        String href;
        try (Browser browser = new Browser("de-DE", 1280, 900)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.coordinator);
            driver.get(base + "/cohorts/certificates.xhtml?id=" + cohortId);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("print:printPdf")));
            assertTrue(driver.findElement(By.id("print")).getText().contains("3 gültige Zertifikate"));
            driver.findElement(By.id("print:printPdf")).click();
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("job-PDF")));
            driver.navigate().refresh();   // the job is found again after a reload
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("download-PDF")));
            assertTrue(driver.findElement(By.id("job-PDF")).getText().contains("3 / 3"));
            browser.screenshot("certificates-print-de");
            href = driver.findElement(By.id("download-PDF")).getAttribute("href");
            String session = driver.manage().getCookieNamed("JSESSIONID").getValue();
            java.net.http.HttpResponse<byte[]> file = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                            .header("Cookie", "JSESSIONID=" + session).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, file.statusCode());
            pdf = file.body();
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertEquals(3, document.getNumberOfPages(), "one page per certificate, none for the learner without");
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            for (String name : names) {
                assertTrue(text.contains(name), name);
            }
        }
        // issue 24: each page is drawn again from what its certificate printed, frozen at issue, and reads exactly
        // as the PDF issued then (the Arabic name and the Arabic blocks included); the fonts and what every page
        // shows are in the file once, so it is smaller than the three issued files together (issue 24 item 5: a
        // single file embeds its fonts cut to its own letters, the print each whole font once, which pays off from
        // a handful of pages on; CertificateRendererTest checks twelve pages against twelve single files)
        List<String> printed = pages(pdf);
        for (String page : printed) {
            String serial = issued.keySet().stream().filter(page::contains).findFirst().orElseThrow();
            assertEquals(pages(issued.get(serial)).get(0), page, serial);
        }
        assertEquals(issued.keySet(), Set.copyOf(issued.keySet().stream()
                .filter(serial -> printed.stream().anyMatch(page -> page.contains(serial))).toList()));
        int singles = issued.values().stream().mapToInt(single -> single.length).sum();
        assertTrue(pdf.length < singles, pdf.length + " bytes printed, " + singles + " issued");
        // without the coordinator's session the print is not handed out: the sign-in page instead
        java.net.http.HttpResponse<String> anonymous = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(href)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertTrue(anonymous.statusCode() == 302 || anonymous.statusCode() == 303, "" + anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("Location").orElse("").contains("login.xhtml"));
    }

    /**
     * Issue 21: the certificates tab of a cohort that still runs says so, offers no plain "Ausstellen", and issues
     * only through the secondary action that asks for the reason, which the row then shows. The verify page takes
     * the serial and the short code as typed. Both pages axe-clean in German and Arabic, with screenshots.
     */
    @Test
    @Order(1)
    void aRunningCohortsCertificatesAreIssuedOnlyWithAVisibleReasonAndVerifiedByTyping() throws Exception {
        long cohortId = a.cohortStartedWeeksAgo("Zertifikate laufend " + a.run, 2, 6);
        long zora = a.enrol(cohortId, a.learner("Zora Früh", "زهراء", "ar"));
        long anna = a.enrol(cohortId, a.learner("Anna Weg", null, "de"));
        assertEquals(200, http.post(a.coordinator, "/api/enrollments/" + anna + "/withdraw", "{}").status());
        List<String> found = new java.util.ArrayList<>();
        String serial;
        try (Browser browser = new Browser("de-DE", 1280, 900)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.coordinator);
            driver.get(base + "/cohorts/certificates.xhtml?id=" + cohortId);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("running")));
            assertTrue(driver.findElement(By.id("running")).getText().contains("schriftliche Begründung"));
            assertTrue(driver.findElements(By.id("print:issueAll")).isEmpty(), "no issue for all while it runs");
            List<WebElement> rows = driver.findElements(By.cssSelector("#learners tbody tr"));
            assertEquals("learner-" + zora, rows.get(0).getAttribute("id"), "on track before withdrawn");
            assertEquals("learner-" + anna, rows.get(1).getAttribute("id"));
            WebElement row = rows.get(0);
            assertTrue(row.findElements(By.cssSelector("button.primary")).isEmpty(), "no primary issue button");
            WebElement withReason = row.findElement(By.cssSelector("button.secondary"));
            assertTrue(withReason.getText().contains("Mit Begründung ausstellen"), withReason.getText());
            found.addAll(violations(driver, "certificates [de]"));
            browser.screenshot("certificates-running-de");
            withReason.click();
            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("reason:text")));
            assertTrue(driver.findElement(By.id("reason")).getText().contains("Zora Früh"));
            driver.findElement(By.id("reason:text")).sendKeys("Zieht vor Kursende nach Köln");
            browser.screenshot("certificates-reason-de");
            driver.findElement(By.id("reason:confirm")).click();
            browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("learner-" + zora),
                    "Zieht vor Kursende nach Köln"));
            WebElement issuedRow = driver.findElement(By.id("learner-" + zora));
            assertTrue(issuedRow.getText().contains("mit Begründung ausgestellt"), issuedRow.getText());
            serial = issuedRow.findElement(By.cssSelector("a.serial")).getText();
            browser.screenshot("certificates-issued-de");
        }
        String shortCode = http.get(a.coordinator, "/api/certificates/" + serial).json().getString("shortCode");
        try (Browser browser = new Browser("ar", 1280, 900)) {
            WebDriver driver = browser.driver();
            signIn(browser, a.coordinator);
            driver.get(base + "/cohorts/certificates.xhtml?id=" + cohortId);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("running")));
            found.addAll(violations(driver, "certificates [ar]"));
            browser.screenshot("certificates-running-ar");
        }
        for (String language : List.of("de", "ar")) {
            try (Browser browser = new Browser(language, 390, 844)) {
                WebDriver driver = browser.driver();
                driver.get(base + "/verify.xhtml");
                driver.findElement(By.id("code")).sendKeys(serial + " " + shortCode.toLowerCase(java.util.Locale.ROOT));
                driver.findElement(By.cssSelector("form.inline-form button[type=submit]")).click();
                browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("certificate")));
                assertTrue(driver.findElement(By.id("certificate")).getText().contains("Zora Früh"));
                found.addAll(violations(driver, "verify [" + language + "]"));
                browser.screenshot("verify-typed-" + language);
            }
        }
        assertTrue(found.isEmpty(), found.size() + " WCAG violations:\n" + String.join("\n", found));
    }

    private static List<String> violations(WebDriver driver, String page) {
        return de.ffit.campus.support.Axe.violations(driver).stream().map(v -> page + " → " + v).toList();
    }

}
