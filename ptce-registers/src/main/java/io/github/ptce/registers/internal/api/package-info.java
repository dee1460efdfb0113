/** The Recherche d'entreprises API over the JDK's HTTP client; internal. */
@NullMarked
package io.github.ptce.registers.internal.api;

import org.jspecify.annotations.NullMarked;
