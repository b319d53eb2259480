package io.straceflow.routes;

import static org.assertj.core.api.Assertions.assertThat;

import io.straceflow.aggregate.Action;
import io.straceflow.chain.Verifier;
import io.straceflow.chain.VerifyOptions;
import io.straceflow.chain.VerifyReport;
import io.straceflow.cli.CliRun;
import io.straceflow.config.Settings;
import io.straceflow.parse.EventBatch;
import io.straceflow.strace.LineBatch;
import io.straceflow.strace.StraceConstants;
import io.straceflow.strace.TraceEnd;
import io.straceflow.testing.FixedTrace;
import io.straceflow.testing.TraceDate;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.spi.Registry;
import org.apache.camel.support.DefaultRegistry;
import org.apache.camel.test.junit5.TestExecutionConfiguration;
import org.apache.camel.test.main.junit5.CamelMainTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * routes/*.yaml under camel-main (camel-test-main-junit5), loaded as {@code straceflow replay} loads them: the
 * product's application.properties, the command line's override properties and beans (CliRun), the committed
 * {@link FixedTrace} as the trace. Mocks woven in at the direct: endpoints between the stages see what each stage
 * is handed; a NotifyBuilder waits for the end of the trace to leave the trace route.
 */
class PipelineRoutesTest extends CamelMainTestSupport {
    private static final long WAIT_SECONDS = 60;
    private static final Pattern HASH_FIELD = Pattern.compile(",\"_h\":\"[0-9a-f]+\"}$");
    private static final Map<String, String> RECORDS_BEFORE_THE_REFACTOR = Map.of(
            // issue 21: decoded strings without the printed text again ("raw"); every other byte as before: the
            // build before (2f22880), its "raw" members deleted, gives these digests
            "events.jsonl", "b9f4516923e11eaf96be1b4251b76ed547640a4f83e6b65d1efe9f63906547c2",
            "enriched.jsonl", "1f2b695bc257382c191f67bf3181bca9e673f86d87837bde0482aaa81fadebc7",
            // issue 20: an fd-less action's path/paths only from path arguments (6 actions lost getrandom's bytes or
            // getcwd's result there; every other field as before: checked against a replay by the build before)
            "actions.jsonl", "882a3816441cd36788f4406ad90fbc7884d8dce649e848b59f023eca3dff899e");

    @TempDir
    Path work;

    private Path out;
    private CliRun cli;

    @Override
    public void configureTest(TestExecutionConfiguration test) {
        super.configureTest(test);
        // the strace: consumer reads the trace as soon as the context starts: each test advises the routes, sets its
        // expectations and then starts it
        test.withUseAdviceWith(true);
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        out = work.resolve("out");
        cli = CliRun.replay(
                "-q",
                "-o",
                out.toString(),
                "--date",
                TraceDate.OPTION,
                // user sinks (--to), as a user's route would have them: every test's records also reach these
                "--to",
                "raw=mock:raw-sink",
                "--to",
                "events=mock:events-sink",
                "--to",
                "actions=mock:actions-sink",
                FixedTrace.file().toString());
        camelContextConfiguration().withUseOverridePropertiesWithPropertiesComponent(cli.properties());
        return super.createCamelContext();
    }

    /** The product's defaults, where the command line reads them (straceflow-core's straceflow/application.properties). */
    @Override
    protected String getPropertyPlaceholderLocations() {
        return "classpath:" + Settings.DEFAULTS;
    }

    /**
     * The command line's beans. camel-main creates the YAML's beans while it reads the routes (inside
     * createCamelContext), and they refer to these: bindToRegistry, @BindToRegistry and camel-main configurations all
     * come later (tried: "Error creating bean: streams ... tap=#streamTap"), so the only hook early enough in
     * camel-test-junit5 4.18.0 is this deprecated one (its replacement, CamelContextConfiguration.withRegistry, is
     * never read there).
     */
    @Override
    @SuppressWarnings("deprecation")
    protected Registry createCamelRegistry() {
        Registry registry = new DefaultRegistry();
        cli.beans().forEach(registry::bind);
        return registry;
    }

    @AfterEach
    void releaseTheOutputDirectory() throws Exception {
        if (cli != null) {
            cli.close();
        }
    }

