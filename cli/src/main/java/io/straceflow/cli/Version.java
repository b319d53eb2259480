package io.straceflow.cli;

import picocli.CommandLine.IVersionProvider;

/** Version from the jar manifest (set by Maven), "dev" when run from classes. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Version.class.getPackage().getImplementationVersion();
        return new String[] {"straceflow " + (v == null ? "dev" : v)};
    }
}
