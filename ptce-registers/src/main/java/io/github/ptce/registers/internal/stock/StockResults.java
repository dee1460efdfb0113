package io.github.ptce.registers.internal.stock;

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
import io.github.ptce.registers.LookupBatch;
import io.github.ptce.registers.LookupResult;
import io.github.ptce.registers.RegisterFact;
import io.github.ptce.registers.RegisterFlag;
import io.github.ptce.registers.RegisterSource;
import io.github.ptce.registers.UnitState;
import io.github.ptce.registers.internal.Values;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Turns the rows of a batch into one result per identifier asked for. */
final class StockResults {
  private StockResults() {}

  static LookupBatch assemble(
      Set<Siren> sirens,
      Set<Siret> sirets,
      StockRows rows,
      RegisterSource unitSource,
      RegisterSource establishmentSource) {
    Map<String, LegalUnit> units = new HashMap<>();
    for (Map<String, @Nullable String> row : rows.units()) {
      LegalUnit unit = unit(row, unitSource);
      units.put(unit.siren().toString(), unit);
    }
    Map<String, Establishment> headOffices = new HashMap<>();
    Map<String, Establishment> establishments = new HashMap<>();
    Map<String, EmployerEvidence> employers = new HashMap<>();
    for (Map<String, @Nullable String> row : rows.establishments()) {
      Establishment establishment = establishment(row, establishmentSource);
      if (establishment == null) {
        continue;
      }
      String siren = establishment.siret().toString().substring(0, 9);
      establishments.put(establishment.siret().toString(), establishment);
      if (establishment.headOffice().map(f -> f.value()).orElse(false)) {
        headOffices.put(siren, establishment);
      }
      employers.putIfAbsent(siren, employer(row, establishmentSource));
    }

    Map<Siren, LookupResult> bySiren = new LinkedHashMap<>();
    for (Siren siren : sirens) {
      String key = siren.toString();
      LegalUnit unit = units.get(key);
      bySiren.put(
          siren,
          unit == null
              ? LookupResult.notFound(key, unitSource, Optional.empty())
              : LookupResult.found(
                  key,
                  unitSource,
                  Optional.of(unit),
                  Optional.ofNullable(headOffices.get(key)),
                  Optional.ofNullable(employers.get(key))));
    }
    Map<Siret, LookupResult> bySiret = new LinkedHashMap<>();
    for (Siret siret : sirets) {
      String key = siret.toString();
      String siren = key.substring(0, 9);
      Establishment establishment = establishments.get(key);
      Optional<LegalUnit> unit = Optional.ofNullable(units.get(siren));
      bySiret.put(
          siret,
          establishment == null
              ? LookupResult.notFound(key, establishmentSource, unit)
              : LookupResult.found(
                  key,
                  establishmentSource,
                  unit,
                  Optional.of(establishment),
                  Optional.ofNullable(employers.get(siren))));
    }
    return new LookupBatch(bySiren, bySiret);
  }

  private static LegalUnit unit(Map<String, @Nullable String> row, RegisterSource source) {
    LegalUnit.Builder unit = LegalUnit.builder(Siren.parse(require(row, "siren")));
    String diffusion = row.get("statutDiffusionUniteLegale");
    unit.diffusion(
        fact(
            Diffusion.fromCode(diffusion).orElse(null),
            diffusion,
            "statutDiffusionUniteLegale",
            source));
    masked(row).forEach(unit::masked);
    unit.purged(Boolean.TRUE.equals(Values.bool(row.get("unitePurgeeUniteLegale"))));
    String name = Values.text(row.get("denominationUniteLegale"));
    unit.name(Values.isMask(name) ? null : fact(name, name, "denominationUniteLegale", source));
    text(
        row,
        "categorieJuridiqueUniteLegale",
        raw ->
            unit.legalCategory(
                fact(Values.legalCategory(raw), raw, "categorieJuridiqueUniteLegale", source)));
    String activity = Values.text(row.get("activitePrincipaleUniteLegale"));
    if (activity != null) {
      unit.activity(
          fact(
              Activity.of(
                  activity,
                  Optional.ofNullable(
                      Values.text(row.get("nomenclatureActivitePrincipaleUniteLegale")))),
              activity,
              "activitePrincipaleUniteLegale",
              source));
    }
    text(
        row,
        "activitePrincipaleNAF25UniteLegale",
        raw -> unit.activityNaf25(fact(raw, raw, "activitePrincipaleNAF25UniteLegale", source)));
    text(
        row,
        "dateCreationUniteLegale",
        raw -> unit.creationDate(fact(Values.date(raw), raw, "dateCreationUniteLegale", source)));
    String state = Values.text(row.get("etatAdministratifUniteLegale"));
    Optional<UnitState> unitState = UnitState.fromCode(state);
    unit.state(fact(unitState.orElse(null), state, "etatAdministratifUniteLegale", source));
    if (unitState.orElse(null) == UnitState.CEASED) {
      unit.cessation(endDate(row, source));
    }
    text(
        row,
        "economieSocialeSolidaireUniteLegale",
        raw ->
            unit.sseFlag(
                fact(
                    RegisterFlag.fromCode(raw).orElse(null),
                    raw,
                    "economieSocialeSolidaireUniteLegale",
                    source)));
    text(
        row,
        "societeMissionUniteLegale",
        raw ->
            unit.missionCompany(
                fact(
                    RegisterFlag.fromCode(raw).orElse(null),
                    raw,
                    "societeMissionUniteLegale",
                    source)));
    text(
        row,
        "identifiantAssociationUniteLegale",
        raw -> unit.rna(fact(Values.rna(raw), raw, "identifiantAssociationUniteLegale", source)));
    String band = row.get("trancheEffectifsUniteLegale");
    unit.headcount(
        fact(
            Values.headcount(band, row.get("anneeEffectifsUniteLegale")),
            band,
            "trancheEffectifsUniteLegale",
            source));
    text(
        row,
        "dateDernierTraitementUniteLegale",
        raw ->
            unit.lastProcessed(
                fact(Values.dateTime(raw), raw, "dateDernierTraitementUniteLegale", source)));
    return unit.build();
  }