    @Test
    void everyStageSeesTheWholeTraceAndTheStreamsVerify() throws Exception {
        mock("raw-out", "mock:raw");
        mock("events-out", "mock:events");
        mock("actions-out", "mock:actions");
        MockEndpoint raw = getMockEndpoint("mock:raw");
        MockEndpoint events = getMockEndpoint("mock:events");
        MockEndpoint actions = getMockEndpoint("mock:actions");
        raw.expectedMinimumMessageCount(3); // at least two batches of lines, then the end
        raw.message(0).body().isInstanceOf(LineBatch.class);
        events.expectedMinimumMessageCount(3);
        events.allMessages().body().isInstanceOf(EventBatch.class);
        actions.expectedMessageCount((int) FixedTrace.ACTIONS + 1); // every action, then the end
        actions.message((int) FixedTrace.ACTIONS).body().isInstanceOf(TraceEnd.class);
        actions.message((int) FixedTrace.ACTIONS).header(StraceConstants.KIND).isEqualTo(StraceConstants.KIND_END);
        NotifyBuilder traced = endOfTrace();

        context.start();

        assertThat(traced.matches(WAIT_SECONDS, TimeUnit.SECONDS))
                .as("the end of the trace left the trace route")
                .isTrue();
        MockEndpoint.assertIsSatisfied(WAIT_SECONDS, TimeUnit.SECONDS, raw, events, actions);

        // raw: every line, once, in order, then the end
        List<Object> rawBodies = bodies(raw);
        assertThat(rawBodies.get(rawBodies.size() - 1)).isEqualTo(new TraceEnd(0, FixedTrace.LINES, 0, null));
        List<LineBatch> lines = rawBodies.subList(0, rawBodies.size() - 1).stream()
                .map(LineBatch.class::cast)
                .toList();
        assertThat(lines.stream().mapToLong(LineBatch::size).sum()).isEqualTo(FixedTrace.LINES);
        // events: one batch per batch of lines, the last one carrying the end (and the events it completed)
        List<EventBatch> eventBatches =
                bodies(events).stream().map(EventBatch.class::cast).toList();
        assertThat(eventBatches).hasSize(lines.size() + 1);
        assertThat(eventBatches.get(eventBatches.size() - 1).end()).isNotNull();
        assertThat(eventBatches.stream().mapToLong(EventBatch::size).sum()).isEqualTo(FixedTrace.EVENTS);
        assertThat(eventBatches.stream().mapToLong(EventBatch::lineCount).sum()).isEqualTo(FixedTrace.LINES);
        // actions: every one before the end
        assertThat(bodies(actions).subList(0, (int) FixedTrace.ACTIONS)).allMatch(Action.class::isInstance);

        // how the trace ended, and the run's counters, as the command line reports them
        assertThat(cli.control().awaitEnd(WAIT_SECONDS, TimeUnit.SECONDS))
                .isEqualTo(new TraceEnd(0, FixedTrace.LINES, 0, null));
        assertThat(cli.stats().get("lines")).isEqualTo(FixedTrace.LINES);
        assertThat(cli.stats().get("events")).isEqualTo(FixedTrace.EVENTS);
        assertThat(cli.stats().get("actions")).isEqualTo(FixedTrace.ACTIONS);
        assertThat(cli.stats().get("processes")).isEqualTo(FixedTrace.PROCESSES);

        // the four streams: sealed, every chain intact, one record per line, event and action (run.json and its seal
        // are the command line's, written around the routes)
        assertThat(Files.readAllBytes(out.resolve("syscalls.log"))).isEqualTo(Files.readAllBytes(FixedTrace.file()));
        assertThat(records(out.resolve("events.jsonl"))).isEqualTo(FixedTrace.EVENTS);
        assertThat(records(out.resolve("enriched.jsonl"))).isEqualTo(FixedTrace.EVENTS);
        assertThat(records(out.resolve("actions.jsonl"))).isEqualTo(FixedTrace.ACTIONS);
        VerifyReport report =
                new Verifier().verify(out, VerifyOptions.of(null, null).withoutManifest());
        assertThat(report.exitCode()).as(report.toString()).isEqualTo(VerifyReport.EXIT_OK);
    }

