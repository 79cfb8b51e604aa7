package dev.gilpy;

/**
 * The jar's entry point ({@code java -jar target/gilpy.jar}). It is compiled for Java 8 (see pom.xml) so that
 * an older {@code java} on the PATH can load it and say in one line what is missing, instead of an
 * UnsupportedClassVersionError; on a JVM new enough it simply runs {@link Main}.
 */
public final class Launcher {
    private Launcher() {}

    /** The Java release the rest of gilpy is compiled for (pom.xml, maven-compiler-plugin's release). */
    static final int NEEDED = 21;

    public static void main(String[] args) {
        String spec = System.getProperty("java.specification.version", "0");
        int major;
        try {
            major = Integer.parseInt(spec.startsWith("1.") ? spec.substring(2) : spec);
        } catch (NumberFormatException e) {
            major = NEEDED;   // unknown: let Main try
        }
        if (major < NEEDED) {
            System.err.println("gilpy: needs Java " + NEEDED + " or newer, but " + System.getProperty("java.home")
                    + " is Java " + spec + "; run ./gilpy (it finds a JDK >= " + NEEDED + " itself) or set JAVA_HOME");
            System.exit(1);
        }
        Main.main(args);
    }
}
