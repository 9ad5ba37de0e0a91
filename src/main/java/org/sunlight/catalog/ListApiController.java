package org.sunlight.catalog;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.sunlight.organization.EnforcementCategory;
import org.sunlight.platform.PageOf;
import org.sunlight.platform.PageQuery;

/**
 * The published lists as open data: JSON pages ({@code page}, {@code size}, {@code category}, {@code q}, {@code unit})
 * with the field names of the glossary, or the same rows as CSV with {@code format=csv}.
 */
@RestController
@RequestMapping("/api/public")
class ListApiController {

    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final PublishedLists published;

    ListApiController(PublishedLists published) {
        this.published = published;
    }

    @GetMapping("/{slug}")
    ResponseEntity<?> list(
            @PathVariable String slug,
            @RequestParam(required = false) UUID unit,
            @RequestParam(required = false) EnforcementCategory category,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @RequestParam(required = false) String format) {
        var kind = ListKind.fromSlug(slug);
        if (kind == null) {
            throw new org.sunlight.platform.NotFound("list");
        }
        var csv = "csv".equalsIgnoreCase(format);
        var request = csv ? new PageQuery(0, ListSpreadsheets.MAX_ROWS) : PageQuery.of(page, size);
        var found = published.search(kind, unit, category == null ? null : category.name(), q, request);
        PageOf<Map<String, Object>> rows = found.map(ListApiController::row);
        if (!csv) {
            return ResponseEntity.ok(rows);
        }
        return ResponseEntity.ok()
                .contentType(CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(slug + ".csv")
                                .build()
                                .toString())
                .body(toCsv(ListSchema.of(kind), rows));
    }

    private static Map<String, Object> row(PublishedLists.PublicEntry entry) {
        var row = new LinkedHashMap<String, Object>();
        row.put("unitId", entry.unitId());
        row.put("unitName", entry.unitName());
        row.put("version", entry.version());
        row.putAll(entry.entry().data());
        return row;
    }

    /** UTF-8 with a byte-order mark, so that Excel opens the Chinese text correctly. */
    private static String toCsv(ListSchema schema, PageOf<Map<String, Object>> rows) {
        var columns = new java.util.ArrayList<String>();
        columns.add("unitName");
        schema.fields().forEach(field -> columns.add(field.name()));
        var out = new StringBuilder("\uFEFF");
        out.append(columns.stream().map(ListApiController::quote).collect(Collectors.joining(",")))
                .append("\r\n");
        for (var row : rows.content()) {
            out.append(columns.stream()
                            .map(column -> quote(String.valueOf(row.getOrDefault(column, ""))))
                            .collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return out.toString();
    }

    private static String quote(String value) {
        return org.sunlight.platform.CsvCell.quote(value);
    }
}
