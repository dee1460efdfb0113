/**
 * Test support for ptce and for the modules that build on ptce-core: QuickTheories generators of every model
 * type ({@link io.github.ptce.core.testing.PtceGenerators}), hand-made clusters
 * ({@link io.github.ptce.core.testing.Fixtures}) and checks of value semantics
 * ({@link io.github.ptce.core.testing.ValueChecks}).
 *
 * <p>Shipped in the {@code test-jar} of ptce-core; depends only on ptce-core and
 * {@code org.quicktheories:quicktheories}, which the consuming module declares with test scope.
 */
package io.github.ptce.core.testing;
