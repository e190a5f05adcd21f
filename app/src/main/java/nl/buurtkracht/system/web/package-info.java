// SPDX-License-Identifier: EUPL-1.2
/**
 * Web conventions shared by all modules: language, formats, API headers, error pages and problem details.
 */
@NullMarked
package nl.buurtkracht.system.web;

import org.jspecify.annotations.NullMarked;
