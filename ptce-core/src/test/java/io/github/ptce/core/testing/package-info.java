/**
 * Test support for ptce and for the modules that build on ptce-core: QuickTheories generators of
 * every model type ({@link io.github.ptce.core.testing.PtceGenerators}), hand-made clusters ({@link
 * io.github.ptce.core.testing.Fixtures}), checks of value semantics ({@link
 * io.github.ptce.core.testing.ValueChecks}) and the corpus of bad inputs with the expected result
 * of each ({@link io.github.ptce.core.testing.BadInputs}), which every entry point that reads a
 * cluster runs.
 *
 * <p>Shipped in the {@code test-jar} of ptce-core; depends only on ptce-core and {@code
 * org.quicktheories:quicktheories}, which the consuming module declares with test scope.
 */
package io.github.ptce.core.testing;
