package io.github.ptce.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.Validated;
import io.github.ptce.examples.samples.Sample;
import io.github.ptce.rules.json.EvaluationRequest;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The shared objects of the tool and the service, and the languages they answer in. */
class ServicesTest {
  @Test
  void theSampleRequestsAreReadWithTheLibrarysFormat() {
    Validated<EvaluationRequest> read = Services.requests().readRequest(Sample.TETRIS.cluster());
    assertTrue(read.isValid(), read::toString);
    assertEquals(
        "SCIC TETRIS (Transition Écologique Territoriale par la Recherche et l'Innovation Sociale)",
        read.orElseThrow().cluster().name());
    for (Sample sample : Sample.values()) {
      sample
          .assessments()
          .ifPresent(
              bytes ->
                  assertTrue(
                      Services.requests().readAssessments(bytes).isValid(), sample::toString));
    }
  }

  @Test
  void languagesOfHttpAndCommandLine() {
    assertEquals(Locale.FRENCH, Languages.fromAcceptLanguage("fr-CA,fr;q=0.9"));
    assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("de-DE, en;q=0.5, fr;q=0.4"));
    assertEquals(Locale.FRENCH, Languages.fromAcceptLanguage("de-DE, en;q=0.3, fr;q=0.4"));
    assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("*"));
    assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage("fr;q=0"));
    assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage(";;;=="));
    assertEquals(Locale.ENGLISH, Languages.fromAcceptLanguage(null));
    assertEquals(Locale.FRENCH, Languages.parse("FR_fr").orElseThrow());
    assertTrue(Languages.parse("de").isEmpty());
    assertEquals(Locale.FRENCH, Languages.follow(Locale.CANADA_FRENCH));
    assertEquals(Locale.ENGLISH, Languages.follow(new Locale("tr", "TR")));
  }

  @Test
  void everyMessageExistsInBothLanguages() {
    assertEquals(Messages.bundle().keys(Locale.ENGLISH), Messages.bundle().keys(Locale.FRENCH));
  }

  @Test
  void theWarmUpClusterIsValidAndEvaluates() {
    assertEquals(List.of(), Services.validator().validate(Warmup.cluster()));
    Warmup.run();
  }
}
