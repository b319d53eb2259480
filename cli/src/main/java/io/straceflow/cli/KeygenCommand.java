package io.straceflow.cli;

import io.straceflow.chain.IoErrors;
import io.straceflow.chain.Keys;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code straceflow keygen FILE} (chain key) or {@code straceflow keygen --signing FILE} (Ed25519 key pair). */
@Command(
        name = "keygen",
        mixinStandardHelpOptions = true,
        description = {
            "Make a chain key: 32 random bytes as hex, owner-only permissions (rw-------).",
            "With --signing: an Ed25519 signing key FILE (owner-only) and its public key FILE.pub.",
            "Keep a copy of the chain key off this host: verify needs it, and a thief who finds it can forge."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  straceflow keygen chain.key           # for: straceflow run --key chain.key",
            "  straceflow keygen --signing sign.key  # writes sign.key and sign.key.pub"
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:key written", "2:usage error (FILE exists, directory missing, ...)"})
final class KeygenCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "key file to create (never overwritten)")
    Path file;

    @Option(names = "--signing", description = "make an Ed25519 key pair for signing checkpoints instead")
    boolean signing;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (signing) {
                Path pub = file.resolveSibling(file.getFileName() + ".pub");
                Keys.generateSigning(file, pub);
                out.println("wrote signing key " + file + " (owner-only) and public key " + pub);
            } else {
                Keys.generate(file);
                out.println("wrote chain key " + file + " (owner-only)");
            }
            out.flush();
            return 0;
        } catch (FileAlreadyExistsException e) {
            throw new UserError(ExitCodes.USAGE, e.getFile() + " exists; refusing to overwrite a key");
        } catch (NoSuchFileException e) {
            throw new UserError(ExitCodes.USAGE, "cannot create " + e.getFile() + ": no such directory");
        } catch (IOException e) {
            throw new UserError(ExitCodes.USAGE, "cannot create " + file + ": " + IoErrors.reason(e));
        } catch (RuntimeException e) {
            throw new UserError(ExitCodes.USAGE, "cannot create " + file + ": " + e.getMessage());
        }
    }
}
