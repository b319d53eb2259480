package io.straceflow.cli;

import io.straceflow.config.Settings;

/**
 * What is masked in a run (README, "Redaction"): the events (and enriched, actions, run.json) unless --no-redact,
 * syscalls.log with --redact-raw; each also from -Dstraceflow.redact / -Dstraceflow.redact-raw or
 * application.properties, resolved once here so that run.json and the routes agree.
 */
record Redaction(boolean events, boolean raw) {

    static Redaction of(TraceOptions options) {
        Settings settings = new Settings();
        boolean events =
                Boolean.parseBoolean(settings.get(options.noRedact ? "false" : null, "straceflow.redact", "true"));
        boolean raw =
                Boolean.parseBoolean(settings.get(options.redactRaw ? "true" : null, "straceflow.redact-raw", "false"));
        if (raw && !events) {
            // the raw lines masked but not the events made from them: surely not what was meant
            throw new UserError(ExitCodes.USAGE, "--redact-raw cannot go with --no-redact");
        }
        return new Redaction(events, raw);
    }
}
