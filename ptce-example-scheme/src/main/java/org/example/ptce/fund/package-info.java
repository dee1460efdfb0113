/**
 * The cooperation grant of the Example Foundation, a fictitious funder: a scheme of one's own,
 * written outside ptce's packages with only its API ({@code io.github.ptce.rules}), its SPI ({@code
 * io.github.ptce.rules.spi}) and its message files ({@code io.github.ptce.core.text}). The provider
 * {@link org.example.ptce.fund.ExampleFundProvider} is the only public type.
 */
package org.example.ptce.fund;
