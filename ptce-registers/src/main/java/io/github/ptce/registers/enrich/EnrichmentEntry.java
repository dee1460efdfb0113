package io.github.ptce.registers.enrich;

import io.github.ptce.core.Violation;
import io.github.ptce.registers.LookupFailure;
import io.github.ptce.registers.RegisterSource;
import io.github.ptce.registers.internal.Messages;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * One line of an {@link EnrichmentReport}: a fact filled or in conflict, or what the register said
 * of a member (not found, in partial diffusion, ceased, closed, failed), with the register field
 * and the source it comes from.
 *
 * <p>Values are written as the cluster format writes them ({@code 9220}, {@code 75115}, {@code
 * 2010-03-15}, {@code true}); {@link #raw()} is the text as the register writes it. {@link
 * #message(Locale)} says it in one sentence, in French or English.
 *
 * <p>Immutable and thread-safe.
 */
public final class EnrichmentEntry {
  private final EnrichmentStatus status;
  private final String code;
  private final String member;
  private final String memberName;
  private final @Nullable String identifier;
  private final @Nullable String fact;
  private final @Nullable String value;
  private final @Nullable String declared;
  private final @Nullable String field;
  private final @Nullable String raw;
  private final @Nullable RegisterSource source;
  private final @Nullable Violation refusal;
  private final @Nullable LookupFailure failure;
  private final Set<String> masked;

  private EnrichmentEntry(Builder b) {
    this.status = b.status;
    this.code = b.code;
    this.member = b.member;
    this.memberName = b.memberName;
    this.identifier = b.identifier;
    this.fact = b.fact;
    this.value = b.value;
    this.declared = b.declared;
    this.field = b.field;
    this.raw = b.raw;
    this.source = b.source;
    this.refusal = b.refusal;
    this.failure = b.failure;
    this.masked = Collections.unmodifiableSortedSet(new TreeSet<>(b.masked));
  }

  static Builder builder(EnrichmentStatus status, String code, String member, String memberName) {
    return new Builder(status, code, member, memberName);
  }

  /**
   * Returns what became of the fact or the member.
   *
   * @return the status
   */
  public EnrichmentStatus status() {
    return status;
  }

  /**
   * Returns the stable code of the entry's message, e.g. {@code register.enrich.filled}.
   *
   * @return a key of ptce-registers' messages
   */
  public String code() {
    return code;
  }

  /**
   * Returns the member, by its stakeholder id.
   *
   * @return the id
   */
  public String member() {
    return member;
  }

  /**
   * Returns the member's name, as the cluster gives it.
   *
   * @return the name
   */
  public String memberName() {
    return memberName;
  }

  /**
   * Returns the SIREN or SIRET looked up.
   *
   * @return 9 or 14 digits; empty for {@link EnrichmentStatus#NO_IDENTIFIER}
   */
  public Optional<String> identifier() {
    return Optional.ofNullable(identifier);
  }

  /**
   * Returns the stakeholder property concerned, as the cluster format names it ({@code
   * legalCategory}, {@code location}, {@code ceasedBy}, …).
   *
   * @return the property, for {@link EnrichmentStatus#FILLED}, {@link EnrichmentStatus#CONFLICT}
   *     and {@link EnrichmentStatus#CEASED}
   */
  public Optional<String> fact() {
    return Optional.ofNullable(fact);
  }

  /**
   * Returns the register's value, as the cluster format writes it; for a ceased unit or a closed
   * establishment, its date.
   *
   * @return the value, when there is one
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the value the cluster declares, for a {@link EnrichmentStatus#CONFLICT}.
   *
   * @return the declared value, as the cluster format writes it
   */
  public Optional<String> declared() {
    return Optional.ofNullable(declared);
  }

  /**
   * Returns the register field the value was read from: a stock-file column or a JSON path in the
   * API's answer.
   *
   * @return e.g. {@code categorieJuridiqueUniteLegale}, {@code siege.commune}
   */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * Returns the value as the register writes it (for a commune, the published arrondissement code).
   *
   * @return the text
   */
  public Optional<String> raw() {
    return Optional.ofNullable(raw);
  }

  /**
   * Returns the source consulted: a stock file with the date of its extract, or an API call with
   * its date.
   *
   * @return the source; empty for {@link EnrichmentStatus#NO_IDENTIFIER}
   */
  public Optional<RegisterSource> source() {
    return Optional.ofNullable(source);
  }

  /**
   * Returns the date of the data: the extract date of a stock file, or the day of the API call.
   *
   * @return the date, when there is a source
   */
  public Optional<java.time.LocalDate> date() {
    return source().map(RegisterSource::date);
  }

  /**
   * Returns why the cluster's model refused the register's value (it contradicts another declared
   * fact).
   *
   * @return the violation, for a {@link EnrichmentStatus#CONFLICT} the model refused
   */
  public Optional<Violation> refusal() {
    return Optional.ofNullable(refusal);
  }

  /**
   * Returns why the register could not answer.
   *
   * @return the failure, for {@link EnrichmentStatus#FAILED}
   */
  public Optional<LookupFailure> failure() {
    return Optional.ofNullable(failure);
  }

  /**
   * Returns the fields the register withholds, for {@link EnrichmentStatus#NOT_DIFFUSIBLE}.
   *
   * @return the column or JSON names, sorted; empty otherwise
   */
  public Set<String> masked() {
    return masked;
  }

  /**
   * Returns the entry in one sentence.
   *
   * @param locale French or English
   * @return the message
   */
  public String message(Locale locale) {
    Map<String, String> arguments = new LinkedHashMap<>();
    arguments.put("member", memberName);
    arguments.put("id", member);
    arguments.put("identifier", identifier == null ? "" : identifier);
    arguments.put("fact", fact == null ? "" : fact);
    arguments.put("value", value == null ? "" : value);
    arguments.put("declared", declared == null ? "" : declared);
    arguments.put("field", field == null ? "" : field);
    arguments.put("source", source == null ? "" : source.citation(locale));
    arguments.put("violation", refusal == null ? "" : refusal.message(locale));
    arguments.put("detail", failure == null ? "" : failure.message(locale));
    arguments.put("masked", String.join(", ", masked));
    return Messages.format(locale, code, arguments);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EnrichmentEntry e
        && status == e.status
        && code.equals(e.code)
        && member.equals(e.member)
        && memberName.equals(e.memberName)
        && Objects.equals(identifier, e.identifier)
        && Objects.equals(fact, e.fact)
        && Objects.equals(value, e.value)
        && Objects.equals(declared, e.declared)
        && Objects.equals(field, e.field)
        && Objects.equals(raw, e.raw)
        && Objects.equals(source, e.source)
        && Objects.equals(refusal, e.refusal)
        && Objects.equals(failure, e.failure)
        && masked.equals(e.masked);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, code, member, identifier, fact, value, declared, field, source);
  }

  @Override
  public String toString() {
    return status
        + " "
        + member
        + (fact == null ? "" : " " + fact)
        + (value == null ? "" : " = " + value)
        + (declared == null ? "" : " (declared " + declared + ")");
  }

  /** Builds an entry; for the enricher. */
  static final class Builder {
    private final EnrichmentStatus status;
    private final String code;
    private final String member;
    private final String memberName;
    private @Nullable String identifier;
    private @Nullable String fact;
    private @Nullable String value;
    private @Nullable String declared;
    private @Nullable String field;
    private @Nullable String raw;
    private @Nullable RegisterSource source;
    private @Nullable Violation refusal;
    private @Nullable LookupFailure failure;
    private Set<String> masked = Set.of();

    private Builder(EnrichmentStatus status, String code, String member, String memberName) {
      this.status = Objects.requireNonNull(status, "status");
      this.code = Objects.requireNonNull(code, "code");
      this.member = Objects.requireNonNull(member, "member");
      this.memberName = Objects.requireNonNull(memberName, "memberName");
      if (!Messages.contains(code)) {
        throw new IllegalArgumentException("no message " + code);
      }
    }

    Builder identifier(@Nullable String text) {
      this.identifier = text;
      return this;
    }

    Builder fact(@Nullable String name) {
      this.fact = name;
      return this;
    }

    Builder value(@Nullable String text) {
      this.value = text;
      return this;
    }

    Builder declared(@Nullable String text) {
      this.declared = text;
      return this;
    }

    Builder field(@Nullable String name) {
      this.field = name;
      return this;
    }

    Builder raw(@Nullable String text) {
      this.raw = text;
      return this;
    }

    Builder source(@Nullable RegisterSource consulted) {
      this.source = consulted;
      return this;
    }

    Builder refusal(@Nullable Violation violation) {
      this.refusal = violation;
      return this;
    }

    Builder failure(@Nullable LookupFailure why) {
      this.failure = why;
      return this;
    }

    Builder masked(Set<String> fields) {
      this.masked = Objects.requireNonNull(fields, "fields");
      return this;
    }

    EnrichmentEntry build() {
      return new EnrichmentEntry(this);
    }
  }
}