  /**
   * The establishment of a row, or null for a SIRET whose check digit fails (a register anomaly,
   * not ours).
   */
  private static @Nullable Establishment establishment(
      Map<String, @Nullable String> row, RegisterSource source) {
    String siret = require(row, "siret");
    if (!Siret.isValid(siret)) {
      return null;
    }
    Establishment.Builder establishment = Establishment.builder(Siret.parse(siret));
    String diffusion = row.get("statutDiffusionEtablissement");
    establishment.diffusion(
        fact(
            Diffusion.fromCode(diffusion).orElse(null),
            diffusion,
            "statutDiffusionEtablissement",
            source));
    masked(row).forEach(establishment::masked);
    text(
        row,
        "etablissementSiege",
        raw -> establishment.headOffice(fact(Values.bool(raw), raw, "etablissementSiege", source)));
    text(
        row,
        "codeCommuneEtablissement",
        raw ->
            establishment.commune(
                fact(Values.commune(raw), raw, "codeCommuneEtablissement", source)));
    text(
        row,
        "codePostalEtablissement",
        raw ->
            establishment.postalCode(
                Values.isMask(raw) ? null : fact(raw, raw, "codePostalEtablissement", source)));
    String state = Values.text(row.get("etatAdministratifEtablissement"));
    Optional<EstablishmentState> establishmentState = EstablishmentState.fromCode(state);
    establishment.state(
        fact(establishmentState.orElse(null), state, "etatAdministratifEtablissement", source));
    if (establishmentState.orElse(null) == EstablishmentState.CLOSED) {
      establishment.closing(endDate(row, source));
    }
    String activity = Values.text(row.get("activitePrincipaleEtablissement"));
    if (activity != null) {
      establishment.activity(
          fact(
              Activity.of(
                  activity,
                  Optional.ofNullable(
                      Values.text(row.get("nomenclatureActivitePrincipaleEtablissement")))),
              activity,
              "activitePrincipaleEtablissement",
              source));
    }
    text(
        row,
        "activitePrincipaleNAF25Etablissement",
        raw ->
            establishment.activityNaf25(
                fact(raw, raw, "activitePrincipaleNAF25Etablissement", source)));
    text(
        row,
        "dateCreationEtablissement",
        raw ->
            establishment.creationDate(
                fact(Values.date(raw), raw, "dateCreationEtablissement", source)));
    text(
        row,
        "caractereEmployeurEtablissement",
        raw ->
            establishment.employerFlag(
                fact(
                    RegisterFlag.fromCode(raw).orElse(null),
                    raw,
                    "caractereEmployeurEtablissement",
                    source)));
    String band = row.get("trancheEffectifsEtablissement");
    establishment.headcount(
        fact(
            Values.headcount(band, row.get("anneeEffectifsEtablissement")),
            band,
            "trancheEffectifsEtablissement",
            source));
    return establishment.build();
  }

  private static EmployerEvidence employer(
      Map<String, @Nullable String> row, RegisterSource source) {
    int active = count(row, StockQueries.ACTIVE);
    return new EmployerEvidence(
        OptionalInt.of(active),
        active,
        count(row, StockQueries.EMPLOYER),
        count(row, StockQueries.NON_EMPLOYER),
        "caractereEmployeurEtablissement",
        source);
  }

  /** The start of the current period: a ceased or closed state began on that day or before. */
  private static @Nullable RegisterFact<EndDate> endDate(
      Map<String, @Nullable String> row, RegisterSource source) {
    String raw = row.get("dateDebut");
    LocalDate date = Values.date(raw);
    return fact(
        date == null ? null : new EndDate(date, EndDate.Precision.ON_OR_BEFORE),
        raw,
        "dateDebut",
        source);
  }

  private static int count(Map<String, @Nullable String> row, String column) {
    String value = row.get(column);
    return value == null ? 0 : Integer.parseInt(value);
  }

  private static Set<String> masked(Map<String, @Nullable String> row) {
    String masked = Values.text(row.get(StockQueries.MASKED));
    return masked == null ? Set.of() : Set.of(masked.split(","));
  }

  private static String require(Map<String, @Nullable String> row, String column) {
    String value = row.get(column);
    if (value == null) {
      throw new IllegalStateException("a row without " + column);
    }
    return value;
  }

  private static void text(Map<String, @Nullable String> row, String column, Consumer<String> use) {
    String text = Values.text(row.get(column));
    if (text != null) {
      use.accept(text);
    }
  }
}
