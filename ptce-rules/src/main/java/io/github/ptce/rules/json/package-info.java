/**
 * The JSON formats of what is evaluated: {@link io.github.ptce.rules.json.RequestJson} reads and
 * writes an evaluation request ({@code {"cluster": …, "assessments": […]}}, format {@code
 * ptce-request/1}) and an assessments document ({@code ptce-assessments/1}), and gives their JSON
 * Schemas, so that an application exposing the engine over HTTP or files uses the same formats,
 * errors and limits as ptce's own tool and service.
 */
@NullMarked
package io.github.ptce.rules.json;

import org.jspecify.annotations.NullMarked;
