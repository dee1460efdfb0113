package io.github.ptce.examples.http;

import io.github.ptce.examples.Languages;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * The answers the server gives on its own, before a request reaches the routes (a request line or
 * headers it cannot read, a URI or headers too long, {@code Content-Length} that is not a number or
 * comes with {@code Transfer-Encoding}): the service's JSON error body, in the language of {@code
 * Accept-Language} when the headers could be read, never an HTML page, a server name or an
 * exception's name.
 */
final class JsonErrors extends ErrorHandler {
  /** The error word and message key of each status the server produces itself. */
  private static final Map<Integer, String[]> KNOWN =
      Map.of(
          400, new String[] {"bad-request", "http.badRequest"},
          408, new String[] {"request-timeout", "http.timeout"},
          413, new String[] {"payload-too-large", "http.tooLarge"},
          414, new String[] {"uri-too-long", "http.uriTooLong"},
          431, new String[] {"headers-too-large", "http.headersTooLarge"},
          500, new String[] {"internal", "http.internal"},
          501, new String[] {"not-implemented", "http.notImplemented"},
          503, new String[] {"busy", "http.busy"},
          505, new String[] {"http-version-not-supported", "http.version"});

  static String body(int status, Locale locale) {
    String[] known = KNOWN.getOrDefault(status, new String[] {"bad-request", "http.badRequest"});
    return Routes.errorBody(status, known[0], known[1], List.of(), locale);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback) {
    Locale locale = Languages.fromAcceptLanguage(request.getHeaders().get("Accept-Language"));
    byte[] bytes = body(code, locale).getBytes(StandardCharsets.UTF_8);
    HttpFields.Mutable headers = response.getHeaders();
    Routes.headers(headers, Routes.JSON, locale);
    headers.put(HttpHeader.CONTENT_LENGTH, bytes.length);
    response.write(true, ByteBuffer.wrap(bytes), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    // A message the server could not read: no headers to choose a language from.
    byte[] bytes = body(status, Locale.ENGLISH).getBytes(StandardCharsets.UTF_8);
    Routes.headers(fields, Routes.JSON, Locale.ENGLISH);
    return ByteBuffer.wrap(bytes);
  }
}
