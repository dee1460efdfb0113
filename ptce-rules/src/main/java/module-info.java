import io.github.ptce.rules.spi.SchemeProvider;

/**
 * ptce-rules: the eligibility engine, its schemes, reports and renderers.
 *
 * <p>Exports the API ({@code io.github.ptce.rules}, {@code .json}, {@code .render}) and the SPI of
 * schemes ({@code io.github.ptce.rules.spi}). The bundled schemes ({@code
 * io.github.ptce.rules.schemes.*}) are not exported: they are services, which the engine finds
 * through {@link SchemeProvider} like the schemes of any other module, and they read their messages
 * with {@code MessageBundle.load(MethodHandles.lookup(), ...)}, so that nothing is opened either.
 */
// "requires-automatic": Immutables' annotations have no module descriptor, only an
// Automatic-Module-Name; they are read at compile time only (requires static), never at run time.
@SuppressWarnings({"requires-automatic"})
module io.github.ptce.rules {
  // The engine takes and returns ptce-core's model (Cluster, Violation, MessageBundle...): a
  // consumer that requires
  // io.github.ptce.rules reads ptce-core too.
  requires transitive io.github.ptce.core;
  // RequestJson and the JSON renderer use Jackson; none of its types is in the API.
  requires tools.jackson.core;
  requires tools.jackson.databind;
  // See ptce-core's module-info: JSpecify's annotations are part of the API, Immutables' are for
  // ptce's build only.
  requires static transitive org.jspecify;
  requires static org.immutables.value.annotations;

  exports io.github.ptce.rules;
  exports io.github.ptce.rules.json;
  exports io.github.ptce.rules.render;
  exports io.github.ptce.rules.spi;

  // Schemes of other modules (and the bundled ones below), found by SchemeCatalog.
  uses SchemeProvider;

  // The bundled schemes: the same list as
  // META-INF/services/io.github.ptce.rules.spi.SchemeProvider, which stays for
  // the class path (CONTRIBUTING.md: a new scheme package goes in both).
  provides SchemeProvider with
      io.github.ptce.rules.schemes.law.LawSchemes,
      io.github.ptce.rules.schemes.calls.Decree2015Scheme,
      io.github.ptce.rules.schemes.ami.AmiPtceSchemes,
      io.github.ptce.rules.schemes.calls.StateCallSchemes,
      io.github.ptce.rules.schemes.hautsdefrance.CoteScheme,
      io.github.ptce.rules.schemes.grandest.InitiativesTerritorialesScheme,
      io.github.ptce.rules.schemes.paysdelaloire.PaysDeLaLoirePtceScheme,
      io.github.ptce.rules.schemes.iledefrance.IleDeFranceAmi2014Scheme,
      io.github.ptce.rules.schemes.occitanie.OccitanieCooperationScheme,
      io.github.ptce.rules.schemes.nouvelleaquitaine.NouvelleAquitaineCooperationScheme,
      io.github.ptce.rules.schemes.oise.OisePtceSupportScheme,
      io.github.ptce.rules.schemes.charter.PtceCharterScheme;
}
