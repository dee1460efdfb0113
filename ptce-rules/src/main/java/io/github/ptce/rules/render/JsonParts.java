package io.github.ptce.rules.render;

import io.github.ptce.core.cluster.Cluster;
import io.github.ptce.core.territory.DepartementCode;
import io.github.ptce.core.territory.RegionCode;
import io.github.ptce.rules.Assessment;
import io.github.ptce.rules.Criterion;
import io.github.ptce.rules.CriterionNode;
import io.github.ptce.rules.CriterionReport;
import io.github.ptce.rules.CriterionResult;
import io.github.ptce.rules.DecisionShares;
import io.github.ptce.rules.Grant;
import io.github.ptce.rules.LegalBasis;
import io.github.ptce.rules.Message;
import io.github.ptce.rules.MissingFact;
import io.github.ptce.rules.RankedMissingFact;
import io.github.ptce.rules.Scheme;
import io.github.ptce.rules.SchemeReport;
import io.github.ptce.rules.TerritorialScope;
import io.github.ptce.rules.Validity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.exc.JacksonIOException;

/**
 * The pieces of the three JSON formats ({@code ptce-report/1}, {@code ptce-overview/1}, {@code
 * ptce-schemes/1}), written the same way wherever they appear: a message, a legal basis, a grant, a
 * scheme's identity, a scheme report, a criteria tree.
 *
 * <p>Conventions (see {@link JsonFormats}): properties in a fixed order; an absent optional value
 * is left out, never {@code null}; a list is always written, possibly empty; enums by name; dates
 * as {@code yyyy-MM-dd}; amounts as numbers with two decimals; every message as {@code {"code":
 * <key>, "text": <text>}}.
 */
final class JsonParts {
  private JsonParts() {}

