package org.sunlight.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} on the staff API's POST requests (issue 14, item 7; the IETF httpapi draft's header): a client
 * that lost the answer retries with the same key and gets the first answer again, marked {@code Idempotent-Replayed:
 * true}, instead of acting twice. The key is reserved before the request runs, so a retry that arrives while the first
 * request still runs, or after it died without an answer, is told so (409) and never acts; the same key with another
 * request is refused (422). A 5xx answer frees the key (its act was rolled back). Keys are kept for 24 hours, per
 * account. A key the product cannot honour (not a staff POST, a form or multipart body, too long a body) is refused with
 * the header named, never silently ignored.
 */
@Component
class IdempotencyKeys extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final int MAX_BODY = 1 << 20;

    private final JdbcClient db;
    private final ProblemResponses problems;

    IdempotencyKeys(JdbcClient db, ProblemResponses problems) {
        this.db = db;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getHeader(HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var key = request.getHeader(HEADER);
        if (java.util.Set.of("GET", "HEAD", "OPTIONS", "PUT", "DELETE").contains(request.getMethod())) {
            chain.doFilter(request, response); // idempotent by their HTTP meaning: a retry acts once anyway
            return;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!"POST".equals(request.getMethod())
                || !path.startsWith("/api/")
                || authentication == null
                || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, HEADER, "problem.idempotency.post-only");
            return;
        }
        if (key.isEmpty() || key.length() > 100 || !key.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, HEADER, "problem.idempotency.key");
            return;
        }
        var type =
                request.getContentType() == null ? "" : request.getContentType().toLowerCase();
        if (type.startsWith("multipart/") || type.startsWith("application/x-www-form-urlencoded")) {
            problems.write(request, response, HttpStatus.BAD_REQUEST, HEADER, "problem.idempotency.body");
            return;
        }
        var body = request.getInputStream().readNBytes(MAX_BODY + 1);
        if (body.length > MAX_BODY) {
            problems.write(request, response, HttpStatus.PAYLOAD_TOO_LARGE, HEADER, "problem.idempotency.body");
            return;
        }
        var username = authentication.getName();
        var fingerprint = fingerprint(path, request.getQueryString(), type, body);
        if (!reserve(username, key, fingerprint)) {
            answerRetry(request, response, stored(username, key).orElse(null), fingerprint);
            return;
        }
        var cached = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new BufferedBody(request, body), cached);
            if (cached.getStatus() < 500) {
                keep(username, key, cached);
                kept = true;
            }
        } finally {
            if (!kept) {
                free(username, key);
            }
            cached.copyBodyToResponse();
        }
    }

    /** What a key stores: the request's fingerprint and, once answered, the answer. */
    record Stored(String fingerprint, Integer status, String contentType, String location, byte[] body) {}

    /** Whether this request took the key: a concurrent one with the same key waits on the row, then finds it taken. */
    private boolean reserve(String username, String key, String fingerprint) {
        return db.sql(
                                """
                                insert into platform.idempotency_key (username, key, request_sha256)
                                values (?, ?, ?) on conflict do nothing
                                """)
                        .params(username, key, fingerprint)
                        .update()
                == 1;
    }

    private Optional<Stored> stored(String username, String key) {
        return db.sql(
                        """
                        select request_sha256, status, content_type, location, body from platform.idempotency_key
                        where username = ? and key = ?
                        """)
                .params(username, key)
                .query((rs, row) -> new Stored(
                        rs.getString("request_sha256"),
                        rs.getObject("status", Integer.class),
                        rs.getString("content_type"),
                        rs.getString("location"),
                        rs.getBytes("body")))
                .optional();
    }

    private void answerRetry(
            HttpServletRequest request, HttpServletResponse response, Stored stored, String fingerprint)
            throws IOException {
        if (stored == null) {
            // freed by a failed first request between our reservation and this read: the client may simply retry
            problems.write(request, response, HttpStatus.CONFLICT, HEADER, "problem.idempotency.pending");
        } else if (!stored.fingerprint().equals(fingerprint)) {
            problems.write(request, response, HttpStatus.UNPROCESSABLE_ENTITY, HEADER, "problem.idempotency.reused");
        } else if (stored.status() == null) {
            problems.write(request, response, HttpStatus.CONFLICT, HEADER, "problem.idempotency.pending");
        } else {
            response.setStatus(stored.status());
            if (stored.contentType() != null) {
                response.setContentType(stored.contentType());
            }
            if (stored.location() != null) {
                response.setHeader(HttpHeaders.LOCATION, stored.location());
            }
            response.setHeader("Idempotent-Replayed", "true");
            if (stored.body() != null) {
                response.getOutputStream().write(stored.body());
            }
        }
    }

    private void keep(String username, String key, ContentCachingResponseWrapper answer) {
        db.sql(
                        """
                        update platform.idempotency_key set status = ?, content_type = ?, location = ?, body = ?
                        where username = ? and key = ?
                        """)
                .params(
                        answer.getStatus(),
                        answer.getContentType(),
                        answer.getHeader(HttpHeaders.LOCATION),
                        answer.getContentAsByteArray(),
                        username,
                        key)
                .update();
    }

    private void free(String username, String key) {
        db.sql("delete from platform.idempotency_key where username = ? and key = ? and status is null")
                .params(username, key)
                .update();
    }

    /** Keys are for retries after a lost answer, not forever: a day is kept. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void expire() {
        db.sql("delete from platform.idempotency_key where created_at < now() - interval '24 hours'")
                .update();
    }

    private static String fingerprint(String path, String query, String type, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(
                    (path + "?" + (query == null ? "" : query) + "\n" + type + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body read once into memory, to be read again by the controller. */
    private static final class BufferedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                /** The whole body is already in memory: it is available at once, and then all read. */
                @Override
                public void setReadListener(ReadListener listener) {
                    try {
                        listener.onDataAvailable();
                        listener.onAllDataRead();
                    } catch (IOException e) {
                        listener.onError(e);
                    }
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public java.io.BufferedReader getReader() {
            return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
