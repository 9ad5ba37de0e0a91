package org.sunlight.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sunlight.inspection.InspectionFixtures.HEADERS;
import static org.sunlight.inspection.InspectionFixtures.aCreditCode;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.sunlight.platform.ColumnLengths;

/** Sheets are read row by row, each row's problems named once by its header. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SubjectSheetsTest {

    @Autowired
    ColumnLengths lengths;

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void eachBadFieldOfARowIsNamedOnceWithItsRowNumber() throws Exception {
        var good = aCreditCode(7);
        var badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        var file = Files.createTempFile("sheet", ".xlsx");
        Files.write(
                file,
                InspectionFixtures.sheet(
                        List.of("填报单位：曲阜市卫生健康局"),
                        HEADERS,
                        List.of("好的一行", good, "", "公共场所", "地址1", "鲁城街道", "A", "正常经营", "2026/5/1"),
                        List.of("校验码错", badCheck, "", "美食", "地址2", "鲁城街道", "E", "正常经营", "")));
        var rows = new ArrayList<SubjectSheets.SheetRow>();
        SubjectSheets.read(file, rows::add);
        var problems = new ArrayList<SubjectSheets.SheetProblem>();

        var first = SubjectSheets.parse(rows.get(0), TODAY, lengths, problems);
        var second = SubjectSheets.parse(rows.get(1), TODAY, lengths, problems);

        assertThat(first.lastInspectedOn()).isEqualTo(LocalDate.of(2026, 5, 1));
        assertThat(first.category()).isEqualTo(SubjectCategory.PUBLIC_PLACE);
        assertThat(second).isNull();
        assertThat(problems)
                .extracting(SubjectSheets.SheetProblem::row, SubjectSheets.SheetProblem::header)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(4, "监管类别"),
                        org.assertj.core.groups.Tuple.tuple(4, "风险等级"),
                        org.assertj.core.groups.Tuple.tuple(4, "统一社会信用代码"));
        Files.delete(file);
    }
}
