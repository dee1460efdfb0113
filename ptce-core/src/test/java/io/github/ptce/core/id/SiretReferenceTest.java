package io.github.ptce.core.id;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.ptce.core.InvalidValueException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * {@link Siret} agrees with implementations written without it: a reference written here from
 * python-stdnum's rule ({@code stdnum/fr/siret.py}: La Poste's establishments but its head office
 * by the sum of their digits, every other SIRET by Luhn, and the first nine digits a valid SIREN),
 * on generated numbers; and the npm package {@code siret} 1.0.1, whose answers on 6,003 numbers are
 * committed as a fixture with their provenance ({@code scripts/identifiers/regenerate.sh}).
 */
class SiretReferenceTest {
  private static final String LA_POSTE = "356000000";
  private static final String HEAD_OFFICE = "35600000000048";

  /**
   * The digit sum of twice a digit: the Luhn step, as a table rather than the "minus nine" of the
   * main code.
   */
  private static final int[] DOUBLED = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};

  static boolean luhn(String digits) {
    int sum = 0;
    for (int fromRight = 0; fromRight < digits.length(); fromRight++) {
      int digit = digits.charAt(digits.length() - 1 - fromRight) - '0';
      sum += fromRight % 2 == 1 ? DOUBLED[digit] : digit;
    }
    return sum % 10 == 0;
  }

  static int digitSum(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      sum += digits.charAt(i) - '0';
    }
    return sum;
  }

  static boolean laPosteRule(String digits) {
    return digits.startsWith(LA_POSTE) && !digits.equals(HEAD_OFFICE);
  }

  /** python-stdnum's {@code validate}, on 14 ASCII digits. */
  static boolean reference(String digits) {
    boolean key = laPosteRule(digits) ? digitSum(digits) % 5 == 0 : luhn(digits);
    return key && luhn(digits.substring(0, 9));
  }

  private static String keyed(String payload) {
    for (int k = 0; k < 10; k++) {
      if (luhn(payload + k)) {
        return payload + k;
      }
    }
    throw new AssertionError(payload);
  }

  private static Gen<String> digits(int count) {
    return Generate.longRange(0, (long) Math.pow(10, count) - 1)
        .map(n -> String.format("%0" + count + "d", n));
  }

  /** Random numbers, La Poste numbers, numbers whose 14 digits pass Luhn, and valid SIRETs. */
  static Gen<String> numbers() {
    return Generate.oneOf(
        digits(14),
        digits(5).map(nic -> LA_POSTE + nic),
        digits(13).map(SiretReferenceTest::keyed),
        digits(8).map(s -> keyed(s)).zip(digits(4), (siren, nic) -> keyed(siren + nic)),
        Generate.constant(HEAD_OFFICE));
  }

  @Test
  void agreesWithTheStdnumRuleOnGeneratedNumbers() {
    AtomicInteger laPosteLuhnOnly = new AtomicInteger();
    AtomicInteger sirenPartInvalid = new AtomicInteger();
    AtomicInteger valid = new AtomicInteger();
    qt().withFixedSeed(13L)
        .withExamples(20_000)
        .forAll(numbers())
        .checkAssert(
            number -> {
              boolean expected = reference(number);
              assertEquals(expected, Siret.isValid(number), number);
              if (expected) {
                valid.incrementAndGet();
                Siret siret = Siret.parse(number);
                assertEquals(number.substring(0, 9), siret.siren().toString());
              } else {
                InvalidValueException e =
                    assertThrows(InvalidValueException.class, () -> Siret.parse(number), number);
                assertEquals("siret.checksum", e.code());
              }
              if (laPosteRule(number) && luhn(number) && digitSum(number) % 5 != 0) {
                laPosteLuhnOnly.incrementAndGet();
              }
              if (luhn(number) && !luhn(number.substring(0, 9))) {
                sirenPartInvalid.incrementAndGet();
              }
            });
    // The cases that were wrong are really drawn: La Poste numbers valid only by Luhn, and 14
    // digits that pass
    // Luhn over a first nine that do not.
    assertTrue(
        laPosteLuhnOnly.get() > 100, "La Poste numbers valid by Luhn only: " + laPosteLuhnOnly);
    assertTrue(sirenPartInvalid.get() > 1_000, "SIREN part invalid: " + sirenPartInvalid);
    assertTrue(valid.get() > 4_000, "valid: " + valid);
  }

  record Answer(String number, boolean npmSiret, boolean npmSiren) {}

  static List<Answer> npmFixture() throws IOException {
    List<Answer> answers = new ArrayList<>();
    try (InputStream in =
            SiretReferenceTest.class.getResourceAsStream("/identifiers/siret-npm.tsv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.startsWith("#")) {
          String[] columns = line.split("\t", -1);
          answers.add(new Answer(columns[0], columns[1].equals("1"), columns[2].equals("1")));
        }
      }
    }
    return answers;
  }

  @Test
  void agreesWithTheNpmPackageSiret() throws IOException {
    List<Answer> answers = npmFixture();
    assertEquals(6_003, answers.size());
    int laPoste = 0;
    int valid = 0;
    for (Answer answer : answers) {
      String number = answer.number();
      // The package has the Luhn key of both numbers; the La Poste rule is python-stdnum's.
      boolean expected =
          (laPosteRule(number) ? digitSum(number) % 5 == 0 : answer.npmSiret())
              && answer.npmSiren();
      assertEquals(expected, Siret.isValid(number), number);
      // The reference of this test agrees with the package where the package has a rule.
      assertEquals(answer.npmSiret(), luhn(number), number);
      assertEquals(answer.npmSiren(), luhn(number.substring(0, 9)), number);
      laPoste += number.startsWith(LA_POSTE) ? 1 : 0;
      valid += expected ? 1 : 0;
    }
    assertTrue(laPoste > 1_900 && valid > 1_000, laPoste + " La Poste, " + valid + " valid");
  }
}
