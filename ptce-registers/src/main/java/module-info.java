/**
 * ptce-registers: facts from official French registers (the INSEE Sirene stock files read with
 * DuckDB, the Recherche d'entreprises API over the JDK's HTTP client), each with where it came
 * from.
 *
 * <p>Exports {@code io.github.ptce.registers} and {@code io.github.ptce.registers.enrich}. Its
 * {@code internal} packages (the two implementations) are not exported: the builders of the API
 * open them.
 */
// "requires-automatic": DuckDB's JDBC driver has no module descriptor, only Automatic-Module-Name:
// duckdb.jdbc (a
// stable name, given by its authors, not derived from the file name).
@SuppressWarnings("requires-automatic")
module io.github.ptce.registers {
  // Facts are about ptce-core's identifiers and communes (Siren, Siret, CommuneCode) and its
  // Source: a consumer
  // reads ptce-core with this module.
  requires transitive io.github.ptce.core;
  // The Recherche d'entreprises client.
  requires java.net.http;
  // The stock files are read through JDBC from DuckDB; the driver is named in the code
  // (DuckDBConnection), not
  // found through DriverManager, so it is required, not only present.
  requires java.sql;
  requires duckdb.jdbc;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  // See ptce-core's module-info: JSpecify's annotations are part of the API.
  requires static transitive org.jspecify;

  exports io.github.ptce.registers;
  // The enricher: fills a cluster's absent facts from a lookup, with its report.
  exports io.github.ptce.registers.enrich;
}
