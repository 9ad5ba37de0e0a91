package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14, item 1: lengths come from one place, the schema. Every column the code names for a length exists and has
 * one, so a renamed or retyped column fails the build rather than letting any length through.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ColumnLengthsTest {

    /** A column named for a length: the first argument of fits, max, checkLength or @ColumnLength. */
    private static final Pattern REFERENCE =
            Pattern.compile("\\b(?:fits|max|checkLength|ColumnLength)\\(\\s*\"([^\"]*)\"");

    /** A page asking for a column's length. */
    private static final Pattern TEMPLATE_REFERENCE = Pattern.compile("@columnLengths\\.max\\('([^']*)'\\)");

    /** A lookup whose column is not a literal, which the scan above could not check. */
    private static final Pattern INDIRECT = Pattern.compile("\\blengths\\.(?:fits|max|checkLength)\\(\\s*[^\"\\s]");

    @Autowired
    ColumnLengths lengths;

    @Autowired
    JdbcClient db;

    @Test
    void everyColumnTheCodeNamesExistsWithALength() throws IOException {
        var references = new TreeMap<String, List<String>>();
        var indirect = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            // the constraint's validator looks up the column its annotation names, which the scan reads at the
            // annotation
            for (var file : files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.endsWith("ColumnLengthValidator.java"))
                    .toList()) {
                var text = Files.readString(file);
                var matcher = REFERENCE.matcher(text);
                while (matcher.find()) {
                    references
                            .computeIfAbsent(matcher.group(1), c -> new ArrayList<>())
                            .add(file.getFileName().toString());
                }
                var lookup = INDIRECT.matcher(text);
                while (lookup.find()) {
                    indirect.add(file.getFileName() + ": " + lookup.group());
                }
            }
        }
        // the pages' maxlength attributes ask for the length too: ${@columnLengths.max('schema.table.column')}
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var matcher = TEMPLATE_REFERENCE.matcher(Files.readString(file));
                while (matcher.find()) {
                    references
                            .computeIfAbsent(matcher.group(1), c -> new ArrayList<>())
                            .add(file.getFileName().toString());
                }
            }
        }
        assertThat(indirect)
                .as("column lengths looked up by a name the scan cannot read")
                .isEmpty();
        // the modules name their columns: an empty scan would prove nothing
        assertThat(references.keySet()).hasSizeGreaterThan(40);
        var unknown = references.entrySet().stream()
                .filter(reference -> !lengths.columns().contains(reference.getKey()))
                .map(reference -> reference.getKey() + " in " + reference.getValue())
                .toList();
        assertThat(unknown).as("columns without a declared length").isEmpty();
    }

    @Test
    void theLengthsAreTheSchemasOwn() {
        assertThat(lengths.max("cases.case_party.address")).isEqualTo(200);
        var declared = db.sql(
                        """
                        select character_maximum_length from information_schema.columns
                         where table_schema = 'supervision' and table_name = 'implementation_plan'
                           and column_name = 'body'
                        """)
                .query(Integer.class)
                .single();
        assertThat(lengths.max("supervision.implementation_plan.body")).isEqualTo(declared);
        assertThat(lengths.columns()).contains("records.document.sha256", "organization.user_account.username");
    }

    @Test
    void aColumnTheSchemaDoesNotHaveIsRefusedNotUnlimited() {
        assertThatThrownBy(() -> lengths.max("cases.case_party.adress"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cases.case_party.adress");
        // a text column has no declared length: naming it for a length is an error too
        assertThatThrownBy(() -> lengths.fits("cases.enforcement_case.summary", "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void charactersAreCountedAsTheDatabaseCountsThem() {
        var max = lengths.max("cases.case_party.address");
        assertThat(lengths.fits("cases.case_party.address", "址".repeat(max))).isTrue();
        assertThat(lengths.fits("cases.case_party.address", "址".repeat(max + 1)))
                .isFalse();
        // a character outside the BMP is one character in PostgreSQL and two UTF-16 units in Java
        assertThat(lengths.fits("cases.case_party.address", "𠀀".repeat(max))).isTrue();
        assertThat(lengths.fits("cases.case_party.address", null)).isTrue();
    }
}
