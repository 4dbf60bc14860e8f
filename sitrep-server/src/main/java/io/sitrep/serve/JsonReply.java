package io.sitrep.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.sitrep.output.AnalysisJson;

/** Writes JSON answers and JSON errors ({"status": 400, "error": "Bad Request", "message": "..."}). */
final class JsonReply {
    static final String JSON = "application/json; charset=utf-8";

    private JsonReply() {
    }

    static void send(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType(JSON).result(AnalysisJson.mapper().writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    static void ok(Context ctx, JsonNode body) {
        send(ctx, 200, body);
    }

    static void error(Context ctx, int status, String message) {
        ObjectNode o = AnalysisJson.mapper().createObjectNode();
        o.put("status", status);
        o.put("error", reason(status));
        o.put("message", message);
        send(ctx, status, o);
    }

    static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 413 -> "Content Too Large";
            case 408 -> "Request Timeout";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> status >= 500 ? "Internal Server Error" : "Error";
        };
    }
}
