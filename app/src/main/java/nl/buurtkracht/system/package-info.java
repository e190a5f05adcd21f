// SPDX-License-Identifier: EUPL-1.2
/**
 * Cross-cutting infrastructure: layout, errors, security, database, i18n, clock and background jobs.
 */
@ApplicationModule(displayName = "System")
@NullMarked
package nl.buurtkracht.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
