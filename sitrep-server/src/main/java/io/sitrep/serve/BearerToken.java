package io.sitrep.serve;

import io.javalin.http.Context;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/** Guards write endpoints: the request must carry {@code Authorization: Bearer <token>} with the start-up token. */
final class BearerToken {
    private final byte[] expected;

    BearerToken(String token) {
        this.expected = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    /** Throws 401 unless the request carries the token (always, when the server was started without one). */
    void require(Context ctx) {
        if (expected == null) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, "write endpoints are disabled: start the server with --token or SITREP_TOKEN");
        }
        String header = ctx.header("Authorization");
        String prefix = "Bearer ";
        boolean ok = header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
                && MessageDigest.isEqual(expected, header.substring(prefix.length()).trim().getBytes(StandardCharsets.UTF_8));
        if (!ok) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiException(401, header == null ? "missing bearer token" : "invalid bearer token");
        }
    }
}
