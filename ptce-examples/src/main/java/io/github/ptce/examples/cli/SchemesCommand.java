package io.github.ptce.examples.cli;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.RegionCode;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Rendering;
import io.github.ptce.examples.Services;
import io.github.ptce.rules.Issuer;
import io.github.ptce.rules.Labels;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.SchemeCatalog.ProviderProblem;
import io.github.ptce.rules.TerritorialScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ptce schemes}: the catalogue of schemes. */
@Command(name = "schemes", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class SchemesCommand extends BaseCommand {

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class)
  LocalDate asOf;

  @Option(names = "--region", paramLabel = "CODE")
  String region;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new CliException(
          ExitCodes.USAGE,
          text("error.format", "value", Messages.quote(format), "formats", "text, json"));
    }
    List<Scheme> schemes = select(Services.catalog(), asOf, region == null ? null : region(region));
    warnings(Services.catalog().loadProblems(), locale()).forEach(err()::println);
    err().flush();
    if (format.equals("json")) {
      Rendering.catalogJson(SchemeCatalog.of(schemes), locale(), out());
      out().flush();
      return ExitCodes.OK;
    }
    if (schemes.isEmpty()) {
      out().println(text("schemes.none"));
    }
    for (Scheme scheme : schemes) {
      out()
          .println(
              scheme.id()
                  + "  ("
                  + scheme.kind()
                  + ", "
                  + issuer(scheme.issuer(), locale())
                  + ", "
                  + validity(scheme)
                  + ", "
                  + territory(scheme.scope())
                  + ")");
      out().println("    " + scheme.title().text(locale()));
    }
    out().println();
    out().println(text("schemes.usage"));
    out().flush();
    return ExitCodes.OK;
  }

  /**
   * One warning per scheme provider left out of the catalogue (its class could not be loaded, it
   * failed, or its ids clash with those of another): the others are listed, and the reason is on
   * standard error.
   */
  static List<String> warnings(List<ProviderProblem> problems, Locale locale) {
    List<String> lines = new ArrayList<>();
    for (ProviderProblem problem : problems) {
      lines.add(
          "ptce: "
              + Messages.get(
                  locale,
                  "schemes.providerLeftOut",
                  "provider",
                  problem.provider(),
                  "reason",
                  problem.reason().name(),
                  "detail",
                  problem.detail()));
    }
    return lines;
  }

  /**
   * The kind of issuer, then its name in the reader's language when it has one: {@code foundation
   * (Example Foundation)}.
   */
  static String issuer(Issuer issuer, Locale locale) {
    return Labels.of(issuer.kind()).text(locale)
        + issuer.name().map(name -> " (" + name.text(locale) + ")").orElse("");
  }

  RegionCode region(String code) {
    RegionCode parsed;
    try {
      parsed = RegionCode.parse(code);
    } catch (InvalidValueException e) {
      throw new CliException(ExitCodes.USAGE, e.message(locale()));
    }
    if (Services.geography().region(parsed).isEmpty()) {
      throw new CliException(
          ExitCodes.USAGE, text("error.unknownRegion", "code", Messages.quote(code)));
    }
    return parsed;
  }

  /**
   * The schemes in force at the date (if given) whose scope is national or touches the région (if
   * given).
   */
  static List<Scheme> select(SchemeCatalog catalog, LocalDate asOf, RegionCode region) {
    List<Scheme> result = new ArrayList<>();
    for (Scheme scheme : asOf == null ? catalog.all() : catalog.inForce(asOf)) {
      if (region == null || touches(scheme.scope(), region, Services.geography())) {
        result.add(scheme);
      }
    }
    return result;
  }

  static boolean touches(TerritorialScope scope, RegionCode region, Geography geography) {
    if (scope.isNational() || scope.regions().contains(region)) {
      return true;
    }
    for (DepartementCode departement : scope.departements()) {
      if (geography.departement(departement).map(d -> d.region().equals(region)).orElse(false)) {
        return true;
      }
    }
    return false;
  }

  private String validity(Scheme scheme) {
    return scheme
        .validity()
        .to()
        .map(to -> scheme.validity().from() + " → " + to)
        .orElse(scheme.validity().from() + " →");
  }

  private String territory(TerritorialScope scope) {
    if (scope.isNational()) {
      return text("scope.national");
    }
    if (!scope.regions().isEmpty()) {
      return text(
          "scope.regions",
          "codes",
          scope.regions().stream().map(RegionCode::toString).collect(Collectors.joining(", ")));
    }
    return text(
        "scope.departements",
        "codes",
        scope.departements().stream()
            .map(DepartementCode::toString)
            .collect(Collectors.joining(", ")));
  }
}
