/**
 * Texts in French and English: {@link io.github.ptce.core.text.MessageBundle}, the message files of
 * a module or of a scheme, read once and formatted in the reader's language. Outside schemes use it
 * through the SPI of ptce-rules; its conventions (keys, {@code {name}} placeholders, the {@code
 * kind} selector) are on the type.
 */
@NullMarked
package io.github.ptce.core.text;

import org.jspecify.annotations.NullMarked;
