package io.sitrep.serve;

import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Set;

/**
 * A request body read within the size limit, with its media type checked against what the endpoint accepts.
 *
 * @param mediaType lower-case media type without parameters ("text/plain")
 * @param charset   the declared charset, or null when the request names none
 * @param bytes     the raw body
 */
record RequestBody(String mediaType, Charset charset, byte[] bytes) {

    /** Reads the body: 415 for a media type outside {@code accepted}, 413 past {@code limit} bytes, 400 when empty. */
    static RequestBody read(Context ctx, Set<String> accepted, long limit) {
        String header = ctx.header("Content-Type");
        String media = mediaType(header);
        if (media == null || !accepted.contains(media)) {
            throw new ApiException(415, "Content-Type must be one of " + String.join(", ", accepted.stream().sorted().toList())
                    + (header == null ? " (none given)" : " (got " + header + ")"));
        }
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        byte[] bytes;
        try (InputStream in = ctx.req().getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8L, limit + 1));
        } catch (IOException e) {
            // a client that stops sending its body (Jetty's idle timeout) or hangs up: its fault, not ours
            throw new ApiException(408, "request body not received: " + e.getMessage());
        }
        if (bytes.length > limit) {
            throw tooLarge(limit);
        }
        if (bytes.length == 0) {
            throw ApiException.badRequest("empty request body");
        }
        return new RequestBody(media, charset(header), bytes);
    }

    static ApiException tooLarge(long limit) {
        return new ApiException(413, "request body larger than the limit of " + limit + " bytes");
    }

    static String mediaType(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        int semi = header.indexOf(';');
        return (semi < 0 ? header : header.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    static Charset charset(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).trim().replace("\"", "");
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    throw new ApiException(415, "unsupported charset: " + name);
                }
            }
        }
        return null;
    }

    boolean isHtml() {
        return mediaType.contains("html");
    }
}
