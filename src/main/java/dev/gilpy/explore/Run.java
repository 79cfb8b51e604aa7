package dev.gilpy.explore;

/** One run: its outcome and the scheduler's decisions (replayable with {@code --schedule}). */
public record Run(Outcome outcome, int[] decisions, String stdout, String stderr) {

    /** The decisions without trailing zeros (a replay keeps running once the list is used up: 0). */
    public static int[] trimmed(int[] d) {
        int n = d.length;
        while (n > 0 && d[n - 1] == 0) n--;
        return java.util.Arrays.copyOf(d, n);
    }

    /** How many decisions switch threads (non-zero). */
    public static int switches(int[] d) {
        int n = 0;
        for (int x : d) if (x != 0) n++;
        return n;
    }
}
