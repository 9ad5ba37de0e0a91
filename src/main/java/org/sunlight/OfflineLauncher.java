package org.sunlight;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The jar's Main-Class (the build copies this class to the jar's root and names it in the manifest): {@code java -jar
 * sunlight.jar verify-draw DIR} runs the draw verifier, which needs the JDK alone, from a plain class loader over the
 * jar's own classes, without Spring Boot's launcher, which opens the two hundred libraries nested in the jar first (a
 * third of a second of a cold command that must finish in under two). Everything else, and any jar this launcher does
 * not recognise, goes to Spring Boot's launcher as before. JDK only: it runs before any library is on the class path.
 */
public final class OfflineLauncher {

    private static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";
    private static final String CLASSES = "BOOT-INF/classes/";

    private OfflineLauncher() {}

    public static void main(String[] args) throws Exception {
        var jar = args.length > 0 && "verify-draw".equals(args[0]) ? jar() : null;
        if (jar != null) {
            try (var loader = new URLClassLoader(
                    new URL[] {new URL(String.join("", "jar:", jar.toUri().toString(), "!/", CLASSES))},
                    OfflineLauncher.class.getClassLoader())) {
                var verifier = loader.loadClass("org.sunlight.inspection.DrawVerifier");
                var run = verifier.getMethod("run", PrintStream.class, String[].class);
                System.exit((int) invoke(run, System.out, Arrays.copyOfRange(args, 1, args.length)));
            } catch (ClassNotFoundException e) {
                // not a jar this launcher knows: Spring Boot's launcher runs the command as before
            }
        }
        invoke(Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class), (Object) args);
    }

    /** The jar file this class was loaded from, or null. */
    private static Path jar() {
        try {
            var source = OfflineLauncher.class.getProtectionDomain().getCodeSource();
            var path = source == null ? null : Path.of(source.getLocation().toURI());
            return path != null && Files.isRegularFile(path) ? path : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** Calls a static method, throwing what it throws. */
    private static Object invoke(java.lang.reflect.Method method, Object... arguments) throws Exception {
        try {
            return method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
