package io.github.ptce.examples.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The OpenAPI 3.1 document of the service ({@code GET /v1/openapi.json}), from which applications
 * can generate clients. Written by hand next to the routes; {@code OpenApiTest} checks it against
 * them: every route documented, every documented route served, and every schema it references
 * published by the service.
 */
final class OpenApi {
  private static final String RESOURCE = "openapi.json";
  private static final String DOCUMENT = load();

  private OpenApi() {}

  static String document() {
    return DOCUMENT;
  }

  private static String load() {
    try (InputStream in = OpenApi.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
