package org.sunlight.demo;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.sunlight.platform.DemoData;

/**
 * Starts the demo's year of history once the product is up, on a thread of its own, so that the first start is not
 * held up by it: the portal and the console answer at once and fill up while the log says how far it got. Only on a
 * database that has the demo data and no case of a demo county yet; never when {@code
 * sunlight.demo-data.history.enabled} is false (the tests' setting).
 */
@Component
class DemoHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final DemoData demoData;
    private final DemoHistoryProperties properties;
    private final HistoryGenerator generator;
    private volatile Thread thread;
    private volatile boolean finished;

    DemoHistory(DemoData demoData, DemoHistoryProperties properties, HistoryGenerator generator) {
        this.demoData = demoData;
        this.properties = properties;
        this.generator = generator;
    }

    @EventListener
    void start(ApplicationReadyEvent ready) {
        if (!demoData.enabled() || !properties.enabled() || properties.casesPerCounty() <= 0) {
            finished = true;
            return;
        }
        log.info(
                "演示数据：产品已就绪（启动用时 {} 毫秒），一年的历史在后台生成",
                ready.getTimeTaken() == null ? "?" : ready.getTimeTaken().toMillis());
        thread = new Thread(
                () -> {
                    try {
                        generator.generate();
                    } catch (RuntimeException e) {
                        log.warn("演示数据：一年的历史未能生成", e);
                    } finally {
                        finished = true;
                    }
                },
                "demo-history");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the generation is over (or never started). */
    boolean finished() {
        return finished;
    }

    @PreDestroy
    void stop() throws InterruptedException {
        generator.stop();
        var running = thread;
        if (running != null) {
            running.join(10_000);
        }
    }
}
