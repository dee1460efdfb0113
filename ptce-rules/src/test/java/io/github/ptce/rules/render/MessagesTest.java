package io.github.ptce.rules.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.ptce.core.text.MessageBundle;
import io.github.ptce.core.testing.MessageFiles;
import io.github.ptce.rules.Criterion;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.spi.SchemeProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.invoke.MethodHandles;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every message file of ptce-rules is complete in English and French, and every scheme and criterion of the
 * standard catalogue has its texts in both languages and a legal basis one can read.
 *
 * <p>The message files are those of the engine, of the renderers, and of the package of every
 * {@link SchemeProvider} on the class path, so that a new scheme package is covered without touching this
 * test.
 */
class MessagesTest {

  /** The base names of every message file of ptce-rules. */
  static List<String> baseNames() {
    Set<String> names = new TreeSet<>();
    names.add("io/github/ptce/rules/messages");
    names.add("io/github/ptce/rules/render/messages");
    names.add("io/github/ptce/rules/schemes/calls/decree2015");
    for (SchemeProvider provider : ServiceLoader.load(SchemeProvider.class, MessagesTest.class.getClassLoader())) {
      names.add(provider.getClass().getPackageName().replace('.', '/') + "/messages");
    }
    return List.copyOf(names);
  }

  private static Properties read(String resource) {
    try (InputStream in = MessagesTest.class.getClassLoader().getResourceAsStream(resource)) {
      assertNotNull(in, "missing message file " + resource);
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new AssertionError(resource, e);
    }
  }

  static Set<String> placeholders(String text) {
    return MessageFiles.placeholders(text);
  }

  @Test
  void theSchemePackagesOfTheStandardCatalogueAreCovered() {
    List<String> ids = new ArrayList<>();
    for (SchemeProvider provider : ServiceLoader.load(SchemeProvider.class, MessagesTest.class.getClassLoader())) {
      provider.schemes().forEach(s -> ids.add(s.id()));
    }
    assertEquals(SchemeCatalog.standard().all().stream().map(Scheme::id).sorted().toList(),
        ids.stream().sorted().toList(), "the providers found here make up the standard catalogue");
    assertTrue(baseNames().size() >= 4, baseNames().toString());
  }

  @Test
  void everyFileHasTheSameKeysAndPlaceholdersInEnglishAndFrench() {
    List<String> problems = new ArrayList<>();
    for (String base : baseNames()) {
      Properties english = read(base + ".properties");
      Properties french = read(base + "_fr.properties");
      assertFalse(english.isEmpty(), base);
      Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
      missingInFrench.removeAll(french.stringPropertyNames());
      Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
      missingInEnglish.removeAll(english.stringPropertyNames());
      if (!missingInFrench.isEmpty()) {
        problems.add(base + ": not in French: " + missingInFrench);
      }
      if (!missingInEnglish.isEmpty()) {
        problems.add(base + ": not in English: " + missingInEnglish);
      }
      for (String key : new TreeSet<>(english.stringPropertyNames())) {
        String en = english.getProperty(key);
        String fr = french.getProperty(key);
        if (en.isBlank()) {
          problems.add(base + ": empty English text for " + key);
        }
        if (fr == null) {
          continue;
        }
        if (fr.isBlank()) {
          problems.add(base + ": empty French text for " + key);
        }
        if (!placeholders(en).equals(placeholders(fr))) {
          problems.add(base + ": " + key + " has the placeholders " + placeholders(en) + " in English and "
              + placeholders(fr) + " in French");
        }
      }
    }
    assertTrue(problems.isEmpty(), String.join("\n", problems));
  }

  @Test
  void placeholdersAreFound() {
    assertEquals(Set.of("count", "name"), placeholders("{count} of {name}, {count}"));
    assertEquals(Set.of(), placeholders("no } placeholder { here"));
  }

  /** A message has a text of its own in both languages: its key is in the French file of some bundle. */
  private static void assertBilingual(Message message, List<MessageBundle> bundles, String what) {
    String english = message.text(Locale.ENGLISH);
    String french = message.text(Locale.FRENCH);
    assertFalse(english.isBlank(), what + " has no English text");
    assertFalse(french.isBlank(), what + " has no French text");
    assertFalse(english.equals(message.key()) || french.equals(message.key()), what + " shows its key");
    assertTrue(bundles.stream().anyMatch(b -> b.keys(Locale.FRENCH).contains(message.key())),
        what + ": " + message.key() + " is not in any French message file");
    assertFalse(english.contains("{") || french.contains("{"), what + " has a placeholder left: " + english);
  }

  private static void assertReadable(LegalBasis basis, String what) {
    // Some official pages of regional schemes are only served over http (FACTS.md § 5); never another scheme.
    assertTrue(basis.url().startsWith("https://") || basis.url().startsWith("http://"), what + " cites " + basis.url());
    assertFalse(basis.text().isBlank(), what);
    assertFalse(basis.article().isBlank(), what);
  }

  @Test
  void everySchemeAndCriterionHasTitlesSummariesAndALegalBasis() {
    List<MessageBundle> bundles =
        baseNames().stream().map(b -> MessageBundle.load(MethodHandles.lookup(), "/" + b)).toList();
    List<Scheme> schemes = SchemeCatalog.standard().all();
    assertFalse(schemes.isEmpty());
    int criteria = 0;
    for (Scheme scheme : schemes) {
      assertBilingual(scheme.title(), bundles, scheme.id() + " title");
      assertBilingual(scheme.summary(), bundles, scheme.id() + " summary");
      scheme.grant().ifPresent(g -> assertBilingual(g.description(), bundles, scheme.id() + " grant"));
      assertReadable(scheme.legalBasis(), scheme.id());
      scheme.legalBasis().note().ifPresent(n -> assertBilingual(n, bundles, scheme.id() + " basis note"));
      for (Criterion criterion : scheme.allCriteria()) {
        criteria++;
        assertBilingual(criterion.title(), bundles, criterion.id() + " title");
        List<LegalBasis> versions = JsonParts.basisVersions(criterion);
        assertFalse(versions.isEmpty(), criterion.id());
        for (LegalBasis basis : versions) {
          assertReadable(basis, criterion.id());
          basis.note().ifPresent(n -> assertBilingual(n, bundles, criterion.id() + " basis note"));
        }
      }
    }
    assertTrue(criteria >= 15, "criteria: " + criteria);
  }
}
