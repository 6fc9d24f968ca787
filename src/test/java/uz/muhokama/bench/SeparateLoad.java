package uz.muhokama.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The HTTP load of the intake benchmarks in a JVM of its own. In the application's JVM the clients' virtual threads
 * shared the two carrier threads with the server's request threads (the application runs Tomcat on virtual threads),
 * and Tomcat's poller waited for request threads that the clients kept off the carriers: the measurement was of the two
 * fighting over one scheduler, not of the server. In its own process the load still uses the same two cores, as any
 * load generator on this machine must, but the application schedules its own threads.
 *
 * <p>The clients run on platform threads by default ({@code -Dbench.load.threads=virtual} for virtual ones) in a JVM
 * with a small heap and the serial collector ({@code -Dbench.load.jvm} to change): blocking socket calls on virtual
 * threads go through the JDK's poller, more CPU per request taken from the server's two cores. Both print the CPU
 * time each JVM spent per request ({@code BENCH cpu}), which a loaded machine distorts less than the rates.
 *
 * <p>{@link #run} starts {@link #main} with the test class path; the child posts for a while (or a total), writes the
 * acknowledged ids to a file and prints one result line, which the parent turns into an {@link IntakeRun.Result}.
 */
final class SeparateLoad {

    /** A small heap and the serial collector: the load generator should take as little of the two cores as it can. */
    private static final String DEFAULT_JVM = "-Xmx256m -XX:+UseSerialGC";

    private SeparateLoad() {
    }

    /** CPU time used by this JVM so far (all its threads, the collector's and the compiler's included). */
    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Posts {@code {"body":..., "provision":...}} as IntakeRun does, from another JVM. */
    static IntakeRun.Result run(String name, int port, String path, List<BenchSupport.Person> people, int clients,
                                long millis, long total, boolean provisions) throws Exception {
        Path peopleFile = Files.createTempFile("bench-people", ".txt");
        Path ids = Files.createTempFile("bench-ids", ".txt");
        try {
            Files.write(peopleFile, people.stream().map(BenchSupport.Person::basic).toList());
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                    .toString()));
            command.addAll(List.of(System.getProperty("bench.load.jvm", DEFAULT_JVM).strip().split("\\s+")));
            command.addAll(List.of("-Dbench.load.threads=" + System.getProperty("bench.load.threads", "platform"),
                    "-cp", classPath, SeparateLoad.class.getName(), Integer.toString(port), path,
                    peopleFile.toString(), Integer.toString(clients), Long.toString(millis), Long.toString(total),
                    Boolean.toString(provisions), ids.toString()));
            Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
            long serverCpuBefore = processCpuNanos();
            long serverCpu = 0;
            String result = null;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    if (line.startsWith("RESULT ")) {
                        result = line;
                    } else {
                        System.out.println(line);
                    }
                }
            }
            serverCpu = processCpuNanos() - serverCpuBefore;
            if (child.waitFor() != 0 || result == null) {
                throw new IllegalStateException("The load generator failed (exit " + child.exitValue() + ")");
            }
            String[] f = result.split(" ");
            ConcurrentLinkedQueue<Long> acknowledged = new ConcurrentLinkedQueue<>();
            Files.readAllLines(ids).forEach(id -> acknowledged.add(Long.parseLong(id)));
            long count = Math.max(1, Long.parseLong(f[1]) + Long.parseLong(f[2]));
            System.out.printf("BENCH cpu %-22s %2d clients: application JVM %.0f µs per request, load generator "
                    + "%.0f µs per request (%s threads)%n", name, clients, serverCpu / 1e3 / count,
                    Long.parseLong(f[7]) / 1e3 / count, System.getProperty("bench.load.threads", "platform"));
            return new IntakeRun.Result(name, clients, Long.parseLong(f[1]), Long.parseLong(f[2]),
                    Long.parseLong(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]), acknowledged);
        } finally {
            Files.deleteIfExists(peopleFile);
            Files.deleteIfExists(ids);
        }
    }

    /** Arguments: port, path, people file (one Basic header each), clients, millis, total, provisions, ids file. */
    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        String path = args[1];
        List<String> basics = Files.readAllLines(Path.of(args[2]));
        int clients = Integer.parseInt(args[3]);
        long millis = Long.parseLong(args[4]);
        long total = Long.parseLong(args[5]);
        boolean provisions = Boolean.parseBoolean(args[6]);
        PlainHttpClient[] connections = new PlainHttpClient[clients];
        for (int i = 0; i < clients; i++) {
            connections[i] = new PlainHttpClient("127.0.0.1", port);
        }
        long cpuBefore = processCpuNanos();
        IntakeRun.Result r = IntakeRun.run("child", clients, millis, total, (client, n) -> {
            String provision = !provisions || n % 4 == 3 ? ""
                    : ",\"provision\":\"" + BenchSupport.PROVISIONS.get((int) (n % 4)) + "\"";
            PlainHttpClient.Response response = connections[client].post(path, basics.get(client),
                    "{\"body\":\"Izoh raqami " + n + ": taklif matni.\"" + provision + "}");
            if (response.status() == 429) {
                return -1;
            }
            if (response.status() != 201) {
                throw new IllegalStateException(response.status() + " " + response.body());
            }
            return CommentIntakeBenchmark.postedId(response.body());
        }, System.getProperty("bench.load.threads", "platform").equals("virtual") ? Thread.ofVirtual().factory()
                : Thread.ofPlatform().factory());
        long cpu = processCpuNanos() - cpuBefore;
        List<String> lines = new ArrayList<>();
        r.ids().forEach(id -> lines.add(Long.toString(id)));
        Files.write(Path.of(args[7]), lines);
        System.out.printf(java.util.Locale.ROOT, "RESULT %d %d %d %.3f %.3f %.3f %d%n", r.acknowledged(), r.refused(),
                r.failed(), r.seconds(), r.p50(), r.p99(), cpu);
    }
}
