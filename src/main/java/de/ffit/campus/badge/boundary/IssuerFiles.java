package de.ffit.campus.badge.boundary;

import com.nimbusds.jose.util.JSONObjectUtils;
import de.ffit.campus.badge.control.Badges;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an organisation publishes as a credential issuer, to anyone: {@code /orgs/{slug}/did.json} (the did:web
 * document with every public key it signed with) and {@code /orgs/{slug}/status/1} (its revocation list, a signed
 * BitstringStatusListCredential, cached by verifiers for a minute and revalidated by ETag).
 */
@WebServlet("/orgs/*")
public class IssuerFiles extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern DID = Pattern.compile("/([a-z0-9][a-z0-9-]{0,99})/did\\.json");
    private static final Pattern STATUS = Pattern.compile("/([a-z0-9][a-z0-9-]{0,99})/status/" + Badges.LIST);

    @Inject
    transient Badges badges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher did = DID.matcher(path);
        Matcher status = STATUS.matcher(path);
        // wallets and verifiers fetch these from their own pages
        response.setHeader("Access-Control-Allow-Origin", "*");
        if (did.matches()) {
            Optional<Map<String, Object>> document = badges.didDocument(did.group(1));
            if (document.isEmpty()) {
                response.sendError(404);
                return;
            }
            response.setHeader("Cache-Control", "public, max-age=300");
            write(response, "application/did+json", JSONObjectUtils.toJSONString(document.get()));
            return;
        }
        if (status.matches()) {
            Optional<Badges.SignedList> list = badges.statusList(status.group(1));
            if (list.isEmpty()) {
                response.sendError(404);
                return;
            }
            response.setHeader("Cache-Control", "public, max-age=60, must-revalidate");
            response.setHeader("ETag", list.get().etag());
            String match = request.getHeader("If-None-Match");
            if (match != null && match.contains(list.get().etag())) {
                response.setStatus(304);
                return;
            }
            write(response, "application/vc+jwt", list.get().jwt());
            return;
        }
        response.sendError(404);
    }

    private static void write(HttpServletResponse response, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }
}
