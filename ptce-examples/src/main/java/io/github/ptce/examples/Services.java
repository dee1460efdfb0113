package io.github.ptce.examples;

import io.github.ptce.core.json.PtceJson;
import io.github.ptce.core.territory.Geography;
import io.github.ptce.core.validation.ClusterValidator;
import io.github.ptce.rules.EligibilityEngine;
import io.github.ptce.rules.SchemeCatalog;
import io.github.ptce.rules.json.RequestJson;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The library's shared objects, each created on first use only: a command that lists samples never
 * loads the geography, and one that lists schemes never boots the validator. Every holder is a
 * lazily initialised class, so the JVM guarantees one creation and safe publication without locks.
 */
public final class Services {
  private Services() {}

  /**
   * Returns the JSON reader with the default limits.
   *
   * @return the reader
   */
  public static PtceJson json() {
    return PtceJson.standard();
  }

  /**
   * Returns the validator (boots Hibernate Validator on first use).
   *
   * @return the validator
   */
  public static ClusterValidator validator() {
    return ValidatorHolder.VALIDATOR;
  }

  /**
   * Returns the reader of clusters, requests and assessments.
   *
   * @return the reader
   */
  public static RequestJson requests() {
    return RequestJson.standard();
  }

  /**
   * Returns the engine (loads the geography and the schemes on first use).
   *
   * @return the engine
   */
  public static EligibilityEngine engine() {
    return EligibilityEngine.standard();
  }

  /**
   * Returns the schemes, without loading the geography.
   *
   * @return the catalogue
   */
  public static SchemeCatalog catalog() {
    return SchemeCatalog.standard();
  }

  /**
   * Returns the bundled geography.
   *
   * @return the geography
   */
  public static Geography geography() {
    return Geography.bundled();
  }

  /**
   * Starts creating the validator and the engine on a background thread, for a command that will
   * need both: booting Hibernate Validator and loading the geography then overlap with reading the
   * input (a cold start of {@code ptce check} is mostly class loading, and a machine has more than
   * one core). The main thread waits for nothing: the holders' class initialisation makes it block
   * only if it needs an object before the background thread has finished creating it.
   */
  public static void warmUp() {
    Thread thread =
        new Thread(
            () -> {
              try {
                Warmup.run();
              } catch (RuntimeException | Error e) {
                // The command will meet the same failure on its own thread and report it there.
              }
            },
            "ptce-warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * Hibernate Validator announces its version at INFO on first use; the tool and the service keep
   * their output clean. Configured by the application, never by the library; the logger is held
   * because {@code java.util.logging} keeps only weak references to loggers.
   */
  private static final Logger HIBERNATE_VALIDATOR = Logger.getLogger("org.hibernate.validator");

  /**
   * Keeps the libraries' start-up messages off standard error. Called first by the command line,
   * before anything reads or validates: every reader validates since the front door (issue 15), so
   * the first validation may come from anywhere.
   */
  public static void quietLibraryLogs() {
    HIBERNATE_VALIDATOR.setLevel(Level.WARNING);
  }

  private static final class ValidatorHolder {
    static final ClusterValidator VALIDATOR = ClusterValidator.standard();
  }
}
