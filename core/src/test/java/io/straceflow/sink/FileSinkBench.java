package io.straceflow.sink;

import io.straceflow.chain.RunKeys;
import io.straceflow.hash.ChainStamp;
import io.straceflow.hash.Payloads;
import io.straceflow.hash.RunChains;
import io.straceflow.hash.Stamped;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

/**
 * The file sink of a stream: straceflow's {@code chainfile:} against Camel's {@code file:} producer (append, with and
 * without its fsync of every write), on the stamped batches a replay makes: one action per exchange (actions.jsonl
 * gets one exchange per action) and batches of 250 events (events.jsonl, one per 64 KiB of trace). Prints the median
 * wall time per exchange and per record of RUNS passes. Run by bench/filesink.sh.
 */
public final class FileSinkBench {
    private FileSinkBench() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path work = Files.createTempDirectory("filesink-bench");
        try (DefaultCamelContext camel = new DefaultCamelContext()) {
            camel.start();
            ProducerTemplate t = camel.createProducerTemplate();
            for (int perBatch : new int[] {1, 250}) {
                int batches = perBatch == 1 ? 20_000 : 400;
                List<Stamped> stamped = stamped(camel, work.resolve("chains-" + perBatch), batches, perBatch);
                for (String sink : new String[] {"chainfile", "file (no fsync)", "file (fsync, its default)"}) {
                    double[] nanos = new double[runs];
                    for (int r = 0; r < runs; r++) {
                        Path dir = Files.createDirectory(
                                work.resolve("out-" + perBatch + "-" + sink.hashCode() + "-" + r));
                        String uri = switch (sink) {
                            case "chainfile" -> "chainfile:" + dir;
                            case "file (no fsync)" ->
                                "file:" + dir + "?fileName=actions.jsonl&fileExist=Append&forceWrites=false";
                            default -> "file:" + dir + "?fileName=actions.jsonl&fileExist=Append";
                        };
                        long t0 = System.nanoTime();
                        for (Stamped s : stamped) {
                            t.sendBody(uri, s);
                        }
                        nanos[r] = (System.nanoTime() - t0) / (double) stamped.size();
                    }
                    Arrays.sort(nanos);
                    double median = nanos[runs / 2];
                    System.out.printf(
                            "%-27s %3d records/exchange: %8.1f us/exchange %7.2f us/record (median of %d)%n",
                            sink, perBatch, median / 1000, median / 1000 / perBatch, runs);
                }
            }
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder())
                        .forEach(p -> p.toFile().delete());
            }
        }
    }

    /** {@code batches} stamped batches of actions.jsonl, {@code perBatch} records of ~300 bytes each. */
    private static List<Stamped> stamped(DefaultCamelContext camel, Path dir, int batches, int perBatch)
            throws Exception {
        RunChains chains = new RunChains();
        chains.setDir(dir.toString());
        chains.setKeys(RunKeys.none());
        ChainStamp stamp = new ChainStamp();
        stamp.setChains(chains);
        stamp.setStream("actions.jsonl");
        byte[] record = ("\"pid\":4242,\"fd\":3,\"path\":\"/usr/share/zoneinfo/Europe/Paris\",\"op\":\"read\","
                        + "\"syscalls\":{\"read\":12},\"count\":12,\"bytes\":49152,\"errors\":{},\"start\":\"12:00:00.000001\","
                        + "\"end\":\"12:00:00.004242\",\"start_us\":1796400000000001,\"end_us\":1796400000004242,"
                        + "\"event_seqs\":[101,102,103,104,105,106,107,108,109,110,111,112]")
                .getBytes(StandardCharsets.UTF_8);
        List<Stamped> out = new ArrayList<>();
        for (int b = 0; b < batches; b++) {
            Payloads p = new Payloads();
            for (int i = 0; i < perBatch; i++) {
                p.add(record, 0, record.length);
            }
            Exchange x = new DefaultExchange(camel);
            x.getMessage().setBody(p);
            stamp.process(x);
            out.add(x.getMessage().getBody(Stamped.class));
        }
        return out;
    }
}
