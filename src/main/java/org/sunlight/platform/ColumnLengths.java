package org.sunlight.platform;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one source of every text length the product checks: the schema. At start-up, after the migrations, it reads
 * the declared length of every {@code varchar(n)} and {@code char(n)} column of the product's schemas from
 * {@code information_schema.columns}; the API checks and the form objects ({@link ColumnLength}) ask it, so a migration
 * that changes a column's length changes the check with it. A column is named {@code schema.table.column}; a name the
 * schema does not know is a programming error and is refused, never taken as "no limit".
 *
 * <p>Lengths count characters as PostgreSQL does (code points), not Java's UTF-16 units.
 */
@Component
@DependsOnDatabaseInitialization
public class ColumnLengths {

    private final Map<String, Integer> lengths;

    ColumnLengths(JdbcClient db) {
        var read = new TreeMap<String, Integer>();
        db.sql(
                        """
                        select table_schema, table_name, column_name, character_maximum_length
                          from information_schema.columns
                         where table_schema = any (?)
                           and character_maximum_length is not null
                        """)
                .param(ModuleMigrations.modules().toArray(String[]::new))
                .query((rs, row) ->
                        Map.entry(rs.getString(1) + "." + rs.getString(2) + "." + rs.getString(3), rs.getInt(4)))
                .list()
                .forEach(entry -> read.put(entry.getKey(), entry.getValue()));
        this.lengths = Map.copyOf(read);
    }

    /**
     * The most characters the column holds.
     *
     * @param column {@code schema.table.column}, e.g. {@code cases.party.address}
     * @throws IllegalArgumentException when the schema has no such column with a declared length
     */
    public int max(String column) {
        var length = lengths.get(column);
        if (length == null) {
            throw new IllegalArgumentException("No column with a declared length named " + column);
        }
        return length;
    }

    /** Whether the value fits the column (a null value fits: whether it may be missing is another rule). */
    public boolean fits(String column, String value) {
        var max = max(column);
        return value == null || value.codePointCount(0, value.length()) <= max;
    }

    /**
     * Refuses a value longer than its column with a field error that names the field and the limit ("不能超过 n 个字"),
     * for a check that has no message of its own.
     *
     * @throws TooLong when the value does not fit
     */
    public void checkLength(String column, String field, String value) {
        if (!fits(column, value)) {
            throw new TooLong(field, max(column));
        }
    }

    /** A value longer than the column that keeps it. */
    public static final class TooLong extends Refusal {
        TooLong(String field, int max) {
            super(field, "platform.field.too-long", max);
        }
    }

    /** Every column with a declared length, as {@code schema.table.column}. */
    public Set<String> columns() {
        return lengths.keySet();
    }
}
