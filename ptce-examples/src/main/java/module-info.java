/**
 * The ptce command-line tool and HTTP service, with their sample clusters: an application, which
 * exports nothing.
 *
 * <p>It runs from the shaded jar {@code target/ptce.jar} on the class path (the {@code ./ptce}
 * launcher), and on the module path: {@code java -p <jars> -m io.github.ptce.examples check
 * --sample tetris}. The HTTP service, on the module path, needs {@code --add-exports
 * org.eclipse.jetty.server/org.eclipse.jetty.server.internal= io.github.ptce.examples} (see below).
 */
module io.github.ptce.examples {
  requires io.github.ptce.rules;
  // ptce enrich, ptce registers prepare, and the register options of check, batch and serve.
  requires io.github.ptce.registers;
  requires tools.jackson.core;
  requires info.picocli;
  // Services sets the level of Hibernate Validator's java.util.logging logger (its version line at
  // start-up).
  requires java.logging;
  // Jetty 12's core server; jetty-server brings SLF4J, whose provider (slf4j-nop, a module that
  // provides
  // SLF4JServiceProvider) is bound as a service, without a requires.
  requires org.eclipse.jetty.server;
  requires org.eclipse.jetty.http;
  requires org.eclipse.jetty.io;
  requires org.eclipse.jetty.util;
  // Annotations only, needed to compile.
  requires static org.jspecify;

  // picocli reads the options of the commands, and sets them, by reflection on their (private)
  // fields and
  // constructors: it needs deep access to the command package, and to nothing else.
  opens io.github.ptce.examples.cli to
      info.picocli;

// The service's read deadline looks at the HTTP parser of each connection
// (org.eclipse.jetty.server.internal.
// HttpConnection), which jetty-server does not export: the compiler exports it with --add-exports
// (pom.xml),
// and so must the java command of the service on the module path. The CLI's other commands never
// load that
// class.
}
