package io.github.ptce.consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Exports;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReader;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The module descriptors in ptce's jars, as a user's module path sees them: real modules (not
 * automatic ones), exporting their API alone, opening nothing, the bundled schemes as services.
 */
class ModuleDescriptorsTest {
  static final ModuleFinder LIBRARY = ModuleFinder.of(Consumer.LIBRARY.toArray(Path[]::new));

  static ModuleReference module(String name) {
    return LIBRARY
        .find(name)
        .orElseThrow(() -> new AssertionError(name + " is on the module path"));
  }

  static Set<String> unqualifiedExports(ModuleDescriptor descriptor) {
    return descriptor.exports().stream()
        .filter(e -> !e.isQualified())
        .map(Exports::source)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void ptcesModulesAreExplicitAndOpenNothing() {
    for (String name : List.of("io.github.ptce.core", "io.github.ptce.rules")) {
      ModuleDescriptor descriptor = module(name).descriptor();
      assertFalse(descriptor.isAutomatic(), name + " has a module-info");
      assertFalse(descriptor.isOpen(), name);
      assertEquals(Set.of(), descriptor.opens(), name + " opens nothing");
      for (String exported : unqualifiedExports(descriptor)) {
        assertFalse(
            exported.contains(".internal") || exported.contains(".schemes"),
            name + " exports " + exported);
      }
    }
  }

  @Test
  void theInternalPackageOfTheCoreIsExportedToPtcesModulesOnly() {
    Exports internal =
        module("io.github.ptce.core").descriptor().exports().stream()
            .filter(e -> e.source().equals("io.github.ptce.core.internal"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        Set.of(
            "io.github.ptce.rules",
            "io.github.ptce.registers",
            "io.github.ptce.examples",
            "org.hibernate.validator"),
        internal.targets());
  }

  @Test
  void theRulesExportTheirApiAndSpiAndProvideTheBundledSchemes() throws IOException {
    ModuleReference rules = module("io.github.ptce.rules");
    assertEquals(
        Set.of(
            "io.github.ptce.rules",
            "io.github.ptce.rules.json",
            "io.github.ptce.rules.render",
            "io.github.ptce.rules.spi"),
        unqualifiedExports(rules.descriptor()));
    assertEquals(Set.of("io.github.ptce.rules.spi.SchemeProvider"), rules.descriptor().uses());
    ModuleDescriptor.Provides provides =
        rules.descriptor().provides().stream().findFirst().orElseThrow();
    // The same providers, in the same order, as the services file read on the class path.
    List<String> services;
    try (ModuleReader reader = rules.open();
        InputStream file =
            reader
                .open("META-INF/services/io.github.ptce.rules.spi.SchemeProvider")
                .orElseThrow()) {
      services =
          new String(file.readAllBytes(), StandardCharsets.UTF_8)
              .lines()
              .map(String::strip)
              .filter(l -> !l.isEmpty() && !l.startsWith("#"))
              .toList();
    }
    assertEquals(services, provides.providers());
    assertTrue(provides.providers().size() >= 12, "providers: " + provides.providers());
  }
}
