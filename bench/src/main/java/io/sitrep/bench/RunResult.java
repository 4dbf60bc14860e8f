package io.sitrep.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One measured run of one engine in one JVM, printed as a JSON line that {@link Report} reads.
 *
 * @param engine        "sitrep", "corenlp-ner", "corenlp-full", "sitrep-cli", "sitrep-spark"
 * @param config        what varied (threads, annotators, master)
 * @param articles      articles analysed in the timed part
 * @param tokens        tokens in them, as the engine itself tokenised them
 * @param chars         characters of article text in them (engine-neutral size of the work)
 * @param seconds       wall time of the timed part
 * @param cpuSeconds    CPU time the whole process used during the timed part (all threads, GC and JIT
 *                      included), or -1 when unknown; per-core rates divide by it, so they hold on a
 *                      machine that other work shares
 * @param cores         cores the run was allowed to use (threads, Spark slots)
 * @param firstResultMs from JVM start to the first analysed article (models loaded, cold code), or -1
 * @param peakRssMb     the process's peak resident set (VmHWM), or -1
 */
public record RunResult(String engine, String config, long articles, long tokens, long chars, double seconds,
                        double cpuSeconds, int cores, long firstResultMs, long peakRssMb) {

    public double articlesPerSec() {
        return articles / seconds;
    }

    public double tokensPerSec() {
        return tokens / seconds;
    }

    /** Tokens per CPU second when the CPU time is known, else per wall second and core. */
    public double tokensPerSecPerCore() {
        return cpuSeconds > 0 ? tokens / cpuSeconds : tokensPerSec() / Math.max(1, cores);
    }

    /** Characters of text per CPU second (engine-neutral), as {@link #tokensPerSecPerCore()}. */
    public double charsPerSecPerCore() {
        return cpuSeconds > 0 ? chars / cpuSeconds : chars / seconds / Math.max(1, cores);
    }

    public String json() {
        return String.format(Locale.ROOT, "{\"engine\":\"%s\",\"config\":\"%s\",\"articles\":%d,\"tokens\":%d,"
                        + "\"chars\":%d,\"seconds\":%.3f,\"cpuSeconds\":%.3f,\"cores\":%d,\"firstResultMs\":%d,\"peakRssMb\":%d}",
                engine, config.replace("\"", "'"), articles, tokens, chars, seconds, cpuSeconds, cores, firstResultMs, peakRssMb);
    }

    /** Milliseconds since this JVM started (the launcher's start, as close as Java can tell). */
    public static long sinceJvmStartMs() {
        return System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
    }

    /** CPU time this process has used so far (all threads), in seconds, or -1 when the JVM cannot tell. */
    public static double processCpuSeconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long ns = os.getProcessCpuTime();
            return ns < 0 ? -1 : ns / 1e9;
        }
        return -1;
    }

    /** The system's load average over the last minute, as a hint of how much other work shared the machine. */
    public static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** This process's peak resident set in MB, from /proc (Linux), or -1 elsewhere. */
    public static long processPeakRssMb() {
        long kb = procStatusKb("self", "VmHWM:");
        return kb < 0 ? -1 : kb / 1024;
    }

    /** A "kB" field of /proc/PID/status, or -1 when it cannot be read. */
    public static long procStatusKb(String pid, String field) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
                if (line.startsWith(field)) {
                    return Long.parseLong(line.substring(field.length()).trim().split("\\s+")[0]);
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
