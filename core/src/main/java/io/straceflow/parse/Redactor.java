package io.straceflow.parse;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Redaction of one stream of strace lines (README, "Redaction"): {@link SecretMasker} over the whole line, then for
 * execve/execveat the values of the environment ({@code "HOME=***"}: the names stay) and the argument after a flag
 * that names a secret ({@code "--password", "***"}).
 *
 * <p>It rewrites the line text before the line is parsed, so every form of it downstream carries the same masked
 * text: decoded and raw strings, unparsed lines, -k frames, the process table's argv (built from the execve event),
 * the paths of actions, and with {@code --redact-raw} syscalls.log itself. Masking an already masked line changes
 * nothing, so a replay of a redacted syscalls.log gives the same events. Single-threaded: one per stream.
 */
public final class Redactor implements UnaryOperator<String> {
    private final SecretMasker masker = new SecretMasker();
    private LineParser parser;
    private long flagged;
    private long environment;

    /** The line with its secrets masked; the same instance when it has none. */
    public String line(String line) {
        String masked = masker.mask(line);
        if (!masked.contains("execve")) {
            return masked; // the parse below only for the rare line that can be an exec
        }
        if (parser == null) {
            parser = new LineParser(ParseOptions.defaults());
        }
        return execArgs(masked, parser.parse(masked, 0));
    }

    /**
     * The first bytes of a line too long to parse, masked: secrets as in any line, and for an exec call everything
     * after its opening parenthesis, since a cut argument list cannot tell the environment from argv.
     */
    String longLine(String start) {
        String masked = masker.mask(start);
        int call = Math.max(masked.indexOf(" execve("), masked.indexOf(" execveat("));
        if (call < 0) {
            return masked;
        }
        return masked.substring(0, masked.indexOf('(', call) + 1) + SecretMasker.MASK;
    }

    /** {@link #line}: the raw stage takes the masking as a function. */
    @Override
    public String apply(String line) {
        return line(line);
    }

    /** Masks and parses a line with the stream's own parser: an exec line is parsed twice, any other once. */
    SyscallEvent parse(LineParser lineParser, String line, long lineNo) {
        String masked = masker.mask(line);
        SyscallEvent e = lineParser.parse(masked, lineNo);
        String exec = execArgs(masked, e);
        return exec == masked ? e : lineParser.parse(exec, lineNo);
    }

    /** Secrets masked so far (environment values not counted). */
    public long secrets() {
        return masker.masked() + flagged;
    }

    /** Environment values of execve/execveat masked so far (a variable named like a secret counts as a secret). */
    public long environment() {
        return environment;
    }

    private String execArgs(String line, SyscallEvent e) {
        int envp = e.type != EventType.SYSCALL || e.kind == LineKind.RESUMED || e.syscall == null
                ? -1
                : switch (e.syscall) {
                    case "execve" -> 2;
                    case "execveat" -> 3;
                    default -> -1;
                };
        if (envp < 0) {
            return line;
        }
        List<ArgValue> args = e.args();
        Edits edits = new Edits();
        int limit = line.length();
        if (args.size() > envp && args.get(envp) instanceof ArgValue.Array env) {
            limit = maskEnvironment(line, env.items(), limit, edits);
        }
        int envMasked = edits.size();
        environment += envMasked;
        if (limit >= 0 && args.size() > envp - 1 && args.get(envp - 1) instanceof ArgValue.Array argv) {
            maskFlaggedArguments(line, argv.items(), limit, edits);
        }
        flagged += edits.size() - envMasked;
        return edits.size() == 0 ? line : edits.apply(line);
    }

    /**
     * Finds each string of the array in the line from the right (the array is the last one before {@code limit}, so
     * the nearest occurrence is the member itself) and masks what follows its first '='. Returns where the array
     * starts, or -1 if a member was not found (then nothing left of it is touched).
     */
    private static int maskEnvironment(String line, List<ArgValue> items, int limit, Edits edits) {
        for (int i = items.size() - 1; i >= 0; i--) {
            if (!(items.get(i) instanceof ArgValue.Str s)) {
                continue;
            }
            int at = find(line, s, limit);
            if (at < 0) {
                return -1;
            }
            limit = at;
            String raw = s.raw();
            int eq = raw.indexOf('=');
            if (eq > 0 && eq < raw.length() - 1 && !raw.startsWith(SecretMasker.MASK, eq + 1)) {
                edits.add(at + 1 + eq + 1, at + 1 + raw.length(), SecretMasker.MASK);
            }
        }
        return limit;
    }

    private static void maskFlaggedArguments(String line, List<ArgValue> items, int limit, Edits edits) {
        int[] at = new int[items.size()];
        for (int i = items.size() - 1; i >= 0; i--) {
            at[i] = items.get(i) instanceof ArgValue.Str s ? find(line, s, limit) : -1;
            if (at[i] >= 0) {
                limit = at[i];
            }
        }
        for (int i = 1; i < items.size(); i++) {
            if (at[i] >= 0 && at[i - 1] >= 0 && SecretMasker.isSecretFlag(((ArgValue.Str) items.get(i - 1)).raw())) {
                String raw = ((ArgValue.Str) items.get(i)).raw();
                if (!raw.isEmpty() && !raw.equals(SecretMasker.MASK)) {
                    edits.add(at[i] + 1, at[i] + 1 + raw.length(), SecretMasker.MASK);
                }
            }
        }
    }

    /** Start (the opening quote) of the last {@code "raw"} that ends at or before {@code limit}, or -1. */
    private static int find(String line, ArgValue.Str s, int limit) {
        String quoted = '"' + s.raw() + '"';
        return limit < quoted.length() ? -1 : line.lastIndexOf(quoted, limit - quoted.length());
    }
}
