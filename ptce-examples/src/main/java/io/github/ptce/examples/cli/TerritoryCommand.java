package io.github.ptce.examples.cli;

import io.github.ptce.core.InvalidValueException;
import io.github.ptce.core.territory.CodeStatus;
import io.github.ptce.core.territory.Commune;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Departement;
import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.Epci;
import io.github.ptce.core.territory.EpciCode;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.territory.Region;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Json;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Services;
import io.github.ptce.rules.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.core.JsonGenerator;

/**
 * {@code ptce territory}: a commune or an EPCI by code or name, with its population and where it
 * belongs.
 */
@Command(name = "territory", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class TerritoryCommand extends BaseCommand {

  @Parameters(index = "0", arity = "1..*", paramLabel = "QUERY")
  List<String> query;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10")
  int limit;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text")
  String format;

  /** What a query found. */
  record Found(
      List<Commune> communes,
      List<Epci> epcis,
      List<Departement> departements,
      List<String> notes) {}

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new CliException(
          ExitCodes.USAGE,
          text("error.format", "value", Messages.quote(format), "formats", "text, json"));
    }
    if (limit < 1 || limit > 1000) {
      throw new CliException(
          ExitCodes.USAGE, text("error.limit", "value", Integer.toString(limit)));
    }
    String q = String.join(" ", query).trim();
    Geography geography = Services.geography();
    Found found = find(geography, q, limit, locale());
    boolean nothing =
        found.communes().isEmpty() && found.epcis().isEmpty() && found.departements().isEmpty();
    if (format.equals("json")) {
      out().print(Json.toString(g -> json(g, geography, q, found)));
    } else {
      found.notes().forEach(out()::println);
      for (Departement departement : found.departements()) {
        print(geography, departement);
      }
      for (Commune commune : found.communes()) {
        print(geography, commune);
      }
      for (Epci epci : found.epcis()) {
        print(geography, epci);
      }
      if (nothing) {
        out().println(text("territory.none", "query", Messages.quote(q)));
      }
    }
    out().flush();
    return nothing ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }

  Found find(Geography geography, String q, int max, Locale locale) {
    List<String> notes = new ArrayList<>();
    if (q.matches("[0-9]{9}")) {
      Optional<Epci> epci = parseEpci(q).flatMap(geography::epci);
      return new Found(List.of(), epci.map(List::of).orElse(List.of()), List.of(), notes);
    }
    if (q.matches("(?i)[0-9]{5}|2[AB][0-9]{3}|[0-9]{2}[0-9AB][0-9]{2}")) {
      Optional<CommuneCode> code = parseCommune(q);
      if (code.isPresent()) {
        CodeStatus status = geography.status(code.get());
        Optional<Commune> current = geography.currentCommuneOf(code.get());
        if (status == CodeStatus.FORMER) {
          geography
              .mergedInto(code.get())
              .ifPresent(
                  c ->
                      notes.add(
                          Messages.get(
                              locale,
                              "territory.former",
                              "code",
                              code.get().toString(),
                              "commune",
                              c.name(),
                              "current",
                              c.code().toString())));
          return new Found(
              geography.mergedInto(code.get()).map(List::of).orElse(List.of()),
              List.of(),
              List.of(),
              notes);
        }
        if (status != CodeStatus.CURRENT && current.isPresent()) {
          notes.add(
              Messages.get(
                  locale,
                  "territory.partOf",
                  "code",
                  code.get().toString(),
                  "name",
                  geography.nameOf(code.get()).orElse("?"),
                  "status",
                  Labels.of(status).text(locale),
                  "commune",
                  current.get().name(),
                  "current",
                  current.get().code().toString()));
        }
        return new Found(current.map(List::of).orElse(List.of()), List.of(), List.of(), notes);
      }
    }
    if (q.matches("(?i)[0-9]{2,3}|2[AB]")) {
      Optional<Departement> departement = parseDepartement(q).flatMap(geography::departement);
      if (departement.isPresent()) {
        return new Found(List.of(), List.of(), List.of(departement.get()), notes);
      }
    }
    return new Found(
        geography.searchCommunes(q, max), geography.searchEpcis(q, max), List.of(), notes);
  }

  private static Optional<CommuneCode> parseCommune(String q) {
    try {
      return Optional.of(CommuneCode.parse(q));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static Optional<EpciCode> parseEpci(String q) {
    try {
      return Optional.of(EpciCode.parse(q));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private static Optional<DepartementCode> parseDepartement(String q) {
    try {
      return Optional.of(DepartementCode.parse(q));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  private void print(Geography geography, Commune commune) {
    out()
        .println(
            text(
                "territory.commune",
                "name",
                commune.name(),
                "code",
                commune.code().toString(),
                "population",
                Integer.toString(commune.population())));
    Optional<Epci> epci = commune.epci().flatMap(geography::epci);
    out()
        .println(
            "  "
                + epci.map(
                        e ->
                            text(
                                "territory.inEpci",
                                "name",
                                e.name(),
                                "code",
                                e.code().toString(),
                                "type",
                                typeLabel(e)))
                    .orElse(text("territory.noEpci")));
    printPlace(geography, commune.departement());
  }

  private void print(Geography geography, Epci epci) {
    out()
        .println(
            text(
                "territory.epci",
                "name",
                epci.name(),
                "code",
                epci.code().toString(),
                "type",
                typeLabel(epci),
                "population",
                Long.toString(epci.population()),
                "communes",
                Integer.toString(epci.members().size())));
    TreeSet<DepartementCode> departements = new TreeSet<>();
    for (CommuneCode member : epci.members()) {
      geography.commune(member).ifPresent(c -> departements.add(c.departement()));
    }
    for (DepartementCode departement : departements) {
      printPlace(geography, departement);
    }
  }

  private void print(Geography geography, Departement departement) {
    out()
        .println(
            text(
                "territory.departement",
                "name",
                departement.name(),
                "code",
                departement.code().toString(),
                "population",
                Long.toString(departement.population()),
                "communes",
                Integer.toString(geography.communesOf(departement.code()).size())));
    geography
        .region(departement.region())
        .ifPresent(
            r ->
                out()
                    .println(
                        "  "
                            + text(
                                "territory.inRegion",
                                "name",
                                r.name(),
                                "code",
                                r.code().toString())));
  }

  private void printPlace(Geography geography, DepartementCode code) {
    Optional<Departement> departement = geography.departement(code);
    Optional<Region> region = departement.flatMap(d -> geography.region(d.region()));
    out()
        .println(
            "  "
                + text(
                    "territory.inDepartement",
                    "name",
                    departement.map(Departement::name).orElse("?"),
                    "code",
                    code.toString())
                + ", "
                + region
                    .map(
                        r ->
                            text(
                                "territory.inRegion",
                                "name",
                                r.name(),
                                "code",
                                r.code().toString()))
                    .orElse(""));
  }

  private String typeLabel(Epci epci) {
    return epci.type().label(locale());
  }

  private void json(JsonGenerator g, Geography geography, String q, Found found) {
    g.writeStartObject();
    g.writeStringProperty("query", q);
    g.writeStringProperty("geography", geography.dataVersion());
    g.writeArrayPropertyStart("notes");
    found.notes().forEach(g::writeString);
    g.writeEndArray();
    g.writeArrayPropertyStart("departements");
    for (Departement d : found.departements()) {
      g.writeStartObject();
      g.writeStringProperty("code", d.code().toString());
      g.writeStringProperty("name", d.name());
      g.writeNumberProperty("population", d.population());
      g.writeStringProperty("region", d.region().toString());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("communes");
    for (Commune c : found.communes()) {
      g.writeStartObject();
      g.writeStringProperty("code", c.code().toString());
      g.writeStringProperty("name", c.name());
      g.writeNumberProperty("population", c.population());
      if (c.epci().isPresent()) {
        g.writeStringProperty("epci", c.epci().get().toString());
        geography.epci(c.epci().get()).ifPresent(e -> g.writeStringProperty("epciName", e.name()));
      }
      g.writeStringProperty("departement", c.departement().toString());
      geography
          .departement(c.departement())
          .ifPresent(d -> g.writeStringProperty("departementName", d.name()));
      g.writeStringProperty("region", c.region().toString());
      geography.region(c.region()).ifPresent(r -> g.writeStringProperty("regionName", r.name()));
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("epcis");
    for (Epci e : found.epcis()) {
      g.writeStartObject();
      g.writeStringProperty("code", e.code().toString());
      g.writeStringProperty("name", e.name());
      g.writeStringProperty("type", e.type().name());
      g.writeNumberProperty("population", e.population());
      g.writeNumberProperty("communes", e.members().size());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }
}
