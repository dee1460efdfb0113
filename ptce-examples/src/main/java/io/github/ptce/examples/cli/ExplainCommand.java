package io.github.ptce.examples.cli;

import io.github.ptce.core.time.PartialDate;
import io.github.ptce.examples.ExitCodes;
import io.github.ptce.examples.Messages;
import io.github.ptce.examples.Services;
import io.github.ptce.rules.Criterion;
import io.github.ptce.rules.CriterionKind;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.Labels;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeCatalog;
import java.io.PrintWriter;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ptce explain}: a scheme's criteria with the texts they encode. */
@Command(name = "explain", mixinStandardHelpOptions = true, usageHelpAutoWidth = true)
final class ExplainCommand extends BaseCommand {

  @Parameters(index = "0", paramLabel = "SCHEME_ID")
  String schemeId;

  @Option(names = "--as-of", paramLabel = "DATE", converter = Converters.Date.class)
  LocalDate asOf;

  @Override
  public Integer call() {
    SchemeCatalog catalog = Services.catalog();
    Scheme scheme =
        catalog
            .find(schemeId.trim())
            .orElseThrow(
                () ->
                    new CliException(
                        ExitCodes.USAGE,
                        text("error.unknownScheme", "id", Messages.quote(schemeId))
                            + hint(schemeId, catalog.all().stream().map(Scheme::id).toList())
                            + " "
                            + text("error.seeSchemes")));
    LocalDate date = asOfOrToday(asOf);
    PrintWriter out = out();
    out.println(scheme.title().text(locale()));
    out.println("=".repeat(Math.min(100, scheme.title().text(locale()).length())));
    out.println(text("explain.id", "id", scheme.id(), "version", scheme.version()));
    out.println(
        text(
            "explain.kind",
            "kind",
            label(scheme.kind()),
            "issuer",
            SchemesCommand.issuer(scheme.issuer(), locale()),
            "subject",
            label(scheme.subject())));
    LocalDate from = scheme.validity().from();
    out.println(
        text(
            "explain.validity",
            "period",
            scheme
                .validity()
                .to()
                .map(to -> Labels.between(PartialDate.of(from), PartialDate.of(to)))
                .orElse(Labels.from(from))
                .text(locale())));
    out.println();
    out.println(scheme.summary().text(locale()));
    scheme
        .grant()
        .ifPresent(
            grant -> {
              out.println();
              out.println(text("explain.grant", "grant", grant.description().text(locale())));
            });
    out.println();
    basis(out, scheme.legalBasis(), "");
    out.println();
    out.println(text("explain.criteria"));
    node(out, scheme.criteria(), date, "  ");
    out.flush();
    return ExitCodes.OK;
  }

  private void node(PrintWriter out, CriterionNode node, LocalDate date, String indent) {
    if (node instanceof CriterionNode.AllOf all) {
      out.println(indent + text("explain.allOf"));
      all.nodes().forEach(n -> node(out, n, date, indent + "  "));
    } else if (node instanceof CriterionNode.AnyOf any) {
      out.println(indent + text("explain.anyOf"));
      any.nodes().forEach(n -> node(out, n, date, indent + "  "));
    } else if (node instanceof CriterionNode.Leaf leaf) {
      Criterion criterion = leaf.criterion();
      out.println(indent + "- " + criterion.title().text(locale()));
      out.println(
          indent
              + "  "
              + criterion.id()
              + "  ["
              + text("explain.decided", "how", label(criterion.kind()))
              + (criterion.kind() == CriterionKind.AUTOMATED && criterion.acceptsAssessment()
                  ? ", " + text("explain.assessable")
                  : "")
              + (leaf.counts() ? "" : ", " + text("explain.informative"))
              + "]");
      basis(out, criterion.legalBasis(date), indent + "  ");
    }
  }

  /** An enumerated value as a reader reads it, in the command's language. */
  private String label(Enum<?> value) {
    return Labels.of(value).text(locale());
  }

  private void basis(PrintWriter out, LegalBasis basis, String indent) {
    out.println(
        indent
            + text("explain.basis", "citation", basis.citation(), "status", label(basis.status())));
    out.println(indent + text("explain.source", "source", basis.source().text(locale())));
    out.println(indent + basis.url());
    basis.excerpt().ifPresent(excerpt -> out.println(indent + "« " + excerpt + " »"));
    basis
        .note()
        .ifPresent(note -> out.println(indent + text("explain.note", "note", note.text(locale()))));
  }
}
