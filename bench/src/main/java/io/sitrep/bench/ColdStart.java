package io.sitrep.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Time to first result from a cold start, measured from outside: starts a command (e.g.
 * {@code ./sitrep analyze article.txt}) and times the first line on its stdout. Its CPU time and peak
 * resident set come from GNU time ({@code /usr/bin/time}) when the machine has it, else the peak is sampled
 * from /proc/PID/status (VmHWM) until the process exits.
 * {@code ColdStart ENGINE CONFIG COMMAND [ARG...]}; runs it {@code -Drepeat=3} times and prints one
 * {@link RunResult} JSON line with the median time to first line and CPU time, and the largest peak RSS.
 */
public final class ColdStart {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private ColdStart() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            throw new IllegalArgumentException("usage: ColdStart ENGINE CONFIG COMMAND [ARG...]");
        }
        List<String> command = Arrays.asList(args).subList(2, args.length);
        int repeat = Integer.getInteger("repeat", 3);
        long[] firstMs = new long[repeat];
        double[] wall = new double[repeat];
        double[] cpu = new double[repeat];
        long peakMb = -1;
        for (int i = 0; i < repeat; i++) {
            double[] m = once(command);
            firstMs[i] = (long) m[0];
            wall[i] = m[1];
            cpu[i] = m[2];
            peakMb = Math.max(peakMb, (long) m[3]);
        }
        Arrays.sort(firstMs);
        Arrays.sort(wall);
        Arrays.sort(cpu);
        System.out.println(new RunResult(args[0], args[1], 1, 0, 0, wall[repeat / 2], cpu[repeat / 2], 1,
                firstMs[repeat / 2], peakMb).json());
    }

    /** Runs the command once: {time to first line ms, wall s, CPU s or -1, peak RSS MB or -1}. */
    private static double[] once(List<String> command) throws Exception {
        Path timeOut = Files.createTempFile("coldstart", ".time");
        List<String> full = new ArrayList<>();
        boolean gnuTime = Files.isExecutable(GNU_TIME);
        if (gnuTime) {
            full.addAll(List.of(GNU_TIME.toString(), "-q", "-f", "%U %S %M", "-o", timeOut.toString()));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectError(ProcessBuilder.Redirect.DISCARD);
        pb.directory(new File("."));
        long t0 = System.nanoTime();
        Process p = pb.start();
        AtomicLong peakKb = new AtomicLong(-1);
        if (!gnuTime) {
            Thread sampler = new Thread(() -> sample(p, peakKb));
            sampler.setDaemon(true);
            sampler.start();
        }
        long firstLineNs = -1;
        long chars = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (firstLineNs < 0) {
                    firstLineNs = System.nanoTime() - t0;
                }
                chars += line.length();
            }
        }
        int exit = p.waitFor();
        double wall = (System.nanoTime() - t0) / 1e9;
        if (exit != 0 || firstLineNs < 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + exit + " with " + chars + " chars of output");
        }
        double cpu = -1;
        if (gnuTime) {
            String[] f = Files.readString(timeOut).trim().split("\\s+");
            cpu = Double.parseDouble(f[0]) + Double.parseDouble(f[1]);
            peakKb.set(Long.parseLong(f[2]));
        }
        Files.deleteIfExists(timeOut);
        return new double[] {firstLineNs / 1e6, wall, cpu, peakKb.get() < 0 ? -1 : peakKb.get() / 1024.0};
    }

    private static void sample(Process p, AtomicLong peakKb) {
        String pid = Long.toString(p.pid());
        while (p.isAlive()) {
            long kb = RunResult.procStatusKb(pid, "VmHWM:");
            if (kb > peakKb.get()) {
                peakKb.set(kb);
            }
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
