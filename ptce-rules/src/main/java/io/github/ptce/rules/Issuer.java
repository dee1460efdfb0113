package io.github.ptce.rules;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Who sets a scheme's rules: a {@link Kind} of issuer (the law, the State, a région, a commune, a
 * foundation, a private funder, …) and, where the kind alone does not say which one, the issuer's
 * name.
 *
 * <p>Any public body or private funder can publish a scheme: a département, a commune or an
 * intercommunality for its territory, a foundation or a company for its grants, a European
 * programme. The well-known issuers of the bundled schemes are the constants {@link #LAW}, {@link
 * #STATE}, {@link #REGION}, {@link #DEPARTEMENT} and {@link #NETWORK}; the others are made with
 * {@link #of(Kind)} or {@link #of(Kind, Message)}:
 *
 * <pre>{@code
 * Issuer foundation = Issuer.of(Issuer.Kind.FOUNDATION, Message.of(MESSAGES, "org.example.fund.issuer", Map.of()));
 * }</pre>
 *
 * Reports show the kind in the reader's language, followed by the name when there is one; the JSON
 * formats write the kind as {@code "issuer"} and the name, when there is one, as the message {@code
 * "issuerName"}.
 *
 * <p>Immutable and thread-safe; a value type: equal when kind and name are.
 */
public final class Issuer {

  /**
   * The kinds of issuer. New kinds may be added in a minor version (a new enum constant of the JSON
   * formats).
   */
  public enum Kind {
    /** Parliament: a law or its implementing decree. */
    LAW,
    /** The State (a ministry, the DG Trésor). */
    STATE,
    /** A région. */
    REGION,
    /** A département. */
    DEPARTEMENT,
    /** A network of the PTCEs themselves (the national charter). */
    NETWORK,
    /** A commune. */
    COMMUNE,
    /**
     * A grouping of communes: an EPCI (a métropole, a communauté urbaine, d'agglomération or de
     * communes).
     */
    INTERCOMMUNALITY,
    /** Another public body: a public establishment, a public-interest group. */
    PUBLIC_BODY,
    /** A programme or fund of the European Union. */
    EUROPEAN_UNION,
    /** A foundation or an endowment fund. */
    FOUNDATION,
    /** Another private funder: a company, a bank, a mutual, an association. */
    PRIVATE_FUNDER,
    /** Any other issuer: {@link Issuer#of(Kind, Message)} must name it. */
    OTHER
  }

  /** Parliament: a law or its implementing decree. */
  public static final Issuer LAW = new Issuer(Kind.LAW, null);

  /** The State (a ministry, the DG Trésor). */
  public static final Issuer STATE = new Issuer(Kind.STATE, null);

  /** A région. */
  public static final Issuer REGION = new Issuer(Kind.REGION, null);

  /** A département. */
  public static final Issuer DEPARTEMENT = new Issuer(Kind.DEPARTEMENT, null);

  /** A network of the PTCEs themselves (the national charter). */
  public static final Issuer NETWORK = new Issuer(Kind.NETWORK, null);

  private final Kind kind;
  private final @Nullable Message name;

  private Issuer(Kind kind, @Nullable Message name) {
    this.kind = kind;
    this.name = name;
  }

  /**
   * Returns an issuer known by its kind alone.
   *
   * @param kind the kind of issuer
   * @return the issuer, without a name
   * @throws IllegalArgumentException for {@link Kind#OTHER}, which needs a name
   */
  public static Issuer of(Kind kind) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case LAW -> LAW;
      case STATE -> STATE;
      case REGION -> REGION;
      case DEPARTEMENT -> DEPARTEMENT;
      case NETWORK -> NETWORK;
      case OTHER ->
          throw new IllegalArgumentException(
              "an issuer of kind OTHER needs its name: use " + "Issuer.of(Kind.OTHER, name)");
      default -> new Issuer(kind, null);
    };
  }

  /**
   * Returns a named issuer.
   *
   * @param kind the kind of issuer
   * @param name the issuer's name in French and English, e.g. « Département de l'Oise », a message
   *     of the scheme's bundle
   * @return the issuer
   */
  public static Issuer of(Kind kind, Message name) {
    return new Issuer(Objects.requireNonNull(kind, "kind"), Objects.requireNonNull(name, "name"));
  }

  /**
   * Returns the kind of issuer.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the issuer's name.
   *
   * @return the name, empty when the kind alone says who it is (the law, the State) or the scheme
   *     does not say
   */
  public Optional<Message> name() {
    return Optional.ofNullable(name);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Issuer i && kind == i.kind && Objects.equals(name, i.name);
  }

  @Override
  public int hashCode() {
    return 31 * kind.hashCode() + Objects.hashCode(name);
  }

  /**
   * Returns the kind, followed by the English name when there is one: {@code REGION}, {@code
   * FOUNDATION: …}.
   */
  @Override
  public String toString() {
    return name == null ? kind.name() : kind.name() + ": " + name;
  }
}
