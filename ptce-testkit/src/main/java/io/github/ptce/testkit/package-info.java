/**
 * The test kit of schemes, bundled or of one's own: {@link io.github.ptce.testkit.SchemeCases} runs
 * case files (and compares their {@link io.github.ptce.testkit.CaseDigest digests}), {@link
 * io.github.ptce.testkit.MessageParity} checks that French and English texts are in step, {@link
 * io.github.ptce.testkit.SchemeDocs} writes the Markdown page of schemes, and {@link
 * io.github.ptce.testkit.GoldenFile} keeps generated files committed and up to date. Plain APIs
 * that throw {@link java.lang.AssertionError}s, and JUnit 5 dynamic tests; a test-scoped
 * dependency, {@code io.github.ptce:ptce-testkit}.
 */
@NullMarked
package io.github.ptce.testkit;

import org.jspecify.annotations.NullMarked;
