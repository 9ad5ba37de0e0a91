package org.sunlight.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.TreeSet;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Migrates each module's schema on its own: the scripts under {@code db/migration/<module>/} run in the PostgreSQL
 * schema named after the module, with that schema's own history table, so that modules version their tables
 * independently.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

    private static final String ROOT = "db/migration/";

    @Override
    public void migrate(Flyway flyway) {
        for (var module : modules()) {
            Flyway.configure()
                    .configuration(flyway.getConfiguration())
                    .schemas(module)
                    .defaultSchema(module)
                    .locations("classpath:" + ROOT + module)
                    .load()
                    .migrate();
        }
    }

    /** The modules that ship migrations, in a stable order. */
    static TreeSet<String> modules() {
        try {
            var scripts = new PathMatchingResourcePatternResolver().getResources("classpath*:" + ROOT + "*/V*.sql");
            return Arrays.stream(scripts)
                    .map(ModuleMigrations::moduleOf)
                    .filter(Objects::nonNull)
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String moduleOf(Resource script) {
        try {
            var url = script.getURL().toString();
            var start = url.lastIndexOf(ROOT);
            if (start < 0) {
                return null;
            }
            var rest = url.substring(start + ROOT.length());
            var slash = rest.indexOf('/');
            return slash > 0 ? rest.substring(0, slash) : null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