  /**
   * Runs a writing action and reports an I/O failure of the writer as an {@link
   * UncheckedIOException}.
   */
  static void writing(Writer out, Runnable action) {
    try {
      action.run();
      out.write('\n');
      out.flush();
    } catch (JacksonIOException e) {
      throw new UncheckedIOException(e.getCause());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void head(JsonGenerator g, String format, Words w) {
    g.writeStringProperty("format", format);
    g.writeStringProperty("language", w.language());
  }

  static void cluster(JsonGenerator g, Cluster cluster) {
    g.writeObjectPropertyStart("cluster");
    cluster.id().ifPresent(id -> g.writeStringProperty("id", id));
    g.writeStringProperty("name", cluster.name());
    g.writeEndObject();
  }

  static void message(JsonGenerator g, String name, Message message, Words w) {
    g.writeName(name);
    message(g, message, w);
  }

  static void message(JsonGenerator g, Message message, Words w) {
    g.writeStartObject();
    g.writeStringProperty("code", message.key());
    g.writeStringProperty("text", w.text(message));
    g.writeEndObject();
  }

  static void messages(JsonGenerator g, String name, List<Message> messages, Words w) {
    g.writeArrayPropertyStart(name);
    for (Message message : messages) {
      message(g, message, w);
    }
    g.writeEndArray();
  }

  static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeArrayPropertyStart(name);
    for (String value : values) {
      g.writeString(value);
    }
    g.writeEndArray();
  }

  static void date(JsonGenerator g, String name, LocalDate date) {
    g.writeStringProperty(name, date.toString());
  }

  static void legalBasis(JsonGenerator g, LegalBasis basis, Words w) {
    legalBasis(g, null, basis, w);
  }

  /** A legal basis, with its id when it is one of a report's {@code legalTexts}. */
  static void legalBasis(JsonGenerator g, @Nullable String id, LegalBasis basis, Words w) {
    g.writeStartObject();
    if (id != null) {
      g.writeStringProperty("id", id);
    }
    g.writeStringProperty("citation", basis.citation());
    g.writeStringProperty("text", basis.text());
    basis.article().ifPresent(a -> g.writeStringProperty("article", a));
    basis.paragraph().ifPresent(p -> g.writeStringProperty("paragraph", p));
    date(g, "versionDate", basis.versionDate());
    g.writeStringProperty("url", basis.url());
    g.writeStringProperty("publisher", basis.publisher());
    basis.published().ifPresent(d -> g.writeStringProperty("published", d.toString()));
    g.writeBooleanProperty("primary", basis.primary());
    message(g, "source", basis.source(), w);
    g.writeStringProperty("status", basis.status().name());
    basis.excerpt().ifPresent(e -> g.writeStringProperty("excerpt", e));
    basis.note().ifPresent(n -> message(g, "note", n, w));
    g.writeEndObject();
  }

  static void legalBases(JsonGenerator g, String name, List<LegalBasis> bases, Words w) {
    g.writeArrayPropertyStart(name);
    for (LegalBasis basis : bases) {
      legalBasis(g, basis, w);
    }
    g.writeEndArray();
  }

  /** The {@code legalTexts} of a report or overview: each text once, with its id. */
  static void legalTexts(JsonGenerator g, LegalTexts texts, Words w) {
    g.writeArrayPropertyStart("legalTexts");
    for (java.util.Map.Entry<LegalBasis, String> entry : texts.entries()) {
      legalBasis(g, entry.getValue(), entry.getKey(), w);
    }
    g.writeEndArray();
  }

  static void grant(JsonGenerator g, Grant grant, Words w) {
    g.writeObjectPropertyStart("grant");
    grant.amount().ifPresent(a -> g.writeNumberProperty("amount", a.euros()));
    grant.envelope().ifPresent(a -> g.writeNumberProperty("envelope", a.euros()));
    grant.durationMonths().ifPresent(m -> g.writeNumberProperty("durationMonths", m.intValue()));
    g.writeBooleanProperty("financial", grant.financial());
    message(g, "description", grant.description(), w);
    g.writeEndObject();
  }

  static void validity(JsonGenerator g, Validity validity) {
    g.writeObjectPropertyStart("validity");
    date(g, "from", validity.from());
    validity.to().ifPresent(to -> date(g, "to", to));
    g.writeEndObject();
  }

  static void territory(JsonGenerator g, TerritorialScope scope) {
    g.writeObjectPropertyStart("territory");
    g.writeBooleanProperty("national", scope.isNational());
    g.writeArrayPropertyStart("regions");
    for (RegionCode region : scope.regions()) {
      g.writeString(region.toString());
    }
    g.writeEndArray();
    g.writeArrayPropertyStart("departements");
    for (DepartementCode departement : scope.departements()) {
      g.writeString(departement.toString());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /**
   * The identity of a scheme: id, version, title, kind, issuer and the issuer's name if it has one.
   */
  static void schemeIdentity(JsonGenerator g, Scheme scheme, Words w) {
    g.writeStringProperty("id", scheme.id());
    g.writeStringProperty("version", scheme.version());
    message(g, "title", scheme.title(), w);
    g.writeStringProperty("kind", scheme.kind().name());
    g.writeStringProperty("issuer", scheme.issuer().kind().name());
    Optional<Message> issuerName = scheme.issuer().name();
    if (issuerName.isPresent()) {
      message(g, "issuerName", issuerName.get(), w);
    }
  }

  /** A scheme as listed in an overview: its identity, territory and window. */
  static void schemeListing(JsonGenerator g, Scheme scheme, Words w) {
    g.writeStartObject();
    schemeIdentity(g, scheme, w);
    territory(g, scheme.scope());
    validity(g, scheme.validity());
    g.writeEndObject();
  }

  static void schemeReport(
      JsonGenerator g, SchemeReport report, Words w, LegalTexts texts, FactSources sources) {
    Scheme scheme = report.scheme();
    g.writeStartObject();
    schemeIdentity(g, scheme, w);
    report
        .subject()
        .ifPresent(
            subject -> {
              g.writeObjectPropertyStart("subject");
              g.writeStringProperty("id", subject.id());
              g.writeStringProperty("name", subject.name());
              g.writeStringProperty("path", subject.path());
              g.writeEndObject();
            });
    g.writeStringProperty("outcome", report.outcome().name());
    message(g, "reason", report.reason(), w);
    scheme.grant().ifPresent(grant -> grant(g, grant, w));
    report
        .criteria()
        .ifPresent(
            tree -> {
              g.writeName("criteria");
              criteria(g, tree, w, texts, sources);
            });
    rankedFacts(g, "missingFacts", report.missingFacts(), w);
    messages(g, "remediations", report.remediations(), w);
    messages(g, "assumptions", report.assumptions(), w);
    decisionShares(g, report.decisionShares());
    g.writeArrayPropertyStart("legalBases");
    for (LegalBasis basis : report.legalBases()) {
      g.writeString(texts.id(basis));
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void criteria(
      JsonGenerator g, CriterionReport node, Words w, LegalTexts texts, FactSources sources) {
    g.writeStartObject();
    if (node instanceof CriterionReport.Group group) {
      g.writeStringProperty("outcome", group.outcome().name());
      g.writeArrayPropertyStart(group.anyOf() ? "any" : "all");
      for (CriterionReport part : group.parts()) {
        criteria(g, part, w, texts, sources);
      }
      g.writeEndArray();
      g.writeEndObject();
      return;
    }
    CriterionReport.Single single = (CriterionReport.Single) node;
    Criterion criterion = single.criterion();
    CriterionResult result = single.result();
    g.writeStringProperty("id", criterion.id());
    g.writeStringProperty("kind", criterion.kind().name());
    message(g, "title", criterion.title(), w);
    g.writeBooleanProperty("counts", single.counts());
    g.writeStringProperty("outcome", result.outcome().name());
    single.decidedBy().ifPresent(k -> g.writeStringProperty("decidedBy", k.name()));
    message(g, "reason", result.reason(), w);
    result.observed().ifPresent(m -> message(g, "observed", m, w));
    result.required().ifPresent(m -> message(g, "required", m, w));
    strings(g, "members", result.members());
    factSources(g, sources.of(single));
    g.writeArrayPropertyStart("missingFacts");
    for (MissingFact fact : result.missingFacts()) {
      g.writeStartObject();
      g.writeStringProperty("path", fact.path());
      message(g, "description", fact.description(), w);
      g.writeEndObject();
    }
    g.writeEndArray();
    result.remediation().ifPresent(m -> message(g, "remediation", m, w));
    messages(g, "assumptions", result.assumptions(), w);
    result
        .assessment()
        .ifPresent(
            a -> {
              g.writeName("assessment");
              assessment(g, a);
            });
    g.writeStringProperty("legalBasis", texts.id(single.legalBasis()));
    g.writeEndObject();
  }

  /** The sources of the facts that decided a criterion, when its members list some. */
  private static void factSources(JsonGenerator g, List<FactSources.Cited> cited) {
    if (cited.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("factSources");
    for (FactSources.Cited source : cited) {
      g.writeStartObject();
      g.writeStringProperty("kind", source.kind().name());
      source.title().ifPresent(title -> g.writeStringProperty("title", title));
      source.url().ifPresent(url -> g.writeStringProperty("url", url));
      source.readOn().ifPresent(date -> g.writeStringProperty("readOn", date.toString()));
      strings(g, "members", source.members());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void rankedFacts(JsonGenerator g, String name, List<RankedMissingFact> facts, Words w) {
    g.writeArrayPropertyStart(name);
    for (RankedMissingFact fact : facts) {
      g.writeStartObject();
      g.writeStringProperty("path", fact.fact().path());
      message(g, "description", fact.fact().description(), w);
      g.writeNumberProperty("outcomes", fact.outcomes());
      strings(g, "criteria", fact.criteria());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  static void assessment(JsonGenerator g, Assessment assessment) {
    g.writeStartObject();
    g.writeStringProperty("criterionId", assessment.criterionId());
    assessment.member().ifPresent(m -> g.writeStringProperty("member", m));
    g.writeStringProperty("outcome", assessment.outcome().name());
    g.writeStringProperty("assessor", assessment.assessor());
    date(g, "date", assessment.date());
    assessment.note().ifPresent(n -> g.writeStringProperty("note", n));
    g.writeEndObject();
  }

  static void decisionShares(JsonGenerator g, DecisionShares shares) {
    int[] percent = shares.percentages();
    g.writeObjectPropertyStart("decisionShares");
    g.writeNumberProperty("automated", shares.automated());
    g.writeNumberProperty("declared", shares.declared());
    g.writeNumberProperty("assessed", shares.assessed());
    g.writeNumberProperty("undetermined", shares.undetermined());
    g.writeNumberProperty("total", shares.total());
    g.writeObjectPropertyStart("percent");
    g.writeNumberProperty("automated", percent[0]);
    g.writeNumberProperty("declared", percent[1]);
    g.writeNumberProperty("assessed", percent[2]);
    g.writeNumberProperty("undetermined", percent[3]);
    g.writeEndObject();
    g.writeEndObject();
  }

  // --------------------------------------------------------------------------------------
  // catalogue

  /** A criteria tree as defined, with every version of each criterion's legal basis. */
  static void criteriaDefinition(JsonGenerator g, CriterionNode node, Words w) {
    g.writeStartObject();
    if (node instanceof CriterionNode.AllOf all) {
      g.writeArrayPropertyStart("all");
      for (CriterionNode part : all.nodes()) {
        criteriaDefinition(g, part, w);
      }
      g.writeEndArray();
    } else if (node instanceof CriterionNode.AnyOf any) {
      g.writeArrayPropertyStart("any");
      for (CriterionNode part : any.nodes()) {
        criteriaDefinition(g, part, w);
      }
      g.writeEndArray();
    } else {
      CriterionNode.Leaf leaf = (CriterionNode.Leaf) node;
      Criterion criterion = leaf.criterion();
      g.writeStringProperty("id", criterion.id());
      g.writeStringProperty("kind", criterion.kind().name());
      g.writeBooleanProperty("acceptsAssessment", criterion.acceptsAssessment());
      message(g, "title", criterion.title(), w);
      g.writeBooleanProperty("counts", leaf.counts());
      validity(g, criterion.validity());
      legalBases(g, "legalBases", criterion.legalBases(), w);
    }
    g.writeEndObject();
  }

  static void catalogScheme(JsonGenerator g, Scheme scheme, Words w) {
    g.writeStartObject();
    schemeIdentity(g, scheme, w);
    message(g, "summary", scheme.summary(), w);
    g.writeStringProperty("subject", scheme.subject().name());
    territory(g, scheme.scope());
    validity(g, scheme.validity());
    Optional<Grant> grant = scheme.grant();
    grant.ifPresent(value -> grant(g, value, w));
    g.writeName("legalBasis");
    legalBasis(g, scheme.legalBasis(), w);
    g.writeName("criteria");
    criteriaDefinition(g, scheme.criteria(), w);
    g.writeEndObject();
  }
}
