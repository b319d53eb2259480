package io.straceflow.cli;

import io.straceflow.chain.IoErrors;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the HTML report of {@code summary --html FILE}: to a temporary file beside FILE (owner-only, like every
 * output of a trace: it holds paths and arguments), then renamed over FILE, so FILE is never half written. A FILE
 * that cannot be written is one line and exit 73.
 */
final class HtmlReportFile {
    private HtmlReportFile() {}

    static void write(Path file, String page, PrintWriter stdout) {
        if (file.toString().equals("-")) {
            stdout.print(page);
            stdout.flush();
            return;
        }
        if (Files.isDirectory(file)) {
            throw cannotWrite(file, "it is a directory");
        }
        Path parent = file.toAbsolutePath().getParent();
        Path tmp = null;
        try {
            tmp = Files.createTempFile(parent, "." + file.getFileName() + ".", ".tmp");
            Files.writeString(tmp, page, StandardCharsets.UTF_8);
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            throw cannotWrite(file, reason(e));
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the error that brought us here is the one to report
                }
            }
        }
    }

    private static UserError cannotWrite(Path file, String reason) {
        return new UserError(ExitCodes.CANT_CREATE, "cannot write the HTML report to " + file + ": " + reason);
    }

    private static String reason(IOException e) {
        return e instanceof NoSuchFileException ? "no such directory" : IoErrors.reason(e);
    }
}
