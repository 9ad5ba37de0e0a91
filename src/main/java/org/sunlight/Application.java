package org.sunlight;

import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.session.SessionAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.sunlight.platform.Verification;

/**
 * Sunlight (阳光执法): enforcement disclosure, whole-process recording and legal review. Boot's session
 * auto-configuration is off: the sessions go to PostgreSQL only when {@code sunlight.sessions.store=jdbc} says so
 * ({@code platform.JdbcSessions}), not whenever Spring Session is on the class path.
 */
@SpringBootApplication(exclude = SessionAutoConfiguration.class)
@ConfigurationPropertiesScan
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        if (args.length > 0 && "verify".equals(args[0])) {
            System.exit(verify(System.out, Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "rotate-key".equals(args[0])) {
            System.exit(rotateKey(System.out, Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "verify-archive".equals(args[0])) {
            // offline: no Spring, no database
            System.exit(org.sunlight.archive.ArchiveVerifier.run(System.out, Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "monitor".equals(args[0])) {
            // over HTTP: no Spring, no database
            System.exit(org.sunlight.audit.TreeHeadMonitor.run(System.out, Arrays.copyOfRange(args, 1, args.length)));
        }
        if (args.length > 0 && "verify-draw".equals(args[0])) {
            // offline: no Spring, no database
            System.exit(org.sunlight.inspection.DrawVerifier.run(System.out, Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(Application.class, args);
    }

    /**
     * The {@code verify} command: starts the product without a web server, the audit integrator or the demo history's
     * generator, runs every integrity check, prints the report and answers the exit status, 0 when nothing was found and
     * 1 otherwise.
     */
    static int verify(PrintStream out, String... args) {
        try (var context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                // a check writes nothing: no integration, and no demo history generated behind it
                .properties("sunlight.audit.integrate=false", "sunlight.demo-data.history.enabled=false")
                .run(args)) {
            var verification = context.getBean(Verification.class);
            var report = verification.run((check, checked) -> {});
            verification.print(report, out);
            return report.clean() ? 0 : 1;
        }
    }

    /**
     * The {@code rotate-key} command: starts the product without a web server, the scheduled integrator or the demo
     * history's generator, retires the audit log's signing key and makes a new one current (issue 14), prints the two
     * key ids and answers 0.
     */
    public static int rotateKey(PrintStream out, String... args) {
        try (var context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.NONE)
                .properties("sunlight.audit.integrate=false", "sunlight.demo-data.history.enabled=false")
                .run(args)) {
            var rotated = context.getBean(org.sunlight.audit.KeyRotation.class).rotate(null, null);
            out.println("审计日志签名密钥已轮换 / audit log signing key rotated at tree size " + rotated.treeSize());
            out.println("  停用 / retired: " + rotated.retiredKeyId());
            out.println("  现用 / current: " + rotated.currentKeyId());
            return 0;
        }
    }
}
