/**
 * ptce-core: the immutable model of a PTCE, French reference geography, validation with French and
 * English messages, and the JSON format of the model.
 *
 * <p>Every package but {@code io.github.ptce.core.internal} is API. The internal package is
 * exported only to the ptce modules that use it, and to Hibernate Validator for the one constraint
 * validator it holds.
 */
// "module": the qualified exports name ptce modules that are compiled after this one (javac warns
// that it cannot
// find them). "requires-automatic": Immutables' annotations have no module descriptor, only an
// Automatic-Module-Name; they are read when ptce is compiled (requires static), never at run time
// nor by a consumer.
@SuppressWarnings({"module", "requires-automatic"})
module io.github.ptce.core {
  // The model carries Bean Validation's constraint annotations, and the constraints of ptce
  // (@KnownCommune...)
  // name its ConstraintValidator and Payload: a consumer reads jakarta.validation with ptce-core.
  requires transitive jakarta.validation;
  // The JSON format is read and written with Jackson; no type of Jackson is in the API (javac's
  // lint "exports"
  // would say so), so a consumer does not read it.
  requires tools.jackson.core;
  requires tools.jackson.databind;
  // ClusterValidator builds its own Hibernate Validator factory; no type of Hibernate Validator is
  // in the API.
  requires org.hibernate.validator;
  // JSpecify's nullness annotations are on the API, as in JUnit 6: "static", not needed at run
  // time; "transitive",
  // a consumer's javac reads them (its Maven dependency is not optional, so a consumer has the
  // jar). Without
  // "transitive", javac's lint "exports" warns on every @Nullable of the API.
  requires static transitive org.jspecify;
  // Immutables' annotations (@Value.Immutable...) are read by its annotation processor when ptce is
  // compiled, and by
  // nothing else: "static", and not "transitive" (a consumer does not have the jar, and javac
  // refuses a module
  // graph without a static transitive module). The value types that carry them suppress the lint
  // "exports" for
  // them (@SuppressWarnings("exports")); a consumer's javac is silent about annotations whose class
  // it cannot find.
  requires static org.immutables.value.annotations;

  exports io.github.ptce.core;
  exports io.github.ptce.core.cluster;
  exports io.github.ptce.core.constraints;
  exports io.github.ptce.core.cooperation;
  exports io.github.ptce.core.id;
  exports io.github.ptce.core.json;
  exports io.github.ptce.core.provenance;
  exports io.github.ptce.core.resources;
  exports io.github.ptce.core.stakeholder;
  exports io.github.ptce.core.territory;
  exports io.github.ptce.core.text;
  exports io.github.ptce.core.time;
  exports io.github.ptce.core.validation;

  // Shared code of the ptce modules (texts, JSON output, the Immutables style), not an API.
  // Hibernate Validator
  // instantiates VisibleText, the validator of @NotBlank that ClusterValidator installs.
  exports io.github.ptce.core.internal to
      io.github.ptce.rules,
      io.github.ptce.registers,
      io.github.ptce.examples,
      org.hibernate.validator;
}
