package org.sunlight.audit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * One entry of the audit log, and its canonical bytes: the leaf the Merkle tree hashes. The bytes are UTF-8 JSON with
 * the keys always in this order and no spaces:
 *
 * <pre>{"v":1,"kind":…,"at":…,"actor":…,"address":…,"subject":…,"record":…,"case":…,"unit":…,"detail":…}</pre>
 *
 * {@code at} is ISO-8601 UTC to the microsecond as PostgreSQL keeps it (e.g. {@code 2026-03-01T08:00:00.123456Z},
 * shorter when the fraction ends in zeros, as {@link Instant#toString()} prints); absent values are {@code null};
 * {@code detail} is a JSON text kept as a string.
 */
record LeafData(
        String kind,
        Instant at,
        String actor,
        String address,
        String subject,
        String record,
        UUID caseId,
        UUID unitId,
        String detail) {

    LeafData {
        at = at.truncatedTo(ChronoUnit.MICROS);
    }

    byte[] canonical() {
        var json = new StringBuilder(256);
        json.append("{\"v\":1,\"kind\":");
        string(json, kind);
        json.append(",\"at\":");
        string(json, at.toString());
        json.append(",\"actor\":");
        string(json, actor);
        json.append(",\"address\":");
        string(json, address);
        json.append(",\"subject\":");
        string(json, subject);
        json.append(",\"record\":");
        string(json, record);
        json.append(",\"case\":");
        string(json, caseId == null ? null : caseId.toString());
        json.append(",\"unit\":");
        string(json, unitId == null ? null : unitId.toString());
        json.append(",\"detail\":");
        string(json, detail);
        json.append('}');
        return json.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] leafHash() {
        return Merkle.leafHash(canonical());
    }

    private static void string(StringBuilder json, String value) {
        if (value == null) {
            json.append("null");
            return;
        }
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
