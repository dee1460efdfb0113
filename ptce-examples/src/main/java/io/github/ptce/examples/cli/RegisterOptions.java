package io.github.ptce.examples.cli;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Messages;
import io.github.ptce.registers.LookupBatch;
import io.github.ptce.registers.RechercheEntreprisesBuilder;
import io.github.ptce.registers.RegisterException;
import io.github.ptce.registers.RegisterLookup;
import io.github.ptce.registers.enrich.Enricher;
import io.github.ptce.registers.enrich.Enrichment;
import io.github.ptce.registers.enrich.EnrichmentReport;
import io.github.ptce.registers.enrich.EnrichmentStatus;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options that choose a register to fill a cluster's facts from, shared by {@code enrich},
 * {@code check} and {@code batch}: the Sirene stock files of a directory ({@code --sirene DIR},
 * read through its prepared database when {@code ptce registers prepare DIR} made one), or the
 * Recherche d'entreprises API ({@code --online}).
 */
final class RegisterOptions {
  /** How long an answer of the API kept in {@code --cache DIR} is reused. */
  static final Duration CACHE_AGE = Duration.ofDays(30);

  @Option(names = "--sirene", paramLabel = "DIR")
  String sirene;

  @Option(names = "--extract-date", paramLabel = "DATE", converter = Converters.Date.class)
  LocalDate extractDate;

  @Option(names = "--online")
  boolean online;

  @Option(names = "--cache", paramLabel = "DIR")
  String cache;

  @Option(names = "--api-url", paramLabel = "URL")
  String apiUrl;

  /** Whether a register was asked for. */
  boolean given() {
    return sirene != null || online;
  }

  /** Checks that the options make sense together; a usage error otherwise. */
  void check(Locale locale) {
    if (sirene != null && online) {
      throw new CliException(ExitCodes.USAGE, Messages.get(locale, "registers.both"));
    }
    if (!online && (cache != null || apiUrl != null)) {
      throw new CliException(
          ExitCodes.USAGE,
          Messages.get(
              locale, "registers.onlineOnly", "option", cache != null ? "--cache" : "--api-url"));
    }
    if (sirene == null && extractDate != null) {
      throw new CliException(
          ExitCodes.USAGE,
          Messages.get(locale, "registers.sireneOnly", "option", "--extract-date"));
    }
    if (apiUrl != null) {
      try {
        URI uri = URI.create(apiUrl);
        if (!"http".equalsIgnoreCase(uri.getScheme())
            && !"https".equalsIgnoreCase(uri.getScheme())) {
          throw new IllegalArgumentException(apiUrl);
        }
      } catch (IllegalArgumentException e) {
        throw new CliException(
            ExitCodes.USAGE,
            Messages.get(locale, "registers.apiUrl", "value", Messages.quote(apiUrl)));
      }
    }
  }

  /**
   * Opens the register asked for.
   *
   * @param progress the progress bar the API's answers advance
   * @return the lookup, to be closed
   * @throws CliException {@link ExitCodes#REGISTER} when the register cannot be used
   */
  RegisterLookup open(Locale locale, Progress progress) {
    try {
      if (sirene != null) {
        Path directory = path(sirene, locale);
        var stock = RegisterLookup.sireneStock(directory);
        if (extractDate != null) {
          stock.extractDate(extractDate);
        }
        return stock.open();
      }
      RechercheEntreprisesBuilder api =
          RegisterLookup.rechercheEntreprises()
              .userAgent("ptce command line (https://github.com/ptce/ptce)")
              .progress(
                  (done, total) -> {
                    progress.total(total);
                    progress.show(done, "Recherche d'entreprises");
                  });
      if (apiUrl != null) {
        api.baseUri(URI.create(apiUrl));
      }
      if (cache != null) {
        Path directory = path(cache, locale);
        try {
          Files.createDirectories(directory);
        } catch (java.io.IOException e) {
          // The client says why it cannot use it.
        }
        api.cache(directory, CACHE_AGE);
      }
      return api.build();
    } catch (RegisterException e) {
      throw failure(e, locale);
    }
  }

  /**
   * Looks up, with a line on the terminal while the stock is read (one query: no steps to count).
   */
  static LookupBatch lookup(
      RegisterLookup lookup,
      Collection<io.github.ptce.core.id.Siren> sirens,
      Collection<io.github.ptce.core.id.Siret> sirets,
      Progress progress,
      Locale locale) {
    try {
      progress.total(1);
      progress.show(
          0,
          Messages.get(
              locale,
              "registers.lookingUp",
              "count",
              Integer.toString(sirens.size() + sirets.size())));
      return lookup.lookup(sirens, sirets);
    } catch (RegisterException e) {
      throw failure(e, locale);
    } finally {
      progress.clear();
    }
  }

  /**
   * Enriches one cluster from the register these options name: one lookup of its identifiers, with
   * a line on the terminal while it runs.
   *
   * @param cluster the cluster
   * @param terminal where the progress line goes, when it is interactive
   * @param locale the language of the messages
   * @return the enriched cluster and its report
   */
  Enrichment enrich(Cluster cluster, Terminal terminal, Locale locale) {
    Progress progress = new Progress(terminal.interactive() ? terminal : null);
    try (RegisterLookup lookup = open(locale, progress)) {
      LookupBatch batch =
          lookup(lookup, Enricher.sirens(cluster), Enricher.sirets(cluster), progress, locale);
      return Enricher.of(lookup).enrich(cluster, batch);
    }
  }

  static CliException failure(RegisterException e, Locale locale) {
    return new CliException(ExitCodes.REGISTER, e.message(locale), e);
  }

  private static Path path(String name, Locale locale) {
    try {
      return Path.of(name);
    } catch (InvalidPathException e) {
      throw new CliException(
          ExitCodes.REGISTER, Messages.get(locale, "error.notFound", "file", Messages.quote(name)));
    }
  }

  /** One line for standard error: what was filled, and what a person should look at. */
  static String summary(EnrichmentReport report, Cluster cluster, Locale locale) {
    Map<EnrichmentStatus, Integer> counts = report.counts();
    return Messages.get(
        locale,
        "registers.summary",
        "filled",
        Integer.toString(counts.get(EnrichmentStatus.FILLED)),
        "members",
        Integer.toString(cluster.members().size()),
        "conflicts",
        Integer.toString(counts.get(EnrichmentStatus.CONFLICT)),
        "notFound",
        Integer.toString(counts.get(EnrichmentStatus.NOT_FOUND)),
        "failed",
        Integer.toString(counts.get(EnrichmentStatus.FAILED)));
  }
}
