package io.sitrep.serve;

/**
 * How the server is started.
 *
 * @param host         interface to bind; 127.0.0.1 unless told otherwise
 * @param port         TCP port; 0 picks a free one
 * @param token        bearer token that write endpoints require; null or blank disables them
 * @param maxBodyBytes request bodies larger than this are refused with 413
 * @param analyzeTimeout how long the analysis of one posted article may take before it is abandoned (422);
 *                       zero: no limit
 */
public record ServerConfig(String host, int port, String token, long maxBodyBytes, java.time.Duration analyzeTimeout) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final long DEFAULT_MAX_BODY_BYTES = 5L * 1024 * 1024;
    /** As {@code sitrep analyze --timeout}. */
    public static final java.time.Duration DEFAULT_ANALYZE_TIMEOUT = java.time.Duration.ofSeconds(30);

    public ServerConfig(String host, int port, String token, long maxBodyBytes) {
        this(host, port, token, maxBodyBytes, DEFAULT_ANALYZE_TIMEOUT);
    }

    public ServerConfig {
        if (analyzeTimeout == null) {
            analyzeTimeout = DEFAULT_ANALYZE_TIMEOUT;
        }
        if (analyzeTimeout.isNegative()) {
            throw new IllegalArgumentException("analysis time budget must not be negative: " + analyzeTimeout);
        }
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
        return new ServerConfig(host, port, newToken, maxBodyBytes, analyzeTimeout);
    }

    public ServerConfig withMaxBodyBytes(long limit) {
        return new ServerConfig(host, port, token, limit, analyzeTimeout);
    }

    public ServerConfig withAnalyzeTimeout(java.time.Duration timeout) {
        return new ServerConfig(host, port, token, maxBodyBytes, timeout);
    }

    public boolean writesEnabled() {
        return token != null;
    }
}
