package io.straceflow.quarkus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * A trace configured by properties ({@code straceflow.mode}, {@code straceflow.out} …, for a deployed application
 * configured through -D, the environment or its application.properties), as the command line that means the same:
 * {@code MODE OPTIONS -- INPUTS}. The command line then checks and runs it as any other, so the two ways of saying a
 * trace cannot drift apart. A bad mode, or no input, is an IllegalArgumentException: a usage error (exit 2). Settings that are properties under camel-main too (straceflow.sink, straceflow.kafka.*,
 * straceflow.metrics-*, straceflow.redact, straceflow.max-line-bytes …) are read as properties there.
 */
final class PropertyArgs {
    private PropertyArgs() {}

    /**
     * @param property a property's value, empty when unset or blank
     * @param args the application's arguments: the program (run), pids (attach) or files (replay); none: the
     *     properties straceflow.command, straceflow.attach-pids or straceflow.files
     */
    static List<String> of(Function<String, Optional<String>> property, String... args) {
        String mode = property.apply("straceflow.mode").orElse("run").strip().toLowerCase(Locale.ROOT);
        if (!List.of("run", "attach", "replay").contains(mode)) {
            throw new IllegalArgumentException("straceflow.mode: run, attach or replay, not " + mode);
        }
        List<String> argv = new ArrayList<>(List.of(mode));
        property.apply("straceflow.out").ifPresent(v -> argv.addAll(List.of("--out", v)));
        flag(property, "straceflow.force", "--force", argv);
        flag(property, "straceflow.quiet", "--quiet", argv);
        property.apply("straceflow.strace-options")
                .ifPresent(v -> split(v, "\\s+").forEach(o -> argv.add("--strace-opt=" + o)));
        for (String[] p : new String[][] {
            {"straceflow.grace", "--grace"},
            {"straceflow.key", "--key"},
            {"straceflow.signing-key", "--signing-key"},
            {"straceflow.date", "--date"},
            {"straceflow.window", "--window"},
            {"straceflow.routes", "--routes"}
        }) {
            property.apply(p[0]).ifPresent(v -> argv.add(p[1] + "=" + v.strip()));
        }
        if (mode.equals("run")) { // run's own option
            property.apply("straceflow.cpus").ifPresent(v -> argv.add("--cpus=" + v.strip()));
        }
        for (String stream : List.of("raw", "events", "enriched", "actions")) {
            property.apply("straceflow.sinks." + stream)
                    .ifPresent(uris ->
                            split(uris, ",").forEach(uri -> argv.addAll(List.of("--to", stream + "=" + uri))));
        }
        List<String> inputs = new ArrayList<>(Arrays.asList(args));
        if (!inputs.isEmpty() && inputs.get(0).equals("--")) {
            inputs.remove(0);
        }
        if (inputs.isEmpty()) {
            String key = switch (mode) {
                case "run" -> "straceflow.command";
                case "attach" -> "straceflow.attach-pids";
                default -> "straceflow.files";
            };
            inputs.addAll(split(property.apply(key).orElse(""), mode.equals("run") ? "\\s+" : ","));
            if (inputs.isEmpty()) {
                throw new IllegalArgumentException(
                        mode + ": no " + (mode.equals("run") ? "program" : mode.equals("attach") ? "pid" : "input")
                                + " (arguments, or " + key + ")");
            }
        }
        argv.add("--");
        argv.addAll(inputs);
        return argv;
    }

    private static void flag(
            Function<String, Optional<String>> property, String key, String option, List<String> argv) {
        if (property.apply(key).map(v -> Boolean.parseBoolean(v.strip())).orElse(false)) {
            argv.add(option);
        }
    }

    private static List<String> split(String s, String regex) {
        return Arrays.stream(s.strip().split(regex))
                .map(String::strip)
                .filter(x -> !x.isEmpty())
                .toList();
    }
}
