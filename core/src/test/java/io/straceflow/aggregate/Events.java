package io.straceflow.aggregate;

import io.straceflow.parse.EventAssembler;
import io.straceflow.parse.ParseOptions;
import io.straceflow.parse.SyscallEvent;
import io.straceflow.testing.TraceDate;
import java.util.ArrayList;
import java.util.List;

/** Test events made the way production makes them: strace lines through the real parser. */
final class Events {
    private Events() {}

    static List<SyscallEvent> parse(List<String> lines) {
        EventAssembler asm = new EventAssembler(
                ParseOptions.builder().baseDate(TraceDate.DAY).utc().build());
        List<SyscallEvent> out = new ArrayList<>();
        long n = 0;
        for (String line : lines) {
            asm.accept(line, ++n, out::add);
        }
        asm.finish(out::add);
        return out;
    }

    /** {@code hh:mm:ss.uuuuuu} for a time given in microseconds after 10:00:00. */
    static String ts(long micros) {
        long s = micros / 1_000_000;
        return String.format("%02d:%02d:%02d.%06d", 10 + s / 3600, (s / 60) % 60, s % 60, micros % 1_000_000);
    }

    static String read(int pid, long atMicros, int fd, String path, int bytes) {
        return pid + "  " + ts(atMicros) + " read(" + fd + "<" + path + ">, \"\"..., 4096) = " + bytes;
    }

    static String write(int pid, long atMicros, int fd, String path, int bytes) {
        return pid + "  " + ts(atMicros) + " write(" + fd + "<" + path + ">, \"x\"..., " + bytes + ") = " + bytes;
    }

    static String line(int pid, long atMicros, String call) {
        return pid + "  " + ts(atMicros) + " " + call;
    }
}
