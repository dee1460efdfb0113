module org.example.builders {
  requires io.github.ptce.rules;
}
