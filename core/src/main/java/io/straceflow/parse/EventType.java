package io.straceflow.parse;

/** What a line (or a merged pair of lines) was; {@link #json()} is the value of the {@code type} field. */
public enum EventType {
    SYSCALL("syscall"),
    SIGNAL("signal"),
    EXIT("exit"),
    KILLED("killed"),
    NOTICE("notice"),
    UNPARSED("unparsed");

    private final String json;

    EventType(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
