package org.sunlight.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the State Council notices that ship with the product ({@code calendar/holidays-cn.csv}) for every year the
 * database does not have yet; a year an administrator loaded stays as they loaded it.
 */
@Component
@Order(0)
class ShippedCalendar implements ApplicationRunner {

    static final String RESOURCE = "calendar/holidays-cn.csv";
    private static final Logger log = LoggerFactory.getLogger(ShippedCalendar.class);

    private final WorkingDays workingDays;
    private final org.sunlight.platform.ColumnLengths lengths;

    ShippedCalendar(WorkingDays workingDays, org.sunlight.platform.ColumnLengths lengths) {
        this.lengths = lengths;
        this.workingDays = workingDays;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        var loaded = workingDays.loadedYears();
        byte[] shipped;
        try (var in = new ClassPathResource(RESOURCE).getInputStream()) {
            shipped = in.readAllBytes();
        }
        var parsed = HolidayNotice.parse(new ByteArrayInputStream(shipped), HolidayNotice.Limits.of(lengths));
        if (!parsed.valid()) {
            throw new IllegalStateException("The shipped holiday calendar is invalid: " + parsed.problems());
        }
        Map<Integer, ?> missing = parsed.daysByYear().entrySet().stream()
                .filter(entry -> !loaded.contains(entry.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        if (missing.isEmpty()) {
            return;
        }
        var csv = new StringBuilder(HolidayNotice.HEADER).append('\n');
        parsed.daysByYear().forEach((year, days) -> {
            if (missing.containsKey(year)) {
                days.forEach(day -> csv.append(day.day())
                        .append(',')
                        .append(day.kind())
                        .append(',')
                        .append(day.name())
                        .append(',')
                        .append(day.source())
                        .append('\n'));
            }
        });
        var result = workingDays.importNotice(
                new ByteArrayInputStream(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                "国务院办公厅节假日安排通知（随产品发布）",
                "system");
        log.info("Loaded the shipped holiday calendar for {}", result.years());
    }
}
