/**
 * Renderers of eligibility reports and overviews: plain text, Markdown, HTML and versioned JSON
 * ({@link io.github.ptce.rules.render.ReportRenderer}), the JSON of a scheme catalogue ({@link
 * io.github.ptce.rules.render.CatalogJson}), and the JSON Schemas of the JSON formats ({@link
 * io.github.ptce.rules.render.JsonFormats}).
 */
@NullMarked
package io.github.ptce.rules.render;

import org.jspecify.annotations.NullMarked;
