package io.sitrep.serve;

/**
 * How the server is started.
 *
 * @param host         interface to bind; 127.0.0.1 unless told otherwise
 * @param port         TCP port; 0 picks a free one
 * @param token        bearer token that write endpoints require; null or blank disables them
 * @param maxBodyBytes request bodies larger than this are refused with 413
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;

    public ServerConfig {
        if (host == null || host.isBlank()) {
            host = LOOPBACK;
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("body limit must be positive: " + maxBodyBytes);
        }
        if (token != null && token.isBlank()) {
            token = null;
        }
    }

    public static ServerConfig loopback(int port) {
        return new ServerConfig(LOOPBACK, port, null, DEFAULT_MAX_BODY_BYTES);
    }

    public ServerConfig withToken(String newToken) {
        return new ServerConfig(host, port, newToken, maxBodyBytes);
    }

    public ServerConfig withMaxBodyBytes(long limit) {
        return new ServerConfig(host, port, token, limit);
    }

    public boolean writesEnabled() {
        return token != null;
    }
}