    /**
     * The streams' records, apart from their chain fields (hashes and control records depend on the run id), are the
     * ones the build before the routes refactor (issue 17; main at 1279fd4 and at 734ac9b) wrote for this trace: the refactor moves
     * the hashing and the writing, not the content. A change that means to change the records updates the digests
     * (the failure message gives the new ones); otherwise compare the files in the output directory with a replay of
     * the same trace by that build ({@code straceflow replay --date 2026-11-26}).
     */
    @Test
    void theRecordsAreTheOnesTheBuildBeforeTheRefactorWrote() throws Exception {
        NotifyBuilder traced = endOfTrace();

        context.start();

        assertThat(traced.matches(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.control().awaitEnd(WAIT_SECONDS, TimeUnit.SECONDS).exitCode())
                .isZero();
        Map<String, String> digests = new LinkedHashMap<>();
        for (String stream : List.of("events.jsonl", "enriched.jsonl", "actions.jsonl")) {
            digests.put(stream, recordsDigest(out.resolve(stream)));
        }
        assertThat(digests).as("records in " + out).isEqualTo(RECORDS_BEFORE_THE_REFACTOR);
    }

    /**
     * --to STREAM=URI: every record of the stream reaches the URI as one exchange, in order, its body the record as
     * its file holds it (without the newline), with the run, the stream and the record's line as headers.
     */
    @Test
    void everyRecordReachesTheUserSinksWithItsHeaders() throws Exception {
        MockEndpoint raw = getMockEndpoint("mock:raw-sink");
        MockEndpoint events = getMockEndpoint("mock:events-sink");
        MockEndpoint actions = getMockEndpoint("mock:actions-sink");
        raw.expectedMessageCount((int) FixedTrace.LINES);
        events.expectedMessageCount((int) FixedTrace.EVENTS);
        actions.expectedMessageCount((int) FixedTrace.ACTIONS);
        for (MockEndpoint m : List.of(raw, events, actions)) {
            m.allMessages().body().isInstanceOf(String.class);
            m.allMessages().header("straceflow.run").isNotNull();
        }
        events.expectedHeaderValuesReceivedInAnyOrder("straceflow.stream", repeat("events.jsonl", FixedTrace.EVENTS));
        NotifyBuilder traced = endOfTrace();

        context.start();

        assertThat(traced.matches(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.control().awaitEnd(WAIT_SECONDS, TimeUnit.SECONDS).exitCode())
                .isZero();
        MockEndpoint.assertIsSatisfied(WAIT_SECONDS, TimeUnit.SECONDS, raw, events, actions);
        assertThat(bodies(raw)).isEqualTo(List.copyOf(Files.readAllLines(FixedTrace.file())));
        for (var stream :
                Map.of("events.jsonl", events, "actions.jsonl", actions).entrySet()) {
            List<String> records = Files.readAllLines(out.resolve(stream.getKey())).stream()
                    .filter(l -> !l.contains("\"_ctl\":"))
                    .toList();
            assertThat(bodies(stream.getValue())).as(stream.getKey()).isEqualTo(List.copyOf(records));
            List<Object> seqs = stream.getValue().getReceivedExchanges().stream()
                    .map(e -> e.getMessage().getHeader("straceflow.seq"))
                    .toList();
            assertThat(seqs)
                    .as(stream.getKey() + ": straceflow.seq is each record's _seq")
                    .isEqualTo(records.stream()
                            .map(r -> (Object) Long.valueOf(r.substring("{\"_seq\":".length(), r.indexOf(','))))
                            .toList());
        }
    }

    /**
     * The type converters: a component asking for a String (or bytes, or an InputStream) gets JSON. An action and a
     * batch of events convert to exactly the members their records carry in the files, without the chain fields.
     */
    @Test
    void theTypeConvertersGiveTheRecordsAsJson() throws Exception {
        mock("events-out", "mock:events");
        mock("actions-out", "mock:actions");
        MockEndpoint events = getMockEndpoint("mock:events");
        MockEndpoint actions = getMockEndpoint("mock:actions");
        actions.expectedMessageCount((int) FixedTrace.ACTIONS + 1); // every action, then the end
        NotifyBuilder traced = endOfTrace();

        context.start();

        assertThat(traced.matches(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(cli.control().awaitEnd(WAIT_SECONDS, TimeUnit.SECONDS).exitCode())
                .isZero();
        MockEndpoint.assertIsSatisfied(WAIT_SECONDS, TimeUnit.SECONDS, actions);
        var convert = context.getTypeConverter();
        List<String> actionJson = bodies(actions).stream()
                .filter(Action.class::isInstance)
                .map(a -> convert.convertTo(String.class, a))
                .toList();
        assertThat(actionJson).isEqualTo(withoutChainFields(out.resolve("actions.jsonl")));
        List<String> eventJson = bodies(events).stream()
                .flatMap(b -> convert.convertTo(String.class, b).lines())
                .toList();
        assertThat(eventJson).isEqualTo(withoutChainFields(out.resolve("events.jsonl")));
        Exchange first = actions.getReceivedExchanges().get(0);
        assertThat(convert.convertTo(byte[].class, first.getMessage().getBody()))
                .isEqualTo(actionJson.get(0).getBytes(StandardCharsets.UTF_8));
    }

    /** A JSONL stream's records as JSON objects without the chain's members ({@code _seq}, {@code _h}). */
    private static List<String> withoutChainFields(Path file) throws Exception {
        return Files.readAllLines(file).stream()
                .filter(l -> !l.contains("\"_ctl\":"))
                .map(l -> "{" + l.substring(l.indexOf(',') + 1))
                .map(l -> HASH_FIELD.matcher(l).replaceFirst("}"))
                .toList();
    }

    private static List<Object> repeat(String value, long n) {
        return java.util.Collections.nCopies((int) n, value);
    }

    @Test
    void aFailingStageFailsTheRun() throws Exception {
        AdviceWith.adviceWith(
                context,
                "enriched",
                a -> a.weaveAddFirst().throwException(new IllegalStateException("planted enrich failure")));
        NotifyBuilder traced = endOfTrace();

        context.start();

        assertThat(traced.matches(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        TraceEnd end = cli.control().awaitEnd(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(end.exitCode()).isEqualTo(70);
        assertThat(end.failure()).isEqualTo("planted enrich failure");
    }

    /** An Error (out of memory, a stack overflow) on the downstream thread ends the run too, and does not hang it. */
    @Test
    void anErrorInAStageFailsTheRunAndDoesNotHangIt() throws Exception {
        AdviceWith.adviceWith(
                context,
                "enriched",
                a -> a.weaveAddFirst().process(e -> {
                    throw new OutOfMemoryError("planted out of memory");
                }));
        NotifyBuilder traced = endOfTrace();

        context.start();

        assertThat(traced.matches(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        TraceEnd end = cli.control().awaitEnd(WAIT_SECONDS, TimeUnit.SECONDS);
        assertThat(end).isNotNull();
        assertThat(end.exitCode()).isEqualTo(70);
        assertThat(end.failure()).contains("planted out of memory");
    }

    /** Adds a mock as the first step of a route: it sees every exchange the route is handed. */
    private void mock(String routeId, String mockUri) throws Exception {
        AdviceWith.adviceWith(context, routeId, a -> a.weaveAddFirst().to(mockUri));
    }

    /** Done when the end-of-trace exchange has been through the trace route (and so through every stage). */
    private NotifyBuilder endOfTrace() {
        return new NotifyBuilder(context)
                .fromRoute("trace")
                .filter(e ->
                        StraceConstants.KIND_END.equals(e.getMessage().getHeader(StraceConstants.KIND, String.class)))
                .whenDone(1)
                .create();
    }

    private static List<Object> bodies(MockEndpoint mock) {
        return mock.getReceivedExchanges().stream()
                .map(Exchange::getMessage)
                .map(m -> m.getBody())
                .toList();
    }

    /**
     * SHA-256 of a JSONL stream's records, one a line, without the chain's control records and each record's hash
     * ({@code _h}); {@code _seq} stays.
     */
    private static String recordsDigest(Path file) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.contains("\"_ctl\":")) {
                sha.update(HASH_FIELD.matcher(line).replaceFirst("}").getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Records of a JSONL stream, without its chain's control records (open, checkpoint, close). */
    private static long records(Path file) throws Exception {
        try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.filter(l -> !l.contains("\"_ctl\":")).count();
        }
    }
}
