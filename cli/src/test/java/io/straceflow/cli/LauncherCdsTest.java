package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's class-data archive (./straceflow): made on the first start, used after, made again when the jar or
 * the JDK changes (the JVM would skip a stale one silently, and every start would stay slow), and a failed making is
 * not tried again on every start. The real launcher script runs, copied aside with an empty jar beside it, so that
 * it neither builds nor trains for real: a stand-in JDK on PATH notes each call and makes a dummy archive.
 */
class LauncherCdsTest {
    @TempDir
    Path home;

    private Path jar;
    private Path modules;
    private Path calls;

    @BeforeEach
    void launcherAndJdk() throws Exception {
        Files.createDirectories(home.resolve("target/lib"));
        Files.copy(Repo.file("straceflow"), home.resolve("straceflow"));
        jar = Files.createFile(home.resolve("target/straceflow.jar")); // only its date counts to the launcher
        Path jdk = Files.createDirectories(home.resolve("jdk/bin"));
        modules = Files.createDirectories(home.resolve("jdk/lib")).resolve("modules");
        Files.writeString(modules, "");
        calls = home.resolve("calls.txt");
        Path java = jdk.resolve("java");
        Files.writeString(java, """
                #!/bin/sh
                # stands in for java: notes the call; a training run makes its archive unless told to fail
                for a in "$@"; do
                  case "$a" in
                    -XX:ArchiveClassesAtExit=*)
                      echo train >> "$CALLS"
                      [ -n "$FAIL_TRAINING" ] && exit 1
                      echo archive > "${a#-XX:ArchiveClassesAtExit=}"
                      exit 0 ;;
                  esac
                done
                echo "run $*" >> "$CALLS"
                """);
        assertThat(java.toFile().setExecutable(true)).isTrue();
    }

    @Test
    void madeOnceThenUsedAndMadeAgainForANewJarOrJdk() throws Exception {
        Path archive = home.resolve("target/straceflow.jsa");

        assertThat(launch(Map.of())).containsExactly("train", "run " + archiveOptions(archive));
        assertThat(archive).hasContent("archive");
        assertThat(launch(Map.of())).containsExactly("run " + archiveOptions(archive));

        rebuilt(jar); // a new build
        assertThat(launch(Map.of())).containsExactly("train", "run " + archiveOptions(archive));
        assertThat(launch(Map.of())).containsExactly("run " + archiveOptions(archive));

        // the JDK was updated in place: its modules have another date (the note's date does not matter)
        Files.setLastModifiedTime(
                modules, FileTime.fromMillis(Files.getLastModifiedTime(modules).toMillis() - 10_000));
        assertThat(launch(Map.of())).containsExactly("train", "run " + archiveOptions(archive));
        assertThat(launch(Map.of())).containsExactly("run " + archiveOptions(archive));

        assertThat(launch(Map.of("STRACEFLOW_CDS", "0"))).containsExactly("run " + plainOptions());
    }

    @Test
    void aFailedArchiveIsNotTriedOnEveryStart() throws Exception {
        Path archive = home.resolve("target/straceflow.jsa");
        assertThat(launch(Map.of("FAIL_TRAINING", "1"))).containsExactly("train", "run " + plainOptions());
        assertThat(archive).doesNotExist();
        assertThat(launch(Map.of("FAIL_TRAINING", "1"))).containsExactly("run " + plainOptions());

        rebuilt(jar); // a new build tries again
        assertThat(launch(Map.of())).containsExactly("train", "run " + archiveOptions(archive));
    }

    @Test
    void timingGetsTheLaunchersStartTime() throws Exception {
        long before = System.currentTimeMillis();
        List<String> timed = launch(Map.of("STRACEFLOW_CDS", "0", "STRACEFLOW_JAVA_OPTS", "-Dstraceflow.timing=true"));
        long after = System.currentTimeMillis();
        assertThat(timed).hasSize(1);
        String launched = timed.get(0).replaceAll(".* -Dstraceflow\\.launched=(\\S+) .*", "$1");
        assertThat(StartupTiming.launchedAt(launched)).as(timed.get(0)).isBetween(before, after);
        assertThat(launch(Map.of("STRACEFLOW_CDS", "0"))).containsExactly("run " + plainOptions());
    }

    @Test
    void aJavaOf22OrLaterGetsNativeAccessSoKafkasCodecLoadsWithoutAWarning() throws Exception {
        // JEP 472: lz4-java's System.loadLibrary prints four WARNING lines on stderr unless native access is enabled
        Path release = home.resolve("jdk/release");
        Files.writeString(
                release,
                "IMPLEMENTOR=\"Eclipse Adoptium\"\nJAVA_VERSION=\"25.0.3\"\nJAVA_VERSION_DATE=\"2026-04-21\"\n");
        Path archive = home.resolve("target/straceflow.jsa");
        List<String> calls = launch(Map.of());
        assertThat(calls).hasSize(2);
        assertThat(calls.get(0)).isEqualTo("train"); // the archive is made with the same options
        assertThat(calls.get(1))
                .isEqualTo("run -Xmx320m --enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 -Xlog:cds*=off"
                        + " -XX:SharedArchiveFile=" + archive + " -jar %JAR% --version");
        Files.writeString(release, "JAVA_VERSION=\"22\"\n");
        assertThat(launch(Map.of("STRACEFLOW_CDS", "0")))
                .containsExactly(
                        "run -Xmx320m --enable-native-access=ALL-UNNAMED -XX:TieredStopAtLevel=1 -jar %JAR% --version");
        // Java 17 and 21 do not know the option (17 would not start with it)
        Files.writeString(release, "JAVA_VERSION=\"17.0.15\"\n");
        assertThat(launch(Map.of("STRACEFLOW_CDS", "0"))).containsExactly("run " + plainOptions());
        Files.writeString(release, "JAVA_VERSION=\"21.0.2\"\n");
        assertThat(launch(Map.of("STRACEFLOW_CDS", "0"))).containsExactly("run " + plainOptions());
    }

    private static String plainOptions() {
        return "-Xmx320m -XX:TieredStopAtLevel=1 -jar %JAR% --version";
    }

    private static String archiveOptions(Path archive) {
        return "-Xmx320m -XX:TieredStopAtLevel=1 -Xlog:cds*=off -XX:SharedArchiveFile=" + archive
                + " -jar %JAR% --version";
    }

    /** Dated now, as a build would: after the note the last start wrote, before the one the next start writes. */
    private static void rebuilt(Path file) throws Exception {
        Files.setLastModifiedTime(file, FileTime.from(java.time.Instant.now()));
    }

    /** Runs {@code straceflow --version} through the launcher; the calls the stand-in java got, in order. */
    private List<String> launch(Map<String, String> env) throws Exception {
        Files.deleteIfExists(calls);
        ProcessBuilder pb = new ProcessBuilder(home.resolve("straceflow").toString(), "--version")
                .directory(home.toFile())
                .redirectErrorStream(true);
        pb.environment().remove("STRACEFLOW_CDS");
        pb.environment().remove("STRACEFLOW_JAVA_OPTS");
        pb.environment().remove("STRACEFLOW_JIT");
        pb.environment().put("PATH", home.resolve("jdk/bin") + ":" + System.getenv("PATH"));
        pb.environment().put("CALLS", calls.toString());
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return Files.readAllLines(calls).stream()
                .map(l -> l.replace(jar.toString(), "%JAR%"))
                .toList();
    }
}
