module org.example.scheme {
  requires io.github.ptce.rules;

  // Exports nothing, opens nothing: the scheme's messages stay in org.example.scheme.fund.
  provides io.github.ptce.rules.spi.SchemeProvider with org.example.scheme.fund.LocalFundProvider;
}
