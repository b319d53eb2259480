package io.straceflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The route files a run loads are named one by one (a classpath wildcard scans the class path on every run): every
 * file of routes/ must be among them, routes/kafka.yaml only when shipping, and the user's directory after them.
 */
class RouteFilesTest {
    @Test
    void everyPipelineRouteFileIsLoadedAndKafkaOnlyWhenShipping() throws IOException {
        List<String> shipping = loaded(PipelineRunner.routeFiles(true, null));
        List<String> local = loaded(PipelineRunner.routeFiles(false, null));

        try (Stream<Path> files = Files.list(Repo.file("routes"))) {
            List<String> all = files.map(f -> "classpath:routes/" + f.getFileName())
                    .filter(f -> f.endsWith(".yaml"))
                    .toList();
            assertThat(shipping).containsExactlyInAnyOrderElementsOf(all);
            assertThat(local)
                    .containsExactlyInAnyOrderElementsOf(
                            all.stream().filter(f -> !f.endsWith("/kafka.yaml")).toList());
        }
    }

    @Test
    void theUsersRoutesComeLast() {
        List<String> withUsers = loaded(PipelineRunner.routeFiles(false, Path.of("/tmp/my-routes")));
        assertThat(withUsers.get(withUsers.size() - 1)).isEqualTo("file:/tmp/my-routes/*.yaml");
    }

    private static List<String> loaded(java.util.Map<String, String> properties) {
        assertThat(properties).containsOnlyKeys("camel.main.routes-include-pattern");
        return Arrays.asList(properties.get("camel.main.routes-include-pattern").split(","));
    }
}
