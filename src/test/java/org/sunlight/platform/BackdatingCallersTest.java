package org.sunlight.platform;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Backdating dates everything a thread does (acts, documents, audit entries) in the past. The product promises that
 * nothing is altered unseen, so only the demo history's generator may do it: no other class of the product calls it.
 */
class BackdatingCallersTest {

    @Test
    void onlyTheDemoHistoryBackdates() {
        var product = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sunlight");
        noClasses()
                .that()
                .resideOutsideOfPackages("org.sunlight.demo..")
                .and()
                .doNotBelongToAnyOf(Backdating.class)
                .should()
                .callMethod(Backdating.class, "run", Instant.class, Runnable.class)
                .because("only the demo history's generator may date work in the past")
                .check(product);
    }
}
