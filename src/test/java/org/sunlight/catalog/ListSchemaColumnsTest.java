package org.sunlight.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sunlight.organization.EnforcementCategory;
import org.sunlight.platform.ColumnLengths;

/**
 * Issue 14, item 1: a list's fields are kept in {@code catalog.list_entry} (the key, the title and the category in
 * their own columns, everything in {@code data}); whatever a field's length allows on import fits the column that
 * keeps it, so an import never fails in the database or gets cut.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ListSchemaColumnsTest {

    @Autowired
    ColumnLengths lengths;

    @Test
    void theKeyTitleAndCategoryOfEveryListFitTheirColumns() {
        for (var kind : ListKind.values()) {
            var schema = ListSchema.of(kind);
            assertThat(schema.field(schema.keyField()).orElseThrow().maxLength())
                    .as("%s key", kind)
                    .isLessThanOrEqualTo(lengths.max("catalog.list_entry.entry_key"));
            assertThat(schema.field(schema.titleField()).orElseThrow().maxLength())
                    .as("%s title", kind)
                    .isLessThanOrEqualTo(lengths.max("catalog.list_entry.title"));
        }
        // a category is stored by its name, whatever label the list uses
        var longest = Arrays.stream(EnforcementCategory.values())
                .mapToInt(category -> category.name().length())
                .max()
                .orElseThrow();
        assertThat(longest).isLessThanOrEqualTo(lengths.max("catalog.list_entry.category"));
    }
}
