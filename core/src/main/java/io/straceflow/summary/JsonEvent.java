package io.straceflow.summary;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** An event read from a line of enriched.jsonl: the {@link SummaryEvent} facts of its Jackson tree. */
final class JsonEvent implements SummaryEvent {
    private final JsonNode e;

    JsonEvent(JsonNode e) {
        this.e = e;
    }

    @Override
    public String type() {
        return e.path("type").asText();
    }

    @Override
    public long pid() {
        return e.path("pid").asLong();
    }

    @Override
    public Long timeUs() {
        return e.path("time_us").isNumber() ? e.get("time_us").asLong() : null;
    }

    @Override
    public Long durationUs() {
        return e.path("duration_us").isNumber() ? e.get("duration_us").asLong() : null;
    }

    @Override
    public String syscall() {
        return e.path("syscall").asText();
    }

    @Override
    public boolean unfinished() {
        return e.path("unfinished").asBoolean(false);
    }

    @Override
    public Long ret() {
        return e.path("ret").isNumber() ? e.get("ret").asLong() : null;
    }

    @Override
    public String errno() {
        return e.hasNonNull("errno") ? e.get("errno").asText() : null;
    }

    @Override
    public boolean hasFd() {
        return e.has("fd");
    }

    @Override
    public ArgNode args() {
        return JsonArg.of(e.path("args"));
    }

    @Override
    public ArgNode retFd() {
        return JsonArg.of(e.path("ret_fd"));
    }

    @Override
    public int exitCode() {
        return e.path("exit_code").asInt();
    }

    @Override
    public String signal() {
        return e.path("signal").asText();
    }

    @Override
    public Process process() {
        JsonNode p = e.path("process");
        return p.isMissingNode() ? null : new JsonProcess(p);
    }

    private record JsonProcess(JsonNode p) implements Process {
        @Override
        public String id() {
            return p.path("id").asText();
        }

        @Override
        public long tgid() {
            return p.path("tgid").asLong();
        }

        @Override
        public String parentId() {
            JsonNode parent = p.path("ancestors").path(0);
            return parent.isMissingNode() ? null : parent.path("id").asText();
        }

        @Override
        public Long startUs() {
            return p.path("start_us").isNumber() ? p.get("start_us").asLong() : null;
        }

        @Override
        public String exe() {
            return p.hasNonNull("exe") ? p.get("exe").asText() : null;
        }

        @Override
        public List<String> argv() {
            JsonNode argv = p.path("argv");
            if (!argv.isArray()) {
                return null;
            }
            List<String> out = new ArrayList<>(argv.size());
            argv.forEach(a -> out.add(a.asText()));
            return out;
        }
    }
}
