package io.github.ptce.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.text.MessageBundle;
import java.lang.invoke.MethodHandles;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Any public body or private funder may issue a scheme: a kind, and a name where the kind does not
 * say who.
 */
class IssuerTest {
  static final MessageBundle TEXTS =
      MessageBundle.load(
          MethodHandles.lookup(), "/io/github/ptce/rules/render/testschemes/messages");
  static final Message NAME = Message.of(TEXTS, "test.foundation.issuer", Map.of());

  @Test
  void theWellKnownIssuersAreTheirKindWithoutAName() {
    assertSame(Issuer.LAW, Issuer.of(Issuer.Kind.LAW));
    assertSame(Issuer.STATE, Issuer.of(Issuer.Kind.STATE));
    assertSame(Issuer.REGION, Issuer.of(Issuer.Kind.REGION));
    assertSame(Issuer.DEPARTEMENT, Issuer.of(Issuer.Kind.DEPARTEMENT));
    assertSame(Issuer.NETWORK, Issuer.of(Issuer.Kind.NETWORK));
    for (Issuer.Kind kind : Issuer.Kind.values()) {
      if (kind != Issuer.Kind.OTHER) {
        Issuer issuer = Issuer.of(kind);
        assertEquals(kind, issuer.kind());
        assertTrue(issuer.name().isEmpty(), kind.name());
        assertEquals(kind.name(), issuer.toString());
        assertEquals(issuer, Issuer.of(kind));
      }
    }
  }

  @Test
  void anIssuerOfAnyKindMayBeNamed() {
    Issuer foundation = Issuer.of(Issuer.Kind.FOUNDATION, NAME);
    assertEquals(Issuer.Kind.FOUNDATION, foundation.kind());
    assertEquals(NAME, foundation.name().orElseThrow());
    assertEquals("FOUNDATION: Example Foundation (test)", foundation.toString());
    assertEquals(
        foundation,
        Issuer.of(Issuer.Kind.FOUNDATION, Message.of(TEXTS, "test.foundation.issuer", Map.of())));
    assertEquals(foundation.hashCode(), Issuer.of(Issuer.Kind.FOUNDATION, NAME).hashCode());
    assertNotEquals(foundation, Issuer.of(Issuer.Kind.FOUNDATION));
    assertNotEquals(foundation, Issuer.of(Issuer.Kind.PRIVATE_FUNDER, NAME));
    assertNotEquals(Issuer.DEPARTEMENT, Issuer.of(Issuer.Kind.DEPARTEMENT, NAME));
    assertFalse(foundation.equals(null));
  }

  @Test
  void anIssuerOfKindOtherMustBeNamedAndNothingIsNull() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Issuer.of(Issuer.Kind.OTHER));
    assertEquals(
        "an issuer of kind OTHER needs its name: use Issuer.of(Kind.OTHER, name)", e.getMessage());
    assertEquals(Issuer.Kind.OTHER, Issuer.of(Issuer.Kind.OTHER, NAME).kind());
    assertThrows(NullPointerException.class, () -> Issuer.of(null));
    assertThrows(NullPointerException.class, () -> Issuer.of(Issuer.Kind.COMMUNE, null));
    assertThrows(NullPointerException.class, () -> Issuer.of(null, NAME));
  }
}
