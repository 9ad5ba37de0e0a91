package org.sunlight.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Issue 15: a CSV cell a spreadsheet would run as a formula is written as text. */
class CsvCellTest {

    @Test
    void cellsBeginningWithAFormulaCharacterGetAnApostrophe() {
        assertThat(CsvCell.quote("=HYPERLINK(\"http://x.example\",\"点此\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://x.example\"\",\"\"点此\"\")\"");
        assertThat(CsvCell.quote("+86 138")).isEqualTo("\"'+86 138\"");
        assertThat(CsvCell.quote("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CsvCell.quote("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvCell.quote("\tcmd")).isEqualTo("\"'\tcmd\"");
        assertThat(CsvCell.quote("\rcmd")).isEqualTo("\"'\rcmd\"");
    }

    @Test
    void otherCellsAreOnlyQuoted() {
        assertThat(CsvCell.quote("曲阜市卫生健康局")).isEqualTo("\"曲阜市卫生健康局\"");
        assertThat(CsvCell.quote("罚款=100元")).isEqualTo("\"罚款=100元\"");
        assertThat(CsvCell.quote("100")).isEqualTo("\"100\"");
        assertThat(CsvCell.quote("")).isEqualTo("\"\"");
        assertThat(CsvCell.quote(null)).isEqualTo("\"\"");
    }
}
