/**
 * A scheme of one's own as a module: it requires the engine, provides a {@code SchemeProvider}, and
 * exports nothing. Its messages stay in its package, neither exported nor opened: {@code
 * MessageBundle.load(MethodHandles.lookup(), "messages")} reads them with this module's own rights.
 * On the class path, META-INF/services/io.github.ptce.rules.spi.SchemeProvider registers the same
 * provider.
 */
module org.example.ptce.fund {
  requires io.github.ptce.rules;

  provides io.github.ptce.rules.spi.SchemeProvider with
      org.example.ptce.fund.ExampleFundProvider;
}
