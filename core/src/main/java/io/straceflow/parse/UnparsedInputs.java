package io.straceflow.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Counts, per input of a trace, its lines and those the parser could not read, to tell an input that is mostly not
 * strace output ({@code replay /etc/passwd}, a program's log) from a trace with a few odd lines: all of it is kept as
 * {@code unparsed} events either way, but a user who replayed the wrong file should hear so. Inputs follow one another
 * in line order, so an event's line number tells which one it came from.
 */
public final class UnparsedInputs {
    private static final class Input {
        final String name;
        final long firstLine;
        long lines;
        long unparsed;

        Input(String name, long firstLine) {
            this.name = name;
            this.firstLine = firstLine;
        }
    }

    private final List<Input> inputs = new ArrayList<>();

    /** {@code count} lines of input {@code name} (null: a live trace), from line {@code firstLine} on. */
    public void lines(String name, long firstLine, int count) {
        Input last = inputs.isEmpty() ? null : inputs.get(inputs.size() - 1);
        if (last == null || !Objects.equals(last.name, name)) {
            last = new Input(name, firstLine);
            inputs.add(last);
        }
        last.lines += count;
    }

    /** The line {@code lineNo} became an unparsed event. */
    public void unparsed(long lineNo) {
        for (int i = inputs.size() - 1; i >= 0; i--) {
            if (inputs.get(i).firstLine <= lineNo) {
                inputs.get(i).unparsed++;
                return;
            }
        }
    }

    /** One sentence for each input of which more than half the lines were not strace output. */
    public List<String> warnings() {
        List<String> out = new ArrayList<>();
        for (Input in : inputs) {
            if (in.unparsed * 2 > in.lines) {
                out.add(String.format(
                        "%s: %d of %d lines are not strace output (kept as unparsed events)",
                        in.name == null ? "the trace" : in.name, in.unparsed, in.lines));
            }
        }
        return out;
    }
}
