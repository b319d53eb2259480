package io.straceflow.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The headed groups of options in a command's {@code --help}, in this order; an option names its group with
 * {@link In}. An option without one is listed last, under "Other options:" (the standard --help and --version).
 */
enum HelpGroup {
    TRACING("Tracing"),
    OUTPUT("Output"),
    INTEGRITY("Integrity"),
    KAFKA("Kafka"),
    METRICS("Metrics");

    private final String heading;

    HelpGroup(String heading) {
        this.heading = heading;
    }

    String heading() {
        return heading;
    }

    /** The help group of the option this field declares. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface In {
        HelpGroup value();

        /**
         * Only a live trace (run, attach) uses it: replay hides it ({@link #hideLiveOnly}) and, given it, says that it
         * ignores it (it always accepted it).
         */
        boolean liveOnly() default false;
    }

    /** The group an option declares, or null. */
    static In of(OptionSpec option) {
        return option.userObject() instanceof Field f ? f.getAnnotation(In.class) : null;
    }

    /** The live-only options that {@code commandLine}'s last parse matched, by their longest name. */
    static List<String> liveOnlyGiven(CommandLine commandLine) {
        List<String> given = new ArrayList<>();
        for (OptionSpec o : commandLine.getParseResult().matchedOptions()) {
            In in = of(o);
            if (in != null && in.liveOnly()) {
                given.add(o.longestName());
            }
        }
        return given;
    }

    /**
     * Hides the live-only options of a command that does not trace live (replay): picocli then leaves them out of its
     * help and its suggestions, and still accepts them.
     */
    static void hideLiveOnly(CommandLine cl) {
        CommandSpec spec = cl.getCommandSpec();
        for (OptionSpec o : List.copyOf(spec.options())) {
            In in = of(o);
            if (in != null && in.liveOnly()) {
                spec.remove(o);
                spec.addOption(o.toBuilder().hidden(true).build());
            }
        }
    }

    /**
     * Lists the options of a command under the headings of their groups, replacing picocli's one alphabetical list
     * (the help section {@link CommandLine.Model.UsageMessageSpec#SECTION_KEY_OPTION_LIST}).
     */
    static final class Renderer implements CommandLine.IHelpSectionRenderer {
        static void install(CommandLine cl) {
            cl.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_OPTION_LIST, new Renderer());
        }

        @Override
        public String render(CommandLine.Help help) {
            CommandSpec spec = help.commandSpec();
            StringBuilder b = new StringBuilder();
            for (HelpGroup g : values()) {
                section(b, help, g.heading() + ":", spec, g);
            }
            section(b, help, b.length() == 0 ? "Options:" : "Other options:", spec, null);
            return b.toString();
        }

        private static void section(
                StringBuilder b, CommandLine.Help help, String heading, CommandSpec spec, HelpGroup g) {
            List<OptionSpec> shown = new ArrayList<>();
            for (OptionSpec o : spec.options()) {
                In in = of(o);
                if (!o.hidden() && (in == null ? g == null : in.value() == g)) {
                    shown.add(o);
                }
            }
            if (shown.isEmpty()) {
                return;
            }
            CommandLine.Help.Layout layout = help.createDefaultLayout();
            layout.addOptions(shown, help.createDefaultParamLabelRenderer());
            b.append(String.format("%n%s%n", heading)).append(layout);
        }
    }
}
