package io.github.ptce.registers.internal.api;

import static io.github.ptce.registers.internal.Values.fact;

import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.registers.Activity;
import io.github.ptce.registers.Diffusion;
import io.github.ptce.registers.EmployerEvidence;
import io.github.ptce.registers.EndDate;
import io.github.ptce.registers.Establishment;
import io.github.ptce.registers.EstablishmentState;
import io.github.ptce.registers.LegalUnit;
import io.github.ptce.registers.LookupResult;
import io.github.ptce.registers.RegisterFact;
import io.github.ptce.registers.RegisterFlag;
import io.github.ptce.registers.RegisterSource;
import io.github.ptce.registers.UnitState;
import io.github.ptce.registers.internal.Values;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads an answer of {@code /search} (OpenAPI {@code payload}: {@code results[]} of {@code result})
 * for a direct SIREN or SIRET lookup into a {@link LookupResult}.
 *
 * <p>Field names and meanings: registers.md § 2.3–2.5 and the API's {@code
 * app/models/unite_legale.py}. What the API masks is written {@code [NON-DIFFUSIBLE]}; such a field
 * is listed, never read as a value.
 */
final class ApiAnswers {
  private final JsonMapper mapper;

  ApiAnswers(JsonMapper mapper) {
    this.mapper = mapper;
  }

  /** The body is not the documented JSON. */
  static final class MalformedAnswer extends Exception {
    private static final long serialVersionUID = 1L;

    MalformedAnswer(String detail) {
      super(detail, null, false, false);
    }
  }

