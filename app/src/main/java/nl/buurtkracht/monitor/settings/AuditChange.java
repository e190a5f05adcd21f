// SPDX-License-Identifier: EUPL-1.2
package nl.buurtkracht.monitor.settings;

import org.jspecify.annotations.Nullable;

/**
 * One changed setting: which thing (an indicator key, a domain, {@code index}), which field, before and after.
 * Values are stored as plain text (numbers with a decimal point, enum names), so that a page can translate them.
 */
public record AuditChange(String subject, String field, @Nullable String before, @Nullable String after) {
}
