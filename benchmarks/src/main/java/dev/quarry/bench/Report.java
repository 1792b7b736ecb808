package dev.quarry.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks with JSON results and prints each contender's time as a ratio to the
 * hand-written JDBC method ({@code jdbc}) of the same class and parameters, measured in the same run.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.quarry.bench.Report [JMH options] [--json FILE]
 * java -cp benchmarks/target/benchmarks.jar dev.quarry.bench.Report --from FILE
 * </pre>
 *
 * The JMH options are those of {@code java -jar benchmarks.jar -h}; {@code --json} says where the
 * JSON goes (default {@code jmh-result.json}); {@code --from} prints the ratios of an earlier run.
 */
public final class Report {
    private static final String BASELINE = "jdbc";

    private Report() {}

    public static void main(String[] args) throws IOException, RunnerException, CommandLineOptionException {
        List<String> jmhArgs = new ArrayList<>(Arrays.asList(args));
        Path json = Path.of("jmh-result.json");
        int from = jmhArgs.indexOf("--from");
        if (from >= 0) {
            print(Path.of(jmhArgs.get(from + 1)));
            return;
        }
        int to = jmhArgs.indexOf("--json");
        if (to >= 0) {
            json = Path.of(jmhArgs.get(to + 1));
            jmhArgs.subList(to, to + 2).clear();
        }
        CommandLineOptions options = new CommandLineOptions(jmhArgs.toArray(String[]::new));
        new Runner(new OptionsBuilder().parent(options)
                .resultFormat(ResultFormatType.JSON)
                .result(json.toString())
                .build()).run();
        print(json);
    }

    /** {@code allocated} is bytes per operation, NaN unless the run had {@code -prof gc}. */
    private record Score(String contender, double score, double error, String unit, double allocated) {}

    static void print(Path json) throws IOException {
        Map<String, List<Score>> groups = new LinkedHashMap<>();
        for (JsonNode result : new ObjectMapper().readTree(json.toFile())) {
            String benchmark = result.get("benchmark").asText();
            int dot = benchmark.lastIndexOf('.');
            String benchClass = benchmark.substring(benchmark.lastIndexOf('.', dot - 1) + 1, dot);
            StringBuilder key = new StringBuilder(benchClass);
            JsonNode params = result.get("params");
            if (params != null) {
                params.fields().forEachRemaining(p -> key.append(' ').append(p.getKey()).append('=')
                        .append(p.getValue().asText()));
            }
            JsonNode metric = result.get("primaryMetric");
            double error = metric.get("scoreError").asDouble();
            groups.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(new Score(
                    benchmark.substring(dot + 1), metric.get("score").asDouble(),
                    Double.isNaN(error) ? 0 : error, metric.get("scoreUnit").asText(), allocated(result)));
        }
        System.out.println();
        String format = "%-34s %-16s %20s %-6s %8s %14s %8s%n";
        System.out.printf(Locale.ROOT, format,
                "benchmark", "contender", "score ± error", "unit", "vs jdbc", "alloc B/op", "vs jdbc");
        for (Map.Entry<String, List<Score>> group : groups.entrySet()) {
            Score baseline = group.getValue().stream()
                    .filter(s -> s.contender().equals(BASELINE)).findFirst().orElse(null);
            for (Score s : group.getValue()) {
                System.out.printf(Locale.ROOT, format, group.getKey(), s.contender(),
                        String.format(Locale.ROOT, "%.1f ± %.1f", s.score(), s.error()), s.unit(),
                        ratio(s.score(), baseline == null ? Double.NaN : baseline.score()),
                        Double.isNaN(s.allocated()) ? "-" : String.format(Locale.ROOT, "%.0f", s.allocated()),
                        ratio(s.allocated(), baseline == null ? Double.NaN : baseline.allocated()));
            }
        }
    }

    private static String ratio(double value, double baseline) {
        return Double.isNaN(value) || Double.isNaN(baseline) || baseline == 0
                ? "-"
                : String.format(Locale.ROOT, "%.2f", value / baseline);
    }

    /** Bytes allocated per operation: JMH's gc profiler names the metric with a leading middle dot. */
    private static double allocated(JsonNode result) {
        JsonNode secondary = result.get("secondaryMetrics");
        if (secondary != null) {
            for (var it = secondary.fields(); it.hasNext(); ) {
                var metric = it.next();
                if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
                    return metric.getValue().get("score").asDouble();
                }
            }
        }
        return Double.NaN;
    }
}
