package io.straceflow.cli;

import io.straceflow.chain.IoErrors;
import io.straceflow.chain.Keys;
import io.straceflow.chain.Verifier;
import io.straceflow.chain.VerifyOptions;
import io.straceflow.chain.VerifyReport;
import io.straceflow.kafka.KafkaReadBack;
import io.straceflow.kafka.KafkaUnavailableException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code straceflow verify DIR [--key FILE] [--pubkey FILE] [--json]}, or {@code verify --kafka-brokers B
 * --topic-prefix P --run RUN} for a run read back from Kafka.
 */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check the hash chains of every stream in an output directory, and run.json against its seal.",
            "Prints one line per stream and one for run.json: OK with the record count, WARN, or FAIL with the first"
                    + " bad record."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  straceflow verify out",
            "  # keyed tags, and checkpoints signed by the key pair of 'keygen --signing'",
            "  straceflow verify --key chain.key --pubkey sign.key.pub out",
            "  # a run read back from Kafka",
            "  straceflow verify --kafka-brokers 127.0.0.1:9092 --run RUN_ID"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every stream and run.json intact and sealed",
            "1:tampered, truncated or missing",
            "2:usage error (bad arguments, unreadable key, DIR not a directory)",
            "3:nothing tampered, but warnings: a stream or run.json was not sealed (writer killed), or run.json is of"
                    + " a format that was not sealed",
            "75:--kafka-brokers: no broker reachable"
        })
final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", arity = "0..1", paramLabel = "DIR", description = "output directory of a run")
    Path dir;

    @HelpGroup.In(HelpGroup.KAFKA)
    @Option(
            names = "--kafka-brokers",
            paramLabel = "HOST:PORT[,...]",
            description = "verify a run read back from Kafka instead of a directory (needs --run)")
    String kafkaBrokers;

    @HelpGroup.In(HelpGroup.KAFKA)
    @Option(names = "--topic-prefix", paramLabel = "P", description = "topic prefix of the run (default strace)")
    String topicPrefix = "strace";

    @HelpGroup.In(HelpGroup.KAFKA)
    @Option(names = "--run", paramLabel = "RUN", description = "run id (run_id in run.json)")
    String run;

    @HelpGroup.In(HelpGroup.KAFKA)
    @Option(
            names = "--kafka-timeout",
            paramLabel = "SECONDS",
            description = "bound on reaching the broker and reading the run (default 30)")
    double kafkaTimeoutSeconds = 30;

    @HelpGroup.In(HelpGroup.INTEGRITY)
    @Option(
            names = "--key",
            paramLabel = "FILE",
            description = "chain key: every tag is checked and every stream must be keyed")
    Path key;

    @HelpGroup.In(HelpGroup.INTEGRITY)
    @Option(
            names = "--pubkey",
            paramLabel = "FILE",
            description = "Ed25519 public key: every checkpoint note must be signed by it")
    Path pubkey;

    @HelpGroup.In(HelpGroup.OUTPUT)
    @Option(names = "--json", description = "print the report as one JSON document")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path fetched = null;
        try {
            if (kafkaBrokers != null) {
                if (run == null || dir != null) {
                    throw new UserError(ExitCodes.USAGE, "verify --kafka-brokers takes --run RUN and no DIR");
                }
                fetched = fromKafka(err);
                dir = fetched;
            } else if (dir == null) {
                throw new UserError(ExitCodes.USAGE, "a DIR (or --kafka-brokers B --run RUN) is required");
            }
            if (!Files.isDirectory(dir)) {
                throw new UserError(ExitCodes.USAGE, dir + " is not a directory");
            }
            byte[] chainKey = key == null ? null : Keys.load(key);
            Ed25519PublicKeyParameters pub = pubkey == null ? null : Keys.loadPublic(pubkey);
            VerifyOptions opts = VerifyOptions.of(chainKey, pub);
            // Kafka carries the four streams, not run.json and its seal
            VerifyReport report = new Verifier().verify(dir, kafkaBrokers != null ? opts.withoutManifest() : opts);
            out.print(json ? ReportFormat.json(report) : ReportFormat.text(report));
            out.flush();
            return report.exitCode();
        } catch (UserError e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCodes.USAGE, "no such file: " + e.getFile());
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, IoErrors.describe(e));
        } catch (RuntimeException e) {
            throw new UserError(ExitCodes.USAGE, String.valueOf(e.getMessage()));
        } catch (KafkaUnavailableException e) {
            throw new UserError(ExitCodes.KAFKA_UNREACHABLE, e.getMessage());
        } finally {
            if (fetched != null) {
                deleteTree(fetched);
            }
        }
    }

    /** The run's topics laid out as an output directory in a private temp dir (removed afterwards). */
    private Path fromKafka(PrintWriter err) throws IOException, KafkaUnavailableException {
        Path tmp = Files.createTempDirectory("straceflow-verify-");
        try {
            java.util.Map<String, Long> counts = new KafkaReadBack(
                            kafkaBrokers,
                            topicPrefix,
                            java.time.Duration.ofMillis(Math.round(kafkaTimeoutSeconds * 1000)))
                    .fetch(run, tmp);
            if (counts.isEmpty()) {
                err.println("straceflow: no records of run " + run + " in " + topicPrefix + ".*");
                err.flush();
            }
            return tmp;
        } catch (IOException | KafkaUnavailableException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /** Removes {@code dir} and everything in it, as far as it can (a leftover temporary directory is harmless). */
    static void deleteTree(Path dir) {
        try (java.util.stream.Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(f);
            }
        } catch (IOException e) {
            // a leftover temp dir is harmless
        }
    }
}
