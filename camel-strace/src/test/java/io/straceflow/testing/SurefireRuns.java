package io.straceflow.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.platform.commons.annotation.Testable;

/**
 * Surefire runs only the classes its includes name (the parent pom: {@code **}{@code /*Test.java}); a class of tests
 * named otherwise compiles, and then silently never runs (the parser's fuzz properties were such a class). This check
 * finds every compiled test class of a module (a method annotated, directly or through a meta-annotation, with JUnit's
 * {@link Testable}: {@code @Test}, {@code @ParameterizedTest}, jqwik's {@code @Property} and {@code @Example} all are)
 * and fails for any whose name Surefire would not run. Each module runs it from an EveryTestClassRunsTest of its own.
 */
public final class SurefireRuns {
    private SurefireRuns() {}

    /** The pom's Surefire include, as a class-name rule. */
    private static boolean surefireRuns(String simpleName) {
        return simpleName.endsWith("Test");
    }

    /**
     * Fails for any test class, in the folder (or jar) {@code anchor} was loaded from, whose name Surefire would not
     * run; and when fewer than {@code atLeast} classes with tests are found, so that a scan that sees nothing fails.
     */
    public static void assertEveryTestClassRuns(Class<?> anchor, int atLeast) throws Exception {
        List<Class<?>> classes = testClasses(anchor);
        Set<String> withTests = new TreeSet<>();
        for (Class<?> c : classes) {
            if (!Modifier.isAbstract(c.getModifiers()) && hasTests(c)) {
                withTests.add(topLevel(c).getName());
            }
        }
        // the scan itself must see the suite, or an empty result would pass
        assertThat(withTests).contains(anchor.getName()).hasSizeGreaterThanOrEqualTo(atLeast);
        assertThat(withTests.stream().filter(n -> !surefireRuns(n.substring(n.lastIndexOf('.') + 1))))
                .as("test classes that Surefire never runs: rename them to end in Test (pom.xml's include)")
                .isEmpty();
    }

    private static List<Class<?>> testClasses(Class<?> anchor)
            throws IOException, URISyntaxException, ClassNotFoundException {
        Path root = Path.of(
                anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names;
        try (Stream<Path> files = Files.walk(root)) {
            names = files.filter(p -> p.toString().endsWith(".class"))
                    .map(p -> root.relativize(p).toString())
                    .map(s -> s.substring(0, s.length() - ".class".length()).replace('/', '.'))
                    .toList();
        }
        ClassLoader loader = anchor.getClassLoader();
        List<Class<?>> out = new java.util.ArrayList<>();
        for (String name : names) {
            out.add(Class.forName(name, false, loader));
        }
        return out;
    }

    private static boolean hasTests(Class<?> c) {
        for (Method m : c.getDeclaredMethods()) {
            for (Annotation a : m.getDeclaredAnnotations()) {
                if (isTestable(a.annotationType(), new HashSet<>())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the annotation is {@link Testable} or carries it through its own annotations (cycles stopped). */
    private static boolean isTestable(Class<? extends Annotation> type, Set<Class<?>> seen) {
        if (type == Testable.class) {
            return true;
        }
        if (!seen.add(type)) {
            return false;
        }
        for (Annotation meta : type.getDeclaredAnnotations()) {
            if (isTestable(meta.annotationType(), seen)) {
                return true;
            }
        }
        return false;
    }

    private static Class<?> topLevel(Class<?> c) {
        Class<?> top = c;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        return top;
    }
}