  /**
   * Reads an answer.
   *
   * @param identifier the SIREN or SIRET asked for
   * @param body the body
   * @param source the call
   * @return the result
   * @throws MalformedAnswer when the body is not JSON or not of the documented shape
   */
  LookupResult read(String identifier, String body, RegisterSource source) throws MalformedAnswer {
    JsonNode root;
    try {
      root = mapper.readTree(body);
    } catch (JacksonException e) {
      throw new MalformedAnswer("not JSON: " + firstLine(e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new MalformedAnswer("not a JSON object");
    }
    JsonNode results = root.get("results");
    if (results == null || !results.isArray()) {
      throw new MalformedAnswer("no \"results\" array");
    }
    boolean siret = identifier.length() == 14;
    String siren = identifier.substring(0, 9);
    for (JsonNode result : results) {
      if (!result.isObject()) {
        throw new MalformedAnswer("a result is not an object");
      }
      if (!siren.equals(text(result, "siren"))) {
        // A direct lookup answers with the unit asked for or nothing; another unit is not this
        // one's facts.
        continue;
      }
      try {
        return siret
            ? establishmentResult(identifier, result, source)
            : unitResult(identifier, result, source);
      } catch (RuntimeException e) {
        throw new MalformedAnswer("unexpected value: " + firstLine(e.getMessage()));
      }
    }
    return LookupResult.notFound(identifier, source, Optional.empty());
  }

  private LookupResult unitResult(String identifier, JsonNode result, RegisterSource source) {
    LegalUnit unit = unit(result, source);
    JsonNode siege = result.get("siege");
    Establishment headOffice =
        siege != null && siege.isObject() ? establishment(siege, "siege", source) : null;
    return LookupResult.found(
        identifier,
        source,
        Optional.of(unit),
        Optional.ofNullable(headOffice),
        Optional.of(employer(result, headOffice, source)));
  }

  private LookupResult establishmentResult(
      String identifier, JsonNode result, RegisterSource source) {
    LegalUnit unit = unit(result, source);
    JsonNode siege = result.get("siege");
    Establishment headOffice =
        siege != null && siege.isObject() ? establishment(siege, "siege", source) : null;
    Establishment found = null;
    JsonNode matching = result.get("matching_etablissements");
    if (matching != null && matching.isArray()) {
      int index = 0;
      for (JsonNode candidate : matching) {
        if (candidate.isObject() && identifier.equals(text(candidate, "siret"))) {
          found = establishment(candidate, "matching_etablissements[" + index + "]", source);
          break;
        }
        index++;
      }
    }
    if (found == null && headOffice != null && headOffice.siret().toString().equals(identifier)) {
      found = headOffice;
    }
    if (found == null) {
      return LookupResult.notFound(identifier, source, Optional.of(unit));
    }
    return LookupResult.found(
        identifier,
        source,
        Optional.of(unit),
        Optional.of(found),
        Optional.of(employer(result, headOffice, source)));
  }

  private static LegalUnit unit(JsonNode result, RegisterSource source) {
    // Only a result whose siren is the one asked for is read (unitResult, establishmentResult).
    LegalUnit.Builder unit =
        LegalUnit.builder(Siren.parse(Objects.requireNonNull(text(result, "siren"), "siren")));
    String diffusion = text(result, "statut_diffusion");
    unit.diffusion(
        fact(Diffusion.fromCode(diffusion).orElse(null), diffusion, "statut_diffusion", source));
    Set<String> masked = new TreeSet<>();
    masks(result, "", masked, true);
    masked.forEach(unit::masked);
    unit.name(plain(result, "nom_raison_sociale", source));
    String category = text(result, "nature_juridique");
    unit.legalCategory(fact(Values.legalCategory(category), category, "nature_juridique", source));
    unit.activity(activity(result, "activite_principale", "activite_principale", source));
    unit.activityNaf25(plain(result, "activite_principale_naf25", source));
    String created = text(result, "date_creation");
    unit.creationDate(fact(Values.date(created), created, "date_creation", source));
    String state = text(result, "etat_administratif");
    Optional<UnitState> unitState = UnitState.fromCode(state);
    unit.state(fact(unitState.orElse(null), state, "etat_administratif", source));
    if (unitState.orElse(null) == UnitState.CEASED) {
      unit.cessation(exactDate(result, "date_fermeture", "date_fermeture", source));
    }
    JsonNode complements = result.get("complements");
    if (complements != null && complements.isObject()) {
      JsonNode ess = complements.get("est_ess");
      if (ess != null && ess.isBoolean()) {
        unit.essDirectory(fact(ess.booleanValue(), ess.toString(), "complements.est_ess", source));
      }
      JsonNode mission = complements.get("est_societe_mission");
      if (mission != null && mission.isBoolean() && mission.booleanValue()) {
        // The API writes false for N and for null alike (format_insee_bool): only true says
        // something.
        unit.missionCompany(
            fact(RegisterFlag.YES, "true", "complements.est_societe_mission", source));
      }
      String rna = text(complements, "identifiant_association");
      unit.rna(fact(Values.rna(rna), rna, "complements.identifiant_association", source));
    }
    String band = text(result, "tranche_effectif_salarie");
    unit.headcount(
        fact(
            Values.headcount(band, text(result, "annee_tranche_effectif_salarie")),
            band,
            "tranche_effectif_salarie",
            source));
    String processed = text(result, "date_mise_a_jour_insee");
    unit.lastProcessed(
        fact(Values.dateTime(processed), processed, "date_mise_a_jour_insee", source));
    return unit.build();
  }

  private static @Nullable Establishment establishment(
      JsonNode node, String path, RegisterSource source) {
    String siret = text(node, "siret");
    if (siret == null || !Siret.isValid(siret)) {
      return null;
    }
    Establishment.Builder establishment = Establishment.builder(Siret.parse(siret));
    String prefix = path + ".";
    String diffusion = text(node, "statut_diffusion_etablissement");
    establishment.diffusion(
        fact(
            Diffusion.fromCode(diffusion).orElse(null),
            diffusion,
            prefix + "statut_diffusion_etablissement",
            source));
    Set<String> masked = new TreeSet<>();
    masks(node, prefix, masked, false);
    masked.forEach(establishment::masked);
    JsonNode headOffice = node.get("est_siege");
    if (headOffice != null && headOffice.isBoolean()) {
      establishment.headOffice(
          fact(headOffice.booleanValue(), headOffice.toString(), prefix + "est_siege", source));
    }
    String commune = text(node, "commune");
    establishment.commune(fact(Values.commune(commune), commune, prefix + "commune", source));
    establishment.postalCode(plain(node, "code_postal", prefix, source));
    String state = text(node, "etat_administratif");
    Optional<EstablishmentState> establishmentState = EstablishmentState.fromCode(state);
    establishment.state(
        fact(establishmentState.orElse(null), state, prefix + "etat_administratif", source));
    if (establishmentState.orElse(null) == EstablishmentState.CLOSED) {
      establishment.closing(exactDate(node, "date_fermeture", prefix + "date_fermeture", source));
    }
    establishment.activity(
        activity(node, "activite_principale", prefix + "activite_principale", source));
    establishment.activityNaf25(plain(node, "activite_principale_naf25", prefix, source));
    String created = text(node, "date_creation");
    establishment.creationDate(
        fact(Values.date(created), created, prefix + "date_creation", source));
    String employer = text(node, "caractere_employeur");
    establishment.employerFlag(
        fact(
            RegisterFlag.fromCode(employer).orElse(null),
            employer,
            prefix + "caractere_employeur",
            source));
    String band = text(node, "tranche_effectif_salarie");
    establishment.headcount(
        fact(
            Values.headcount(band, text(node, "annee_tranche_effectif_salarie")),
            band,
            prefix + "tranche_effectif_salarie",
            source));
    return establishment.build();
  }

  /**
   * The API gives the employer flag of the head office only, and the number of open establishments:
   * enough for "yes" when the head office employs, or "no" when it is the only open establishment
   * and does not.
   */
  private static EmployerEvidence employer(
      JsonNode result, @Nullable Establishment headOffice, RegisterSource source) {
    JsonNode open = result.get("nombre_etablissements_ouverts");
    OptionalInt active =
        open != null && open.canConvertToInt() && open.isIntegralNumber() && open.intValue() >= 0
            ? OptionalInt.of(open.intValue())
            : OptionalInt.empty();
    boolean headOfficeActive =
        headOffice != null
            && headOffice.state().map(s -> s.value() == EstablishmentState.ACTIVE).orElse(false);
    int examined = headOfficeActive ? 1 : 0;
    RegisterFlag flag =
        headOfficeActive && headOffice != null
            ? headOffice.employerFlag().map(RegisterFact::value).orElse(null)
            : null;
    if (active.isPresent() && examined > active.getAsInt()) {
      // The count and the head office disagree (indexed at different times): trust neither for a
      // "no".
      active = OptionalInt.empty();
    }
    return new EmployerEvidence(
        active,
        examined,
        flag == RegisterFlag.YES ? 1 : 0,
        flag == RegisterFlag.NO ? 1 : 0,
        "siege.caractere_employeur",
        source);
  }

  private static @Nullable RegisterFact<EndDate> exactDate(
      JsonNode node, String name, String field, RegisterSource source) {
    String raw = text(node, name);
    LocalDate date = Values.date(raw);
    return fact(
        date == null ? null : new EndDate(date, EndDate.Precision.EXACT), raw, field, source);
  }

  private static @Nullable RegisterFact<Activity> activity(
      JsonNode node, String name, String field, RegisterSource source) {
    String code = text(node, name);
    // The API does not give the nomenclature: a code with the NAF rév. 2 syntax is read as one.
    return code == null ? null : fact(Activity.of(code, Optional.empty()), code, field, source);
  }

  private static @Nullable RegisterFact<String> plain(
      JsonNode node, String name, RegisterSource source) {
    return plain(node, name, "", source);
  }

  private static @Nullable RegisterFact<String> plain(
      JsonNode node, String name, String prefix, RegisterSource source) {
    String value = text(node, name);
    return value == null || Values.isMask(value) ? null : fact(value, value, prefix + name, source);
  }

  /**
   * Collects the paths of masked strings; at the unit's level, the establishments are left to
   * themselves.
   */
  private static void masks(JsonNode node, String prefix, Set<String> found, boolean unitLevel) {
    for (Map.Entry<String, JsonNode> property : node.properties()) {
      String name = property.getKey();
      if (unitLevel && ("siege".equals(name) || "matching_etablissements".equals(name))) {
        continue;
      }
      collect(property.getValue(), prefix + name, found);
    }
  }

  private static void collect(JsonNode node, String path, Set<String> found) {
    if (node.isString() && Values.isMask(node.stringValue())) {
      found.add(path);
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        collect(property.getValue(), path + "." + property.getKey(), found);
      }
    } else if (node.isArray()) {
      int index = 0;
      for (JsonNode element : node) {
        collect(element, path + "[" + index++ + "]", found);
      }
    }
  }

  private static @Nullable String text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isString() ? Values.text(value.stringValue()) : null;
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }
}
