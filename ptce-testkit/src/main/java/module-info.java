/**
 * ptce-testkit: the test kit of schemes, bundled or of one's own (case files, digests, the
 * French/English message parity, the documentation of schemes), used from JUnit 5 tests.
 */
module io.github.ptce.testkit {
  // The kit runs the engine on clusters and returns its reports: its API names both modules' types.
  requires transitive io.github.ptce.rules;
  // SchemeCases returns JUnit's DynamicNode and DynamicTest.
  requires transitive org.junit.jupiter.api;
  // The case files are read with Jackson's tree model.
  requires tools.jackson.databind;
  // See ptce-core's module-info: JSpecify's annotations are part of the API.
  requires static transitive org.jspecify;

  exports io.github.ptce.testkit;
}
