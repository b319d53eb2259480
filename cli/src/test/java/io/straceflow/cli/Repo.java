package io.straceflow.cli;

import java.nio.file.Path;

/**
 * The repository's files that the tests check (the launcher script, docs/, examples/): at the repository root, one
 * folder above this module (the build's straceflow.root), whatever folder Surefire runs the tests in.
 */
public final class Repo {
    private Repo() {}

    /** {@code relative}, resolved against the repository root, absolute. */
    public static Path file(String relative) {
        return Path.of(System.getProperty("straceflow.root", ".."))
                .resolve(relative)
                .toAbsolutePath()
                .normalize();
    }
}
