package io.straceflow.cli;

import io.straceflow.chain.Keys;
import io.straceflow.chain.Verifier;
import io.straceflow.chain.VerifyOptions;
import io.straceflow.chain.VerifyReport;
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

/** {@code straceflow verify DIR [--key FILE] [--pubkey FILE] [--json]}. */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Check the hash chains of every stream in an output directory.",
            "Prints one line per stream: OK with the record count, WARN, or FAIL with the first bad record."
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:every stream intact and sealed",
            "1:tampered, truncated or missing",
            "2:usage error (bad arguments, unreadable key, DIR not a directory)",
            "3:nothing tampered, but warnings: a stream was not closed (writer killed), its tail is unsealed"
        })
public final class VerifyCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DIR", description = "output directory of a run")
    Path dir;

    @Option(
            names = "--key",
            paramLabel = "FILE",
            description = "chain key: every tag is checked and every stream must be keyed")
    Path key;

    @Option(
            names = "--pubkey",
            paramLabel = "FILE",
            description = "Ed25519 public key: every checkpoint note must be signed by it")
    Path pubkey;

    @Option(names = "--json", description = "print the report as one JSON document")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (!Files.isDirectory(dir)) {
                return usage(err, dir + " is not a directory");
            }
            byte[] chainKey = key == null ? null : Keys.load(key);
            Ed25519PublicKeyParameters pub = pubkey == null ? null : Keys.loadPublic(pubkey);
            VerifyReport report = new Verifier().verify(dir, VerifyOptions.of(chainKey, pub));
            out.print(json ? ReportFormat.json(report) : ReportFormat.text(report));
            out.flush();
            return report.exitCode();
        } catch (NoSuchFileException e) {
            return usage(err, "no such file: " + e.getFile());
        } catch (IOException | RuntimeException e) {
            return usage(err, String.valueOf(e.getMessage()));
        }
    }

    static int usage(PrintWriter err, String message) {
        err.println("straceflow: " + message);
        err.flush();
        return VerifyReport.EXIT_USAGE;
    }
}
