package io.github.ptce.registers.enrich;

import io.github.ptce.core.InvalidInputException;
import io.github.ptce.core.Violation;
import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.cluster.Membership;
import io.github.ptce.core.id.NafCode;
import io.github.ptce.core.id.Siren;
import io.github.ptce.core.id.Siret;
import io.github.ptce.core.provenance.Source;
import io.github.ptce.core.provenance.SourceKind;
import io.github.ptce.core.stakeholder.Stakeholder;
import io.github.ptce.core.territory.Commune;
import io.github.ptce.core.territory.CommuneCode;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.time.PartialDate;
import io.github.ptce.core.validation.ClusterValidator;
import io.github.ptce.registers.EmployerEvidence;
import io.github.ptce.registers.EndDate;
import io.github.ptce.registers.Establishment;
import io.github.ptce.registers.EstablishmentState;
import io.github.ptce.registers.LegalUnit;
import io.github.ptce.registers.LookupBatch;
import io.github.ptce.registers.LookupFailure;
import io.github.ptce.registers.LookupResult;
import io.github.ptce.registers.LookupStatus;
import io.github.ptce.registers.RegisterCommune;
import io.github.ptce.registers.RegisterFact;
import io.github.ptce.registers.RegisterFlag;
import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.RegisterSource;
import io.github.ptce.registers.UnitState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Fills the facts a cluster does not give from what a register says of its members, never
 * overwriting a declared fact.
 *
 * <p>Each named member with a SIRET is looked up by its SIRET (its establishment and its legal
 * unit), one with a SIREN only by its SIREN (its legal unit and head office), all in one batch.
 * Then, for each member, every fact below that the register gives and the cluster does not is
 * filled:
 *
 * <table>
 *   <caption>Facts filled</caption>
 *   <tr><th scope="col">property</th><th scope="col">from</th></tr>
 *   <tr><td>{@code legalCategory}</td><td>the legal unit's INSEE category</td></tr>
 *   <tr><td>{@code location}</td><td>the commune of the establishment given by the SIRET, or of the head office;
 *       an arrondissement of Paris, Lyon or Marseille is kept as published (the geography knows it, and it says
 *       more than the city); not from an establishment closed while its unit is active</td></tr>
 *   <tr><td>{@code activity}</td><td>the legal unit's APE code, when it is NAF rév. 2</td></tr>
 *   <tr><td>{@code createdOn}</td><td>the legal unit's creation date</td></tr>
 *   <tr><td>{@code ceasedOn}</td><td>a ceased unit's exact cessation date (the API)</td></tr>
 *   <tr><td>{@code ceasedBy}</td><td>the date by which a ceased unit had ceased at the latest: the start of its
 *       current period in a stock file, or the date of the extract when the file gives none</td></tr>
 *   <tr><td>{@code sseFieldFlag}</td><td>INSEE's {@code economieSocialeSolidaireUniteLegale}, as written (the API
 *       does not give it: its broader {@code est_ess} is only noted in the report)</td></tr>
 *   <tr><td>{@code employer}</td><td>the employer flags of the unit's active establishments ({@link
 *       EmployerEvidence#employs()})</td></tr>
 *   <tr><td>{@code rna}</td><td>the RNA number of an association</td></tr>
 * </table>
 *
 * <p>A declared fact is never overwritten: where the register says otherwise (another commune,
 * another category, a creation date outside the declared year), the report lists a {@link
 * EnrichmentStatus#CONFLICT}. A register value that the cluster's other facts contradict (a
 * category its published legal form cannot have, an employer flag against a head count of zero, a
 * commune the geography does not know) is a conflict too, with the model's own violation: the
 * cluster is never left half-applied, and the enriched cluster validates whenever the cluster given
 * did. Every fact filled is recorded as a {@link SourceKind#REGISTER} source of its stakeholder
 * naming the facts it supports (title, the dataset's or the call's address, the date of the extract
 * or of the call), so that reports can show where each fact came from.
 *
 * <p>Immutable and thread-safe when its lookup is.
 */
public final class Enricher {
  /** The data.gouv.fr page of the Sirene stock files ([DG-SIRENE] in registers.md). */
  public static final String SIRENE_DATASET =
      "https://www.data.gouv.fr/fr/datasets/base-sirene-des-entreprises-et-de-leurs-etablissements-siren-siret/";

  private static final Pattern MEMBER_FACT =
      Pattern.compile("^\\$\\.members\\[(\\d+)]\\.stakeholder\\.([A-Za-z]+)");

  private final @Nullable RegisterLookup lookup;
  private final Geography geography;
  private final @Nullable ClusterValidator validator;

  private Enricher(
      @Nullable RegisterLookup lookup, Geography geography, @Nullable ClusterValidator validator) {
    this.lookup = lookup;
    this.geography = geography;
    this.validator = validator;
  }

  /**
   * An enricher that looks up in a register, and checks communes against the bundled geography.
   *
   * @param lookup the register; the enricher does not close it
   * @return the enricher
   */
  public static Enricher of(RegisterLookup lookup) {
    return new Enricher(Objects.requireNonNull(lookup, "lookup"), Geography.bundled(), null);
  }

  /**
   * Returns this enricher checking communes against another geography (the one the cluster is
   * validated with).
   *
   * @param other the geography
   * @return a new enricher
   */
  public Enricher withGeography(Geography other) {
    return new Enricher(
        lookup, Objects.requireNonNull(other, "other"), ClusterValidator.withGeography(other));
  }

  private ClusterValidator validator() {
    return validator != null ? validator : ClusterValidator.standard();
  }

  /**
   * Returns the SIRENs the enricher looks up for a cluster: those of the named members without a
   * SIRET.
   *
   * @param cluster the cluster
   * @return the SIRENs, in member order
   */
  public static Set<Siren> sirens(Cluster cluster) {
    Set<Siren> sirens = new LinkedHashSet<>();
    for (Membership member : cluster.members()) {
      Stakeholder s = member.stakeholder();
      if (s.siret().isEmpty()) {
        s.siren().ifPresent(sirens::add);
      }
    }
    return sirens;
  }

  /**
   * Returns the SIRETs the enricher looks up for a cluster: those of the named members that have
   * one.
   *
   * @param cluster the cluster
   * @return the SIRETs, in member order
   */
  public static Set<Siret> sirets(Cluster cluster) {
    Set<Siret> sirets = new LinkedHashSet<>();
    for (Membership member : cluster.members()) {
      member.stakeholder().siret().ifPresent(sirets::add);
    }
    return sirets;
  }

  /**
   * Looks up the members of a cluster in one batch and fills what the cluster does not give.
   *
   * @param cluster the cluster (valid: the enriched cluster adds no violation to those it has)
   * @return the enriched cluster and the report
   * @throws io.github.ptce.registers.RegisterException if the register cannot be used at all
   * @throws IllegalStateException if the enricher was made without a lookup, or its lookup is
   *     closed
   */
  public Enrichment enrich(Cluster cluster) {
    Objects.requireNonNull(cluster, "cluster");
    if (lookup == null) {
      throw new IllegalStateException("this enricher has no lookup");
    }
    return enrich(cluster, lookup.lookup(sirens(cluster), sirets(cluster)));
  }

  /**
   * Looks up the members of several clusters in one batch (a register scan costs about the same for
   * one identifier or many), and fills each.
   *
   * @param clusters the clusters
   * @return one enrichment per cluster, in order
   * @throws io.github.ptce.registers.RegisterException if the register cannot be used at all
   */
  public List<Enrichment> enrichAll(List<Cluster> clusters) {
    Objects.requireNonNull(clusters, "clusters");
    if (lookup == null) {
      throw new IllegalStateException("this enricher has no lookup");
    }
    Set<Siren> sirens = new LinkedHashSet<>();
    Set<Siret> sirets = new LinkedHashSet<>();
    for (Cluster cluster : clusters) {
      sirens.addAll(sirens(cluster));
      sirets.addAll(sirets(cluster));
    }
    LookupBatch batch = lookup.lookup(sirens, sirets);
    List<Enrichment> enrichments = new ArrayList<>(clusters.size());
    for (Cluster cluster : clusters) {
      enrichments.add(enrich(cluster, batch));
    }
    return enrichments;
  }

  /**
   * Fills a cluster from a batch looked up before (for several clusters at once, say): a member
   * whose identifier the batch does not hold is reported {@link EnrichmentStatus#FAILED}.
   *
   * @param cluster the cluster
   * @param batch the results, holding {@link #sirens(Cluster)} and {@link #sirets(Cluster)}
   * @return the enriched cluster and the report
   */
  public Enrichment enrich(Cluster cluster, LookupBatch batch) {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(batch, "batch");
    List<Membership> members = cluster.members();
    List<MemberWork> work = new ArrayList<>(members.size());
    for (Membership member : members) {
      MemberWork w = new MemberWork(member.stakeholder());
      read(w, batch);
      w.apply();
      work.add(w);
    }
    Cluster enriched = rebuild(cluster, work);
    enriched = settle(cluster, enriched, work);
    List<EnrichmentEntry> entries = new ArrayList<>();
    for (MemberWork w : work) {
      entries.addAll(w.entries());
    }
    return new Enrichment(enriched, new EnrichmentReport(entries));
  }

  /**
   * The cluster with each member's stakeholder as filled, or the cluster itself when nothing was
   * filled.
   */
  private static Cluster rebuild(Cluster cluster, List<MemberWork> work) {
    boolean changed = false;
    List<Membership> members = new ArrayList<>(work.size());
    for (int i = 0; i < work.size(); i++) {
      Membership member = cluster.members().get(i);
      Stakeholder filled = work.get(i).withSources();
      changed |= filled != member.stakeholder();
      members.add(filled == member.stakeholder() ? member : member.withStakeholder(filled));
    }
    return changed ? Cluster.builder().from(cluster).members(members).build() : cluster;
  }

  /**
   * Validates the enriched cluster; a violation it has and the cluster given had not, at a fact the
   * register filled, takes that fact back (a conflict with the violation), until none is left.
   */
  private Cluster settle(Cluster given, Cluster enriched, List<MemberWork> work) {
    if (enriched == given) {
      return enriched;
    }
    List<Violation> after = validator().validate(enriched);
    if (after.isEmpty()) {
      return enriched;
    }
    Set<Violation> before = new HashSet<>(validator().validate(given));
    Cluster current = enriched;
    for (int round = 0; round < 32; round++) {
      boolean reverted = false;
      for (Violation violation : after) {
        if (before.contains(violation)) {
          continue;
        }
        Matcher m = MEMBER_FACT.matcher(violation.path());
        if (!m.find()) {
          throw new IllegalStateException(
              "enriching added a violation outside the members: " + violation.path());
        }
        MemberWork w = work.get(Integer.parseInt(m.group(1)));
        if (!w.revert(m.group(2), violation)) {
          throw new IllegalStateException(
              "enriching added a violation at a fact it did not fill: "
                  + violation.path()
                  + " "
                  + violation.code());
        }
        reverted = true;
      }
      if (!reverted) {
        return current;
      }
      current = rebuild(given, work);
      after = validator().validate(current);
      if (after.isEmpty()) {
        return current;
      }
    }
    throw new IllegalStateException("enriching did not settle");
  }

  // ------------------------------------------------------------------------------------------
  // reading

  private void read(MemberWork w, LookupBatch batch) {
    Stakeholder s = w.original;
    LookupResult result;
    if (s.siret().isPresent()) {
      result = batch.sirets().get(s.siret().get());
      w.identifier = s.siret().get().toString();
    } else if (s.siren().isPresent()) {
      result = batch.sirens().get(s.siren().get());
      w.identifier = s.siren().get().toString();
    } else {
      w.note(w.entry(EnrichmentStatus.NO_IDENTIFIER, "register.enrich.noIdentifier"));
      return;
    }
    if (result == null) {
      w.note(
          w.entry(EnrichmentStatus.FAILED, "register.enrich.failed")
              .failure(
                  new LookupFailure(
                      "register.enrich.notLookedUp", Map.of("identifier", w.identifier))));
      return;
    }
    if (result.status() == LookupStatus.FAILED) {
      w.note(
          w.entry(EnrichmentStatus.FAILED, "register.enrich.failed")
              .source(result.source())
              .failure(result.failure().orElseThrow()));
      return;
    }
    if (result.status() == LookupStatus.NOT_FOUND) {
      w.note(
          w.entry(
                  EnrichmentStatus.NOT_FOUND,
                  result.legalUnit().isPresent()
                      ? "register.enrich.notFound.establishment"
                      : "register.enrich.notFound")
              .source(result.source()));
    }
    if (result.partiallyDiffusible()) {
      Set<String> masked = result.maskedFields();
      w.note(
          w.entry(
                  EnrichmentStatus.NOT_DIFFUSIBLE,
                  masked.isEmpty()
                      ? "register.enrich.notDiffusible.unlisted"
                      : "register.enrich.notDiffusible")
              .source(result.source())
              .masked(masked));
    }
    Optional<LegalUnit> unit = result.legalUnit();
    boolean ceased =
        unit.flatMap(LegalUnit::state).map(f -> f.value() == UnitState.CEASED).orElse(false);
    unit.ifPresent(u -> readUnit(w, u));
    Optional<Establishment> establishment =
        result.isFound() ? result.establishment() : Optional.empty();
    establishment.ifPresent(e -> readEstablishment(w, e, ceased, s.siret().isPresent()));
    result.employer().ifPresent(e -> readEmployer(w, e));
  }

  private void readUnit(MemberWork w, LegalUnit unit) {
    Stakeholder s = w.original;
    unit.legalCategory()
        .ifPresent(
            f ->
                w.candidate(
                    "legalCategory",
                    f.value().code(),
                    f,
                    s.legalCategory().map(c -> c.code()),
                    b -> b.legalCategory(f.value())));
    unit.activity()
        .ifPresent(
            f ->
                f.value()
                    .naf()
                    .ifPresent(
                        naf ->
                            w.candidate(
                                "activity",
                                naf.toString(),
                                f,
                                s.activity().map(NafCode::toString),
                                b -> b.activity(naf))));
    unit.creationDate()
        .ifPresent(
            f -> {
              LocalDate created = f.value();
              Optional<PartialDate> declared = s.createdOn();
              w.candidate(
                  "createdOn",
                  created.toString(),
                  f,
                  declared.map(PartialDate::toString),
                  declared.map(d -> d.contains(created)).orElse(false),
                  b -> b.createdOn(created));
            });
    readCessation(w, unit);
    unit.sseFlag()
        .ifPresent(
            f -> {
              boolean flag = f.value() == RegisterFlag.YES;
              w.candidate(
                  "sseFieldFlag",
                  Boolean.toString(flag),
                  f,
                  s.sseFieldFlag().map(String::valueOf),
                  b -> b.sseFieldFlag(flag));
            });
    unit.essDirectory()
        .ifPresent(
            f ->
                w.note(
                    w.entry(EnrichmentStatus.NOTED, "register.enrich.noted.essDirectory")
                        .value(f.value().toString())
                        .field(f.field())
                        .raw(f.raw())
                        .source(f.source())));
    unit.rna()
        .ifPresent(
            f ->
                w.candidate(
                    "rna",
                    f.value().toString(),
                    f,
                    s.rna().map(Object::toString),
                    b -> b.rna(f.value())));
  }

  private void readCessation(MemberWork w, LegalUnit unit) {
    Stakeholder s = w.original;
    Optional<RegisterFact<UnitState>> state = unit.state();
    if (state.isEmpty()) {
      return;
    }
    RegisterFact<UnitState> fact = state.get();
    RegisterSource source = fact.source();
    if (fact.value() == UnitState.ACTIVE) {
      // Active on the day of the data: a cessation declared on or before that day contradicts it.
      Optional<PartialDate> declared = s.ceasedOn().or(s::ceasedBy);
      if (declared.isPresent() && !declared.get().latest().isAfter(source.date())) {
        w.note(
            w.entry(EnrichmentStatus.CONFLICT, "register.enrich.conflict.active")
                .fact(s.ceasedOn().isPresent() ? "ceasedOn" : "ceasedBy")
                .declared(declared.get().toString())
                .value(fact.raw())
                .field(fact.field())
                .raw(fact.raw())
                .source(source));
      }
      return;
    }
    EndDate end;
    String field;
    String raw;
    if (unit.cessation().isPresent()) {
      end = unit.cessation().get().value();
      field = unit.cessation().get().field();
      raw = unit.cessation().get().raw();
    } else {
      // Ceased, without a date: it had ceased by the day of the data, at the latest.
      end = new EndDate(source.date(), EndDate.Precision.ON_OR_BEFORE);
      field = fact.field();
      raw = fact.raw();
    }
    LocalDate date = end.date();
    boolean exact = end.precision() == EndDate.Precision.EXACT;
    String property = exact ? "ceasedOn" : "ceasedBy";
    String code =
        exact
            ? "register.enrich.ceased.exact"
            : unit.cessation().isPresent()
                ? "register.enrich.ceased.onOrBefore"
                : "register.enrich.ceased.undated";
    w.note(
        w.entry(EnrichmentStatus.CEASED, code)
            .fact(property)
            .value(date.toString())
            .field(field)
            .raw(raw)
            .source(source));
    RegisterFact<EndDate> origin = new RegisterFact<>(end, raw, field, source);
    if (s.ceasedOn().isPresent()) {
      PartialDate declared = s.ceasedOn().get();
      // An exact day must be in the declared period; a latest date must not be before all of it.
      boolean agrees = exact ? declared.contains(date) : !declared.isAfter(date);
      w.compare("ceasedOn", date.toString(), origin, declared.toString(), agrees);
    } else if (s.ceasedBy().isPresent()) {
      PartialDate declared = s.ceasedBy().get();
      boolean agrees = !exact || !date.isAfter(declared.latest());
      w.compare("ceasedBy", date.toString(), origin, declared.toString(), agrees);
    } else {
      w.candidate(
          property,
          date.toString(),
          origin,
          Optional.empty(),
          b -> exact ? b.ceasedOn(date) : b.ceasedBy(date));
    }
  }

  private void readEstablishment(
      MemberWork w, Establishment establishment, boolean unitCeased, boolean bySiret) {
    boolean closed =
        establishment.state().map(f -> f.value() == EstablishmentState.CLOSED).orElse(false);
    if (closed && (bySiret || !unitCeased)) {
      Optional<RegisterFact<EndDate>> closing = establishment.closing();
      String code =
          unitCeased
              ? "register.enrich.closed.ceased"
              : closing.isPresent()
                  ? (closing.get().value().precision() == EndDate.Precision.EXACT
                      ? "register.enrich.closed.exact"
                      : "register.enrich.closed.onOrBefore")
                  : "register.enrich.closed.undated";
      EnrichmentEntry.Builder entry =
          w.entry(EnrichmentStatus.CLOSED, code)
              .identifier(establishment.siret().toString())
              .source(establishment.state().get().source());
      closing.ifPresent(
          c -> entry.value(c.value().date().toString()).field(c.field()).raw(c.raw()));
      w.note(entry);
    }
    if (closed && !unitCeased) {
      // Where an establishment was, not where the member is: the commune of a unit that lives on
      // elsewhere.
      return;
    }
    establishment
        .commune()
        .ifPresent(
            f -> {
              RegisterCommune commune = f.value();
              CommuneCode published = commune.published();
              Optional<CommuneCode> declared = w.original.location();
              boolean agrees = declared.map(d -> sameCommune(d, published)).orElse(false);
              w.candidate(
                  "location",
                  published.toString(),
                  f,
                  declared.map(CommuneCode::toString),
                  agrees,
                  b -> b.location(published));
            });
  }

  /**
   * Whether a declared commune agrees with the one the register publishes: the same code, or a city
   * and one of its arrondissements (or a commune nouvelle and one of its delegated communes) either
   * way round. Two arrondissements of one city disagree.
   */
  private boolean sameCommune(CommuneCode declared, CommuneCode published) {
    if (declared.equals(published)) {
      return true;
    }
    Optional<CommuneCode> ofPublished = geography.currentCommuneOf(published).map(Commune::code);
    Optional<CommuneCode> ofDeclared = geography.currentCommuneOf(declared).map(Commune::code);
    return ofPublished.map(declared::equals).orElse(false)
        || ofDeclared.map(published::equals).orElse(false);
  }

  private static void readEmployer(MemberWork w, EmployerEvidence evidence) {
    Optional<Boolean> employs = evidence.employs();
    if (employs.isEmpty()) {
      return;
    }
    boolean value = employs.get();
    Stakeholder s = w.original;
    RegisterFact<Boolean> origin =
        new RegisterFact<>(
            value,
            value ? RegisterFlag.YES.code() : RegisterFlag.NO.code(),
            evidence.field(),
            evidence.source());
    if (s.employer().isEmpty() && s.employees().isPresent()) {
      // A head count declares it: compared, never filled beside it.
      boolean declared = s.employees().getAsInt() > 0;
      w.compare(
          "employer",
          Boolean.toString(value),
          origin,
          "employees " + s.employees().getAsInt(),
          declared == value);
      return;
    }
    w.candidate(
        "employer",
        Boolean.toString(value),
        origin,
        s.employer().map(String::valueOf),
        b -> b.employer(value));
  }

  // ---------------------------------------------------------------------------------------------
  // work

  /** One fact the register gives for a member that does not declare it. */
  private record Fill(
      String fact,
      String value,
      RegisterFact<?> origin,
      UnaryOperator<Stakeholder.Builder> apply) {}

  /** What the enricher does for one member. */
  private static final class MemberWork {
    final Stakeholder original;
    @Nullable String identifier;

    /** The entries other than the facts filled, in the order found. */
    final List<EnrichmentEntry.Builder> notes = new ArrayList<>();

    final List<Fill> candidates = new ArrayList<>();
    final List<Fill> applied = new ArrayList<>();

    /** Conflicts found while applying, with the model's violation. */
    final List<EnrichmentEntry.Builder> refused = new ArrayList<>();

    Stakeholder current;

    MemberWork(Stakeholder original) {
      this.original = original;
      this.current = original;
    }

    EnrichmentEntry.Builder entry(EnrichmentStatus status, String code) {
      return EnrichmentEntry.builder(status, code, original.id(), original.name())
          .identifier(identifier);
    }

    void note(EnrichmentEntry.Builder entry) {
      notes.add(entry);
    }

    /** A fact compared by equality of its written form. */
    void candidate(
        String fact,
        String value,
        RegisterFact<?> origin,
        Optional<String> declared,
        UnaryOperator<Stakeholder.Builder> apply) {
      candidate(fact, value, origin, declared, declared.map(value::equals).orElse(false), apply);
    }

    /** A fact: filled when not declared, compared when declared. */
    void candidate(
        String fact,
        String value,
        RegisterFact<?> origin,
        Optional<String> declared,
        boolean agrees,
        UnaryOperator<Stakeholder.Builder> apply) {
      if (declared.isPresent()) {
        compare(fact, value, origin, declared.get(), agrees);
      } else {
        candidates.add(new Fill(fact, value, origin, apply));
      }
    }

    void compare(
        String fact, String value, RegisterFact<?> origin, String declared, boolean agrees) {
      if (!agrees) {
        note(
            entry(EnrichmentStatus.CONFLICT, "register.enrich.conflict")
                .fact(fact)
                .value(value)
                .declared(declared)
                .field(origin.field())
                .raw(origin.raw())
                .source(origin.source()));
      }
    }

    /**
     * Applies the candidates one by one; one the model refuses is a conflict, and the others stay.
     */
    void apply() {
      for (Fill fill : candidates) {
        try {
          current = fill.apply().apply(Stakeholder.builder().from(current)).build();
          applied.add(fill);
        } catch (InvalidInputException e) {
          refused.add(refusal(fill, e.violations().get(0)));
        }
      }
    }

    EnrichmentEntry.Builder refusal(Fill fill, Violation violation) {
      return entry(EnrichmentStatus.CONFLICT, "register.enrich.refused")
          .fact(fill.fact())
          .value(fill.value())
          .field(fill.origin().field())
          .raw(fill.origin().raw())
          .source(fill.origin().source())
          .refusal(violation);
    }

    /** Takes back a fact the cluster's validation refused; false when no such fact was filled. */
    boolean revert(String fact, Violation violation) {
      for (int i = 0; i < applied.size(); i++) {
        if (applied.get(i).fact().equals(fact)) {
          Fill fill = applied.remove(i);
          refused.add(refusal(fill, violation));
          Stakeholder rebuilt = original;
          for (Fill kept : applied) {
            rebuilt = kept.apply().apply(Stakeholder.builder().from(rebuilt)).build();
          }
          current = rebuilt;
          return true;
        }
      }
      return false;
    }

    /**
     * The stakeholder as filled, with one REGISTER source per register source used, naming its
     * facts.
     */
    Stakeholder withSources() {
      if (applied.isEmpty()) {
        return original;
      }
      Map<RegisterSource, Set<String>> facts = new LinkedHashMap<>();
      for (Fill fill : applied) {
        facts.computeIfAbsent(fill.origin().source(), k -> new TreeSet<>()).add(fill.fact());
      }
      List<Source> sources = new ArrayList<>(current.sources());
      for (Map.Entry<RegisterSource, Set<String>> used : facts.entrySet()) {
        Source source = source(used.getKey(), used.getValue());
        int same = sameSource(sources, source);
        if (same >= 0) {
          Set<String> union = new TreeSet<>(sources.get(same).facts());
          union.addAll(used.getValue());
          sources.set(same, sources.get(same).withFacts(union));
        } else {
          sources.add(source);
        }
      }
      return current.withSources(sources);
    }

    /**
     * The entries of the member: what the register said of it (not found, withheld, ceased, closed,
     * failed), the facts filled, the conflicts, and what is only noted.
     */
    List<EnrichmentEntry> entries() {
      List<EnrichmentEntry> built = notes.stream().map(EnrichmentEntry.Builder::build).toList();
      List<EnrichmentEntry> out = new ArrayList<>();
      built.stream()
          .filter(
              e -> e.status() != EnrichmentStatus.CONFLICT && e.status() != EnrichmentStatus.NOTED)
          .forEach(out::add);
      for (Fill fill : applied) {
        out.add(
            entry(EnrichmentStatus.FILLED, "register.enrich.filled")
                .fact(fill.fact())
                .value(fill.value())
                .field(fill.origin().field())
                .raw(fill.origin().raw())
                .source(fill.origin().source())
                .build());
      }
      built.stream().filter(e -> e.status() == EnrichmentStatus.CONFLICT).forEach(out::add);
      refused.forEach(r -> out.add(r.build()));
      built.stream().filter(e -> e.status() == EnrichmentStatus.NOTED).forEach(out::add);
      return out;
    }
  }

  /**
   * The index of a source of the same register, file and date whose facts are listed; -1 when there
   * is none.
   */
  private static int sameSource(List<Source> sources, Source source) {
    for (int i = 0; i < sources.size(); i++) {
      Source s = sources.get(i);
      if (!s.facts().isEmpty()
          && s.kind() == source.kind()
          && s.title().equals(source.title())
          && s.url().equals(source.url())
          && s.readOn().equals(source.readOn())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The source a stakeholder lists for facts read in a register: a title that names the register
   * and the file or the identifier called (the same in every language: it is data), the dataset's
   * page or the call's address, and the date of the extract or of the call.
   */
  static Source source(RegisterSource register, Collection<String> facts) {
    Source.Builder source =
        Source.builder()
            .kind(SourceKind.REGISTER)
            .readOn(PartialDate.of(register.date()))
            .facts(facts);
    if (register.kind() == RegisterSource.Kind.SIRENE_STOCK) {
      return source
          .title("INSEE, Sirene: " + register.name() + ", " + register.date())
          .url(SIRENE_DATASET)
          .build();
    }
    String call = register.name();
    int query = call.indexOf("q=");
    String identifier = query < 0 ? call : call.substring(query + 2).replaceAll("[&#].*", "");
    return source
        .title(
            "Recherche d'entreprises API: "
                + identifier
                + ", "
                + register.retrievedAt().orElseThrow()
                + (register.fromCache() ? " (cache)" : ""))
        .url(call)
        .build();
  }
}
