package dev.gilpy.explore;

/**
 * What one run of a program showed: its standard output, the last line of its standard error, its exit
 * status, whether it deadlocked, and whether some thread died of an uncaught exception. Runs are grouped
 * by this value; two runs with equal outcomes are the same behaviour.
 */
public record Outcome(String stdout, String lastErrLine, int exitStatus, boolean deadlock, boolean threadFailed,
                      String value) {

    /** A script's outcome (no return value). */
    public Outcome(String stdout, String lastErrLine, int exitStatus, boolean deadlock, boolean threadFailed) {
        this(stdout, lastErrLine, exitStatus, deadlock, threadFailed, null);
    }

    /** A bad outcome: an uncaught exception in any thread, a non-zero exit, or a deadlock. */
    public boolean failed() { return deadlock || threadFailed || exitStatus != 0; }

    /** A short description for the table: the first lines of stdout and what went wrong. */
    public String summary(int maxLines) {
        StringBuilder sb = new StringBuilder();
        if (deadlock) sb.append("deadlock");
        if (value != null && !deadlock && exitStatus == 0) sb.append("returned ").append(value);
        String[] lines = stdout.isEmpty() ? new String[0] : stdout.split("\n", -1);
        int n = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        for (int i = 0; i < Math.min(n, maxLines); i++) {
            if (sb.length() > 0) sb.append(" | ");
            sb.append(lines[i]);
        }
        if (n > maxLines) sb.append(" | ... (").append(n - maxLines).append(" more lines)");
        if (!deadlock && !lastErrLine.isEmpty()) {
            if (sb.length() > 0) sb.append(" | ");
            sb.append("stderr: ").append(lastErrLine);
        }
        if (exitStatus != 0 && !deadlock) sb.append(sb.length() > 0 ? " | " : "").append("exit ").append(exitStatus);
        if (sb.length() == 0) sb.append("(no output)");
        return sb.toString();
    }

    /** The last non-blank line of a stderr text ("" when there is none). */
    public static String lastLine(String err) {
        String[] lines = err.split("\n");
        for (int i = lines.length - 1; i >= 0; i--) if (!lines[i].isBlank()) return lines[i].stripTrailing();
        return "";
    }
}
